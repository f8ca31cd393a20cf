//! Zim desktop wiki pages in (`Content-Type: text/x-zim-wiki` header),
//! the lines DokuWiki's reading takes out: the header lines as comments,
//! `'''` verbatim blocks as `{{{` fences, `[ ]`/`[*]`/`[x]` checkboxes as
//! plain `*` items, `@tag` lines as comments and the bold marks of a
//! contact field's name (`**Owner:** team`) gone. Its headings (the most
//! `=` the highest), `''verbatim''` and `//italic//` spans are DokuWiki's.

use super::classify::contact_field;
use super::lines::Line;
use crate::doc::Block;

/// The header keys Zim writes above a page's text.
const HEADER: [&str; 3] = ["Content-Type", "Wiki-Format", "Creation-Date"];

/// Whether the page is Zim's: its first line with text is the header's
/// `Content-Type: text/x-zim-wiki`, or a `Wiki-Format: zim` line heads it.
pub fn page(lines: &[Line]) -> bool {
    lines.iter().skip_while(|l| l.blank()).take(3).any(|l| {
        l.text == "Content-Type: text/x-zim-wiki" || l.text.starts_with("Wiki-Format: zim")
    })
}

/// Rewrites a Zim page's lines for DokuWiki's reading (nothing if the
/// page is not Zim's); the header and tag lines taken out, as comments.
pub fn prepare(lines: &mut [Line]) -> Vec<Block> {
    if !page(lines) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut heading = true;
    let mut verbatim = false;
    for l in lines.iter_mut() {
        let header = heading && header_line(&l.text);
        heading = header || (heading && l.blank());
        if header || (!verbatim && tags(&l.text)) {
            out.push(l.take_comment());
        } else if l.text == "'''" {
            l.text = if verbatim { "}}}" } else { "{{{" }.to_string();
            verbatim = !verbatim;
        } else if !verbatim {
            l.text = field(&checkbox(&l.text));
        }
    }
    out
}

/// A `Key: value` line of the header Zim writes.
fn header_line(text: &str) -> bool {
    text.split_once(": ")
        .is_some_and(|(key, _)| HEADER.contains(&key))
}

/// Whether the line only holds `@tags`.
fn tags(text: &str) -> bool {
    !text.is_empty()
        && text.split_whitespace().all(|w| {
            w.strip_prefix('@').is_some_and(|t| {
                !t.is_empty() && t.chars().all(|c| c.is_alphanumeric() || "-_".contains(c))
            })
        })
}

/// A `[ ] task` line (or `* [x] task`, done `[*]`, moved `[>]`) as the
/// `* task` item.
fn checkbox(text: &str) -> String {
    let rest = text.strip_prefix("* ").unwrap_or(text);
    for b in ["[ ] ", "[*] ", "[x] ", "[>] ", "[<] "] {
        if let Some(task) = rest.strip_prefix(b) {
            return format!("* {}", task.trim_start());
        }
    }
    text.to_string()
}

/// `**Owner:** team` as `Owner: team` when the name is a contact
/// field's.
fn field(text: &str) -> String {
    if let Some((name, rest)) = text.strip_prefix("**").and_then(|t| t.split_once("**"))
        && name.ends_with(':')
        && contact_field(name).is_some()
    {
        return format!("{name} {}", rest.trim()).trim_end().to_string();
    }
    text.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn header_tags_boxes_and_verbatim() {
        let text = "Content-Type: text/x-zim-wiki\nWiki-Format: zim 0.6\n\n====== T ======\n\
                    [ ] open\n[*] done\n* [x] gone\n'''\n[ ] kept\n'''\n**Owner:** Me\n@a @b-c\n";
        let mut lines = split(text);
        assert!(page(&lines));
        let comments = prepare(&mut lines);
        assert_eq!(comments.len(), 3);
        let got: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            got,
            [
                "",
                "",
                "",
                "====== T ======",
                "* open",
                "* done",
                "* gone",
                "{{{",
                "[ ] kept",
                "}}}",
                "Owner: Me",
                ""
            ]
        );
        assert!(!page(&split("Content-Type: text/plain\n\nHello\n")));
        assert!(!tags("@ home"));
        assert_eq!(field("**Run:** it"), "**Run:** it");
    }
}
