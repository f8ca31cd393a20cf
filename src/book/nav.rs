//! Navigation: the loaded pages in, the menu tree, the reading order and
//! each page's parents out. The tree comes from `SUMMARY.md` when there is
//! one, else from the toctrees of the root `index` page, else from folders.

use super::{Book, summary};
use crate::config::Config;
use crate::doc::{BlockKind, Toctree, Visit, walk_blocks};
use crate::error::BuildErrors;
use std::collections::HashMap;
use std::path::Path;

/// What a menu entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NavKind {
    Page,
    /// A heading that groups the entries after it (SUMMARY part titles,
    /// toctree captions).
    Part,
    Separator,
    /// A SUMMARY entry with no file yet.
    Draft,
    External,
}

#[derive(Debug, Clone)]
pub struct NavItem {
    pub kind: NavKind,
    pub title: String,
    pub page: Option<usize>,
    /// The URL of an external entry.
    pub url: Option<String>,
    pub children: Vec<NavItem>,
}

impl NavItem {
    pub fn page(title: String, page: usize, children: Vec<NavItem>) -> Self {
        NavItem {
            kind: NavKind::Page,
            title,
            page: Some(page),
            url: None,
            children,
        }
    }

    pub fn other(kind: NavKind, title: String) -> Self {
        NavItem {
            kind,
            title,
            page: None,
            url: None,
            children: vec![],
        }
    }
}

/// The menu of a book.
#[derive(Debug, Clone, Default)]
pub struct Nav {
    pub items: Vec<NavItem>,
    /// The home page (root `index`), shown as the book title.
    pub home: Option<usize>,
    /// Pages in reading order, for previous/next links.
    pub order: Vec<usize>,
    /// Each page's parents in the menu, root first: (title, page).
    pub trails: HashMap<usize, Vec<(String, Option<usize>)>>,
}

impl Nav {
    /// Whether a page is reachable from the menu.
    pub fn contains(&self, page: usize) -> bool {
        self.home == Some(page) || self.trails.contains_key(&page)
    }
}

/// Builds the navigation of a loaded book.
pub fn build(config: &Config, book: &Book, summary: Option<&Path>) -> Result<Nav, BuildErrors> {
    let home = book.by_docname("index");
    let items = if let Some(s) = summary {
        summary::read(config, book, &config.src_dir.join(s))?
    } else if let Some(h) = home.filter(|&h| has_toctree(book, h)) {
        let mut stack = vec![h];
        toctree_items(book, h, &mut stack, true)
    } else {
        folder_items(book, "", home)
    };
    let mut nav = Nav {
        items,
        home,
        ..Nav::default()
    };
    if let Some(h) = home {
        nav.order.push(h);
    }
    let mut trail = Vec::new();
    visit(&nav.items, &mut trail, &mut nav.order, &mut nav.trails);
    Ok(nav)
}

fn visit(
    items: &[NavItem],
    trail: &mut Vec<(String, Option<usize>)>,
    order: &mut Vec<usize>,
    trails: &mut HashMap<usize, Vec<(String, Option<usize>)>>,
) {
    for item in items {
        if let Some(p) = item.page
            && !trails.contains_key(&p)
            && !order.contains(&p)
        {
            order.push(p);
            trails.insert(p, trail.clone());
        }
        trail.push((item.title.clone(), item.page));
        visit(&item.children, trail, order, trails);
        trail.pop();
    }
}

fn has_toctree(book: &Book, page: usize) -> bool {
    let mut found = false;
    walk_blocks(
        &book.pages[page].doc.blocks,
        &mut |v| found |= matches!(v, Visit::Block(b) if matches!(b.kind, BlockKind::Toctree(_))),
    );
    found
}

/// The toctrees of a page, in order.
pub fn toctrees(book: &Book, page: usize) -> Vec<&Toctree> {
    let mut trees = Vec::new();
    walk_blocks(&book.pages[page].doc.blocks, &mut |v| {
        if let Visit::Block(b) = v
            && let BlockKind::Toctree(t) = &b.kind
        {
            trees.push(t);
        }
    });
    trees
}

/// Menu entries from the toctrees of `page`, recursively; `stack` holds
/// the pages being expanded, so a cycle stops.
fn toctree_items(book: &Book, page: usize, stack: &mut Vec<usize>, top: bool) -> Vec<NavItem> {
    let mut items = Vec::new();
    let from = &book.pages[page].docname;
    for tree in toctrees(book, page) {
        if top && let Some(caption) = &tree.caption {
            items.push(NavItem::other(NavKind::Part, caption.clone()));
        }
        for entry in &tree.entries {
            for target in super::toctree_targets(book, from, entry) {
                match target {
                    super::TocTarget::Page(p) if !stack.contains(&p) => {
                        stack.push(p);
                        let children = toctree_items(book, p, stack, false);
                        stack.pop();
                        let title = entry
                            .title
                            .clone()
                            .unwrap_or_else(|| book.pages[p].title.clone());
                        items.push(NavItem::page(title, p, children));
                    }
                    super::TocTarget::External(url) => {
                        let title = entry.title.clone().unwrap_or_else(|| url.clone());
                        items.push(NavItem {
                            url: Some(url),
                            ..NavItem::other(NavKind::External, title)
                        });
                    }
                    _ => {}
                }
            }
        }
    }
    items
}

/// Menu entries from folders: a folder is a section whose page is its
/// `index`; entries sorted by weight, then title.
fn folder_items(book: &Book, dir: &str, skip: Option<usize>) -> Vec<NavItem> {
    let prefix = if dir.is_empty() {
        String::new()
    } else {
        format!("{dir}/")
    };
    let mut entries: Vec<(Option<i64>, String, NavItem)> = Vec::new();
    let mut subdirs: Vec<String> = Vec::new();
    for (i, p) in book.pages.iter().enumerate() {
        let Some(rest) = p.docname.strip_prefix(&prefix) else {
            continue;
        };
        if let Some((sub, _)) = rest.split_once('/') {
            if !subdirs.iter().any(|s| s == sub) {
                subdirs.push(sub.to_string());
            }
        } else if Some(i) != skip && !is_index(rest) {
            entries.push((
                p.doc.meta.weight,
                p.title.to_lowercase(),
                NavItem::page(p.title.clone(), i, vec![]),
            ));
        }
    }
    for sub in subdirs {
        let path = format!("{prefix}{sub}");
        let index = book.by_docname(&format!("{path}/index"));
        let children = folder_items(book, &path, index);
        let title = index.map_or_else(
            || super::title_from_name(&sub),
            |i| book.pages[i].title.clone(),
        );
        let weight = index.and_then(|i| book.pages[i].doc.meta.weight);
        let item = NavItem {
            kind: NavKind::Page,
            title: title.clone(),
            page: index,
            url: None,
            children,
        };
        entries.push((weight, title.to_lowercase(), item));
    }
    entries.sort_by(|a, b| (a.0.is_none(), a.0, &a.1).cmp(&(b.0.is_none(), b.0, &b.1)));
    entries.into_iter().map(|e| e.2).collect()
}

fn is_index(stem: &str) -> bool {
    stem == "index" || stem.eq_ignore_ascii_case("readme")
}
