//! Emacs Org pages typed as plain text: the `#+TITLE:` keyword lines over
//! the page into metadata and comments, the `* Heading` lines (more
//! stars deeper) as headings, told from a `*` bullet by the page being Org,
//! and its bold labels and description items rewritten as plain text's.

use super::lines::Line;
use crate::doc::{Block, Meta};

/// Whether the text is an Org page: a `#+TITLE:`-style keyword line or a
/// `#+BEGIN_SRC` block line at the margin.
pub fn page(lines: &[Line]) -> bool {
    lines
        .iter()
        .any(|l| l.indent == 0 && (keyword(&l.text).is_some() || block_line(&l.text)))
}

/// Takes the keyword lines heading an Org page out of `lines`: title,
/// date and description into `meta`, the others (`#+AUTHOR:`,
/// `#+OPTIONS:`) back as comments.
pub fn header(lines: &mut [Line], meta: &mut Meta) -> Vec<Block> {
    let mut out = Vec::new();
    for l in lines.iter_mut().skip_while(|l| l.blank()) {
        let Some((key, value)) = keyword(&l.text) else {
            break;
        };
        let slot = match key.to_ascii_lowercase().as_str() {
            "title" => &mut meta.title,
            "date" => &mut meta.date,
            "description" => &mut meta.description,
            _ => {
                out.push(l.take_comment());
                continue;
            }
        };
        if slot.is_none() && !value.is_empty() {
            *slot = Some(value.to_string());
            l.text.clear();
        } else {
            out.push(l.take_comment());
        }
    }
    out
}

/// Rewrites the page's marks as plain text's: a bold label opening a
/// line (`*Warning:* text`) loses its stars, so that it reads as the
/// note it is; a description item (`- Owner :: team`) is written as the
/// labelled line `Owner:: team`; quote and note blocks as `>` lines and
/// a note's word over its text; a `#+CAPTION:` as its text. Property
/// drawers and the other keyword lines in the body come back as comments.
pub fn prepare(lines: &mut [Line]) -> Vec<Block> {
    let comments = drawers(lines);
    blocks(lines);
    for l in lines.iter_mut() {
        if let Some((key, value)) = keyword(&l.text)
            && key.eq_ignore_ascii_case("caption")
        {
            l.text = value.to_string();
        }
        if let Some((label, rest)) = l.text.strip_prefix('*').and_then(|t| t.split_once(":*"))
            && super::callout::label(&format!("{label}: x")).is_some()
        {
            l.text = format!("{label}: {}", rest.trim()).trim_end().to_string();
        }
        if let Some(item) = l
            .text
            .strip_prefix("- ")
            .or_else(|| l.text.strip_prefix("+ "))
            && let Some((term, def)) = item.split_once(" :: ")
            && super::described::term(&format!("{term}:: {def}")).is_some()
        {
            l.text = format!("{}:: {}", term.trim(), def.trim());
        }
    }
    comments
}

/// Takes the property drawers (`:PROPERTIES:` to `:END:`) and the keyword
/// lines (`#+NAME:`, not a caption) out of the body: comments.
fn drawers(lines: &mut [Line]) -> Vec<Block> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < lines.len() {
        let text = lines[k].text.to_ascii_uppercase();
        let drawer = (text == ":PROPERTIES:" || text == ":LOGBOOK:")
            .then(|| (k + 1..lines.len()).find(|&e| lines[e].text.eq_ignore_ascii_case(":END:")))
            .flatten();
        let end = match drawer {
            Some(e) => e + 1,
            None if keyword(&lines[k].text).is_some_and(|(key, _)| {
                !key.eq_ignore_ascii_case("caption") && lines[k].indent == 0
            }) =>
            {
                k + 1
            }
            None => {
                k += 1;
                continue;
            }
        };
        out.push(super::lines::take_comment(&mut lines[k..end]));
        k = end;
    }
    out
}

/// Rewrites `#+BEGIN_QUOTE` blocks as `>` lines, and `#+BEGIN_NOTE` (or
/// `WARNING`, `TIP`, `IMPORTANT`, `CAUTION`) blocks as the word over
/// their text; their `#+END_` lines go.
fn blocks(lines: &mut [Line]) {
    const NOTES: [&str; 5] = ["NOTE", "WARNING", "TIP", "IMPORTANT", "CAUTION"];
    let mut k = 0;
    while k < lines.len() {
        let name = lines[k]
            .text
            .get(..8)
            .filter(|h| h.eq_ignore_ascii_case("#+begin_"))
            .map(|_| lines[k].text[8..].trim().to_ascii_uppercase());
        let Some(name) = name.filter(|n| n == "QUOTE" || NOTES.contains(&n.as_str())) else {
            k += 1;
            continue;
        };
        let close = format!("#+END_{name}");
        let Some(e) = (k + 1..lines.len()).find(|&e| lines[e].text.eq_ignore_ascii_case(&close))
        else {
            k += 1;
            continue;
        };
        lines[e].text.clear();
        // (an opening line written twice opens nothing more: markup only)
        let open = format!("#+BEGIN_{name}");
        for l in &mut lines[k + 1..e] {
            if l.text.eq_ignore_ascii_case(&open) {
                l.text.clear();
            }
        }
        if name == "QUOTE" {
            lines[k].text.clear();
            for l in &mut lines[k + 1..e] {
                l.text = if l.blank() {
                    ">".into()
                } else {
                    format!("> {}", l.text)
                };
            }
        } else {
            lines[k].text = name;
        }
        k = e + 1;
    }
}

/// `#+KEY: value`: the key (letters, `_`) and the value.
fn keyword(text: &str) -> Option<(&str, &str)> {
    let (key, value) = text.strip_prefix("#+")?.split_once(':')?;
    let ok = !key.is_empty() && key.bytes().all(|b| b.is_ascii_alphabetic() || b == b'_');
    ok.then(|| (key, value.trim()))
}

/// `#+BEGIN_SRC sh`, `#+end_example`: a block's opening or closing line.
fn block_line(text: &str) -> bool {
    let t = text.to_ascii_lowercase();
    t.starts_with("#+begin_") || t.starts_with("#+end_")
}

/// The depth and title of an Org heading line, `** Apply`: stars at the
/// margin, a space, a title (a closing `:tag:` list stays in it: its
/// words are the author's).
pub fn heading(text: &str) -> Option<(usize, &str)> {
    let n = text.chars().take_while(|&c| c == '*').count();
    let title = text[n..].strip_prefix(' ')?.trim();
    ((1..=6).contains(&n) && !title.is_empty()).then_some((n, title))
}

/// Whether `name` is a directory at the root of a Unix system (`etc`,
/// `tmp`): `/tmp/` in Org's text is that directory, not `tmp` in italics.
pub fn root_dir(name: &str) -> bool {
    const DIRS: [&str; 18] = [
        "bin", "boot", "dev", "etc", "home", "lib", "media", "mnt", "opt", "proc", "root", "run",
        "sbin", "srv", "sys", "tmp", "usr", "var",
    ];
    DIRS.contains(&name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn keywords_fill_metadata() {
        let mut lines = split("#+TITLE: Rotate keys\n#+AUTHOR: Ops\n\n* Steps\n");
        assert!(page(&lines));
        let mut meta = Meta::default();
        let comments = header(&mut lines, &mut meta);
        assert_eq!(meta.title.as_deref(), Some("Rotate keys"));
        assert_eq!(comments.len(), 1);
        assert!(lines[0].blank() && lines[1].blank());
        assert!(!page(&split("* a bullet\n#+ not a keyword\n")));
    }

    #[test]
    fn labels_and_descriptions() {
        let mut lines = split("*Note:* keep it\n- Owner :: Web team\n- a :: b\n- plain\n");
        prepare(&mut lines);
        let got: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            got,
            ["Note: keep it", "Owner:: Web team", "a:: b", "- plain"]
        );
        let text = ":PROPERTIES:\n:ID: x\n:END:\n#+NAME: t\n#+BEGIN_QUOTE\nSo.\n#+END_QUOTE\n";
        let mut lines = split(text);
        assert_eq!(prepare(&mut lines).len(), 2);
        let got: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(got, ["", "", "", "", "", "> So.", ""]);
    }

    #[test]
    fn an_opening_line_written_twice_opens_one_block() {
        let mut lines = split("#+BEGIN_NOTE\n#+begin_note\nMind it.\n#+END_NOTE\n");
        prepare(&mut lines);
        let got: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(got, ["NOTE", "", "Mind it.", ""]);
    }

    #[test]
    fn star_headings() {
        assert_eq!(heading("** Apply"), Some((2, "Apply")));
        assert_eq!(heading("* Rollback  :ops:"), Some((1, "Rollback  :ops:")));
        assert_eq!(heading("*bold* text"), None);
        assert_eq!(heading("* "), None);
    }
}
