//! AsciiDoc pages typed as plain text: the page test, the `== Title`
//! heading lines, and the page's marks rewritten as plain text's before
//! reading: `:toc:` attribute lines out as comments, `. step` and `** sub`
//! items as `1.` and `*` items set in by their depth, the lines an item
//! wraps onto and the blocks a `+` line attaches to it set in under it,
//! `https://x[text]` links in RST's form.

use super::lines::Line;
use crate::doc::Block;

/// Whether the text is an AsciiDoc page: a `= Title` line with
/// attribute lines (`:toc:`) under it, a `|===` table line at the margin,
/// a `+` line attaching a `----` block, or `== Title` headings together
/// with a `[source]` line.
pub fn page(lines: &[Line]) -> bool {
    let margin = |l: &&Line| l.indent == 0;
    let marked = lines.iter().enumerate().any(|(k, l)| {
        l.indent == 0
            && (l.text == "|==="
                || (l.text == "+" && lines.get(k + 1).is_some_and(|n| opens_block(&n.text))))
    });
    let attributes = header(lines).any(|l| attribute(&l.text));
    let headed = lines
        .iter()
        .filter(margin)
        .any(|l| heading(&l.text).is_some());
    let source = lines
        .iter()
        .filter(margin)
        .any(|l| l.text.starts_with("[source"));
    marked || attributes || (headed && source)
}

/// The page's header: the `= Title` line opening it and the lines right
/// under it (author, revision, attributes), up to a blank line.
fn header<'a, 'l>(lines: &'a [Line<'l>]) -> impl Iterator<Item = &'a Line<'l>> {
    let first = lines.iter().position(|l| !l.blank()).unwrap_or(lines.len());
    let titled = lines
        .get(first)
        .is_some_and(|l| l.indent == 0 && heading(&l.text).is_some_and(|(n, _)| n == 1));
    let end = if titled {
        (first..lines.len())
            .find(|&k| lines[k].blank())
            .unwrap_or(lines.len())
    } else {
        first
    };
    lines[first..end].iter()
}

/// `:toc:`, `:icons: font`: a document attribute line.
fn attribute(text: &str) -> bool {
    let Some((name, _)) = text.strip_prefix(':').and_then(|t| t.split_once(':')) else {
        return false;
    };
    let ok = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_';
    !name.is_empty() && name.starts_with(|c: char| c.is_ascii_lowercase()) && name.chars().all(ok)
}

/// A line opening a delimited block (`----`, `....`, `====`) or naming
/// the block under it (`[source,bash]`).
fn opens_block(text: &str) -> bool {
    delimiter(text) || (text.starts_with('[') && text.ends_with(']'))
}

/// `----`, `....`, `====`, `****`, `____`: four or more of one mark.
fn delimiter(text: &str) -> bool {
    text.len() >= 4
        && text
            .chars()
            .all(|c| c == text.chars().next().unwrap_or(' ') && "-.=*_".contains(c))
}

/// The depth and title of a heading line: `= Title` (the page's title)
/// and `== Section`, not closed by marks as MoinMoin's are.
pub fn heading(text: &str) -> Option<(usize, &str)> {
    let n = text.chars().take_while(|&c| c == '=').count();
    let title = text[n..].strip_prefix(' ')?.trim();
    let ok = (1..=6).contains(&n) && !title.is_empty() && !title.ends_with('=');
    ok.then_some((n, title))
}

/// Rewrites the page's lines for reading (see the module's words); the
/// attribute lines come back as comments.
pub fn prepare(lines: &mut [Line]) -> Vec<Block> {
    let mut comments = remarks(lines);
    // the header's lines under the title: author, revision, attributes
    let head: Vec<u32> = header(lines).skip(1).map(|l| l.no).collect();
    for l in lines.iter_mut() {
        if head.contains(&l.no) {
            comments.push(l.take_comment());
        } else {
            l.text = super::uimacro::rewrite(&links(&l.text));
        }
    }
    lists(lines);
    delimited(lines);
    comments
}

/// Takes the comment lines (`// text`) and blocks (between `////` lines)
/// out of the text, those inside listing blocks left alone: comments.
fn remarks(lines: &mut [Line]) -> Vec<Block> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < lines.len() {
        let text = lines[k].text.clone();
        let close = (k + 1..lines.len()).find(|&e| lines[e].text == text);
        let end = match close {
            Some(e) if text == "////" => e + 1,
            Some(e) if delimiter(&text) => {
                k = e + 1;
                continue;
            }
            _ if lines[k].indent == 0 && text.starts_with("//") && !text.starts_with("///") => {
                k + 1
            }
            _ => {
                k += 1;
                continue;
            }
        };
        out.push(super::lines::take_comment(&mut lines[k..end]));
        k = end;
    }
    out
}

/// Rewrites the delimited blocks plain text has no form for: a listing
/// or literal block between bare `----` or `....` lines fenced in
/// backticks instead, an admonition block (`[NOTE]` over `====` lines)
/// as a `<note>` box holding its blocks (the blocks delimited inside it
/// too), or (over its paragraph) as the word over its text; an example
/// block's delimiters dropped.
fn delimited(lines: &mut [Line]) {
    let mut k = 0;
    while k < lines.len() {
        k = admonition(lines, k)
            .or_else(|| block_title(lines, k))
            .or_else(|| quote_block(lines, k))
            .or_else(|| example(lines, k))
            .unwrap_or_else(|| listing(lines, k));
    }
}

/// The line after the block that opens with the same delimiter as
/// `lines[from - 1]`, if any closes it.
fn close(lines: &[Line], from: usize) -> Option<usize> {
    (from..lines.len()).find(|&e| lines[e].text == lines[from - 1].text)
}

/// The line closing the block opened at `lines[from - 1]` like
/// [`close`], the blocks opened inside it by another delimiter (a
/// listing, an example of another length) skipped whole, so that a line
/// like its own inside them does not close it.
fn close_nested(lines: &[Line], from: usize) -> Option<usize> {
    let mut e = from;
    while e < lines.len() {
        let text = &lines[e].text;
        if *text == lines[from - 1].text {
            return Some(e);
        }
        let inner = delimiter(text).then(|| close(lines, e + 1)).flatten();
        e = inner.map_or(e + 1, |inner| inner + 1);
    }
    None
}

/// `====` (four or more): an admonition's or an example's delimiter.
fn rule(text: &str) -> bool {
    text.len() >= 4 && text.bytes().all(|b| b == b'=')
}

/// An example block at `lines[k]` (`====` lines around blocks, after a
/// blank line, where it underlines no title): its delimiters go and its
/// blocks are read as the page's; the first line in it.
fn example(lines: &mut [Line], k: usize) -> Option<usize> {
    if !rule(&lines[k].text) || (k > 0 && !lines[k - 1].blank()) {
        return None;
    }
    let e = close_nested(lines, k + 1)?;
    lines[k].text.clear();
    lines[e].text.clear();
    Some(k + 1)
}

/// An admonition block at `lines[k]` rewritten: `[NOTE]` over `====`
/// lines as a `<note>` box (the next line the first in it), over its
/// paragraph as the word over its text (the next line after that word).
fn admonition(lines: &mut [Line], k: usize) -> Option<usize> {
    const NAMES: [&str; 5] = ["NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"];
    let name = lines[k]
        .text
        .strip_prefix('[')
        .and_then(|t| t.strip_suffix(']'))
        .filter(|n| NAMES.contains(n))?
        .to_string();
    let boxed = lines.get(k + 1).is_some_and(|l| rule(&l.text));
    match close_nested(lines, k + 2).filter(|_| boxed) {
        Some(e) => {
            // a note box holds all its blocks; those in it are read too
            lines[k].text.clear();
            lines[k + 1].text = format!("<note {}>", name.to_ascii_lowercase());
            lines[e].text = "</note>".into();
            Some(k + 2)
        }
        None => {
            lines[k].text = name;
            Some(k + 1)
        }
    }
}

/// A block's title (`.Commands used`) at `lines[k]` read as a line of
/// text over it, a blank line apart (moved up a line, so that the block
/// under it opens a run of lines of its own); the next line.
fn block_title(lines: &mut [Line], k: usize) -> Option<usize> {
    let title = lines[k].text.strip_prefix('.').filter(|t| {
        t.starts_with(char::is_alphanumeric) && lines.get(k + 1).is_some_and(|n| !n.blank())
    })?;
    let title = title.to_string();
    let up = k > 0 && lines[k - 1].blank();
    let at = if up { k - 1 } else { k };
    lines[at].indent = lines[k].indent;
    // (as written, should a stray delimiter put the line in a block)
    lines[at].raw = lines[k].raw;
    lines[k].text.clear();
    lines[at].text = title;
    Some(k + 1)
}

/// A `____` quote block at `lines[k]` rewritten as `>` lines; the line
/// after it.
fn quote_block(lines: &mut [Line], k: usize) -> Option<usize> {
    if lines[k].text != "____" {
        return None;
    }
    let e = close(lines, k + 1)?;
    lines[k].text.clear();
    lines[e].text.clear();
    for l in &mut lines[k + 1..e] {
        l.text = if l.blank() {
            ">".into()
        } else {
            format!("> {}", l.text)
        };
    }
    Some(e + 1)
}

/// A listing or literal block between bare `----` or `....` lines at
/// `lines[k]` fenced in backticks instead (a named one, `[source,sh]`
/// over it, is left to the fence reader); the next line to look at.
fn listing(lines: &mut [Line], k: usize) -> usize {
    let text = &lines[k].text;
    let bare =
        text.len() >= 4 && (text.bytes().all(|b| b == b'-') || text.bytes().all(|b| b == b'.'));
    let named = k > 0 && lines[k - 1].text.starts_with('[');
    match close(lines, k + 1).filter(|_| delimiter(&lines[k].text)) {
        Some(e) if bare && !named => {
            lines[k].text = "```".into();
            lines[e].text = "```".into();
            e + 1
        }
        Some(e) => e + 1,
        None => k + 1,
    }
}

/// A list item's marker: `.` or `..` numbered, `*` or `**` bulleted, `-`:
/// its mark, depth and the text after it.
fn item(text: &str) -> Option<(char, usize, &str)> {
    let c = text
        .chars()
        .next()
        .filter(|c| matches!(c, '.' | '*' | '-'))?;
    let depth = text.chars().take_while(|&x| x == c).count();
    let rest = text[depth..].strip_prefix(' ')?.trim();
    let ok = !rest.is_empty() && depth <= 5 && (c != '-' || depth == 1);
    ok.then_some((c, depth, rest))
}

/// Rewrites the list items as plain text's (`. step` as `1. step`, `**`
/// as a `*` item two columns in), sets the lines an item wraps onto in
/// under its text and, for a `+` line, the block it attaches.
fn lists(lines: &mut [Line]) {
    // the column of the current item's text
    let mut column: Option<usize> = None;
    let mut k = 0;
    while k < lines.len() {
        let l = &mut lines[k];
        if l.blank() {
            column = None;
            k += 1;
            continue;
        }
        if l.indent == 0
            && let Some((c, depth, rest)) = item(&l.text)
        {
            let (marker, step) = if c == '.' {
                ("1.", 3)
            } else {
                (&l.text[..1], 2)
            };
            let text = format!("{marker} {rest}");
            l.indent = (depth - 1) * step;
            column = Some(l.indent + marker.len() + 1);
            l.text = text;
            k += 1;
            continue;
        }
        let Some(col) = column else {
            k += 1;
            continue;
        };
        if l.text == "+" && l.indent == 0 {
            l.text.clear();
            k = attach(lines, k + 1, col);
            continue;
        }
        if l.indent == 0 && !opens_block(&l.text) {
            l.indent = col;
        }
        k += 1;
    }
}

/// Sets the block a `+` line attaches (from `lines[i]`: a delimited
/// block, maybe named by a `[source]` line over it, or a paragraph) in to
/// `col`; the index after it.
fn attach(lines: &mut [Line], i: usize, col: usize) -> usize {
    let mut k = i;
    if lines
        .get(k)
        .is_some_and(|l| l.text.starts_with('[') && l.text.ends_with(']'))
    {
        k += 1;
    }
    let end = match lines.get(k).filter(|l| delimiter(&l.text)) {
        Some(open) => {
            let mark = open.text.clone();
            (k + 1..lines.len())
                .find(|&e| lines[e].text == mark)
                .map_or(lines.len(), |e| e + 1)
        }
        None => (k..lines.len())
            .find(|&e| lines[e].blank())
            .unwrap_or(lines.len()),
    };
    for l in &mut lines[i..end] {
        l.indent += col;
    }
    end
}

/// The text with its AsciiDoc links (`https://x/y[the page]`,
/// `link:https://x[text]`) written as RST's `` `the page <https://x/y>`_ ``.
fn links(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("://") {
        let start = rest[..at]
            .rfind(|c: char| !c.is_ascii_alphabetic())
            .map_or(0, |p| p + 1);
        let tail = &rest[at..];
        let url_end = at + tail.find([' ', '[']).unwrap_or(tail.len());
        let label = rest[url_end..]
            .strip_prefix('[')
            .and_then(|t| t.split_once(']'));
        match label {
            Some((label, after)) if !label.is_empty() && !label.contains(['`', '<']) => {
                let before = rest[..start]
                    .strip_suffix("link:")
                    .unwrap_or(&rest[..start]);
                out.push_str(before);
                out.push_str(&format!("`{label} <{}>`_", &rest[start..url_end]));
                rest = after;
            }
            _ => {
                out.push_str(&rest[..url_end]);
                rest = &rest[url_end..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn a_block_title_moved_up_keeps_its_words_as_written() {
        let mut lines = split("x\n\n.Log at start\n....\nok\n....\n");
        assert_eq!(block_title(&mut lines, 2), Some(3));
        assert_eq!(
            (lines[1].text.as_str(), lines[1].raw),
            ("Log at start", ".Log at start")
        );
        assert!(lines[2].blank());
    }

    #[test]
    fn page_test() {
        assert!(page(&split("= Tape\n:toc:\n\nText.\n")));
        assert!(page(&split("== Steps\n\n[source,bash]\n----\nls\n----\n")));
        assert!(!page(&split(
            "Steps\n=====\n\n[source,bash]\n----\nls\n----\n"
        )));
        assert!(!page(&split("Note: the :x: emoji\n= not a title =\n")));
        assert!(!page(&split("Fields\n\n:id: the key\n:name: its name\n")));
    }

    #[test]
    fn headings() {
        assert_eq!(heading("== Steps"), Some((2, "Steps")));
        assert_eq!(heading("= Title"), Some((1, "Title")));
        assert_eq!(heading("== Steps =="), None);
        assert_eq!(heading("==x"), None);
    }

    #[test]
    fn items_and_attached_blocks() {
        let text = ". Stop it\nnow:\n+\n----\nstop\n----\n.. sub\n** deep\n* top\n";
        let mut lines = split(text);
        lists(&mut lines);
        let got: Vec<(usize, &str)> = lines.iter().map(|l| (l.indent, l.text.as_str())).collect();
        assert_eq!(
            got,
            [
                (0, "1. Stop it"),
                (3, "now:"),
                (0, ""),
                (3, "----"),
                (3, "stop"),
                (3, "----"),
                (3, "1. sub"),
                (2, "* deep"),
                (0, "* top"),
            ]
        );
    }

    #[test]
    fn blocks_plain_text_reads() {
        let text = "----\nls\n----\n[NOTE]\n====\nKeep it.\n====\n[TIP]\nShort.\n____\nSaid.\n____\n.Run\n";
        let mut lines = split(text);
        delimited(&mut lines);
        let got: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            got,
            [
                "```",
                "ls",
                "```",
                "",
                "<note note>",
                "Keep it.",
                "</note>",
                "TIP",
                "Short.",
                "",
                "> Said.",
                "",
                ".Run",
            ]
        );
    }

    #[test]
    fn blocks_in_a_note_box_and_examples() {
        // a listing holding the box's own delimiter, an example of
        // another length, a bare example (its delimiters dropped)
        let text = "[NOTE]\n====\nSee:\n\n----\n====\n----\n\n======\nIn it.\n======\n====\n\n====\nAn example.\n====\nText\n====\n";
        let mut lines = split(text);
        delimited(&mut lines);
        let got: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            got,
            [
                "",
                "<note note>",
                "See:",
                "",
                "```",
                "====",
                "```",
                "",
                "",
                "In it.",
                "",
                "</note>",
                "",
                "",
                "An example.",
                "",
                "Text",
                "====",
            ]
        );
    }

    #[test]
    fn a_box_closes_at_its_own_delimiter() {
        let lines = split("====\n----\n====\n----\n======\nx\n======\n====\n");
        assert_eq!(close_nested(&lines, 1), Some(7));
        assert_eq!(close(&lines, 1), Some(2));
        // an inner block never closed is a line like any other
        assert_eq!(close_nested(&split("====\n----\nx\n====\n"), 1), Some(3));
    }

    #[test]
    fn comments_out_of_the_text() {
        let text = "// check this\n////\nold\n////\n----\n// code\n----\nText // not\n";
        let mut lines = split(text);
        assert_eq!(remarks(&mut lines).len(), 2);
        let got: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            got,
            ["", "", "", "", "----", "// code", "----", "Text // not"]
        );
    }

    #[test]
    fn links_in_rst_form() {
        assert_eq!(
            links("see https://x.example/a[the page]."),
            "see `the page <https://x.example/a>`_."
        );
        assert_eq!(
            links("link:http://x.example[x] and https://y.example"),
            "`x <http://x.example>`_ and https://y.example"
        );
    }
}
