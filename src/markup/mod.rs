//! Readers: source text in, [`Document`] out. Each reader is a pure
//! function of the text; file access stays with the caller.

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

/// Options every reader honours.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Keep RST `raw:: html` content (off: it is reported and dropped).
    pub raw_html: bool,
}

/// Reads `text` in the given format.
pub fn parse(format: Format, text: &str, options: &Options) -> Document {
    match format {
        Format::Markdown => Document::default(),
        Format::Rst => rst::parse(text, options),
    }
}
