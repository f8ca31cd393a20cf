//! Explicit markup blocks (`.. ` lines): footnotes, citations, hyperlink
//! targets, substitution definitions, directives and comments. Lines in,
//! blocks out; targets and substitutions are recorded for the last pass.

use super::Parser;
use super::lines::{Ln, get_indented, join};
use crate::doc::{Block, BlockKind};

/// A simple reference name: alphanumerics with isolated `-._+:` inside.
pub fn simple_name_len(s: &str) -> usize {
    let mut end = 0;
    let mut prev_punct = true;
    for (i, c) in s.char_indices() {
        if c.is_alphanumeric() {
            prev_punct = false;
            end = i + c.len_utf8();
        } else if matches!(c, '-' | '.' | '_' | '+' | ':') && !prev_punct {
            prev_punct = true;
        } else {
            break;
        }
    }
    end
}

impl Parser<'_> {
    /// `.. ` explicit markup at `lines[i]`.
    pub(super) fn explicit(
        &mut self,
        lines: &[Ln],
        i: usize,
        out: &mut Vec<Block>,
    ) -> Option<usize> {
        let t = &lines[i].text;
        if !(t == ".." || t.starts_with(".. ")) {
            return None;
        }
        let after = t[2..].trim_start_matches(' ');
        let marker = t.len() - after.len();
        if let Some(n) = self.footnote(lines, i, after, marker, out) {
            return Some(n);
        }
        if after.starts_with('_') && !after[1..].starts_with(' ') && after.len() > 1 {
            return Some(self.hyperlink_target(lines, i, marker + 1, out));
        }
        if let Some(rest) = after.strip_prefix('|') {
            if !rest.is_empty() && !rest.starts_with(' ') {
                return Some(self.substitution_def(lines, i, marker, out));
            }
        }
        let name_len = simple_name_len(after);
        if name_len > 0 {
            let rest = &after[name_len..];
            let rest2 = rest.strip_prefix(' ').unwrap_or(rest);
            if let Some(args) = rest2.strip_prefix("::") {
                if args.is_empty() || args.starts_with(' ') {
                    let name = after[..name_len].to_string();
                    let arg_col = t.chars().count() - args.trim_start().chars().count();
                    return Some(self.directive(lines, i, &name, arg_col, out));
                }
            }
        }
        Some(self.comment(lines, i, marker, out))
    }

    fn comment(&mut self, lines: &[Ln], i: usize, marker: usize, out: &mut Vec<Block>) -> usize {
        let first_rest = lines[i].text[marker.min(lines[i].text.len())..].trim();
        let next_blank = lines.get(i + 1).is_none_or(Ln::is_blank);
        if next_blank && first_rest.is_empty() {
            self.push(
                out,
                Block::new(lines[i].no, BlockKind::Comment(String::new())),
            );
            return i + 1;
        }
        let block = get_indented(lines, i, false, Some(marker), None);
        let text = join(&block.lines);
        if self.section_level == 0 && !self.has_title && self.depth == 1 {
            super::meta::header_comment(&text, &mut self.meta);
        }
        self.push(out, Block::new(lines[i].no, BlockKind::Comment(text)));
        if !block.blank_finish {
            self.unindent_warning("Explicit markup", lines, block.end);
        }
        block.end
    }

    /// `.. [label] text`: footnotes and citations.
    fn footnote(
        &mut self,
        lines: &[Ln],
        i: usize,
        after: &str,
        marker: usize,
        out: &mut Vec<Block>,
    ) -> Option<usize> {
        let inner = after.strip_prefix('[')?;
        let close = inner.find(']')?;
        let label = &inner[..close];
        let rest = &inner[close + 1..];
        if !(rest.is_empty() || rest.starts_with(' ')) {
            return None;
        }
        let is_footnote = label == "*"
            || (!label.is_empty() && label.bytes().all(|b| b.is_ascii_digit()))
            || label == "#"
            || label
                .strip_prefix('#')
                .is_some_and(|n| simple_name_len(n) == n.len());
        let is_citation =
            !is_footnote && !label.is_empty() && simple_name_len(label) == label.len();
        if !is_footnote && !is_citation {
            return None;
        }
        let spaces = rest.len() - rest.trim_start().len();
        let col = lines[i].text[..marker].chars().count() + label.chars().count() + 2 + spaces;
        let block = get_indented(lines, i, false, Some(col), None);
        let blocks = self.body(&block.lines, false);
        let (shown, id) = self.targets.footnote_def(label, is_citation);
        let kind = BlockKind::Footnote {
            label: shown,
            id,
            backrefs: Vec::new(),
            blocks,
        };
        self.push(out, Block::new(lines[i].no, kind));
        if !block.blank_finish {
            self.unindent_warning("Explicit markup", lines, block.end);
        }
        Some(block.end)
    }

    /// `.. _name: url`, `.. _name: other_`, `.. _name:`, `.. __: url`.
    fn hyperlink_target(
        &mut self,
        lines: &[Ln],
        i: usize,
        col: usize,
        out: &mut Vec<Block>,
    ) -> usize {
        let block = get_indented(lines, i, true, Some(col), None);
        let text = join(&block.lines);
        let Some((name, rest)) = split_target(&text) else {
            self.error(lines[i].no, "malformed hyperlink target.");
            let source = join(&lines[i..block.end.max(i + 1)]);
            self.problem(out, lines[i].no, "malformed hyperlink target.", source);
            return block.end.max(i + 1);
        };
        let no = lines[i].no;
        let reference = rest.split_whitespace().collect::<Vec<_>>().join(" ");
        let indirect = indirect_name(&reference);
        let url: String = match &indirect {
            Some(_) => String::new(),
            None => reference.split_whitespace().collect(),
        };
        let url = super::inline::unescape(&url);
        if name == "_" {
            self.targets.anonymous_def(url, indirect);
        } else if url.is_empty() && indirect.is_none() {
            let norm = super::normalize_name(&super::inline::unescape(&name));
            let id = self.unique_id(&norm);
            if !self.targets.internal(&norm, &id) {
                self.warn(no, format!("Duplicate explicit target name: \"{norm}\"."));
            }
            self.pending.push((norm, id, no));
        } else {
            let norm = super::normalize_name(&super::inline::unescape(&name));
            if !self.targets.external(&norm, url, indirect) {
                self.warn(no, format!("Duplicate explicit target name: \"{norm}\"."));
            }
        }
        block.end.max(i + 1)
    }

    /// `__ url`: an anonymous target.
    pub(super) fn anonymous_target(
        &mut self,
        lines: &[Ln],
        i: usize,
        _out: &mut Vec<Block>,
    ) -> Option<usize> {
        let t = &lines[i].text;
        if !(t == "__" || t.starts_with("__ ")) {
            return None;
        }
        let col = t.len() - t[2..].trim_start().len();
        let block = get_indented(lines, i, true, Some(col), None);
        let reference = join(&block.lines)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let indirect = indirect_name(&reference);
        let url = match indirect {
            Some(_) => String::new(),
            None => reference.split_whitespace().collect(),
        };
        self.targets.anonymous_def(url, indirect);
        Some(block.end.max(i + 1))
    }
}

/// Splits `name: rest` (or `` `name`: rest ``); `_` for anonymous.
fn split_target(text: &str) -> Option<(String, String)> {
    if let Some(r) = text.strip_prefix("_:") {
        if r.is_empty() || r.starts_with([' ', '\n']) {
            return Some(("_".into(), r.to_string()));
        }
    }
    if let Some(r) = text.strip_prefix('`') {
        let close = r.find("`:")?;
        let after = &r[close + 2..];
        if !(after.is_empty() || after.starts_with([' ', '\n'])) {
            return None;
        }
        return Some((r[..close].to_string(), after.to_string()));
    }
    let bytes = text.as_bytes();
    let mut k = 0;
    while k < bytes.len() {
        match bytes[k] {
            b'\\' => k += 2,
            b':' => {
                let after = &text[k + 1..];
                if after.is_empty() || after.starts_with([' ', '\n']) {
                    let name = text[..k].trim_end();
                    if name.is_empty() {
                        return None;
                    }
                    return Some((name.to_string(), after.to_string()));
                }
                k += 1;
            }
            _ => k += 1,
        }
    }
    None
}

/// `name_` or `` `name`_ ``: the name of an indirect target.
fn indirect_name(reference: &str) -> Option<String> {
    let r = reference.strip_suffix('_')?;
    if r.ends_with('_') && !r.ends_with("\\_") {
        return None;
    }
    if let Some(q) = r.strip_prefix('`').and_then(|q| q.strip_suffix('`')) {
        return (!q.is_empty()).then(|| q.to_string());
    }
    (simple_name_len(r) == r.len() && !r.is_empty()).then(|| r.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn target_names() {
        assert_eq!(
            split_target("name: http://x"),
            Some(("name".into(), " http://x".into()))
        );
        assert_eq!(
            split_target("`a: b`: http://x"),
            Some(("a: b".into(), " http://x".into()))
        );
        assert_eq!(split_target("_: http://x").map(|t| t.0), Some("_".into()));
        assert_eq!(split_target("nocolon"), None);
        assert_eq!(indirect_name("other_"), Some("other".into()));
        assert_eq!(indirect_name("`Other Name`_"), Some("Other Name".into()));
        assert_eq!(indirect_name("http://x/"), None);
    }

    #[test]
    fn simple_names() {
        assert_eq!(simple_name_len("note:: x"), 4);
        assert_eq!(simple_name_len("code-block::"), 10);
        assert_eq!(simple_name_len("a..b"), 1);
    }
}
