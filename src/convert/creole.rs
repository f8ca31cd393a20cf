//! WikiCreole pages in (`= Title`, `== Section ==`, `{{{ }}}` blocks,
//! `**bold**`, `//italic//`, `*`/`#` lists, `|=head|` tables, `\\`
//! breaks), whether a page is one and its text as Markdown out, for
//! `mdtext` to read: `**Owner:** team` lines the contact fields.

use super::classify::contact_field;
use super::lines::Line;
use super::mdtext::{Writer, address, code_span, escape, link};
use super::pairs::{self, Pair};

/// `**bold**` and `//italic//`: opened before text, closed after text
/// (no space or `:` before the closing mark).
const MARKS: [Pair; 2] = [
    Pair {
        not_first: &[' '],
        not_last: &[' ', ':'],
        ..Pair::new("**", "**")
    },
    Pair {
        not_first: &[' '],
        not_last: &[' ', ':'],
        ..Pair::new("//", "*")
    },
];

/// Whether the page is WikiCreole's: two `=` headings or more at the
/// margin, the highest of one or two `=` (DokuWiki's and Zim's have six),
/// no other wiki's page (AsciiDoc's `= Title`, vimwiki's, Org's), and a
/// mark MoinMoin has not: a `|=` header cell, a line ending in a `\\`
/// break, or `**bold**` on two lines.
pub fn page(lines: &[Line]) -> bool {
    let margin = || lines.iter().filter(|l| l.indent == 0);
    let levels: Vec<usize> = margin()
        .filter_map(|l| heading(&l.text).map(|h| h.0))
        .collect();
    let head_cell = margin().any(|l| l.text.starts_with("|=") && !l.text.starts_with("|=="));
    let breaks = lines.iter().any(|l| l.text.ends_with("\\\\"));
    let bold = lines.iter().filter(|l| bolded(&l.text)).count();
    // (the other wikis' page tests, asked last: every page comes here)
    let other = || {
        super::asciidoc::page(lines)
            || super::dokuwiki::page(lines)
            || super::zim::page(lines)
            || super::vimwiki::page(lines)
            || super::org::page(lines)
    };
    levels.len() >= 2
        && levels.iter().min().is_some_and(|&l| l <= 2)
        && (head_cell || breaks || bold >= 2)
        && !other()
}

/// Whether a line holds `**words**`: a closed pair of double stars with
/// a word inside (a rule or a box's side drawn in stars holds none).
fn bolded(text: &str) -> bool {
    let parts: Vec<&str> = text.split("**").collect();
    parts
        .iter()
        .enumerate()
        .skip(1)
        .step_by(2)
        .any(|(k, p)| k + 1 < parts.len() && p.chars().any(char::is_alphanumeric))
}

/// `== Text ==` (the closing marks optional): the level and text.
fn heading(text: &str) -> Option<(usize, &str)> {
    let level = text.chars().take_while(|&c| c == '=').count();
    let title = text[level..].trim().trim_end_matches('=').trim();
    (level > 0 && level <= 6 && text[level..].starts_with(' ') && !title.is_empty())
        .then_some((level, title))
}

/// The page as Markdown.
pub fn markdown(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let mut w = Writer::default();
    let mut blank = true;
    let mut i = 0;
    while i < lines.len() {
        let t = lines[i].trim_start();
        i += 1;
        if t.is_empty() {
            w.blank();
            blank = true;
            continue;
        }
        if t.starts_with("{{{") && !t.contains("}}}") {
            if blank {
                w.end_lists();
            }
            let end = (i..lines.len())
                .find(|&k| lines[k].trim() == "}}}")
                .unwrap_or(lines.len());
            let mut body: Vec<&str> = lines[i..end].to_vec();
            if !t[3..].trim().is_empty() {
                body.insert(0, &t[3..]);
            }
            w.code(&body);
            i = end + 1;
        } else if let Some((level, title)) = heading(t) {
            w.heading(level, &inline(title));
        } else if t.len() >= 4 && t.chars().all(|c| c == '-') {
            w.rule();
        } else if t.starts_with('|') {
            let end = (i..lines.len())
                .find(|&k| !lines[k].trim_start().starts_with('|'))
                .unwrap_or(lines.len());
            let rows: Vec<Vec<String>> = lines[i - 1..end].iter().map(|r| row(r)).collect();
            w.table(&rows);
            i = end;
        } else if let Some((depth, ordered, item)) = item(t, w.in_list() && !blank) {
            w.item(depth, ordered, &inline(item));
        } else if let Some((name, value)) = field(t) {
            w.end_lists();
            w.field(name, &inline(value));
        } else {
            if blank {
                w.end_lists();
            }
            w.line(&inline(t));
        }
        blank = false;
    }
    w.finish()
}

/// A list item, `* text` or `## text` (`**text` only in a list, where it
/// is no bold text): its depth, whether numbered, its text.
fn item(text: &str, in_list: bool) -> Option<(usize, bool, &str)> {
    let c = text.chars().next().filter(|c| *c == '*' || *c == '#')?;
    let depth = text.chars().take_while(|&x| x == c).count();
    let rest = &text[depth..];
    let spaced = rest.starts_with(' ');
    (spaced || (in_list && depth > 1 && !rest.is_empty())).then_some((depth, c == '#', rest.trim()))
}

/// `**Owner:** team`: a contact field's name and value.
fn field(text: &str) -> Option<(&str, &str)> {
    let (name, value) = text.strip_prefix("**")?.split_once(":**")?;
    contact_field(&format!("{name}:"))?;
    Some((name, value.trim()))
}

/// A table row's cells (`|=` a header's, its `=` dropped), as Markdown.
fn row(text: &str) -> Vec<String> {
    let t = text.trim();
    let t = t.strip_suffix('|').unwrap_or(t);
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut rest = t.strip_prefix('|').unwrap_or(t);
    while let Some(c) = rest.chars().next() {
        // a link's `|` or a code span's are in their cell
        let held = ["[[", "{{{"]
            .iter()
            .zip(["]]", "}}}"])
            .find(|(o, _)| rest.starts_with(**o))
            .and_then(|(o, e)| rest[o.len()..].find(e).map(|k| o.len() + k + e.len()));
        if let Some(len) = held {
            cell.push_str(&rest[..len]);
            rest = &rest[len..];
        } else if c == '|' {
            cells.push(std::mem::take(&mut cell));
            rest = &rest[1..];
        } else {
            cell.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    cells.push(cell);
    cells
        .iter()
        .map(|c| inline(c.trim().trim_start_matches('=').trim()))
        .collect()
}

/// A line of Creole text as Markdown: `**bold**`, `//italic//` (not the
/// `//` of an address), `{{{code}}}` spans, `[[target|text]]` links (a
/// page of this wiki its text), `~` escapes; `\\` breaks end the line.
pub fn inline(text: &str) -> String {
    let text = text.trim().trim_end_matches("\\\\").trim_end();
    let mut out = String::new();
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        if let Some(r) = rest.strip_prefix("{{{")
            && let Some(end) = r.find("}}}")
        {
            // the last three of a run of braces close it (`{{{{}}}}`)
            let run = r[end..].chars().take_while(|&c| c == '}').count();
            let end = end + run - 3;
            out.push_str(&code_span(&r[..end]));
            i += 6 + end;
        } else if let Some(r) = rest.strip_prefix("[[")
            && let Some(end) = r.find("]]")
        {
            let (target, label) = r[..end].split_once('|').unwrap_or((&r[..end], ""));
            out.push_str(&if address(target) {
                link(&inline(label), target)
            } else if label.is_empty() {
                escape(target)
            } else {
                inline(label)
            });
            i += 4 + end;
        } else if address(rest) {
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            out.push_str(&escape(&rest[..end]));
            i += end;
        } else if let Some(span) = pairs::at(&MARKS, &text[..i], rest) {
            out.push_str(&span.wrap(&inline(span.text)));
            i += span.len;
        } else if rest.starts_with("\\\\") {
            out.push(' ');
            i += 2;
        } else {
            let escaped = rest.strip_prefix('~').filter(|r| !r.is_empty());
            let skip = usize::from(escaped.is_some());
            let c = rest[skip..].chars().next().unwrap_or(' ');
            out.push_str(&escape(&c.to_string()));
            i += skip + c.len_utf8();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn inline_marks() {
        assert_eq!(
            inline("**Do** //not// run {{{ls}}}, see [[a/b|the page]] at https://x.org/a//b\\\\"),
            "**Do** *not* run `ls`, see the page at https://x.org/a//b"
        );
        assert_eq!(inline("send {{{{}}}} now"), "send `{}` now");
        assert_eq!(inline("[[https://x.org|site]]"), "[site](https://x.org)");
    }

    #[test]
    fn headings_lists_tables_and_code() {
        let text = "= Title\n== Contact ==\n**Owner:** Team\\\\\nmore\n**Contact:** me\n\n\
                    == Steps ==\n# One:\n{{{\nls\n}}}\nSo.\n## sub\n* b\n** c\n\n|=A |=B |\n|a |b |\n";
        assert!(page(&split(text)));
        assert_eq!(
            markdown(text),
            "# Title\n\n## Contact\n\n**Owner:** Team more\n**Contact:** me\n\n## Steps\n\n\
             1. One:\n   ```\n   ls\n   ```\n   So.\n   1. sub\n* b\n  * c\n\n| A | B |\n|---|---|\n| a | b |\n"
        );
        // a page opening with a rule: no `---` a Markdown reader takes
        // for the start of front matter, swallowing what follows
        assert!(markdown("----\n= A\ntext\n----\n").starts_with("***\n"));
        assert!(!page(&split("= A =\n== B ==\n'''x'''\n")));
        // rules and the sides of a box drawn in stars are no bold text
        let boxed = "= A =\n== B ==\n**********\n* Never. *\n**********\n";
        assert!(!page(&split(boxed)));
        assert!(bolded("a **b** c") && !bolded("******") && !bolded("a ** b"));
        assert!(!page(&split(
            "====== A ======\n===== B =====\n**x** **y**\n**z** **w**\n"
        )));
    }
}
