//! `--fix`: repairs what is mechanical and safe — trailing white space,
//! the final newline, tabs outside literal blocks, RST underline lengths —
//! where the rule is on and not suppressed, and writes the files back.

use super::engine::{Book, Outcome};
use super::rules::{Level, heading};
use super::source::{Kind, Source, Zone};
use super::suppress::Suppressions;
use crate::tabs::{self, Stops};
use anyhow::Context;

/// Fixes every source of an outcome; returns how many files changed.
pub fn apply(book: &Book, outcome: &Outcome) -> anyhow::Result<usize> {
    let mut changed = 0;
    for src in &outcome.sources {
        let on = |rule: &str| book.check.level(rule) != Level::Off;
        let (sup, _) = Suppressions::read(src);
        let allowed = |rule: &str, i: usize| on(rule) && !sup.allows(rule, i as u32 + 1);
        let text = fix_text(src, &allowed);
        if text != src.text {
            std::fs::write(&src.path, &text)
                .with_context(|| format!("{}: cannot write the fixed file", src.display))?;
            changed += 1;
        }
    }
    Ok(changed)
}

/// The fixed text of a source; `allowed(rule, line)` says where a rule may
/// fix (0-based lines).
pub fn fix_text(src: &Source, allowed: &dyn Fn(&str, usize) -> bool) -> String {
    let mut lines: Vec<String> = src.line_texts().map(String::from).collect();
    if src.kind == Kind::Rst {
        for h in &src.scan.headings {
            if heading::length_ok(src, h) || !allowed("heading-style", h.title) {
                continue;
            }
            let want = heading::wanted_length(src, h);
            for j in [h.overline, h.underline].into_iter().flatten() {
                lines[j] = h.mark.to_string().repeat(want);
            }
        }
    }
    for (i, line) in lines.iter_mut().enumerate() {
        if src.zone(i) != Zone::Literal && allowed("tabs", i) && line.contains('\t') {
            *line = tabs::expand(line, Stops::terminal(src.kind.tab_stop()));
        }
        if allowed("trailing-whitespace", i) {
            *line = trim_end(src, i, line);
        }
    }
    let last = lines.len().saturating_sub(1);
    let end_fix = allowed("final-newline", last);
    if end_fix {
        while lines.len() > 1 && lines.last().is_some_and(|l| l.trim().is_empty()) {
            lines.pop();
        }
    }
    let mut out = String::with_capacity(src.text.len() + 1);
    for (i, l) in lines.iter().enumerate() {
        out.push_str(l);
        if i + 1 < lines.len() || src.text.ends_with('\n') || end_fix {
            out.push_str(if src.crlf[i] { "\r\n" } else { "\n" });
        }
    }
    out
}

/// A line without trailing white space; in Markdown prose, a hard break
/// (two spaces before another line of the paragraph) becomes `\`.
fn trim_end(src: &Source, i: usize, line: &str) -> String {
    let kept = line.trim_end_matches([' ', '\t']);
    let hard_break = src.kind == Kind::Markdown
        && src.zone(i) == Zone::Prose
        && line.ends_with("  ")
        && !kept.trim().is_empty()
        && i + 1 < src.lines.len()
        && src.zone(i + 1) == Zone::Prose;
    if hard_break {
        format!("{kept}\\")
    } else {
        kept.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(name: &str, text: &str) -> String {
        let kind = Kind::of(std::path::Path::new(name)).unwrap();
        let src = Source::new(name.into(), name.into(), name.into(), kind, text.into());
        fix_text(&src, &|_, _| true)
    }

    #[test]
    fn fixes_whitespace_tabs_and_underlines() {
        let t = fixed(
            "a.rst",
            "Title\n====\n\n\tText  \n\nRun::\n\n\tmake\t\n\n\n",
        );
        assert_eq!(t, "Title\n=====\n\n        Text\n\nRun::\n\n\tmake\n");
        assert_eq!(
            fixed("a.md", "# T\n\nline one  \nline two"),
            "# T\n\nline one\\\nline two\n"
        );
    }

    #[test]
    fn suppressed_lines_are_left_alone() {
        let src = Source::new(
            "a.rst".into(),
            "a".into(),
            "a".into(),
            Kind::Rst,
            "x \n".into(),
        );
        assert_eq!(fix_text(&src, &|r, _| r != "trailing-whitespace"), "x \n");
    }
}
