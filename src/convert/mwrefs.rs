//! MediaWiki `<ref>` notes: lines in, each note's words taken out into
//! [`Notes`] and a mark left in the text where it is cited (a `<ref>`
//! that runs over several lines read as one); the page's blocks in, each
//! mark made a footnote reference and the notes footnotes at the end.

use super::lines::Line;
use crate::doc::{Block, BlockKind, Inline};

/// Opens and closes the mark of a cited note in a line's text.
const OPEN: char = '\u{E000}';
const CLOSE: char = '\u{E001}';

/// The notes of a page, in the order first cited, with their names.
#[derive(Debug, Default)]
pub struct Notes {
    words: Vec<(String, u32)>,
    names: Vec<(String, usize)>,
}

impl Notes {
    /// `text` with each `<ref>words</ref>` (or `<ref name="a">`) taken
    /// out into the notes and a mark left in its place, a `<ref
    /// name="a"/>` citing a named note again marked as that note; a
    /// `<ref>` not closed on the line stays as typed.
    pub fn cite(&mut self, text: &str, line: u32) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(at) = rest.find("<ref") {
            let tail = &rest[at + 4..];
            let Some(gt) = tail.find('>').filter(|_| tail.starts_with(['>', ' ', '/'])) else {
                out.push_str(&rest[..at + 4]);
                rest = tail;
                continue;
            };
            let name = ref_name(&tail[..gt]);
            let (n, after) = if tail[..gt].ends_with('/') {
                let known = name.and_then(|a| self.names.iter().find(|(b, _)| *b == a));
                (known.map(|(_, n)| *n), &tail[gt + 1..])
            } else {
                let body = &tail[gt + 1..];
                let Some(end) = body.find("</ref>") else {
                    break;
                };
                let n = self.add(body[..end].trim(), name, line);
                (n, &body[end + 6..])
            };
            out.push_str(rest[..at].trim_end());
            if let Some(n) = n {
                out.push_str(&format!(" {OPEN}{n}{CLOSE}"));
            }
            rest = after;
        }
        out.push_str(rest);
        out
    }

    /// Numbers a note (from 1); one with no words cites the note of its
    /// name. (A name given words again makes a note of its own: no word
    /// of the page is dropped.)
    fn add(&mut self, words: &str, name: Option<&str>, line: u32) -> Option<usize> {
        if words.is_empty() {
            let known = name.and_then(|a| self.names.iter().find(|(b, _)| b == a));
            return known.map(|(_, n)| *n);
        }
        self.words.push((words.to_string(), line));
        let n = self.words.len();
        if let Some(a) = name.filter(|a| !self.names.iter().any(|(b, _)| b == a)) {
            self.names.push((a.to_string(), n));
        }
        Some(n)
    }

    /// Makes each mark in `blocks` a footnote reference and adds the
    /// notes as footnotes at the end (their words read as `parse` reads).
    pub fn place(self, blocks: &mut Vec<Block>, parse: &dyn Fn(&str, u32) -> Vec<Inline>) {
        if self.words.is_empty() {
            return;
        }
        let mut made = 0;
        let mut backrefs = vec![Vec::new(); self.words.len()];
        crate::doc::for_each_inlines(blocks, &mut |inlines| {
            if inlines
                .iter()
                .any(|i| matches!(i, Inline::Text(t) if t.contains(OPEN)))
            {
                *inlines = std::mem::take(inlines)
                    .into_iter()
                    .flat_map(|i| references(i, &mut made, &mut backrefs))
                    .collect();
            }
        });
        for (k, ((words, line), backrefs)) in self.words.into_iter().zip(backrefs).enumerate() {
            let body = Block::new(line, BlockKind::Paragraph(parse(&words, line)));
            let kind = BlockKind::Footnote {
                label: (k + 1).to_string(),
                id: format!("footnote-{}", k + 1),
                backrefs,
                blocks: vec![body],
            };
            blocks.push(Block::new(line, kind));
        }
    }
}

/// The inline with each mark in its text a footnote reference.
fn references(inline: Inline, made: &mut usize, backrefs: &mut [Vec<String>]) -> Vec<Inline> {
    let Inline::Text(text) = inline else {
        return vec![inline];
    };
    let mut out = Vec::new();
    let mut rest = text.as_str();
    while let Some(at) = rest.find(OPEN) {
        let tail = &rest[at + OPEN.len_utf8()..];
        let end = tail.find(CLOSE).unwrap_or(tail.len());
        let n: usize = tail[..end].parse().unwrap_or(0);
        if at > 0 {
            out.push(Inline::Text(rest[..at].to_string()));
        }
        if let Some(list) = n.checked_sub(1).and_then(|i| backrefs.get_mut(i)) {
            *made += 1;
            let backref = format!("footnote-reference-{made}");
            list.push(backref.clone());
            out.push(Inline::FootnoteRef {
                label: n.to_string(),
                id: format!("footnote-{n}"),
                backref,
                line: 0,
            });
        }
        rest = tail.get(end + CLOSE.len_utf8()..).unwrap_or("");
    }
    if !rest.is_empty() {
        out.push(Inline::Text(rest.to_string()));
    }
    out
}

/// The `name` of a `<ref name="a">` tag's inside (` name="a"`), if any.
fn ref_name(attrs: &str) -> Option<&str> {
    let at = attrs.find("name")?;
    let value = attrs[at + 4..].trim_start().strip_prefix('=')?.trim_start();
    let value = value.trim_end_matches('/').trim_end();
    let value = value.trim_matches(|c| c == '"' || c == '\'');
    Some(value).filter(|v| !v.is_empty())
}

/// Joins a `<ref>` left open on `lines[k]` with the lines up to the one
/// that closes it (at most 12 lines on), those lines taken out.
pub fn join_open(lines: &mut Vec<Line<'_>>, k: usize) {
    if !open(&lines[k].text) {
        return;
    }
    let Some(last) = (k + 1..lines.len().min(k + 13)).find(|&j| lines[j].text.contains("</ref>"))
    else {
        return;
    };
    let joined: Vec<Line> = lines.drain(k + 1..=last).collect();
    for l in joined {
        let sep = if l.text.is_empty() { "" } else { " " };
        lines[k].join(l, sep);
    }
}

/// Whether `text` opens a `<ref>` (not `<ref ... />`) it does not close.
fn open(text: &str) -> bool {
    let Some(at) = text.rfind("<ref") else {
        return false;
    };
    let tail = &text[at + 4..];
    tail.starts_with(['>', ' '])
        && tail.find('>').is_some_and(|gt| !tail[..gt].ends_with('/'))
        && !tail.contains("</ref>")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn notes_marked_where_cited() {
        let mut notes = Notes::default();
        let got = notes.cite("It clicks.<ref>Seated then.</ref> Next", 1);
        assert_eq!(got, format!("It clicks. {OPEN}1{CLOSE} Next"));
        let got = notes.cite("One<ref name=\"a\">Said.</ref>, two<ref name=\"a\" />.", 2);
        assert_eq!(got, format!("One {OPEN}2{CLOSE}, two {OPEN}2{CLOSE}."));
        assert_eq!(notes.cite("a <reflog> b", 3), "a <reflog> b");
        assert_eq!(notes.cite("open <ref>no end", 3), "open <ref>no end");
        assert_eq!(notes.words.len(), 2);
    }

    #[test]
    fn notes_placed_as_footnotes() {
        let mut notes = Notes::default();
        let text = notes.cite("Go<ref>Slowly.</ref> now", 1);
        let mut blocks = vec![Block::new(
            1,
            BlockKind::Paragraph(vec![Inline::Text(text)]),
        )];
        notes.place(&mut blocks, &|t, _| vec![Inline::Text(t.into())]);
        assert_eq!(blocks.len(), 2);
        let BlockKind::Paragraph(p) = &blocks[0].kind else {
            panic!()
        };
        assert!(matches!(&p[1], Inline::FootnoteRef { label, .. } if label == "1"));
        assert!(matches!(&p[2], Inline::Text(t) if t == " now"));
        assert!(
            matches!(&blocks[1].kind, BlockKind::Footnote { backrefs, .. } if backrefs.len() == 1)
        );
    }

    #[test]
    fn open_ref_joined() {
        let mut lines = split("Step<ref>Part one\nand two.</ref> done\nNext\n");
        join_open(&mut lines, 0);
        assert_eq!(lines[0].text, "Step<ref>Part one and two.</ref> done");
        assert_eq!(lines[1].text, "Next");
        let mut shut = split("a <ref name=\"x\" /> b\nc\n");
        join_open(&mut shut, 0);
        assert_eq!(shut.len(), 2);
    }
}
