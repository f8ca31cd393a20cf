//! Confluence and Jira wiki markup typed or pasted as plain text: the
//! page test, `h2. Title` headings, and its `#`/`*` list items (`##` one
//! level down) rewritten as the numbered and bulleted lines plain text
//! uses, set in by their depth.

use super::lines::Line;

/// Whether the text is Confluence markup: an `h1.` to `h6.` heading line
/// or a `{code}`/`{noformat}` block line at the margin (or Textile: a
/// `bc.` block or `|_.` table header line).
pub fn page(lines: &[Line]) -> bool {
    lines.iter().any(|l| {
        l.indent == 0
            && (heading(&l.text).is_some() || l.text.starts_with("{code") || l.text == "{noformat}")
            || super::textile::own_line(l)
    })
}

/// The depth and title of an `h2. Title` line.
pub fn heading(text: &str) -> Option<(usize, &str)> {
    let rest = text.strip_prefix('h')?;
    let n = rest.chars().next()?.to_digit(10)? as usize;
    let title = rest[1..].strip_prefix(". ")?.trim();
    ((1..=6).contains(&n) && !title.is_empty()).then_some((n, title))
}

/// Rewrites the page's list items: `# step` as `1. step`, `## sub` as a
/// `1.` item three columns in, `** sub` as a `*` item two columns in.
pub fn lists(lines: &mut [Line]) {
    for l in lines.iter_mut().filter(|l| l.indent == 0) {
        let Some(c) = l
            .text
            .chars()
            .next()
            .filter(|c| matches!(c, '#' | '*' | '-'))
        else {
            continue;
        };
        let depth = l.text.chars().take_while(|&x| x == c).count();
        let Some(item) = l.text[depth..].strip_prefix(' ') else {
            continue;
        };
        let item = item.trim().to_string();
        if item.is_empty() || (c != '#' && depth == 1) {
            continue;
        }
        let (marker, step) = if c == '#' { ("1.", 3) } else { ("*", 2) };
        l.text = format!("{marker} {item}");
        l.indent = (depth - 1) * step;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn headings_and_lists() {
        assert_eq!(heading("h2. Drain the queue"), Some((2, "Drain the queue")));
        assert_eq!(heading("h7. x"), None);
        assert_eq!(heading("h2.x"), None);
        let mut lines = split("h1. T\n# one\n## sub\n* b\n** bb\n#!/bin/sh\n");
        assert!(page(&lines));
        lists(&mut lines);
        let got: Vec<(usize, &str)> = lines.iter().map(|l| (l.indent, l.text.as_str())).collect();
        assert_eq!(
            got,
            [
                (0, "h1. T"),
                (0, "1. one"),
                (3, "1. sub"),
                (0, "* b"),
                (2, "* bb"),
                (0, "#!/bin/sh")
            ]
        );
        assert!(!page(&split("The h2. heading\n# yum update\n")));
    }
}
