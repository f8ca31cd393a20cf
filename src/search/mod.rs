//! The client-side search index: pages (with their documents) in, the
//! files of a sharded index out (`search/manifest.js` and content-hashed
//! shards), which the theme's `search.js` loads as scripts.
//!
//! Sections are split at headings; terms are folded, stemmed on the client,
//! and scored with BM25F impacts precomputed here.

mod config;
mod extract;
mod index;
mod page;
mod shard;
pub mod stem;
pub mod token;
mod vocab;

pub use config::SearchConfig;
pub use index::{Index, build as build_index, merge};
pub use page::{PageTerms, extract};

/// A page to index.
pub struct SearchPage<'a> {
    /// The page URL relative to the site root, e.g. `sysadmin/koji.html`.
    pub url: &'a str,
    pub title: &'a str,
    /// Titles of the page's parents in the menu, root first.
    pub breadcrumbs: Vec<String>,
    pub doc: &'a crate::doc::Document,
}

impl<'a> SearchPage<'a> {
    /// Every page of a book, in book order, with its breadcrumbs (the
    /// home page's title, then the menu trail).
    pub fn of_book(book: &'a crate::book::Book) -> Vec<SearchPage<'a>> {
        let home = book.nav.home.map(|h| book.pages[h].title.clone());
        book.pages
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let mut breadcrumbs: Vec<String> = home
                    .iter()
                    .filter(|_| book.nav.home != Some(i))
                    .cloned()
                    .collect();
                let trail = book.nav.trails.get(&i).into_iter().flatten();
                breadcrumbs.extend(trail.map(|(title, _)| title.clone()));
                SearchPage {
                    url: &p.url,
                    title: &p.title,
                    breadcrumbs,
                    doc: &p.doc,
                }
            })
            .collect()
    }
}

/// A file of the index to write into the site.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchFile {
    /// Relative to the site root, e.g. `search/manifest.js`.
    pub path: String,
    pub bytes: Vec<u8>,
}

/// The index files of a book's pages; none when search is disabled.
pub fn build(pages: &[SearchPage<'_>], config: &SearchConfig) -> Vec<SearchFile> {
    if !config.enable {
        return Vec::new();
    }
    let index = build_index(pages, config);
    shard::files(&index, config.shard_size.max(1024))
}

/// The index files of pages extracted beforehand (see [`extract`]), in
/// book order; none when search is disabled. `sopbook serve` keeps the
/// extracted pages and re-extracts only the edited ones.
pub fn build_extracted<P>(pages: &[P], config: &SearchConfig) -> Vec<SearchFile>
where
    P: std::borrow::Borrow<PageTerms> + Sync,
{
    if !config.enable {
        return Vec::new();
    }
    shard::files(&merge(pages, config), config.shard_size.max(1024))
}
