//! A Confluence page copied from the browser into a text file in, its
//! lines as plain text's out: the page's furniture (`Skip to end of
//! metadata`, `Go to start of metadata`, a closing `No labels`, the
//! `Expand source` or `Copy` label of a code macro) taken out as
//! comments, the code macro's lines made a `{{{` fence up to the next blank line (the line above,
//! its title, announcing it with a colon), a panel's `Info`, `Note`,
//! `Warning` or `Tip` title line made the label of the text under it,
//! and a two-cell table row of a contact field (`Owner<TAB>team`) made
//! the `Owner: team` line.

use super::classify::contact_field;
use super::headings::Found;
use super::lines::Line;
use crate::doc::{Block, BlockKind};

/// The lines Confluence puts around a page's text in the browser.
const FURNITURE: [&str; 2] = ["Skip to end of metadata", "Go to start of metadata"];

/// Whether the text is a Confluence page pasted from the browser: one of
/// its metadata links on a line of its own near the top.
pub fn page(lines: &[Line]) -> bool {
    lines
        .iter()
        .take(12)
        .any(|l| l.indent == 0 && FURNITURE.contains(&l.text.as_str()))
}

/// Rewrites a pasted Confluence page's lines (nothing if the text is not
/// one); the furniture taken out, as comments.
pub fn prepare(lines: &mut [Line]) -> Vec<Block> {
    if !page(lines) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let last = lines.iter().rposition(|l| !l.blank());
    for (i, l) in lines.iter_mut().enumerate() {
        let labels = Some(i) == last && l.text == "No labels";
        if l.indent == 0 && (labels || FURNITURE.contains(&l.text.as_str())) {
            out.push(l.take_comment());
        }
    }
    let mut i = 0;
    while i < lines.len() {
        i = match code(lines, i) {
            Some((next, label)) => {
                out.push(label);
                next
            }
            None => i + 1,
        };
    }
    for i in 0..lines.len() {
        out.extend(panel(lines, i));
        if let Some(text) = tab_field(&lines[i].text) {
            lines[i].text = text;
        }
    }
    out
}

/// The code macro whose `Expand source` (`Collapse source`, `Copy`)
/// label is `lines[i]`: the label and the blank line after the code made
/// fences, the title above given a colon; the index after it and the
/// label as a comment.
fn code(lines: &mut [Line], i: usize) -> Option<(usize, Block)> {
    let label = ["Expand source", "Collapse source", "Copy"].contains(&lines[i].text.as_str());
    if !label || lines.get(i + 1).is_none_or(|l| l.blank()) {
        return None;
    }
    let close = (i + 1..lines.len()).find(|&k| lines[k].blank())?;
    let label = std::mem::replace(&mut lines[i].text, "{{{".into());
    lines[close].text = "}}}".into();
    if let Some(title) = i.checked_sub(1).map(|k| &mut lines[k])
        && !title.blank()
        && !title.text.ends_with(':')
    {
        title.text.push(':');
    }
    Some((
        close + 1,
        Block::new(lines[i].no, BlockKind::Comment(label)),
    ))
}

/// A panel's title line (`Info`, `Note`, `Warning`, `Tip`) alone after a
/// blank line and over text: blanked, the text under it given the label;
/// an `Info` title, which no label keeps, as a comment.
fn panel(lines: &mut [Line], i: usize) -> Option<Block> {
    let kind = match lines[i].text.as_str() {
        "Info" | "Note" => "Note",
        "Warning" => "Warning",
        "Tip" => "Tip",
        _ => return None,
    };
    let after_blank = i == 0 || lines[i - 1].blank();
    let over_text = lines
        .get(i + 1)
        .is_some_and(|l| !l.blank() && l.indent == lines[i].indent);
    if lines[i].indent != 0 || !after_blank || !over_text {
        return None;
    }
    let title = std::mem::take(&mut lines[i].text);
    lines[i + 1].text = format!("{kind}: {}", lines[i + 1].text);
    (title == "Info").then(|| Block::new(lines[i].no, BlockKind::Comment(title)))
}

/// Sets the levels of a pasted page's headings, which the browser's text
/// shows as lone lines all alike: one with nothing under it but the next
/// heading (`Procedure`, then `Create the key`) titles the headings after
/// it, one level down, up to the next such heading, the part every page
/// has (`Related pages`, `Rollback`) or the page's title.
pub fn nest(found: &[Found], lines: &[Line], levels: &mut [u8]) {
    let mut under = false;
    for (k, h) in found.iter().enumerate() {
        let parent = h.key.starts_with('b')
            && found.get(k + 1).is_some_and(|n| {
                n.key.starts_with('b') && lines[h.end..n.start].iter().all(Line::blank)
            });
        if parent || h.key == "p" || h.key == "title" {
            under = parent;
        } else if under {
            levels[k] = (levels[k] + 1).min(6);
        }
    }
}

/// A `Name<TAB>value` row whose name is a contact field's, as
/// `Name: value`.
fn tab_field(text: &str) -> Option<String> {
    let (name, value) = text.split_once('\t')?;
    let value = value.trim();
    let field = format!("{}: {value}", name.trim());
    (!value.contains('\t') && !value.is_empty() && contact_field(&field).is_some()).then_some(field)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn furniture_code_panels_and_fields() {
        let text = "Page\nSkip to end of metadata\nBy me\n\nInfo\nBe kind.\n\nOwner\tUs\n\
                    List files\nCopy\nls -l\n\nDone.\nNo labels\n";
        let mut lines = split(text);
        assert!(page(&lines));
        assert_eq!(prepare(&mut lines).len(), 4);
        let got: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            got,
            [
                "Page",
                "",
                "By me",
                "",
                "",
                "Note: Be kind.",
                "",
                "Owner: Us",
                "List files:",
                "{{{",
                "ls -l",
                "}}}",
                "Done.",
                ""
            ]
        );
        assert!(!page(&split("Skip to the end of it\nCopy\nls\n")));
    }

    #[test]
    fn a_heading_over_a_heading_titles_those_after_it() {
        let text = "Page\nSkip to end of metadata\n\nSteps\n\nOne\n\nDo one.\n\n\
                    Two\n\nDo two.\n\nRollback\n\nUndo it.\n";
        let doc = crate::convert::read(text).doc;
        let got: Vec<(u8, String)> = doc
            .blocks
            .iter()
            .filter_map(|b| match &b.kind {
                BlockKind::Heading { level, content, .. } => {
                    Some((*level, crate::doc::inlines_text(content)))
                }
                _ => None,
            })
            .collect();
        let want = [
            (1, "Page"),
            (2, "Steps"),
            (3, "One"),
            (3, "Two"),
            (2, "Rollback"),
        ];
        assert_eq!(got, want.map(|(l, t)| (l, t.to_string())));
    }
}
