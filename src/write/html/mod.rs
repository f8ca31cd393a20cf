//! HTML writer: a [`Document`] in, the HTML of the page body out. Markup
//! follows Sphinx's HTML conventions (section elements, `headerlink`
//! permalinks, admonition titles, `docutils` tables) so RST books look and
//! compare the same; links go through a [`Resolver`] supplied by the build.

mod blocks;
mod inline;
mod table;

use crate::doc::{Document, Toctree, XRefKind};
use crate::highlight::Highlighter;

/// What the build knows about the rest of the book.
pub trait Resolver {
    /// The href for a link as written in the source (relative source
    /// paths become page URLs; external URLs pass through).
    fn link(&self, url: &str) -> String;
    /// The URL and title of a cross-reference, when it resolves.
    fn xref(&self, kind: XRefKind, target: &str) -> Option<(String, String)>;
    /// The entries of a toctree, resolved, with their children.
    fn toctree(&self, tree: &Toctree) -> Vec<TocNode>;
}

/// A resolved toctree entry.
#[derive(Debug, Clone, PartialEq)]
pub struct TocNode {
    pub title: String,
    pub url: String,
    pub external: bool,
    pub children: Vec<TocNode>,
}

/// A resolver for a lone page: links pass through, nothing resolves.
pub struct NoResolver;

impl Resolver for NoResolver {
    fn link(&self, url: &str) -> String {
        url.to_string()
    }
    fn xref(&self, _: XRefKind, _: &str) -> Option<(String, String)> {
        None
    }
    fn toctree(&self, _: &Toctree) -> Vec<TocNode> {
        vec![]
    }
}

/// Renders the body of `doc` as HTML.
pub fn write(doc: &Document, highlighter: &Highlighter, resolver: &dyn Resolver) -> String {
    let mut w = Writer {
        out: String::with_capacity(4096),
        hl: highlighter,
        resolver,
        doc,
    };
    w.top_blocks(&doc.blocks);
    w.out
}

/// The writer's state while it walks one document.
pub(crate) struct Writer<'a> {
    pub out: String,
    pub hl: &'a Highlighter,
    pub resolver: &'a dyn Resolver,
    pub doc: &'a Document,
}

impl Writer<'_> {
    pub fn text(&mut self, s: &str) {
        pulldown_cmark_escape::escape_html_body_text(&mut self.out, s).ok();
    }

    pub fn attr(&mut self, s: &str) {
        pulldown_cmark_escape::escape_html(&mut self.out, s).ok();
    }

    pub fn href(&mut self, s: &str) {
        pulldown_cmark_escape::escape_href(&mut self.out, s).ok();
    }

    pub fn raw(&mut self, s: &str) {
        self.out.push_str(s);
    }
}

/// Escapes text for HTML element content.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    pulldown_cmark_escape::escape_html_body_text(&mut out, s).ok();
    out
}

#[cfg(test)]
mod tests;
