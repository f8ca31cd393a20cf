//! Note boxes of the wikis, DokuWiki's `<note warning>` ... `</note>`
//! and Confluence's `{warning}` ... `{warning}` (on one line or several),
//! in; an admonition of that kind holding what the box says out.

use super::body::{Ctx, Parsed, blocks};
use super::lines::Line;
use crate::doc::{AdmonitionKind, Block, BlockKind};

/// The note box opening at `lines[i]` and closing on its line or a later
/// one, as an admonition, and the line after it.
pub fn note(lines: &[Line], i: usize, ctx: &mut Ctx) -> Option<Parsed> {
    let (kind, first, close) = opening(&lines[i].text)?;
    let last = (i..lines.len()).find(|&k| {
        let t = if k == i {
            first
        } else {
            lines[k].text.as_str()
        };
        t.ends_with(close.as_str())
    })?;
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

/// Whether a line opens a note box (`<note tip>`, `{warning}`).
pub fn opens(text: &str) -> bool {
    opening(text).is_some()
}

/// `<note>`, `<note warning>`, `{info}`, `{warning:title=Careful}`: the
/// kind, the text after the tag, and the tag that closes the box.
fn opening(text: &str) -> Option<(AdmonitionKind, &str, String)> {
    if let Some((tag, rest)) = text.strip_prefix("<note").and_then(|t| t.split_once('>')) {
        let kind = match tag.trim() {
            "" | "note" => AdmonitionKind::Note,
            "caution" => AdmonitionKind::Caution,
            "important" => AdmonitionKind::Important,
            "warning" => AdmonitionKind::Warning,
            "tip" => AdmonitionKind::Tip,
            _ => return None,
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
    use crate::doc::{AdmonitionKind, BlockKind};

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
}
