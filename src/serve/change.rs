//! What a changed path means for the book: a path in, whether it is
//! `book.toml`, the theme, one page, one copied file, or a change to the
//! set of files (which reloads the book). Editor droppings are ignored.

use crate::book::{self, Book};
use crate::config::Config;
use crate::markup::Format;
use std::path::{Path, PathBuf};

/// What a change affects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Config,
    Theme,
    /// Pages or files appeared or went away, or `SUMMARY.md` changed.
    Book,
    /// A page edited in place.
    Page(usize),
    /// A copied file edited in place (relative to the source folder).
    Asset(PathBuf),
}

/// The book's folders, absolute, to watch and to match events against.
#[derive(Debug, Clone)]
pub struct Paths {
    pub root: PathBuf,
    pub src: PathBuf,
    build: PathBuf,
    themes: Vec<PathBuf>,
}

fn absolute(p: &Path) -> PathBuf {
    p.canonicalize()
        .or_else(|_| std::path::absolute(p))
        .unwrap_or_else(|_| p.to_path_buf())
}

impl Paths {
    pub fn new(config: &Config) -> Paths {
        let root = absolute(&config.root);
        Paths {
            src: absolute(&config.src_dir),
            build: absolute(&config.build_dir),
            themes: vec![root.join("themes"), root.join("theme")],
            root,
        }
    }

    /// What a changed path (absolute) means, or `None` to ignore it.
    pub fn classify(&self, path: &Path, book: Option<&Book>) -> Option<Change> {
        if path == self.root.join("book.toml") {
            return Some(Change::Config);
        }
        if self.themes.iter().any(|t| path.starts_with(t)) {
            return (!ignored(path.strip_prefix(&self.root).ok()?)).then_some(Change::Theme);
        }
        let rel = path.strip_prefix(&self.src).ok()?;
        if rel.as_os_str().is_empty() || path.starts_with(&self.build) || ignored(rel) {
            return None;
        }
        let Some(book) = book else {
            return Some(Change::Book);
        };
        if rel == Path::new("SUMMARY.md") {
            return Some(Change::Book);
        }
        let (exists, is_dir) = (path.exists(), path.is_dir());
        if is_dir {
            let known = book.pages.iter().any(|p| p.source.starts_with(rel))
                || book.assets.iter().any(|a| a.starts_with(rel));
            return (!known).then_some(Change::Book);
        }
        if Format::from_path(rel).is_some() {
            let known = book
                .by_url(&book::url_for(rel))
                .filter(|&i| book.pages[i].source == rel);
            return match (known, exists) {
                (Some(i), true) => Some(Change::Page(i)),
                (None, false) => None,
                _ => Some(Change::Book),
            };
        }
        let known = book.assets.iter().any(|a| a == rel);
        match (known, exists) {
            (true, true) => Some(Change::Asset(rel.to_path_buf())),
            (false, false) => {
                // A removed folder: did the book have files in it?
                let had = book.pages.iter().any(|p| p.source.starts_with(rel))
                    || book.assets.iter().any(|a| a.starts_with(rel));
                had.then_some(Change::Book)
            }
            _ => Some(Change::Book),
        }
    }
}

/// Hidden files, editor backups and swap files, build folders.
fn ignored(rel: &Path) -> bool {
    let mut parts = rel.components().map(|c| c.as_os_str().to_string_lossy());
    let first = parts.next().unwrap_or_default();
    if first == "_build" || first == "target" {
        return true;
    }
    rel.components().any(|c| {
        let name = c.as_os_str().to_string_lossy();
        name.starts_with('.')
            || name.ends_with('~')
            || name.starts_with('#')
            || [".swp", ".swx", ".swo", ".tmp", ".bak"]
                .iter()
                .any(|s| name.ends_with(s))
            || name == "4913"
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editor_files_are_ignored() {
        for p in [
            ".a.md.swp",
            "sops/.#koji.md",
            "koji.md~",
            "4913",
            "_build/x.html",
            "a/.git/HEAD",
        ] {
            assert!(ignored(Path::new(p)), "{p}");
        }
        assert!(!ignored(Path::new("sops/koji.md")));
    }
}
