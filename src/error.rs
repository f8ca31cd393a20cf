//! Errors that point at a place in a file: `path:line:col: message`.

use std::fmt;
use std::path::{Path, PathBuf};

/// One error at a place in a file. `line` 0 means the whole file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct BuildError {
    pub path: PathBuf,
    pub line: u32,
    pub column: u32,
    pub message: String,
}

impl BuildError {
    pub fn new(path: &Path, line: u32, message: impl Into<String>) -> Self {
        BuildError {
            path: path.to_path_buf(),
            line,
            column: 0,
            message: message.into(),
        }
    }

    pub fn with_column(mut self, column: u32) -> Self {
        self.column = column;
        self
    }
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
            if self.column > 0 {
                write!(f, ":{}", self.column)?;
            }
        }
        write!(f, ": {}", self.message)
    }
}

/// Several errors found in one run, reported together.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct BuildErrors(pub Vec<BuildError>);

impl fmt::Display for BuildErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl From<BuildError> for BuildErrors {
    fn from(e: BuildError) -> Self {
        BuildErrors(vec![e])
    }
}
