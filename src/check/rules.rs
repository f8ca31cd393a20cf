//! The rule registry: every rule's id, default level, one-line help and the
//! documentation `sopbook check --explain RULE` prints.

pub mod book;
pub mod heading;
pub mod length;
pub mod markup;
pub mod reader;
pub mod whitespace;

use serde::{Deserialize, Serialize};

/// How a finding counts: `off` drops it, `warning` fails only `--strict`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Off,
    Warning,
    Error,
}

impl Level {
    pub fn name(self) -> &'static str {
        match self {
            Level::Off => "off",
            Level::Warning => "warning",
            Level::Error => "error",
        }
    }
}

/// One rule.
#[derive(Debug)]
pub struct Rule {
    pub id: &'static str,
    pub level: Level,
    /// What to do about a finding, in one line.
    pub help: &'static str,
    /// Whether `--fix` repairs its findings (some of them).
    pub fixable: bool,
    pub doc: &'static str,
}

macro_rules! rule {
    ($id:literal, $level:ident, $fix:literal, $help:literal) => {
        Rule {
            id: $id,
            level: Level::$level,
            help: $help,
            fixable: $fix,
            doc: include_str!(concat!("docs/", $id, ".md")),
        }
    };
}

/// Every rule, in the order `--explain` lists them.
pub const RULES: &[Rule] = &[
    rule!(
        "line-length",
        Warning,
        false,
        "wrap the line, or move a long URL to a reference-style link target"
    ),
    rule!(
        "tabs",
        Warning,
        true,
        "replace tabs with spaces (`sopbook check --fix` does it outside literal blocks)"
    ),
    rule!(
        "trailing-whitespace",
        Warning,
        true,
        "delete the white space at the end of the line (`--fix`)"
    ),
    rule!(
        "crlf",
        Warning,
        false,
        "save the file with Unix line endings (LF)"
    ),
    rule!(
        "final-newline",
        Warning,
        true,
        "end the file with exactly one newline (`--fix`)"
    ),
    rule!(
        "control-chars",
        Error,
        false,
        "delete the control character; it is invisible in a terminal"
    ),
    rule!(
        "nbsp",
        Error,
        false,
        "type the character again in plain ASCII: a copied command breaks on it"
    ),
    rule!(
        "raw-html",
        Warning,
        false,
        "write it in markup: raw HTML is unreadable as plain text"
    ),
    rule!(
        "markup-density",
        Warning,
        false,
        "use a reference-style link: keep the URL out of the sentence"
    ),
    rule!(
        "table-width",
        Warning,
        false,
        "narrow the table: shorter cells, fewer columns, or a list"
    ),
    rule!(
        "heading-style",
        Warning,
        true,
        "use the book's adornment for this level; underline as long as the title"
    ),
    rule!(
        "syntax",
        Warning,
        false,
        "fix the markup the reader could not read"
    ),
    rule!(
        "broken-link",
        Error,
        false,
        "point the link at an existing page, or remove it"
    ),
    rule!(
        "broken-anchor",
        Error,
        false,
        "point the link at an existing section or label"
    ),
    rule!(
        "missing-include",
        Error,
        false,
        "create the included file or fix its path"
    ),
    rule!(
        "orphan-page",
        Warning,
        false,
        "add the page to a toctree or menu, or exclude it in [check] exclude"
    ),
    rule!(
        "sop-metadata",
        Warning,
        false,
        "add the missing field to the page's metadata"
    ),
    rule!(
        "review-overdue",
        Warning,
        false,
        "review the SOP and update its `reviewed` date"
    ),
    rule!(
        "unreadable",
        Error,
        false,
        "save the file as UTF-8 text, or exclude it in [check] exclude"
    ),
    rule!("empty-file", Warning, false, "write the page, or delete it"),
];

/// The rule with this id.
pub fn find(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// The rule with this id; panics on an id that is not registered (a bug).
pub fn get(id: &str) -> &'static Rule {
    find(id).unwrap_or_else(|| panic!("rule `{id}` is not registered"))
}

/// The ids of every rule, comma-separated, for messages.
pub fn list() -> String {
    RULES.iter().map(|r| r.id).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_is_documented_under_its_id() {
        for r in RULES {
            assert!(r.doc.starts_with(&format!("# {}\n", r.id)), "{}", r.id);
            assert!(!r.help.ends_with('.'), "{}", r.id);
        }
    }
}
