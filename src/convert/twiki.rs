//! TWiki and Foswiki topics in (`---++` headings, `%META:` lines,
//! three-space `   *` bullets and `   1` steps, `<verbatim>` blocks,
//! `| *Head* |` tables), whether a page is one and its text as Markdown
//! out, for `mdtext` to read: `*Owner:*` bullets the contact fields,
//! `*Note:*` and `*Warning:*` paragraphs notes, `%TOC%` and the `%X%`
//! icons dropped, the numbers of numbered headings dropped.

use super::classify::contact_field;
use super::lines::Line;
use super::mdtext::{Writer, code_span, escape, link};
use super::pairs::{self, Before, Pair};

/// What a word follows (or the start of the line): a mark, `!` or
/// `Main.` opens a word only after one of these.
const WORD_START: &[char] = &[' ', '(', '"', '\''];

/// TWiki's emphasis and fixed text, the longer marks first.
const MARKS: [Pair; 5] = [
    mark("==", "**", true, &[' ', '=']),
    mark("__", "***", false, &[' ', '_']),
    mark("*", "**", false, &[' ', '*']),
    mark("_", "*", false, &[' ', '_']),
    mark("=", "", true, &[' ', '=']),
];

/// A mark opening a word, followed by none of `not_first` (a space, its
/// own sign), closed after text that is no space, before the end, white
/// space or punctuation; `code`: its text fixed.
const fn mark(
    sign: &'static str,
    to: &'static str,
    code: bool,
    not_first: &'static [char],
) -> Pair {
    Pair {
        code,
        before: Before::WordStart(WORD_START),
        not_first,
        not_last: &[' '],
        then: Some(".,;:!?)'\""),
        ..Pair::new(sign, to)
    }
}

/// Whether the page is a TWiki topic: a `%META:` line, or two `---+`
/// headings or more.
pub fn page(lines: &[Line]) -> bool {
    let margin = |l: &&Line| l.indent == 0;
    lines
        .iter()
        .filter(margin)
        .any(|l| l.text.starts_with("%META:"))
        || lines
            .iter()
            .filter(margin)
            .filter(|l| heading(&l.text).is_some())
            .count()
            >= 2
}

/// `---++ 2. Text`: the heading's level and text, its number dropped.
fn heading(text: &str) -> Option<(usize, &str)> {
    let rest = text.strip_prefix("---")?;
    let level = rest.chars().take_while(|&c| c == '+').count();
    let title = rest[level..].trim_start_matches("!!");
    if level == 0 || !title.starts_with(' ') || title.trim().is_empty() {
        return None;
    }
    let title = title.trim();
    let number = title
        .split_once(' ')
        .filter(|(n, _)| {
            n.trim_end_matches('.')
                .split('.')
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
        })
        .map(|(_, t)| t.trim());
    Some((level, number.unwrap_or(title)))
}

/// The topic as Markdown.
pub fn markdown(text: &str) -> String {
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let mut w = Writer::default();
    let mut blank = true;
    let mut i = 0;
    while i < lines.len() {
        let raw = lines[i].replace('\t', "   ");
        let t = raw.trim_start();
        let indent = raw.len() - t.len();
        i += 1;
        if t.starts_with("%META:") || t == "%TOC%" || t.starts_with("%TOC{") {
            continue;
        }
        if t.is_empty() {
            w.blank();
            blank = true;
            continue;
        }
        if t.starts_with("<verbatim>") || t.starts_with("<pre>") {
            if blank || indent == 0 && !w.in_list() {
                w.end_lists();
            }
            i = verbatim(&lines, i - 1, &mut w);
        } else if let (0, Some((level, title))) = (indent, heading(t)) {
            w.heading(level, &inline(title));
        } else if t.starts_with('|') && t.ends_with('|') {
            let end = (i..lines.len())
                .find(|&k| !(lines[k].starts_with('|') && lines[k].ends_with('|')))
                .unwrap_or(lines.len());
            table(&lines[i - 1..end], &mut w);
            i = end;
        } else if let Some((ordered, item)) = item(t).filter(|_| indent >= 3) {
            match field(item) {
                Some((name, value)) => {
                    w.end_lists();
                    w.field(name, &inline(value));
                }
                None => w.item(indent / 3, ordered, &inline(item)),
            }
        } else if indent > 0 && w.in_list() {
            w.line(&inline(t));
        } else if t.len() >= 3 && t.chars().all(|c| c == '-') {
            w.rule();
        } else {
            if indent == 0 {
                w.end_lists();
            }
            w.line(&inline(t));
        }
        blank = false;
    }
    w.finish()
}

/// A bullet (`* text`) or numbered item (`1 text`, `1. text`, `a. text`):
/// whether numbered, and its text.
fn item(text: &str) -> Option<(bool, &str)> {
    if let Some(rest) = text.strip_prefix("* ") {
        return Some((false, rest));
    }
    let (mark, rest) = text.split_once(' ')?;
    let mark = mark.strip_suffix('.').unwrap_or(mark);
    let number = !mark.is_empty() && mark.chars().all(|c| c.is_ascii_digit());
    let letter = ["a", "A", "i", "I"].contains(&mark) && text.as_bytes()[1] == b'.';
    (number || letter).then_some((true, rest))
}

/// `*Owner:* team`: a contact field's name and value.
fn field(text: &str) -> Option<(&str, &str)> {
    let (name, value) = text.strip_prefix('*')?.split_once(":*")?;
    contact_field(&format!("{name}:"))?;
    Some((name, value.trim()))
}

/// The `<verbatim>` block opening at `lines[i]`: written; the line after
/// it.
fn verbatim(lines: &[&str], i: usize, w: &mut Writer) -> usize {
    let open = lines[i].trim_start();
    let (tag, close) = if open.starts_with("<pre>") {
        ("<pre>", "</pre>")
    } else {
        ("<verbatim>", "</verbatim>")
    };
    let first = &open[tag.len()..];
    if let Some(end) = first.find(close) {
        w.code(&[&first[..end]]);
        return i + 1;
    }
    let mut body: Vec<&str> = Vec::new();
    if !first.trim().is_empty() {
        body.push(first);
    }
    let mut k = i + 1;
    while k < lines.len() {
        if let Some(end) = lines[k].find(close) {
            if !lines[k][..end].trim().is_empty() {
                body.push(&lines[k][..end]);
            }
            break;
        }
        body.push(lines[k]);
        k += 1;
    }
    w.code(&body);
    k + 1
}

/// Table rows `| *Head* | cell |`: the table, its first row the header
/// (its cells' bold marks dropped).
fn table(rows: &[&str], w: &mut Writer) {
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let inner = r.trim().strip_prefix('|').unwrap_or(r);
            let inner = inner.strip_suffix('|').unwrap_or(inner);
            inner
                .split('|')
                .map(|c| {
                    let c = c.trim();
                    let head = c.len() > 2 && c.starts_with('*') && c.ends_with('*');
                    inline(if head { &c[1..c.len() - 1] } else { c })
                })
                .collect()
        })
        .collect();
    w.table(&rows);
}

/// A line of TWiki text as Markdown: `*bold*`, `_italic_`, `__bold
/// italic__`, `=fixed=` and `==bold fixed==` spans, `[[Topic][text]]`
/// links (a topic of this wiki its text), `!WikiWord` and `Main.Name`
/// as the word; the `%X%` icons and `<nop>` dropped.
pub fn inline(text: &str) -> String {
    let mut text = text.replace("<nop>", "");
    for icon in [
        "%X%", "%I%", "%T%", "%H%", "%Y%", "%P%", "%M%", "%N%", "%U%", "%S%",
    ] {
        text = text.replace(icon, "");
    }
    let text = text.trim();
    let mut out = String::new();
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        let boundary = i == 0 || text[..i].ends_with(WORD_START);
        if let Some((md, len)) = bracket_link(rest) {
            out.push_str(&md);
            i += len;
            continue;
        }
        if let Some(span) = pairs::at(&MARKS, &text[..i], rest) {
            let body = if span.pair.code {
                code_span(span.text)
            } else {
                inline(span.text)
            };
            out.push_str(&span.wrap(&body));
            i += span.len;
            continue;
        }
        if boundary && (rest.starts_with("Main.") || rest.starts_with('!')) {
            let skip = if rest.starts_with('!') { 1 } else { 5 };
            if rest[skip..].starts_with(|c: char| c.is_ascii_uppercase()) {
                i += skip;
                continue;
            }
        }
        let c = rest.chars().next().unwrap_or(' ');
        out.push_str(&escape(&c.to_string()));
        i += c.len_utf8();
    }
    out
}

/// `[[target][text]]` or `[[target]]` opening `rest`: Markdown and the
/// length taken.
fn bracket_link(rest: &str) -> Option<(String, usize)> {
    let inner = rest.strip_prefix("[[")?;
    let end = inner.find("]]")?;
    let body = &inner[..end];
    let (target, label) = match body.split_once("][") {
        Some((t, l)) => (t, Some(l)),
        None => (body, None),
    };
    let md = if super::mdtext::address(target) {
        link(&escape(label.unwrap_or("")), target)
    } else {
        let name = target.rsplit('.').next().unwrap_or(target);
        escape(label.unwrap_or(name))
    };
    Some((md, end + 4))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn inline_marks() {
        assert_eq!(
            inline("%X% *Warning:* run =ls -l= and _look_ at !WikiWord"),
            "**Warning:** run `ls -l` and *look* at WikiWord"
        );
        assert_eq!(
            inline("==x== [[Web.Topic][the topic]]"),
            "**`x`** the topic"
        );
        assert_eq!(inline("a=b and x_y_z"), "a=b and x\\_y\\_z");
    }

    #[test]
    fn headings_lists_fields_and_verbatim() {
        let text = "%META:TOPICINFO{}%\n---+ Title\n%TOC%\n---++ Contact\n   * *Owner:* Team\n     \
                    and more\n---+++ 1. Steps\n   1 One:\n<verbatim>\nls\n</verbatim>\n      * sub\n\
                    Text\n| *A* | *B* |\n| a | b |\n";
        assert!(page(&split(text)));
        assert_eq!(
            markdown(text),
            "# Title\n\n## Contact\n\n**Owner:** Team and more\n\n### Steps\n\n1. One:\n   ```\n   \
             ls\n   ```\n   * sub\n\nText\n\n| A | B |\n|---|---|\n| a | b |\n"
        );
        assert!(!page(&split("--- a\n---+ b\n")));
    }
}
