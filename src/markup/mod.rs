//! Readers: source text in, [`Document`] out. Each reader is a pure
//! function of the text; file access stays with the caller.

pub mod frontmatter;
pub mod lines;
pub mod markdown;
pub mod rst;

use crate::doc::Document;

/// The source formats sopbook reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Markdown,
    Rst,
}

impl Format {
    /// The format of a file, by its extension.
    pub fn from_path(path: &std::path::Path) -> Option<Format> {
        match path.extension()?.to_str()? {
            "md" | "markdown" => Some(Format::Markdown),
            "rst" => Some(Format::Rst),
            _ => None,
        }
    }
}

/// Reads a file named by an `include` directive; the build passes
/// `std::fs::read_to_string`, tests pass their own.
pub type ReadFile = fn(&std::path::Path) -> std::io::Result<String>;

/// Options every reader honours.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Keep RST `raw:: html` content (off: it is reported and dropped).
    pub raw_html: bool,
    /// The absolute path of the source file, to resolve includes against.
    pub path: Option<std::path::PathBuf>,
    /// The folder a leading `/` in include paths refers to (the book source).
    pub root: Option<std::path::PathBuf>,
    /// How includes are read; `None`: includes are reported, not read.
    pub read_file: Option<ReadFile>,
    /// The RST roles in force when the page starts: those the pages read
    /// before it left (see [`crate::doc::Document::roles_after`]).
    pub roles: crate::doc::Roles,
}

/// Reads `text` in the given format.
pub fn parse(format: Format, text: &str, options: &Options) -> Document {
    match format {
        Format::Markdown => markdown::parse(text),
        Format::Rst => rst::parse(text, options),
    }
}
