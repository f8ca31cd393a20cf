//! reStructuredText reader (to be written).

use crate::doc::Document;
use crate::markup::Options;

/// Reads RST text into a document.
pub fn parse(_text: &str, _options: &Options) -> Document {
    Document::default()
}
