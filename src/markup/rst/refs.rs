//! Hyperlink targets, substitutions and footnotes of one document, and the
//! last pass over the tree: reference markers left by the inline parser in,
//! links (`#id` or external URL), substitution text, numbered footnote
//! references or problems (with docutils' messages) out.

use super::Parser;
use super::inline::MARK;
use crate::doc::{Block, BlockKind, Inline};
use crate::doc::{for_each_inlines, walk_blocks_mut};
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, PartialEq)]
enum Target {
    Url(String),
    Id(String),
    Alias(String),
    Duplicate,
}

/// A footnote or citation definition.
#[derive(Debug, Clone)]
struct Note {
    /// As written: `1`, `#`, `#name`, `*`, or a citation label.
    label: String,
    shown: String,
    id: String,
    backrefs: Vec<String>,
}

/// Everything references can point at.
#[derive(Debug, Default)]
pub struct Targets {
    named: HashMap<String, Target>,
    explicit: HashSet<String>,
    anonymous: Vec<Target>,
    anon_refs: usize,
    notes: Vec<Note>,
    next_auto: u32,
    symbols: usize,
    refs_made: usize,
    /// Explicit target names in the order they were defined.
    order: Vec<String>,
}

const SYMBOLS: &[&str] = &[
    "*", "\u{2020}", "\u{2021}", "\u{a7}", "\u{b6}", "#", "\u{2660}", "\u{2665}", "\u{2666}",
    "\u{2663}",
];

impl Targets {
    /// Whether a target of this name exists.
    pub fn has_name(&self, name: &str) -> bool {
        self.named.contains_key(name)
    }

    /// A section title's implicit target.
    pub fn implicit(&mut self, name: &str, id: &str) {
        if self.explicit.contains(name) {
            return;
        }
        match self.named.get(name) {
            Some(_) => {
                self.named.insert(name.to_string(), Target::Duplicate);
            }
            None => {
                self.named
                    .insert(name.to_string(), Target::Id(id.to_string()));
            }
        }
    }

    fn explicit_def(&mut self, name: &str, t: Target) -> bool {
        if self.explicit.contains(name) {
            if self.named.get(name) == Some(&t) && matches!(t, Target::Url(_)) {
                return true;
            }
            self.named.insert(name.to_string(), Target::Duplicate);
            return false;
        }
        self.explicit.insert(name.to_string());
        self.named.insert(name.to_string(), t);
        self.order.push(name.to_string());
        true
    }

    /// Explicit target names in the order they were defined.
    pub fn names_in_order(&self) -> Vec<String> {
        self.order.clone()
    }

    /// The URL an explicit name leads to, when it leads out of the page.
    pub fn external_url(&self, name: &str) -> Option<String> {
        self.lookup(name).ok().filter(|u| !u.starts_with('#'))
    }

    /// The URL of the `n`th anonymous target, when it leads out of the page.
    pub fn anonymous_url(&self, n: usize) -> Option<String> {
        match self.anonymous.get(n)? {
            Target::Url(u) => Some(u.clone()),
            Target::Alias(a) => self.external_url(a),
            _ => None,
        }
    }

    /// `.. _name:` before an element; false when the name is taken.
    pub fn internal(&mut self, name: &str, id: &str) -> bool {
        self.explicit_def(name, Target::Id(id.to_string()))
    }

    /// `.. _name: url` or `.. _name: other_`; false when the name is taken.
    pub fn external(&mut self, name: &str, url: String, alias: Option<String>) -> bool {
        let t = match alias {
            Some(a) => Target::Alias(super::normalize_name(&a)),
            None => Target::Url(url),
        };
        self.explicit_def(name, t)
    }

    pub fn anonymous_def(&mut self, url: String, alias: Option<String>) {
        self.anonymous.push(match alias {
            Some(a) => Target::Alias(super::normalize_name(&a)),
            None => Target::Url(url),
        });
    }

    /// The number of the next anonymous reference.
    pub fn next_anonymous(&mut self) -> usize {
        self.anon_refs += 1;
        self.anon_refs - 1
    }

    /// Records a footnote or citation; returns its shown label and id.
    pub fn footnote_def(&mut self, label: &str, citation: bool) -> (String, String) {
        let shown = if citation {
            label.to_string()
        } else if label == "*" {
            let s = symbol(self.symbols);
            self.symbols += 1;
            s
        } else if label.starts_with('#') {
            // Numbered once all manual numbers are known.
            String::new()
        } else {
            label.to_string()
        };
        let id = if citation {
            super::make_id(label)
        } else {
            format!("footnote-{}", self.notes.len() + 1)
        };
        self.notes.push(Note {
            label: label.to_string(),
            shown: shown.clone(),
            id: id.clone(),
            backrefs: Vec::new(),
        });
        // A citation and a named footnote are targets of their name too.
        let name = if citation {
            label
        } else {
            label.strip_prefix('#').unwrap_or("")
        };
        if !name.is_empty() {
            self.explicit_def(&super::normalize_name(name), Target::Id(id.clone()));
        }
        (shown, id)
    }

    /// Gives auto-numbered footnotes the lowest numbers no manually
    /// numbered footnote uses, in document order.
    fn number_auto_footnotes(&mut self) {
        let manual: HashSet<String> = self
            .notes
            .iter()
            .filter(|n| !n.label.starts_with('#'))
            .map(|n| n.label.clone())
            .collect();
        for k in 0..self.notes.len() {
            if self.notes[k].label.starts_with('#') {
                self.next_auto += 1;
                while manual.contains(&self.next_auto.to_string()) {
                    self.next_auto += 1;
                }
                self.notes[k].shown = self.next_auto.to_string();
            }
        }
    }

    fn lookup(&self, name: &str) -> Result<String, String> {
        let mut name = name.to_string();
        for _ in 0..16 {
            match self.named.get(&name) {
                Some(Target::Url(u)) => return Ok(u.clone()),
                Some(Target::Id(id)) => return Ok(format!("#{id}")),
                Some(Target::Alias(a)) => name = a.clone(),
                Some(Target::Duplicate) => {
                    return Err(format!(
                        "Duplicate target name, cannot be used as a unique reference: \"{name}\"."
                    ));
                }
                None => return Err(format!("Unknown target name: \"{name}\".")),
            }
        }
        Err(format!(
            "Indirect hyperlink target \"{name}\" refers to target \"{name}\", which is circular."
        ))
    }
}

fn symbol(n: usize) -> String {
    let s = SYMBOLS[n % SYMBOLS.len()];
    s.repeat(n / SYMBOLS.len() + 1)
}

/// Resolves every marker in the tree.
pub(super) fn resolve(p: &mut Parser, blocks: &mut [Block]) {
    if p.target_notes {
        p.fill_target_notes(blocks);
    }
    p.targets.number_auto_footnotes();
    let anon_ok = p.targets.anon_refs == p.targets.anonymous.len();
    if !anon_ok && p.targets.anon_refs > 0 {
        let msg = format!(
            "Anonymous hyperlink mismatch: {} references but {} targets.\nSee \"backrefs\" attribute for IDs.",
            p.targets.anon_refs,
            p.targets.anonymous.len()
        );
        // docutils reports it after the last line of the document.
        p.error(p.last_line + 1, msg);
    }
    let mut auto_refs = 0usize;
    let mut sym_refs = 0usize;
    let mut state = (anon_ok, &mut auto_refs, &mut sym_refs);
    for_each_inlines(blocks, &mut |inl| resolve_inlines(p, inl, &mut state, 0));
    let notes = p.targets.notes.clone();
    fill_backrefs(blocks, &notes);
}

type State<'a> = (bool, &'a mut usize, &'a mut usize);

fn resolve_inlines(p: &mut Parser, inlines: &mut Vec<Inline>, st: &mut State, depth: u32) {
    let mut k = 0;
    while k < inlines.len() {
        let mut replace: Option<Vec<Inline>> = None;
        let mut trim = (false, false);
        match &mut inlines[k] {
            Inline::Link {
                url,
                title,
                content,
                line,
            } if url.starts_with(MARK) => {
                let line = *line;
                let raw = title.clone().unwrap_or_default();
                let marker = url[MARK.len()..].to_string();
                trim = substitution_trim(p, &marker);
                replace = Some(resolve_marker(
                    p,
                    &marker,
                    std::mem::take(content),
                    raw,
                    line,
                    st,
                    depth,
                ));
            }
            Inline::FootnoteRef { .. } => {
                replace = Some(vec![footnote_ref(p, inlines[k].clone(), st)]);
            }
            Inline::Emphasis(c)
            | Inline::Strong(c)
            | Inline::Strikethrough(c)
            | Inline::Link { content: c, .. }
            | Inline::Anchor { content: c, .. }
            | Inline::Role { content: c, .. } => {
                resolve_inlines(p, c, st, depth);
            }
            Inline::XRef {
                content: Some(c), ..
            } => resolve_inlines(p, c, st, depth),
            _ => {}
        }
        if let Some(new) = replace {
            let n = new.len();
            inlines.splice(k..=k, new);
            k = trim_around(inlines, k, k + n, trim);
        } else {
            k += 1;
        }
    }
}

/// The `ltrim` and `rtrim` of the substitution a marker references.
fn substitution_trim(p: &Parser, marker: &str) -> (bool, bool) {
    let Some(rest) = marker.strip_prefix("sub:") else {
        return (false, false);
    };
    let name = rest.split_once(':').map_or(rest, |(_, n)| n);
    let norm = super::normalize_name(name);
    p.substitution_trims
        .iter()
        .find(|(k, _)| *k == name || super::normalize_name(k) == norm)
        .map_or((false, false), |(_, t)| *t)
}

/// Drops the white space before `a` (left trim) and after `b` (right
/// trim) in the text nodes next to a substituted range.
/// Line breaks next to the range are white space too. Returns the new
/// end of the range.
fn trim_around(
    inlines: &mut Vec<Inline>,
    a: usize,
    b: usize,
    (left, right): (bool, bool),
) -> usize {
    let mut a = a;
    let mut b = b;
    if right {
        while matches!(inlines.get(b), Some(Inline::SoftBreak)) {
            inlines.remove(b);
        }
        if let Some(Inline::Text(t)) = inlines.get_mut(b) {
            *t = t.trim_start().to_string();
        }
    }
    if left {
        while a > 0 && matches!(inlines[a - 1], Inline::SoftBreak) {
            inlines.remove(a - 1);
            a -= 1;
            b -= 1;
        }
        if a > 0
            && let Inline::Text(t) = &mut inlines[a - 1]
        {
            t.truncate(t.trim_end().len());
        }
    }
    b
}

fn resolve_marker(
    p: &mut Parser,
    marker: &str,
    content: Vec<Inline>,
    raw: String,
    line: u32,
    st: &mut State,
    depth: u32,
) -> Vec<Inline> {
    if let Some(name) = marker.strip_prefix("ref:") {
        return resolve_named(p, name, content, raw, line, st, depth);
    }
    if let Some(n) = marker.strip_prefix("anon:") {
        return resolve_anonymous(p, n, content, raw, line, st);
    }
    if let Some(rest) = marker.strip_prefix("sub:") {
        return resolve_substitution(p, rest, raw, line, st, depth);
    }
    marker_problem(p, &raw, line, "Unresolvable reference.".into())
}

/// Reports an unresolved marker; its source text stays, as a problem.
fn marker_problem(p: &mut Parser, raw: &str, line: u32, msg: String) -> Vec<Inline> {
    if msg.starts_with("Unknown target name") || msg.starts_with("Undefined substitution") {
        p.broken_reference(line, msg);
    } else {
        p.error(line, msg);
    }
    vec![Inline::Problem {
        text: raw.to_string(),
        line,
    }]
}

/// `name_`: a link to the named target.
fn resolve_named(
    p: &mut Parser,
    name: &str,
    mut content: Vec<Inline>,
    raw: String,
    line: u32,
    st: &mut State,
    depth: u32,
) -> Vec<Inline> {
    match p.targets.lookup(name) {
        Ok(url) => {
            resolve_inlines(p, &mut content, st, depth);
            vec![Inline::Link {
                url,
                title: None,
                content,
                line,
            }]
        }
        Err(msg) => marker_problem(p, &raw, line, msg),
    }
}

/// `name__`: a link to the anonymous target of the same rank.
fn resolve_anonymous(
    p: &mut Parser,
    n: &str,
    content: Vec<Inline>,
    raw: String,
    line: u32,
    st: &State,
) -> Vec<Inline> {
    let target = n
        .parse::<usize>()
        .ok()
        .and_then(|n| p.targets.anonymous.get(n).cloned());
    let url = match (st.0, target) {
        (true, Some(Target::Url(u))) => Ok(u),
        (true, Some(Target::Alias(a))) => p.targets.lookup(&a),
        (false, _) => return vec![Inline::Problem { text: raw, line }],
        _ => Err("Anonymous hyperlink mismatch.".to_string()),
    };
    match url {
        Ok(url) => vec![Inline::Link {
            url,
            title: None,
            content,
            line,
        }],
        Err(msg) => marker_problem(p, &raw, line, msg),
    }
}

/// `|name|`, `|name|_`, `|name|__`: the substitution's text, linked when
/// it ends with `_`.
fn resolve_substitution(
    p: &mut Parser,
    rest: &str,
    raw: String,
    line: u32,
    st: &mut State,
    depth: u32,
) -> Vec<Inline> {
    let (refend, name) = rest.split_once(':').unwrap_or(("", rest));
    let Some(mut value) = substitution_value(p, name) else {
        let msg = format!("Undefined substitution referenced: \"{name}\".");
        return marker_problem(p, &raw, line, msg);
    };
    if depth > 8 {
        let msg = format!("Circular substitution definition referenced: \"{name}\".");
        return marker_problem(p, &raw, line, msg);
    }
    resolve_inlines(p, &mut value, st, depth + 1);
    match refend {
        "_" => match p.targets.lookup(&super::normalize_name(name)) {
            Ok(url) => vec![Inline::Link {
                url,
                title: None,
                content: value,
                line,
            }],
            Err(msg) => marker_problem(p, &raw, line, msg),
        },
        _ => value,
    }
}

/// The definition of substitution `name` (matched exactly, else by its
/// normalized name), or one Sphinx defines on every page.
fn substitution_value(p: &Parser, name: &str) -> Option<Vec<Inline>> {
    let found = p.substitutions.get(name).cloned().or_else(|| {
        let norm = super::normalize_name(name);
        p.substitutions
            .iter()
            .find(|(k, _)| super::normalize_name(k) == norm)
            .map(|(_, v)| v.clone())
    });
    // Sphinx defines `|version|`, `|release|` (empty unless
    // configured) and `|today|` on every page.
    found.or_else(|| match name {
        "version" | "release" => Some(Vec::new()),
        "today" => Some(vec![Inline::Text(crate::doc::Date::today().to_string())]),
        _ => None,
    })
}

fn footnote_ref(p: &mut Parser, node: Inline, st: &mut State) -> Inline {
    let Inline::FootnoteRef { label, line, .. } = node else {
        return node;
    };
    let notes = &p.targets.notes;
    let idx = if label == "#" {
        let autos: Vec<usize> = (0..notes.len())
            .filter(|&i| notes[i].label == "#")
            .collect();
        let r = autos.get(*st.1).copied();
        *st.1 += 1;
        r
    } else if label == "*" {
        let syms: Vec<usize> = (0..notes.len())
            .filter(|&i| notes[i].label == "*")
            .collect();
        let r = syms.get(*st.2).copied();
        *st.2 += 1;
        r
    } else {
        notes.iter().position(|n| {
            n.label == label || super::normalize_name(&n.label) == super::normalize_name(&label)
        })
    };
    let Some(i) = idx else {
        let text = format!("[{label}]_");
        let msg = if label == "#" || label == "*" {
            "Too many autonumbered footnote references: only 0 corresponding footnotes available."
                .to_string()
        } else {
            format!(
                "Unknown target name: \"{}\".",
                super::normalize_name(label.trim_start_matches('#'))
            )
        };
        p.broken_reference(line, msg);
        return Inline::Problem { text, line };
    };
    p.targets.refs_made += 1;
    let backref = format!("footnote-reference-{}", p.targets.refs_made);
    p.targets.notes[i].backrefs.push(backref.clone());
    let n = &p.targets.notes[i];
    Inline::FootnoteRef {
        label: n.shown.clone(),
        id: n.id.clone(),
        backref,
        line,
    }
}

fn fill_backrefs(blocks: &mut [Block], notes: &[Note]) {
    walk_blocks_mut(blocks, &mut |b| {
        if let BlockKind::Footnote {
            id,
            backrefs,
            label,
            ..
        } = &mut b.kind
            && let Some(n) = notes.iter().find(|n| &n.id == id)
        {
            *backrefs = n.backrefs.clone();
            *label = n.shown.clone();
        }
    });
}
