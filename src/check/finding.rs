//! A finding: one rule's complaint about one place in one file, and the
//! collector rules push findings into.

use super::rules::{self, Level};
use super::source::{Source, column};
use serde::Serialize;
use std::ops::Range;

/// One finding. `line` 0 means the whole file; columns are 1-based
/// characters, `end_column` exclusive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub path: String,
    pub line: u32,
    pub column: u32,
    pub end_column: u32,
    pub level: Level,
    pub rule: &'static str,
    pub message: String,
    pub help: &'static str,
    /// The source line, for the human format.
    #[serde(skip)]
    pub source_line: Option<String>,
}

impl Finding {
    /// A finding about a whole file.
    pub fn file(path: &str, rule: &'static str, message: impl Into<String>) -> Finding {
        let r = rules::get(rule);
        Finding {
            path: path.to_string(),
            line: 0,
            column: 0,
            end_column: 0,
            level: r.level,
            rule,
            message: message.into(),
            help: r.help,
            source_line: None,
        }
    }

    /// The order findings are printed in.
    pub fn sort_key(&self) -> (&str, u32, u32, &str) {
        (&self.path, self.line, self.column, self.rule)
    }
}

/// Collects the findings about one source.
pub struct Sink<'a> {
    pub src: &'a Source,
    pub findings: Vec<Finding>,
}

impl<'a> Sink<'a> {
    pub fn new(src: &'a Source) -> Self {
        Sink {
            src,
            findings: Vec::new(),
        }
    }

    /// A finding on line `i` (0-based) over the byte range `span` of it.
    pub fn at(&mut self, rule: &'static str, i: usize, span: Range<usize>, message: String) {
        let text = self.src.line(i);
        let mut f = Finding::file(&self.src.display, rule, message);
        f.line = i as u32 + 1;
        f.column = column(text, span.start);
        f.end_column = column(text, span.end).max(f.column + 1);
        f.source_line = Some(text.to_string());
        self.findings.push(f);
    }

    /// A finding about the whole file.
    pub fn file(&mut self, rule: &'static str, message: String) {
        self.findings
            .push(Finding::file(&self.src.display, rule, message));
    }

    /// A finding on a 1-based line and column, as a reader reports it.
    pub fn line(
        &mut self,
        rule: &'static str,
        line: u32,
        col: u32,
        message: String,
    ) -> &mut Finding {
        let i = line as usize;
        if i >= 1 && i <= self.src.lines.len() {
            let text = self.src.line(i - 1);
            let byte = text
                .char_indices()
                .nth(col.saturating_sub(1) as usize)
                .map_or(0, |(b, _)| b);
            self.at(rule, i - 1, byte..byte, message);
        } else {
            self.file(rule, message);
        }
        self.findings.last_mut().expect("just pushed")
    }
}
