//! The `target-notes` directive (docutils' `TargetNotes` transform): every
//! external link of the page gets a footnote with its URL, placed where the
//! directive stands, and a reference to it after each link.

use super::Parser;
use super::inline::MARK;
use crate::doc::{Block, BlockKind, Inline};
use crate::doc::{for_each_inlines, walk_blocks_mut};
use std::collections::HashMap;

/// The class of the container the directive leaves for the footnotes.
pub const CLASS: &str = "target-notes";

impl Parser<'_> {
    /// Numbers the link footnotes (after the page's own auto-numbered
    /// ones), references them after each link and fills the container.
    pub(super) fn fill_target_notes(&mut self, blocks: &mut [Block]) {
        let mut markers: Vec<String> = Vec::new();
        for_each_inlines(blocks, &mut |inl| {
            markers.extend(inl.iter().filter_map(marker).map(str::to_string));
        });
        let mut by_url: HashMap<String, String> = HashMap::new();
        let mut notes = Vec::new();
        let mut by_marker: HashMap<String, String> = HashMap::new();
        // Named targets in the order they are defined, then anonymous
        // references in the order they are made.
        let mut wanted: Vec<(String, String)> = Vec::new();
        for name in self.targets.names_in_order() {
            let Some(url) = self.targets.external_url(&name) else {
                continue;
            };
            for m in markers.iter().filter(|m| refers_to(m, &name)) {
                wanted.push((m.clone(), url.clone()));
            }
        }
        for m in markers.iter().filter(|m| m.starts_with("anon:")) {
            let n = m["anon:".len()..].parse().ok();
            if let Some(url) = n.and_then(|n| self.targets.anonymous_url(n)) {
                wanted.push((m.clone(), url));
            }
        }
        for (m, url) in wanted {
            let label = match by_url.get(&url) {
                Some(l) => l.clone(),
                None => {
                    let label = format!("#TARGET_NOTE: {}", by_url.len() + 1);
                    let (_, id) = self.targets.footnote_def(&label, false);
                    notes.push(note_block(&url, id));
                    by_url.insert(url, label.clone());
                    label
                }
            };
            by_marker.insert(m, label);
        }
        for_each_inlines(blocks, &mut |inl| add_refs(inl, &by_marker));
        let mut notes = Some(notes);
        walk_blocks_mut(blocks, &mut |b| {
            let line = b.line;
            if let BlockKind::Container { classes, blocks } = &mut b.kind
                && classes.iter().any(|c| c == CLASS)
                && let Some(mut n) = notes.take()
            {
                n.iter_mut().for_each(|note| note.line = line);
                *blocks = n;
            }
        });
    }
}

/// Whether a marker is a reference by name to `name` (`name_`, or a
/// substitution with a link, `|name|_`).
fn refers_to(marker: &str, name: &str) -> bool {
    match marker.strip_prefix("sub:_:") {
        Some(sub) => super::normalize_name(sub) == name,
        None => marker.strip_prefix("ref:") == Some(name),
    }
}

/// The reference marker of an unresolved link (`ref:name`, `anon:3`).
fn marker(i: &Inline) -> Option<&str> {
    match i {
        Inline::Link { url, .. } => url.strip_prefix(MARK),
        _ => None,
    }
}

fn note_block(url: &str, id: String) -> Block {
    let link = Inline::Link {
        url: url.to_string(),
        title: None,
        content: vec![Inline::Text(url.to_string())],
        line: 0,
    };
    let kind = BlockKind::Footnote {
        label: String::new(),
        id,
        backrefs: Vec::new(),
        blocks: vec![Block::new(0, BlockKind::Paragraph(vec![link]))],
    };
    Block::new(0, kind)
}

/// Puts ` [n]` after each link that has a footnote.
fn add_refs(inlines: &mut Vec<Inline>, by_marker: &HashMap<String, String>) {
    let mut k = 0;
    while k < inlines.len() {
        let found = marker(&inlines[k]).and_then(|m| by_marker.get(m));
        if let (Some(label), Inline::Link { line, .. }) = (found, &inlines[k]) {
            let r = Inline::FootnoteRef {
                label: label.clone(),
                id: String::new(),
                backref: String::new(),
                line: *line,
            };
            inlines.splice(k + 1..k + 1, [Inline::Text(" ".into()), r]);
            k += 2;
        }
        k += 1;
    }
}
