//! Interpreted-text roles: a role name and its text in, the inline node out
//! (`:ref:`/`:doc:`/`:term:` cross-references, `:code:` literals, semantic
//! roles such as `:kbd:`, `:pep:`/`:rfc:` links), unknown roles reported.

use super::Parser;
use super::inline::{Src, soft};
use crate::doc::{Inline, XRefKind};

/// Roles rendered with their own element or class, kept by name.
const SEMANTIC: &[&str] = &[
    "title-reference",
    "kbd",
    "command",
    "file",
    "samp",
    "guilabel",
    "menuselection",
    "dfn",
    "mailheader",
    "makevar",
    "manpage",
    "mimetype",
    "newsgroup",
    "program",
    "regexp",
    "envvar",
    "token",
    "keyword",
    "option",
    "math",
    "download",
    "numref",
    "any",
    "class",
    "func",
    "meth",
    "mod",
    "attr",
    "exc",
    "data",
    "obj",
    "const",
    "abbr",
    "sub",
    "sup",
    "eq",
    "productionlist",
];

/// Sphinx's `title <target>` in a cross-reference role (the space is
/// optional, unlike in docutils' embedded URIs): title and target, raw.
pub(super) fn explicit_title(raw: &str) -> Option<(String, String)> {
    let body = raw.strip_suffix('>')?;
    let mut escaped = false;
    for (i, c) in body.char_indices() {
        match c {
            '<' if i > 0 && !escaped => {
                let title = body[..i].trim_end();
                return (!title.is_empty()).then(|| (title.to_string(), body[i + 1..].to_string()));
            }
            '\\' => escaped = !escaped,
            _ => escaped = false,
        }
    }
    None
}

/// Sphinx cross-reference roles shown with their target's text.
fn is_xref(name: &str) -> bool {
    matches!(
        name,
        "class"
            | "func"
            | "meth"
            | "mod"
            | "attr"
            | "exc"
            | "data"
            | "obj"
            | "const"
            | "envvar"
            | "token"
            | "keyword"
            | "option"
    ) || name.contains(':')
}

/// docutils role names and the canonical name they stand for.
fn canonical(name: &str) -> &str {
    match name {
        "t" | "title" => "title-reference",
        "subscript" => "sub",
        "superscript" => "sup",
        "ab" | "abbreviation" | "ac" | "acronym" => "abbr",
        "pep-reference" => "pep",
        "rfc-reference" => "rfc",
        other => other,
    }
}

impl Parser<'_> {
    /// The node for `` :role:`text` `` (text between `a` and `b`).
    pub(super) fn role(
        &mut self,
        role: &str,
        src: &Src,
        a: usize,
        b: usize,
        line: u32,
        whole: String,
    ) -> Inline {
        let lower = self.base_role(role);
        let name = canonical(&lower);
        let text = src.text(a, b);
        match name {
            // Kept as written, backslashes and all, for MathJax.
            "math" => Inline::Role {
                role: "math".into(),
                title: None,
                content: vec![Inline::Text(format!("\\({}\\)", src.raw(a, b)))],
            },
            "emphasis" => Inline::Emphasis(soft(vec![Inline::Text(text)])),
            "strong" => Inline::Strong(soft(vec![Inline::Text(text)])),
            "literal" | "code" => Inline::Code(text),
            "ref" | "doc" | "term" | "std:ref" | "std:doc" | "std:term" => {
                std_xref(name, &src.raw(a, b), text, line)
            }
            "pep" | "rfc" => self.pep_rfc(name, &text, line, whole),
            "abbr" => abbreviation(text),
            "raw" => self.unknown_role(role, line, whole),
            _ if SEMANTIC.contains(&name)
                || name.contains(':')
                || self.custom_roles.iter().any(|(r, _)| r == name) =>
            {
                let shown = if name == "menuselection" {
                    text.replace("-->", "\u{2023}")
                } else if is_xref(name) {
                    super::pydomain::xref_title(name, &src.raw(a, b))
                } else {
                    text
                };
                Inline::Role {
                    role: name.to_string(),
                    title: None,
                    content: soft(vec![Inline::Text(shown)]),
                }
            }
            _ => self.unknown_role(role, line, whole),
        }
    }

    /// The role's name in lower case; a role declared as `name(base)`
    /// renders as its base role.
    fn base_role(&self, role: &str) -> String {
        let mut lower = role.to_ascii_lowercase();
        for _ in 0..8 {
            let custom = self.custom_roles.iter().rev().find(|(n, _)| *n == lower);
            match custom {
                Some((_, base)) if !base.is_empty() => lower = base.clone(),
                _ => break,
            }
        }
        lower
    }

    fn unknown_role(&mut self, role: &str, line: u32, whole: String) -> Inline {
        self.error(line, format!("Unknown interpreted text role \"{role}\"."));
        Inline::Problem { text: whole, line }
    }

    fn pep_rfc(&mut self, name: &str, text: &str, line: u32, whole: String) -> Inline {
        let (num, anchor) = match text.split_once('#') {
            Some((n, a)) => (n.trim(), format!("#{a}")),
            None => (text.trim(), String::new()),
        };
        let Ok(n) = num.parse::<u32>() else {
            let what = if name == "pep" { "PEP" } else { "RFC" };
            self.error(
                line,
                format!("{what} number must be a number from 0 to 9999; \"{num}\" is invalid."),
            );
            return Inline::Problem { text: whole, line };
        };
        let (url, shown) = if name == "pep" {
            (
                format!("https://peps.python.org/pep-{n:04}/{anchor}"),
                format!("PEP {n}"),
            )
        } else {
            (
                format!("https://datatracker.ietf.org/doc/html/rfc{n}.html{anchor}"),
                format!("RFC {n}"),
            )
        };
        Inline::Link {
            url,
            title: None,
            content: vec![Inline::Strong(vec![Inline::Text(shown)])],
            line,
        }
    }
}

/// `:ref:`, `:doc:`, `:term:` (`std:` or not): a cross-reference to the
/// target, titled when written `title <target>`.
fn std_xref(name: &str, raw: &str, text: String, line: u32) -> Inline {
    let kind = match name.trim_start_matches("std:") {
        "ref" => XRefKind::Ref,
        "doc" => XRefKind::Doc,
        _ => XRefKind::Term,
    };
    let (content, target) = match explicit_title(raw) {
        Some((label, target)) if !label.is_empty() => (
            Some(soft(vec![Inline::Text(super::inline::unescape(&label))])),
            super::inline::unescape(&target),
        ),
        _ => (None, text.trim_start_matches(['~', '!']).to_string()),
    };
    let target = target.split_whitespace().collect::<Vec<_>>().join(" ");
    Inline::XRef {
        kind,
        target,
        content,
        line,
    }
}

/// `:abbr:`: `SHOWN (title)`.
fn abbreviation(text: String) -> Inline {
    let (shown, title) = match (text.rfind(" ("), text.ends_with(')')) {
        (Some(open), true) => (
            text[..open].to_string(),
            Some(text[open + 2..text.len() - 1].to_string()),
        ),
        _ => (text, None),
    };
    Inline::Role {
        role: "abbr".into(),
        title,
        content: vec![Inline::Text(shown)],
    }
}
