//! DokuWiki's own forms in, the shared reading's out: whether a page is
//! DokuWiki's, its list lines made plain ones (`  * item` and `  - step`
//! set two spaces in, out of the way of its two-space preformatted
//! text), and its tables (`^ Head ^ Head ^` over `| cell | cell |`) as
//! table blocks, a table of `^ Owner | team |` rows in a contact section
//! as the contact fields.

use super::body::{Ctx, Parsed};
use super::grid::table;
use super::lines::{Line, split};

/// Whether the page is DokuWiki's: a `<code>`, `<file>` or `<note>` box
/// opening on a line of its own (`<code bash>`; MediaWiki's `<code>`
/// spans close on their line), a `~~NOTOC~~` line, or a table row opened
/// by a `^` header cell.
pub fn page(lines: &[Line]) -> bool {
    lines.iter().any(|l| {
        let t = &l.text;
        let tag = ["<code", "<file", "<note"].iter().any(|p| t.starts_with(p))
            && t.ends_with('>')
            && !t.contains("</");
        l.indent == 0
            && (tag
                || t.starts_with("<note")
                || t.starts_with("~~NO")
                || (t.starts_with("^ ") && t.ends_with(['^', '|'])))
    })
}

/// Makes the page's list items plain text's: `  * item` (two spaces in
/// for each level) becomes `* item` one level less in, `  - step` the
/// numbered `1. step`.
pub fn lists(lines: &mut [Line]) {
    let mut boxed = false;
    for l in lines.iter_mut() {
        // (Zim's verbatim blocks come here as `{{{` fences)
        if l.indent == 0
            && ["<code", "<file", "{{{"]
                .iter()
                .any(|p| l.text.starts_with(p))
        {
            boxed = !l.text.contains("</") && !l.text.contains("}}}");
            continue;
        }
        if boxed {
            boxed = !["</code>", "</file>", "}}}"].contains(&l.text.as_str());
            continue;
        }
        let numbered = l.text.starts_with("- ");
        let item = l.indent >= 2 && (numbered || l.text.starts_with("* "));
        if item {
            l.indent -= 2;
            if numbered {
                l.text = format!("1. {}", &l.text[2..]);
            }
        }
        if item || l.indent == 0 {
            l.text = spans(&l.text, "''", "``");
            l.text = spans(&l.text, "//", "*");
        }
    }
}

/// DokuWiki's `''monospace''` or `//italic//` spans (`mark`) in the
/// plain text's marks `to` (`''x''` is emphasis where MoinMoin marks are
/// read): opened at the start or after white space or a bracket (not the
/// `//` of `https://`), closed before white space or punctuation.
fn spans(text: &str, mark: &str, to: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find(mark) {
        let inner = &rest[at + 2..];
        let Some(end) = inner.find(mark) else { break };
        let body = &inner[..end];
        let opens = (at == 0 && out.is_empty()) || rest[..at].ends_with([' ', '(', '"']);
        let closes = inner[end + 2..]
            .chars()
            .next()
            .is_none_or(|c| c.is_whitespace() || ".,;:!?)\"".contains(c));
        let plain = !body.is_empty()
            && !body.starts_with(' ')
            && !body.ends_with(' ')
            && !body.contains(['`', '*']);
        if !(opens && closes && plain) {
            out.push_str(&rest[..at + 2]);
            rest = inner;
            continue;
        }
        out.push_str(&rest[..at]);
        out.push_str(to);
        out.push_str(body);
        out.push_str(to);
        rest = &inner[end + 2..];
    }
    out.push_str(rest);
    out
}

/// The table whose rows are the lines from `lines[i]` on opened by `^`
/// or `|` and closed by one of them, the first opened by `^`; and the
/// line after it. Rows of a header cell and a value only (`^ Owner |
/// team |`) in a contact section are the contact fields.
pub fn parse(lines: &[Line], i: usize, ctx: &mut Ctx) -> Option<Parsed> {
    if !lines[i].text.starts_with('^') {
        return None;
    }
    let end = (i..lines.len())
        .find(|&k| row(&lines[k].text).is_none())
        .unwrap_or(lines.len());
    let rows: Vec<Vec<(bool, String)>> =
        lines[i..end].iter().filter_map(|l| row(&l.text)).collect();
    if rows.is_empty() {
        return None;
    }
    let pairs = rows.iter().all(|r| r.len() == 2 && r[0].0 && !r[1].0);
    if pairs && ctx.section.contains("contact") {
        let text: String = rows
            .iter()
            .map(|r| format!("{}: {}\n", r[0].1, r[1].1))
            .collect();
        let mut fields = split(&text);
        for (f, l) in fields.iter_mut().zip(&lines[i..end]) {
            f.no = l.no;
        }
        let (blocks, _) = super::contact::fields(&fields, 0, ctx);
        return Some((blocks, end));
    }
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    let cells = rows
        .into_iter()
        .map(|r| {
            let mut r: Vec<String> = r.into_iter().map(|(_, t)| t).collect();
            r.resize(width, String::new());
            r
        })
        .collect();
    let nos = lines[i..end].iter().map(|l| l.no).collect();
    Some((vec![table(cells, nos)], end))
}

/// The cells of a table line, each with whether it is a header (opened
/// by `^`), trimmed.
fn row(text: &str) -> Option<Vec<(bool, String)>> {
    let t = text.trim();
    if !t.starts_with(['^', '|']) || !t.ends_with(['^', '|']) || t.len() < 3 || t.starts_with("||")
    {
        return None;
    }
    let mut cells = Vec::new();
    let mut head = t.starts_with('^');
    let mut cell = String::new();
    let mut link = 0;
    for c in t[1..].chars() {
        // a link's `|` (`[[https://x|the site]]`) is in its cell
        match c {
            '[' => link += 1,
            ']' => link -= 1,
            _ => {}
        }
        if (c == '^' || c == '|') && link <= 0 {
            cells.push((head, cell.trim().to_string()));
            cell.clear();
            head = c == '^';
        } else {
            cell.push(c);
        }
    }
    Some(cells)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_know_their_header_cells() {
        let r = row("^ Owner | Team A |").expect("a row");
        assert_eq!(r, [(true, "Owner".into()), (false, "Team A".into())]);
        let r = row("| a | b |").expect("a row");
        assert_eq!(r.len(), 2);
        assert!(row("|| a || b ||").is_none());
        assert!(row("^ not a row").is_none());
    }

    #[test]
    fn list_lines_come_one_level_out() {
        let mut lines = split("  * one\n    * deeper\n  - step\nText.\n");
        lists(&mut lines);
        let got: Vec<(usize, &str)> = lines.iter().map(|l| (l.indent, l.text.as_str())).collect();
        assert_eq!(
            got,
            [(0, "* one"), (2, "* deeper"), (0, "1. step"), (0, "Text.")]
        );
    }

    #[test]
    fn monospace_and_italic_spans() {
        let code = |t| spans(t, "''", "``");
        assert_eq!(code("in ''/etc/x'' and ''y''."), "in ``/etc/x`` and ``y``.");
        assert_eq!(code("echo '' ''"), "echo '' ''");
        assert_eq!(code("it''s ''a"), "it''s ''a");
        let italic = |t| spans(t, "//", "*");
        assert_eq!(italic("a //really// big one"), "a *really* big one");
        assert_eq!(
            italic("see https://x.org//a// b"),
            "see https://x.org//a// b"
        );
        assert_eq!(
            italic("[[https://x.org|//site//]]"),
            "[[https://x.org|//site//]]"
        );
    }
}
