//! DokuWiki's note boxes, `<note warning>` ... `</note>` (on one line or
//! several), in; an admonition of that kind holding what the box says
//! out.

use super::body::{Ctx, Parsed, blocks};
use super::lines::{Line, split};
use crate::doc::{AdmonitionKind, Block, BlockKind};

/// The note box opening at `lines[i]` and closing on its line or a later
/// one, as an admonition, and the line after it.
pub fn note(lines: &[Line], i: usize, ctx: &mut Ctx) -> Option<Parsed> {
    let (kind, first) = opening(&lines[i].text)?;
    let last = (i..lines.len()).find(|&k| lines[k].text.ends_with("</note>"))?;
    let mut text = String::new();
    for (k, l) in lines.iter().enumerate().take(last + 1).skip(i) {
        let t = if k == i { first } else { l.text.as_str() };
        let t = if k == last {
            t.strip_suffix("</note>").unwrap_or(t)
        } else {
            t
        };
        text.push_str(t.trim());
        text.push('\n');
    }
    let mut inner = split(&text);
    for (l, orig) in inner.iter_mut().zip(&lines[i..=last]) {
        l.no = orig.no;
    }
    let block = BlockKind::Admonition {
        kind,
        title: None,
        blocks: blocks(&inner, ctx),
    };
    Some((vec![Block::new(lines[i].no, block)], last + 1))
}

/// `<note>`, `<note warning>`: the kind, and the text after the tag.
fn opening(text: &str) -> Option<(AdmonitionKind, &str)> {
    let (tag, rest) = text.strip_prefix("<note")?.split_once('>')?;
    let kind = match tag.trim() {
        "" => AdmonitionKind::Note,
        "important" => AdmonitionKind::Important,
        "warning" => AdmonitionKind::Warning,
        "tip" => AdmonitionKind::Tip,
        _ => return None,
    };
    Some((kind, rest))
}

#[cfg(test)]
mod tests {
    use crate::convert::read;
    use crate::doc::{AdmonitionKind, BlockKind};

    #[test]
    fn note_boxes_are_admonitions() {
        let doc = read(
            "Title\n=====\n\n<note warning>Never on both.</note>\n\n<note>\nFirst line,\nsecond line.\n</note>\n\nAfter.\n",
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
        assert_eq!(kinds, [&AdmonitionKind::Warning, &AdmonitionKind::Note]);
    }
}
