//! One source file as the rules see it: its text split into lines (without
//! line endings), each line's zone (prose, literal, table, ...), inline
//! literal spans, headings and raw HTML, found by a light scan per format.

use super::scan;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// The kinds of source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Rst,
    Markdown,
    /// Legacy plain text (`.txt`): checked with the text rules only.
    Text,
}

impl Kind {
    /// The kind of a file, by its extension.
    pub fn of(path: &Path) -> Option<Kind> {
        match path.extension()?.to_str()? {
            "rst" => Some(Kind::Rst),
            "md" | "markdown" => Some(Kind::Markdown),
            "txt" => Some(Kind::Text),
            _ => None,
        }
    }

    /// Columns of a tab stop in this format.
    pub fn tab_stop(self) -> usize {
        match self {
            Kind::Markdown => 4,
            _ => 8,
        }
    }
}

/// What a line is part of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zone {
    Blank,
    Prose,
    Heading,
    /// A literal or code block's content.
    Literal,
    Table,
    /// Markup lines: directives and their options, comments, targets,
    /// front matter, fences, HTML blocks.
    Markup,
}

/// A heading as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// 0-based index of the title line.
    pub title: usize,
    /// 0-based index of the underline (RST, Markdown setext), if any.
    pub underline: Option<usize>,
    /// 0-based index of the overline (RST), if any.
    pub overline: Option<usize>,
    /// The adornment character (RST), or `#` for Markdown ATX.
    pub mark: char,
}

/// Raw HTML found by the scan: 0-based line, byte range in the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Html {
    pub line: usize,
    pub span: Range<usize>,
}

/// What the scan of one format finds.
#[derive(Debug, Clone, Default)]
pub struct Scan {
    pub zones: Vec<Zone>,
    /// Byte ranges of inline literals, per line.
    pub literals: Vec<Vec<Range<usize>>>,
    pub headings: Vec<Heading>,
    pub html: Vec<Html>,
}

/// A readable source file.
#[derive(Debug, Clone)]
pub struct Source {
    pub path: PathBuf,
    /// Path relative to the source folder, `/`-separated.
    pub rel: String,
    /// Path as printed in findings.
    pub display: String,
    pub kind: Kind,
    pub text: String,
    /// Byte range of each line in `text`, without `\n` or `\r\n`.
    pub lines: Vec<Range<usize>>,
    /// Whether each line ended with `\r\n`.
    pub crlf: Vec<bool>,
    pub scan: Scan,
}

impl Source {
    pub fn new(path: PathBuf, rel: String, display: String, kind: Kind, text: String) -> Source {
        let (lines, crlf) = split_lines(&text);
        let mut src = Source {
            path,
            rel,
            display,
            kind,
            text,
            lines,
            crlf,
            scan: Scan::default(),
        };
        src.scan = scan::run(&src);
        src
    }

    /// The text of line `i` (0-based), without its line ending.
    pub fn line(&self, i: usize) -> &str {
        &self.text[self.lines[i].clone()]
    }

    pub fn zone(&self, i: usize) -> Zone {
        self.scan.zones.get(i).copied().unwrap_or(Zone::Prose)
    }

    /// An iterator over the lines' texts.
    pub fn line_texts(&self) -> impl Iterator<Item = &str> {
        self.lines.iter().map(|r| &self.text[r.clone()])
    }
}

fn split_lines(text: &str) -> (Vec<Range<usize>>, Vec<bool>) {
    let mut lines = Vec::new();
    let mut crlf = Vec::new();
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            let cr = i > start && text.as_bytes()[i - 1] == b'\r';
            lines.push(start..if cr { i - 1 } else { i });
            crlf.push(cr);
            start = i + 1;
        }
    }
    if start < text.len() {
        lines.push(start..text.len());
        crlf.push(false);
    }
    (lines, crlf)
}

/// Width of `s` in terminal columns, tabs to the next multiple of `tab`.
pub fn width(s: &str, tab: usize) -> usize {
    crate::tabs::width(s, crate::tabs::Stops::terminal(tab))
}

/// Leading white space of a line in columns (tabs to multiples of 8).
pub fn indent(s: &str) -> usize {
    let lead = s.len() - s.trim_start_matches([' ', '\t']).len();
    width(&s[..lead], 8)
}

/// 1-based character column of a byte offset in a line.
pub fn column(line: &str, byte: usize) -> u32 {
    line[..byte.min(line.len())].chars().count() as u32 + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_split_without_endings() {
        let (l, c) = split_lines("a\r\nb\n\nc");
        assert_eq!(l, [0..1, 3..4, 5..5, 6..7]);
        assert_eq!(c, [true, false, false, false]);
        assert_eq!(split_lines("").0.len(), 0);
    }

    #[test]
    fn widths_count_columns() {
        assert_eq!(width("a\tb", 8), 9);
        assert_eq!(width("日本", 8), 4);
        assert_eq!(indent("  \tx"), 8);
        assert_eq!(column("aé b", 4), 4);
    }
}
