//! The typed contexts templates get: a page of the book (with its menu
//! fallback, breadcrumbs, neighbours, table of contents and SOP card) in
//! data the theme lays out. Every URL is already relative to the page.

use crate::book::{Book, NavItem, NavKind};
use crate::config::{Config, MenuLink};
use crate::doc::{BlockKind, Date, Document, inlines_text};
use crate::links::{is_external, path_to_root, relative};
use serde::Serialize;

/// The whole-book part of every page's context.
#[derive(Serialize, Clone)]
pub struct BookContext {
    pub title: String,
    pub description: Option<String>,
    pub language: String,
    pub menu: Vec<MenuLink>,
    /// Whether the theme has a search client.
    pub search: bool,
    pub generator: String,
}

impl BookContext {
    /// The title is `[book] title`, else the title of the book's root page
    /// (`index`, the master document of an RST tree), else the folder name.
    pub fn new(config: &Config, book: &Book, search: bool) -> Self {
        let root_title = (config.raw.book.title.is_none())
            .then(|| book.by_docname("index"))
            .flatten()
            .map(|i| book.pages[i].title.clone())
            .filter(|t| !t.trim().is_empty());
        BookContext {
            title: root_title.unwrap_or_else(|| config.title()),
            description: config.raw.book.description.clone(),
            language: config.raw.book.language.clone(),
            menu: config.raw.output.html.menu.clone(),
            search,
            generator: format!("sopbook {}", env!("CARGO_PKG_VERSION")),
        }
    }
}

#[derive(Serialize)]
pub struct LinkContext {
    pub title: String,
    pub url: String,
}

/// One line of the in-page menu shown without JavaScript.
#[derive(Serialize)]
pub struct NavLine {
    pub depth: usize,
    pub title: String,
    pub url: Option<String>,
    pub current: bool,
    pub part: bool,
}

#[derive(Serialize)]
pub struct TocLine {
    pub level: u8,
    pub id: String,
    pub title: String,
}

/// The SOP metadata card.
#[derive(Serialize, Default)]
pub struct SopCard {
    pub owner: Option<String>,
    pub contact: Option<String>,
    pub location: Option<String>,
    pub servers: Vec<String>,
    pub purpose: Option<String>,
    pub reviewed: Option<String>,
    /// The date the next review is due.
    pub review_due: Option<String>,
    pub overdue: bool,
    pub days_overdue: i64,
    pub tags: Vec<String>,
}

/// A page's own context.
#[derive(Serialize)]
pub struct PageContext {
    pub title: String,
    /// The page's site path (`sops/koji.html`).
    pub path: String,
    /// The relative path to the site root (`../`), empty at the top.
    pub root: String,
    pub body: String,
    pub toc: Vec<TocLine>,
    pub breadcrumbs: Vec<LinkContext>,
    pub prev: Option<LinkContext>,
    pub next: Option<LinkContext>,
    pub local_nav: Vec<NavLine>,
    pub edit_url: Option<String>,
    pub canonical: Option<String>,
    pub sop: Option<SopCard>,
    pub description: Option<String>,
}

/// The context of a template render.
#[derive(Serialize)]
pub struct Context<'a> {
    pub book: &'a BookContext,
    pub page: PageContext,
}

/// Builds the context of page `i`, around its rendered `body`.
pub fn page(config: &Config, book: &Book, i: usize, body: String, today: Date) -> PageContext {
    let page = &book.pages[i];
    let url = &page.url;
    let link = |p: usize| LinkContext {
        title: book.pages[p].title.clone(),
        url: relative(url, &book.pages[p].url),
    };
    let pos = book.nav.order.iter().position(|&p| p == i);
    let prev = pos
        .and_then(|n| n.checked_sub(1))
        .map(|n| link(book.nav.order[n]));
    let next = pos
        .and_then(|n| book.nav.order.get(n + 1))
        .map(|&p| link(p));
    let mut breadcrumbs: Vec<LinkContext> = book
        .nav
        .home
        .filter(|&h| h != i)
        .map(link)
        .into_iter()
        .collect();
    for (title, p) in book.nav.trails.get(&i).into_iter().flatten() {
        let url = p
            .map(|p| relative(url, &book.pages[p].url))
            .unwrap_or_default();
        breadcrumbs.push(LinkContext {
            title: title.clone(),
            url,
        });
    }
    let html = &config.raw.output.html;
    PageContext {
        title: page.title.clone(),
        path: url.clone(),
        root: path_to_root(url),
        body,
        toc: toc(&page.doc),
        breadcrumbs,
        prev,
        next,
        local_nav: local_nav(book, i),
        edit_url: html
            .edit_url_template
            .as_ref()
            .map(|t| t.replace("{path}", &page.source.to_string_lossy().replace('\\', "/"))),
        canonical: html
            .site_url
            .as_ref()
            .map(|s| format!("{}/{}", s.trim_end_matches('/'), url)),
        sop: sop_card(&page.doc, config.raw.sop.review_period, today),
        description: page
            .doc
            .meta
            .description
            .clone()
            .or_else(|| page.doc.meta.purpose.clone()),
    }
}

/// The "on this page" list: headings below the title, down to level 4.
fn toc(doc: &Document) -> Vec<TocLine> {
    let headings: Vec<_> = doc
        .blocks
        .iter()
        .filter_map(|b| match &b.kind {
            BlockKind::Heading {
                level,
                ids,
                content,
            } => Some((*level, ids.first().cloned().unwrap_or_default(), content)),
            _ => None,
        })
        .collect();
    let top = headings.iter().map(|h| h.0).min().unwrap_or(1);
    let single_title = headings.iter().filter(|h| h.0 == top).count() == 1
        && headings.first().is_some_and(|h| h.0 == top);
    headings
        .into_iter()
        .filter(|h| !(single_title && h.0 == top) && h.0 <= top + 3)
        .map(|(level, id, content)| TocLine {
            level,
            id,
            title: inlines_text(content),
        })
        .collect()
}

/// The SOP card of a page, with the review state against `today`.
pub fn sop_card(doc: &Document, review_period: u32, today: Date) -> Option<SopCard> {
    let m = &doc.meta;
    if !m.is_sop() {
        return None;
    }
    let due = m
        .reviewed
        .map(|r| Date::from_days(r.to_days() + i64::from(review_period)));
    let days_overdue = due.map_or(0, |d| today.to_days() - d.to_days());
    Some(SopCard {
        owner: m.owner.clone(),
        contact: m.contact.clone(),
        location: m.location.clone(),
        servers: m.servers.clone(),
        purpose: m.purpose.clone(),
        reviewed: m.reviewed.map(|d| d.to_string()),
        review_due: due.map(|d| d.to_string()),
        overdue: days_overdue > 0,
        days_overdue: days_overdue.max(0),
        tags: m.tags.clone(),
    })
}

/// The menu lines a page carries for readers without JavaScript: the path
/// from the top to the page, the page's siblings, and its children.
fn local_nav(book: &Book, i: usize) -> Vec<NavLine> {
    let mut lines = Vec::new();
    let from = &book.pages[i].url;
    let mut level: &[NavItem] = &book.nav.items;
    let trail = book.nav.trails.get(&i).cloned().unwrap_or_default();
    for (depth, (_, page)) in trail.iter().enumerate() {
        let Some(item) = level
            .iter()
            .find(|it| it.page.is_some() && it.page == *page)
        else {
            break;
        };
        lines.push(nav_line(book, from, item, depth, false));
        level = &item.children;
    }
    let depth = trail.len();
    for item in level {
        let current = item.page == Some(i);
        lines.push(nav_line(book, from, item, depth, current));
        if current {
            for child in &item.children {
                lines.push(nav_line(book, from, child, depth + 1, false));
            }
        }
    }
    lines
}

fn nav_line(book: &Book, from: &str, item: &NavItem, depth: usize, current: bool) -> NavLine {
    let url = match (item.page, &item.url) {
        (Some(p), _) => Some(relative(from, &book.pages[p].url)),
        (None, Some(u)) if is_external(u) => Some(u.clone()),
        _ => None,
    };
    NavLine {
        depth,
        title: item.title.clone(),
        url,
        current,
        part: item.kind == NavKind::Part,
    }
}
