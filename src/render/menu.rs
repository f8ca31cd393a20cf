//! The whole-book menu, written once as `_static/menu.js` and loaded by
//! every page: the navigation tree in, a compact script out. Its size grows
//! with the book, not with the square of it.

use crate::book::{Book, NavItem, NavKind};
use serde::Serialize;

/// One menu entry: `t` title, `u` site path of a page, `x` external URL,
/// `p` part title, `s` separator, `c` children.
#[derive(Serialize)]
struct Entry<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    t: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    u: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    x: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    p: Option<&'a str>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    s: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    c: Vec<Entry<'a>>,
}

fn entry<'a>(book: &'a Book, item: &'a NavItem) -> Entry<'a> {
    let mut e = Entry {
        t: None,
        u: None,
        x: None,
        p: None,
        s: false,
        c: vec![],
    };
    match item.kind {
        NavKind::Part => e.p = Some(&item.title),
        NavKind::Separator => e.s = true,
        NavKind::External => {
            e.t = Some(&item.title);
            e.x = item.url.as_deref();
        }
        NavKind::Page | NavKind::Draft => {
            e.t = Some(&item.title);
            e.u = item.page.map(|p| book.pages[p].url.as_str());
        }
    }
    e.c = item.children.iter().map(|c| entry(book, c)).collect();
    e
}

/// The text of `_static/menu.js`.
pub fn script(book: &Book) -> String {
    let entries: Vec<Entry> = book.nav.items.iter().map(|i| entry(book, i)).collect();
    let json = serde_json::to_string(&entries).unwrap_or_else(|_| "[]".into());
    // `</` inside a script would end it early in some parsers.
    format!("window.sopbookMenu = {};\n", json.replace("</", "<\\/"))
}
