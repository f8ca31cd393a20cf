//! RST lists: bullet and enumerated lists, a task item's box (`[ ]`,
//! `[x]`) kept as text before its paragraph (RST has no task lists), and
//! definition lists.

use super::{WIDTH, blocks, fill, fix_start, indent, is_enumerator, nested, render};
use crate::doc::{DefinitionItem, List, ListItem, ListKind};
use crate::write::{alpha, roman};

pub(super) fn definitions(items: &[DefinitionItem], width: usize) -> Vec<String> {
    let mut out = Vec::new();
    for (n, item) in items.iter().enumerate() {
        if n > 0 {
            out.push(String::new());
        }
        let mut term = render(&item.term).trim().to_string();
        if term.is_empty() {
            term = "\\ ".into();
        }
        if is_enumerator(term.split(' ').next().unwrap_or(""))
            || term.starts_with(['-', '*', '+', ':', '.'])
        {
            term.insert(0, '\\');
        }
        for c in &item.classifiers {
            term.push_str(" : ");
            term.push_str(&render(c));
        }
        let body = blocks(&item.definition, None, nested(width));
        if body.is_empty() {
            out.extend(fill(&term, WIDTH, &fix_start));
            continue;
        }
        out.push(term);
        out.extend(indent(&body, "   "));
    }
    out
}

pub(super) fn list_lines(list: &List, width: usize) -> Vec<String> {
    let mut out = Vec::new();
    for (n, item) in list.items.iter().enumerate() {
        let marker = marker(list, n);
        let body = item_body(item, nested(width));
        // a blank line must end a nested list, not open the item over it
        let own = item.blocks.len() <= 1 || crate::write::compact(item);
        let simple = own && (n == 0 || list.items[n - 1].blocks.len() <= 1);
        if n > 0 && !(list.tight && simple) {
            out.push(String::new());
        }
        let pad = " ".repeat(marker.len() + 1);
        if body.is_empty() {
            out.push(marker);
            continue;
        }
        for (i, l) in body.iter().enumerate() {
            if i == 0 {
                out.push(format!("{marker} {l}"));
            } else if l.is_empty() {
                out.push(String::new());
            } else {
                out.push(format!("{pad}{l}"));
            }
        }
    }
    out
}

fn marker(list: &List, n: usize) -> String {
    let k = list.start as usize + n;
    match list.kind {
        ListKind::Bullet => "-".into(),
        ListKind::Arabic => format!("{k}."),
        ListKind::LowerAlpha => format!("{}.", alpha(k, false)),
        ListKind::UpperAlpha => format!("{}.", alpha(k, true)),
        ListKind::LowerRoman => format!("{}.", roman(k).to_lowercase()),
        ListKind::UpperRoman => format!("{}.", roman(k)),
    }
}

/// An item's blocks, a task item's after its box.
fn item_body(item: &ListItem, width: usize) -> Vec<String> {
    crate::write::item_body(item, width, |b, w| blocks(b, None, w))
}
