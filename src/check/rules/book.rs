//! Rules over the whole loaded book, reusing the build's link resolution
//! and navigation: `broken-link`, `broken-anchor` (links, images, xrefs,
//! toctree entries) and `orphan-page`.

use crate::book::Book;
use crate::check::finding::Sink;
use crate::error::BuildError;
use crate::links::Links;
use std::collections::HashMap;
use std::path::Path;

/// Pushes the book-wide findings into the sinks of the checked sources,
/// found by their path relative to the source folder.
pub fn check(book: &Book, src_dir: &Path, errors: &[BuildError], outs: &mut [Sink]) {
    let by_rel: HashMap<String, usize> = outs
        .iter()
        .enumerate()
        .map(|(k, o)| (o.src.rel.clone(), k))
        .collect();
    let rel_of = |path: &Path| {
        let rel = path.strip_prefix(src_dir).unwrap_or(path);
        rel.to_string_lossy().replace('\\', "/")
    };
    let links = Links::new(book);
    for e in links.check(src_dir).iter().chain(nav_errors(errors)) {
        let Some(&k) = by_rel.get(&rel_of(&e.path)) else {
            continue;
        };
        let rule = if e.message.contains("no element `#") {
            "broken-anchor"
        } else {
            "broken-link"
        };
        outs[k].line(rule, e.line, e.column.max(1), e.message.clone());
    }
    // Without a navigation (its file is broken) every page would look orphan.
    let nav_broken = errors
        .iter()
        .any(|e| e.message.contains("does not exist: create it"));
    for (i, page) in book.pages.iter().enumerate() {
        if nav_broken || book.nav.contains(i) {
            continue;
        }
        let Some(&k) = by_rel.get(&rel_of(&page.source)) else {
            continue;
        };
        let msg = "no toctree, SUMMARY.md or menu reaches this page".to_string();
        outs[k].file("orphan-page", msg);
    }
}

/// The book's own errors that are about links (the navigation file, pages
/// written to one URL); read and reader errors are reported elsewhere.
fn nav_errors(errors: &[BuildError]) -> impl Iterator<Item = &BuildError> {
    errors.iter().filter(|e| {
        let m = &e.message;
        m.contains("broken link")
            || m.contains("does not exist: create it")
            || m.starts_with("two pages are written to")
    })
}
