//! Suppression comments: `.. sopbook: allow RULE[, RULE]` (RST, legacy
//! text) and `<!-- sopbook: allow RULE -->` (Markdown). `allow` covers the
//! next block (or, at the end of a Markdown line, that line),
//! `allow-next-line` the next non-blank line, `allow-file` the whole file;
//! `all` names every rule.

use super::finding::Finding;
use super::rules;
use super::source::{Kind, Source, Zone, indent};

/// What one comment allows: rules (empty: all) over lines (1-based,
/// inclusive); `None` lines: the whole file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Allow {
    pub rules: Vec<String>,
    pub lines: Option<(u32, u32)>,
}

/// The suppressions of one file.
#[derive(Debug, Clone, Default)]
pub struct Suppressions {
    pub allows: Vec<Allow>,
}

impl Suppressions {
    /// Reads the comments of a source; unknown rule names come back as
    /// `syntax` findings.
    pub fn read(src: &Source) -> (Suppressions, Vec<Finding>) {
        let mut s = Suppressions::default();
        let mut bad = Vec::new();
        for i in 0..src.lines.len() {
            let Some((verb, names, alone)) = comment(src.line(i), src.kind) else {
                continue;
            };
            let mut rules = Vec::new();
            for name in names.split([',', ' ']).filter(|n| !n.is_empty()) {
                if name == "all" {
                    continue;
                } else if rules::find(name).is_some() {
                    rules.push(name.to_string());
                } else {
                    let mut f = Finding::file(
                        &src.display,
                        "syntax",
                        format!(
                            "unknown rule `{name}` in a sopbook comment: the rules are {}",
                            rules::list()
                        ),
                    );
                    f.line = i as u32 + 1;
                    f.column = 1;
                    f.end_column = 2;
                    f.source_line = Some(src.line(i).to_string());
                    bad.push(f);
                }
            }
            let lines = match (verb, alone) {
                ("allow-file", _) => None,
                (_, false) => Some((i as u32 + 1, i as u32 + 1)),
                ("allow-next-line", true) => next_line(src, i).map(|j| (j, j)),
                _ => next_block(src, i),
            };
            if verb == "allow-file" || lines.is_some() {
                s.allows.push(Allow { rules, lines });
            }
        }
        (s, bad)
    }

    /// Whether a finding of `rule` on `line` (0: the whole file) is allowed.
    pub fn allows(&self, rule: &str, line: u32) -> bool {
        self.allows.iter().any(|a| {
            let rule_ok = a.rules.is_empty() || a.rules.iter().any(|r| r == rule);
            let line_ok = match a.lines {
                None => true,
                Some((from, to)) => line >= from && line <= to && line > 0,
            };
            rule_ok && line_ok
        })
    }
}

/// `(verb, rule names, whether the comment is alone on its line)`.
fn comment(line: &str, kind: Kind) -> Option<(&str, &str, bool)> {
    let (body, alone) = match kind {
        Kind::Markdown => {
            let start = line.find("<!--")?;
            let end = line[start..].find("-->")? + start;
            let alone = line[..start].trim().is_empty() && line[end + 3..].trim().is_empty();
            (line[start + 4..end].trim(), alone)
        }
        _ => (line.trim_start().strip_prefix("..")?.trim(), true),
    };
    let rest = body.strip_prefix("sopbook:")?.trim_start();
    let (verb, names) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    matches!(verb, "allow" | "allow-next-line" | "allow-file").then_some((
        verb,
        names.trim(),
        alone,
    ))
}

/// The next non-blank line after `i`, 1-based.
fn next_line(src: &Source, i: usize) -> Option<u32> {
    (i + 1..src.lines.len())
        .find(|&j| !src.line(j).trim().is_empty())
        .map(|j| j as u32 + 1)
}

/// The block after line `i`, 1-based: from the next non-blank line to the
/// last line before a blank line followed by a line indented no more than
/// the first. In Markdown, blank lines inside code blocks do not end it.
fn next_block(src: &Source, i: usize) -> Option<(u32, u32)> {
    let first = next_line(src, i)? as usize - 1;
    let ind = indent(src.line(first));
    let mut last = first;
    let mut after_blank = false;
    for j in first + 1..src.lines.len() {
        let blank = src.line(j).trim().is_empty();
        if blank {
            let inside_code = src.kind == Kind::Markdown && src.zone(j) == Zone::Literal;
            if src.kind == Kind::Markdown {
                if inside_code {
                    continue;
                }
                break;
            }
            after_blank = true;
            continue;
        }
        if after_blank && indent(src.line(j)) <= ind {
            break;
        }
        last = j;
    }
    Some((first as u32 + 1, last as u32 + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn allows(name: &str, text: &str) -> Suppressions {
        let kind = Kind::of(std::path::Path::new(name)).unwrap();
        let src = Source::new(name.into(), name.into(), name.into(), kind, text.into());
        Suppressions::read(&src).0
    }

    #[test]
    fn rst_block_covers_paragraph_and_literal_block() {
        let s = allows(
            "a.rst",
            ".. sopbook: allow tabs\n\nRun::\n\n    a\n\n    b\n\nAfter.\n",
        );
        assert_eq!(s.allows[0].lines, Some((3, 7)));
        assert!(s.allows("tabs", 7) && !s.allows("tabs", 9) && !s.allows("nbsp", 5));
    }

    #[test]
    fn markdown_forms() {
        let s = allows(
            "a.md",
            "x <!-- sopbook: allow nbsp -->\n<!-- sopbook: allow all -->\n```\na\n\nb\n```\n\nc\n",
        );
        assert_eq!(s.allows[0].lines, Some((1, 1)));
        assert_eq!(s.allows[1].lines, Some((3, 7)));
        assert!(s.allows("tabs", 5) && !s.allows("tabs", 9));
        let s = allows("a.md", "<!-- sopbook: allow-file tabs -->\n");
        assert!(s.allows("tabs", 0) && s.allows("tabs", 40));
    }

    #[test]
    fn unknown_rules_are_reported() {
        let src = Source::new(
            "a.rst".into(),
            "a".into(),
            "a".into(),
            Kind::Rst,
            ".. sopbook: allow tabz\n\nx\n".into(),
        );
        let (_, bad) = Suppressions::read(&src);
        assert_eq!(bad.len(), 1);
        assert_eq!((bad[0].rule, bad[0].line), ("syntax", 1));
    }
}
