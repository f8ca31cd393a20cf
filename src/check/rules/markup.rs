//! Markup rules over raw lines: `raw-html` and `markup-density` (inline
//! link syntax outweighing the text of a line).

use crate::check::finding::Sink;
use crate::check::source::{Kind, Zone};
use std::ops::Range;

pub fn check(out: &mut Sink, markup_min: usize) {
    let src = out.src;
    for h in &src.scan.html {
        let msg = match src.kind {
            Kind::Rst => "raw HTML directive",
            _ => "raw HTML",
        };
        out.at("raw-html", h.line, h.span.clone(), msg.into());
    }
    if src.kind == Kind::Text {
        return;
    }
    for i in 0..src.lines.len() {
        if matches!(src.zone(i), Zone::Prose | Zone::Heading) {
            density(out, i, markup_min);
        }
    }
}

fn density(out: &mut Sink, i: usize, markup_min: usize) {
    let line = out.src.line(i);
    let spans = markup_spans(line, out.src.kind);
    let Some(first) = spans.first().cloned() else {
        return;
    };
    let markup: usize = spans.iter().map(|r| line[r.clone()].chars().count()).sum();
    let markup = markup + line.matches('`').count();
    let all = line.chars().filter(|c| !c.is_whitespace()).count();
    let text = all.saturating_sub(markup);
    if markup >= markup_min && markup > text {
        let msg =
            format!("{markup} characters of markup for {text} of text: use a reference-style link");
        out.at("markup-density", i, first, msg);
    }
}

/// Byte ranges of link targets and roles: `` <url>` ``, `](url)`, `:role:`.
fn markup_spans(line: &str, kind: Kind) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let b = line.as_bytes();
    let mut k = 0;
    while k < b.len() {
        let found = match (kind, b[k]) {
            (Kind::Rst, b'<') => closing(line, k, ">`"),
            (Kind::Markdown, b']') if b.get(k + 1) == Some(&b'(') => closing(line, k, ")"),
            (Kind::Rst, b':') => role_end(line, k),
            _ => None,
        };
        match found {
            Some(end) => {
                out.push(k..end);
                k = end;
            }
            None => k += 1,
        }
    }
    out
}

/// The end (exclusive) of `close` after `k`, with no space in between.
fn closing(line: &str, k: usize, close: &str) -> Option<usize> {
    let rest = &line[k + 1..];
    let at = rest.find(close)?;
    (!rest[..at].contains(' ')).then_some(k + 1 + at + close.len())
}

/// `:role:` directly followed by a backtick.
fn role_end(line: &str, k: usize) -> Option<usize> {
    let rest = &line[k + 1..];
    let at = rest.find(':')?;
    let name = &rest[..at];
    let ok = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        && rest[at + 1..].starts_with('`');
    ok.then_some(k + at + 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_cover_targets_and_roles() {
        let l = "see `docs <https://example.org/x>`_ and :ref:`y`";
        let s = markup_spans(l, Kind::Rst);
        assert_eq!(&l[s[0].clone()], "<https://example.org/x>`");
        assert_eq!(&l[s[1].clone()], ":ref:");
        let l = "see [docs](https://example.org/x) now";
        let s = markup_spans(l, Kind::Markdown);
        assert_eq!(&l[s[0].clone()], "](https://example.org/x)");
    }
}
