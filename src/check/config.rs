//! The `[check]` table of `book.toml`: a level per rule, limits, and globs
//! of source paths to leave out.

use super::rules::{self, Level};
use serde::{Deserialize, Deserializer};
use std::collections::BTreeMap;

/// `[check]` as written.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CheckTable {
    /// Globs, relative to the source folder (`drafts/**`, `*.txt`).
    pub exclude: Vec<String>,
    /// `rule = "off" | "warning" | "error"`.
    #[serde(deserialize_with = "rule_levels")]
    pub level: BTreeMap<String, Level>,
    pub limits: Limits,
}

/// `[check.limits]`; 0 turns a limit off.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Limits {
    /// Prose lines, and the width of tables.
    #[serde(rename = "line-length")]
    pub line_length: usize,
    /// Lines of literal blocks, code blocks and tables.
    #[serde(rename = "literal-line-length")]
    pub literal_line_length: usize,
    /// Lines holding a token too wide to wrap (a long URL).
    #[serde(rename = "token-line-length")]
    pub token_line_length: usize,
    /// Least number of markup characters before `markup-density` reports.
    #[serde(rename = "markup-min")]
    pub markup_min: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            line_length: 80,
            literal_line_length: 120,
            token_line_length: 0,
            markup_min: 20,
        }
    }
}

fn rule_levels<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<String, Level>, D::Error> {
    let map = BTreeMap::<String, Level>::deserialize(d)?;
    if let Some(bad) = map.keys().find(|k| rules::find(k).is_none()) {
        return Err(serde::de::Error::custom(format!(
            "unknown rule `{bad}` in [check.level]: the rules are {}",
            rules::list()
        )));
    }
    Ok(map)
}

impl CheckTable {
    /// The level of a rule: configured, else the rule's default.
    pub fn level(&self, id: &str) -> Level {
        self.level
            .get(id)
            .copied()
            .unwrap_or_else(|| rules::get(id).level)
    }

    /// Whether a path (relative to the source folder, `/`-separated) is
    /// excluded.
    pub fn excludes(&self, rel: &str) -> bool {
        self.exclude.iter().any(|g| glob_match(g, rel))
    }
}

/// Matches a `/`-separated path against a glob: `*` and `?` stay within a
/// folder name, `**` spans folders; a glob without `/` matches the file
/// name in any folder, and a glob naming a folder matches what is under it.
pub fn glob_match(glob: &str, path: &str) -> bool {
    let glob = glob.trim_start_matches("./").trim_end_matches('/');
    let path = path.trim_start_matches("./");
    if !glob.contains('/') {
        let name = path.rsplit('/').next().unwrap_or(path);
        if match_here(glob.as_bytes(), name.as_bytes()) {
            return true;
        }
    }
    let under = format!("{glob}/**");
    match_here(glob.as_bytes(), path.as_bytes()) || match_here(under.as_bytes(), path.as_bytes())
}

fn match_here(g: &[u8], p: &[u8]) -> bool {
    match g {
        [] => p.is_empty(),
        [b'*', b'*', b'/', rest @ ..] => {
            (0..=p.len()).any(|i| (i == 0 || p[i - 1] == b'/') && match_here(rest, &p[i..]))
        }
        [b'*', b'*', rest @ ..] => (0..=p.len()).any(|i| match_here(rest, &p[i..])),
        [b'*', rest @ ..] => {
            let stop = p.iter().position(|&c| c == b'/').unwrap_or(p.len());
            (0..=stop).any(|i| match_here(rest, &p[i..]))
        }
        [b'?', rest @ ..] => !p.is_empty() && p[0] != b'/' && match_here(rest, &p[1..]),
        [c, rest @ ..] => !p.is_empty() && p[0] == *c && match_here(rest, &p[1..]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_match_like_gitignore() {
        assert!(glob_match("*.txt", "a/b/before.txt"));
        assert!(glob_match("drafts", "drafts/x.md"));
        assert!(glob_match("drafts/**", "drafts/a/x.md"));
        assert!(glob_match("sops/*.rst", "sops/a.rst"));
        assert!(!glob_match("sops/*.rst", "sops/x/a.rst"));
        assert!(glob_match("**/index.rst", "index.rst"));
        assert!(glob_match("**/index.rst", "a/b/index.rst"));
        assert!(!glob_match("*.md", "a.rst"));
    }

    #[test]
    fn levels_name_known_rules_only() {
        let t: CheckTable = toml::from_str("[level]\nline-length = \"error\"\n").unwrap();
        assert_eq!(t.level("line-length"), Level::Error);
        assert_eq!(t.level("tabs"), Level::Warning);
        let e = toml::from_str::<CheckTable>("[level]\nline-lenght = \"off\"\n").unwrap_err();
        assert!(e.to_string().contains("unknown rule `line-lenght`"), "{e}");
        assert!(toml::from_str::<CheckTable>("[limits]\nwidth = 3\n").is_err());
    }
}
