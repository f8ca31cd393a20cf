//! Note boxes of the wikis, DokuWiki's `<note warning>` ... `</note>`,
//! Confluence's `{warning}` ... `{warning}` (on one line or several) and
//! MoinMoin's `{{{#!wiki warning` ... `}}}`, in; an admonition of that
//! kind holding what the box says out.

use super::body::{Ctx, Parsed, blocks};
use super::lines::Line;
use crate::doc::{AdmonitionKind, Block, BlockKind};

/// The note box opening at `lines[i]` and closing on its line or a later
/// one, as an admonition, and the line after it.
pub fn note(lines: &[Line], i: usize, ctx: &mut Ctx) -> Option<Parsed> {
    let (kind, first, close) = opening(&lines[i].text)?;
    let last = if first.ends_with(close.as_str()) {
        i
    } else {
        closing(lines, i + 1, &close)?
    };
    // a box's title (`{tip:title=Faster}`) leads its text
    let lead = title(&lines[i].text).map_or(String::new(), |t| format!("{t}: "));
    // the lines in the box keep their indents: lists and code nest
    let mut inner: Vec<Line> = lines[i..=last].to_vec();
    inner[0].text = format!("{lead}{}", first.trim());
    let end = &mut inner[last - i].text;
    *end = end
        .strip_suffix(close.as_str())
        .unwrap_or(end)
        .trim()
        .to_string();
    let block = BlockKind::Admonition {
        kind,
        title: None,
        blocks: blocks(&inner, ctx),
    };
    Some((vec![Block::new(lines[i].no, block)], last + 1))
}

/// The line from `from` on that closes a box with `close`, the `<note>`
/// boxes opened and closed inside it (a tip in a warning, over lines or
/// on one) passed over.
fn closing(lines: &[Line], from: usize, close: &str) -> Option<usize> {
    let mut depth = 0;
    for (k, l) in lines.iter().enumerate().skip(from) {
        // (Confluence's `{tip}` closes as it opens: no box in it)
        let inner = opening(&l.text)
            .filter(|(_, _, tag)| close.starts_with("</") && tag == close)
            .map(|(_, rest, _)| rest.ends_with(close))
            // a `{{{` block in a MoinMoin box: its `}}}` closes the block
            .or_else(|| {
                (close == "}}}" && l.text.starts_with("{{{")).then(|| l.text.ends_with(close))
            });
        match inner {
            // a box on its one line
            Some(true) => {}
            Some(false) => depth += 1,
            None if l.text.ends_with(close) => {
                if depth == 0 {
                    return Some(k);
                }
                depth -= 1;
            }
            None => {}
        }
    }
    None
}

/// Whether a line opens a note box (`<note tip>`, `{warning}`).
pub fn opens(text: &str) -> bool {
    opening(text).is_some()
}

/// `<note>`, `<note warning>`, `{info}`, `{warning:title=Careful}`: the
/// kind, the text after the tag, and the tag that closes the box.
fn opening(text: &str) -> Option<(AdmonitionKind, &str, String)> {
    if let Some(class) = text.strip_prefix("{{{#!wiki ") {
        return moin_box(class).map(|kind| (kind, "", "}}}".into()));
    }
    if let Some((tag, rest)) = text.strip_prefix("<note").and_then(|t| t.split_once('>')) {
        let kind = match tag.trim() {
            "" => AdmonitionKind::Note,
            class => kind_named(class)?,
        };
        return Some((kind, rest, "</note>".into()));
    }
    let (tag, rest) = text.strip_prefix('{')?.split_once('}')?;
    let name = tag.split_once(':').map_or(tag, |(n, _)| n);
    let kind = match name {
        "note" | "info" => AdmonitionKind::Note,
        "warning" => AdmonitionKind::Warning,
        "tip" => AdmonitionKind::Tip,
        _ => return None,
    };
    Some((kind, rest, format!("{{{name}}}")))
}

/// The kind of a MoinMoin box, `{{{#!wiki warning`: its one class when
/// that names an admonition (`red/solid` styles a box; it names none).
fn moin_box(class: &str) -> Option<AdmonitionKind> {
    match class.trim() {
        "info" => Some(AdmonitionKind::Note),
        class => kind_named(class),
    }
}

/// The admonition a box's class names, as DokuWiki and MoinMoin both
/// name them: note, caution, important, warning or tip.
fn kind_named(class: &str) -> Option<AdmonitionKind> {
    Some(match class {
        "note" => AdmonitionKind::Note,
        "caution" => AdmonitionKind::Caution,
        "important" => AdmonitionKind::Important,
        "warning" => AdmonitionKind::Warning,
        "tip" => AdmonitionKind::Tip,
        _ => return None,
    })
}

/// The `title=` a Confluence box's tag gives it.
fn title(text: &str) -> Option<&str> {
    let (tag, _) = text.strip_prefix('{')?.split_once('}')?;
    let (_, params) = tag.split_once(':')?;
    params
        .split('|')
        .find_map(|p| p.strip_prefix("title="))
        .map(str::trim)
        .filter(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    use crate::convert::read;
    use crate::doc::{AdmonitionKind, Block, BlockKind};

    #[test]
    fn note_boxes_are_admonitions() {
        let doc = read(
            "Title\n=====\n\n<note warning>Never on both.</note>\n\n<note>\nFirst line,\nsecond line.\n</note>\n\n{tip:title=Faster}Use the cache.{tip}\n\nAfter.\n",
        )
        .doc;
        let kinds: Vec<&AdmonitionKind> = doc
            .blocks
            .iter()
            .filter_map(|b| match &b.kind {
                BlockKind::Admonition { kind, blocks, .. } if blocks.len() == 1 => Some(kind),
                _ => None,
            })
            .collect();
        assert_eq!(
            kinds,
            [
                &AdmonitionKind::Warning,
                &AdmonitionKind::Note,
                &AdmonitionKind::Tip
            ]
        );
    }

    /// A box's kind and blocks.
    fn kind(b: &Block) -> Option<(AdmonitionKind, &[Block])> {
        match &b.kind {
            BlockKind::Admonition { kind, blocks, .. } => Some((*kind, blocks)),
            _ => None,
        }
    }

    /// The kinds of the boxes among blocks, and of the boxes in each.
    fn boxes(blocks: &[Block]) -> Vec<(AdmonitionKind, Vec<AdmonitionKind>)> {
        let inner = |b: &[Block]| b.iter().filter_map(kind).map(|(k, _)| k).collect();
        blocks
            .iter()
            .filter_map(kind)
            .map(|(k, b)| (k, inner(b)))
            .collect()
    }

    #[test]
    fn boxes_nest_in_boxes() {
        let doc = read(
            "Title\n=====\n\n<note warning>\nPower stays on.\n\n<note tip>\nAsk first.\n</note>\n\n<note>Short one.</note>\n\nKeep the door shut.\n</note>\n\nAfter.\n",
        )
        .doc;
        assert_eq!(
            boxes(&doc.blocks),
            [(
                AdmonitionKind::Warning,
                vec![AdmonitionKind::Tip, AdmonitionKind::Note]
            )]
        );
        let last = doc.blocks.last().map(|b| &b.kind);
        assert!(matches!(last, Some(BlockKind::Paragraph(_))), "{last:?}");
    }
}
