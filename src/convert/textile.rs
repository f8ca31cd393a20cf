//! Textile, as Redmine and Trac wikis write it, pasted as text (read
//! with Confluence's `h2.` headings, `#`/`*` items and `*strong*`
//! marks): `bc. cmd` and `bc.. ` blocks as literal blocks, the `p. `
//! mark dropped, `|_. Head |` tables as tables, `"text":https://x`
//! links; `@code@` is read with the page's inline marks.

use super::grid::table;
use super::inline::Mark;
use super::lines::Line;
use super::literal::literal;
use crate::doc::Block;

/// Whether a line is one only Textile writes: a `bc.` block or a `|_.`
/// table header at the margin.
pub fn own_line(l: &Line) -> bool {
    l.indent == 0 && (code_mark(&l.text).is_some() || header(&l.text))
}

/// The page's `p. text` lines as plain text; the lines of an extended
/// `bc..` block, up to the next block mark, set in (their text as
/// typed), so that the block still ends there once the `p.` is gone.
pub fn prepare(lines: &mut [Line]) {
    let mut i = 0;
    while i < lines.len() {
        let opens = lines[i].indent == 0 && code_mark(&lines[i].text).is_some_and(|(x, _)| x);
        i += 1;
        if opens {
            while i < lines.len() && !(lines[i].indent == 0 && block_mark(&lines[i].text)) {
                lines[i].indent += 4;
                i += 1;
            }
        }
    }
    for l in lines.iter_mut().filter(|l| l.indent == 0) {
        if let Some(t) = l.text.strip_prefix("p. ") {
            l.text = t.trim_start().to_string();
        }
    }
    quotes(lines);
    headed(lines);
}

/// A `bq. text` paragraph as lines quoted with `>`.
fn quotes(lines: &mut [Line]) {
    let mut quoting = false;
    for l in lines.iter_mut() {
        if l.indent == 0
            && let Some(t) = l.text.strip_prefix("bq. ")
        {
            l.text = format!("> {}", t.trim_start());
            quoting = true;
        } else if quoting && !l.blank() && l.indent == 0 {
            l.text = format!("> {}", l.text);
        } else {
            quoting = false;
        }
    }
}

/// A table of `| a | b |` rows without a `|_.` header row (after a
/// blank line, two rows or more, no Markdown `|---|` line among them):
/// its first row made the header, as the other tables' first rows are.
fn headed(lines: &mut [Line]) {
    let mut i = 0;
    while i < lines.len() {
        let starts = i == 0 || lines[i - 1].blank();
        let end = (i..lines.len())
            .find(|&k| lines[k].indent > 0 || row(&lines[k].text).is_none())
            .unwrap_or(lines.len());
        let dashed = lines[i..end]
            .iter()
            .any(|l| l.text.chars().all(|c| "|-: ".contains(c)));
        if starts && end >= i + 2 && !dashed && !header(&lines[i].text) {
            let cells: Vec<&str> = lines[i].text[1..lines[i].text.len() - 1]
                .split('|')
                .collect();
            let marked: String = cells.iter().map(|c| format!("|_. {} ", c.trim())).collect();
            lines[i].text = format!("{marked}|");
        }
        i = end.max(i + 1);
    }
}

/// `bc. ` (`pre. `) opening a block that ends at a blank line, or `bc.. `
/// opening one that goes on over blank lines up to the next block mark:
/// whether it is extended, and where its text starts.
fn code_mark(text: &str) -> Option<(bool, usize)> {
    ["bc.. ", "pre.. ", "bc. ", "pre. "]
        .iter()
        .find(|m| text.starts_with(**m) && text.len() > m.len())
        .map(|m| (m.ends_with(".. "), m.len()))
}

/// A line opening another Textile block (`p. `, `h2. `, `bq. `, `bc. `),
/// which ends an extended `bc..` block.
fn block_mark(text: &str) -> bool {
    let word = text.split_once(". ").map_or("", |(w, _)| w);
    let word = word.trim_end_matches('.');
    matches!(word, "p" | "bq" | "bc" | "pre") || super::confluence::heading(text).is_some()
}

/// The `bc.` block at `lines[i]` as a literal block, without its mark,
/// and the line after it.
pub fn code(lines: &[Line], i: usize) -> Option<(Vec<Block>, usize)> {
    let l = &lines[i];
    let (extended, at) = code_mark(&l.text).filter(|_| l.indent == 0)?;
    let end = if extended {
        // (its lines set in by `prepare`)
        let next = (i + 1..lines.len()).find(|&k| !lines[k].blank() && lines[k].indent == 0);
        let end = next.unwrap_or(lines.len());
        (i + 1..end)
            .rfind(|&k| !lines[k].blank())
            .map_or(i + 1, |k| k + 1)
    } else {
        super::body::chunk_end(lines, i)
    };
    let mut copy = lines[i..end].to_vec();
    copy[0].text = l.text[at..].to_string();
    copy[0].raw = l.raw.trim_start().get(at..).unwrap_or("").trim_start();
    let (blocks, _) = literal(&copy, 0, copy.len());
    Some((blocks, end))
}

/// Whether a line is a Textile table's header row: `|_. Host |_. Role |`.
fn header(text: &str) -> bool {
    text.starts_with("|_.") && text.ends_with('|')
}

/// The table whose header row (`|_. Host |_. Role |`) is `lines[i]`,
/// its rows the `| web01 | proxy |` lines under it; and the line after.
pub fn parse(lines: &[Line], i: usize) -> Option<(Vec<Block>, usize)> {
    if !header(&lines[i].text) || lines[i].indent > 0 {
        return None;
    }
    let end = (i + 1..lines.len())
        .find(|&k| row(&lines[k].text).is_none())
        .unwrap_or(lines.len());
    let mut rows: Vec<Vec<String>> = lines[i..end].iter().filter_map(|l| row(&l.text)).collect();
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    for r in rows.iter_mut() {
        r.resize(width, String::new());
    }
    let nos = lines[i..end].iter().map(|l| l.no).collect();
    Some((vec![table(rows, nos)], end))
}

/// The cells of a `| a | b |` line, each without its `_.` (header) or
/// other `x.` attribute mark (`\2.` span, `<.` alignment).
fn row(text: &str) -> Option<Vec<String>> {
    let inner = text.strip_prefix('|')?.strip_suffix('|')?;
    if inner.trim().is_empty() || inner.starts_with('|') {
        return None;
    }
    let cell = |c: &str| {
        let c = c.trim();
        match c.split_once(". ") {
            Some((mark, rest)) if attribute(mark) => rest.trim().to_string(),
            _ => c
                .strip_suffix('.')
                .filter(|m| attribute(m))
                .map_or(c, |_| "")
                .to_string(),
        }
    };
    Some(inner.split('|').map(cell).collect())
}

/// A cell's attribute mark before its `.`: `_`, `\2`, `/3`, `<`, `>`,
/// `=`, `^`, `~`, or several of them.
fn attribute(mark: &str) -> bool {
    !mark.is_empty()
        && mark
            .chars()
            .all(|c| "_\\/<>=^~".contains(c) || c.is_ascii_digit())
        && !mark.chars().all(|c| c.is_ascii_digit())
}

/// The link `"text":https://x.org` opening at `text[i]`, after white
/// space or a bracket: the text before, the mark, the inside (`text":url`,
/// the address without the punctuation ending a sentence) and the rest.
pub(super) fn link(text: &str, i: usize) -> Option<(&str, Mark, &str, &str)> {
    let opens = i == 0 || text[..i].ends_with([' ', '\t', '(', '[']);
    let rest = text[i..].strip_prefix('"').filter(|_| opens)?;
    let close = rest.find("\":")?;
    let label = &rest[..close];
    let url_at = close + 2;
    let tail = &rest[url_at..];
    if label.trim().is_empty() || label.contains('"') || !super::inline::opens_address(tail) {
        return None;
    }
    let len = tail.find(char::is_whitespace).unwrap_or(tail.len());
    let url = tail[..len].trim_end_matches(['.', ',', ';', ':', '!', '?', ')']);
    let end = i + 1 + url_at + url.len();
    Some((&text[..i], Mark::Quoted, &text[i + 1..end], &text[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;
    use crate::doc::BlockKind;

    #[test]
    fn code_blocks() {
        let lines = split("bc. systemctl restart web\nsystemctl status web\n\nAfter.\n");
        let (blocks, next) = code(&lines, 0).expect("a block");
        assert_eq!(next, 2);
        let BlockKind::CodeBlock { code: text, .. } = &blocks[0].kind else {
            panic!("{blocks:?}")
        };
        assert_eq!(text, "systemctl restart web\nsystemctl status web\n");
        let mut lines = split("bc.. a = 1\n\nb = 2\n\np. Text.\n");
        prepare(&mut lines);
        assert_eq!(code(&lines, 0).map(|(_, n)| n), Some(3));
        assert_eq!(lines[4].text, "Text.");
        assert!(code(&split("bc.\n"), 0).is_none());
    }

    #[test]
    fn tables() {
        let lines = split("|_. Host |_. Role |\n| web01 | proxy |\n|\\2. both |\n\nAfter\n");
        let (blocks, next) = parse(&lines, 0).expect("a table");
        assert_eq!(next, 3);
        assert_eq!(
            crate::convert::table_cells(&blocks[0]),
            [["Host", "Role"], ["web01", "proxy"], ["both", ""]]
        );
        assert!(parse(&split("| a | b |\n| c | d |\n"), 0).is_none());
    }

    #[test]
    fn links() {
        let text = "see \"the runbook\":https://x.org/rb. Then";
        let (before, _, inner, after) = link(text, 4).expect("a link");
        assert_eq!(
            (before, inner, after),
            ("see ", "the runbook\":https://x.org/rb", ". Then")
        );
        assert!(link("say \"hi\": there", 4).is_none());
    }

    #[test]
    fn quotes_and_plain_rows() {
        let mut lines =
            split("bq. Keep it.\nAlways.\n\n| a | b |\n| c | d |\n\n| x |\n|---|\n| y |\n");
        prepare(&mut lines);
        let got: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            got,
            [
                "> Keep it.",
                "> Always.",
                "",
                "|_. a |_. b |",
                "| c | d |",
                "",
                "| x |",
                "|---|",
                "| y |"
            ]
        );
    }
}
