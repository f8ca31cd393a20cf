//! Sections that are admonitions in disguise: a heading that starts with
//! `Important`, `Note` or `Warning` (`Important Notice About Backups`)
//! over a few paragraphs becomes an admonition of that kind, the rest of
//! the heading its first line, as a careful human converts it.

use crate::doc::{AdmonitionKind, Block, BlockKind, Inline, inlines_text};

/// Rewrites, in place, every such section of `blocks` (the top-level
/// blocks of a page) that has no subsections.
pub fn sections_to_admonitions(blocks: &mut Vec<Block>) {
    let mut i = 0;
    while i < blocks.len() {
        if let Some((kind, rest)) = callout(&blocks[i]) {
            let end = section_end(blocks, i);
            let level = heading_level(&blocks[i]);
            let nested = blocks.get(end).and_then(heading_level) > level;
            if end > i + 1 && !nested && plain_body(&blocks[i + 1..end]) {
                let body: Vec<Block> = blocks.drain(i + 1..end).collect();
                let line = blocks[i].line;
                blocks[i] = admonition(kind, rest, body, line);
            }
        }
        i += 1;
    }
}

/// The kind a heading names by its first word, and the words after it
/// (`Note about backups`: a note, `About backups`).
fn callout(block: &Block) -> Option<(AdmonitionKind, String)> {
    let BlockKind::Heading { level, content, .. } = &block.kind else {
        return None;
    };
    if *level < 2 {
        return None;
    }
    let text = inlines_text(content);
    let (first, rest) = text.trim().split_once(' ')?;
    let kind = match first.trim_end_matches(':') {
        "Important" | "IMPORTANT" => AdmonitionKind::Important,
        "Note" | "NOTE" => AdmonitionKind::Note,
        "Warning" | "WARNING" => AdmonitionKind::Warning,
        _ => return None,
    };
    // `Important files` names a section; `Important note about`, `Note
    // on`, `Warning: ...` call something out
    let labelled = first.ends_with(':') || rest.starts_with([':', '-']);
    let rest = rest.trim_start_matches([':', '-', ' ']).trim();
    let next = rest.split(' ').next().unwrap_or("").to_lowercase();
    const CALLING: [&str; 7] = [
        "about",
        "on",
        "notice",
        "note",
        "regarding",
        "concerning",
        "for",
    ];
    if !labelled && !CALLING.contains(&next.as_str()) {
        return None;
    }
    let mut chars = rest.chars();
    let head = chars.next()?;
    Some((kind, head.to_uppercase().chain(chars).collect()))
}

fn heading_level(block: &Block) -> Option<u8> {
    match block.kind {
        BlockKind::Heading { level, .. } => Some(level),
        _ => None,
    }
}

/// The index of the next heading after `i`, or the end.
fn section_end(blocks: &[Block], i: usize) -> usize {
    (i + 1..blocks.len())
        .find(|&k| heading_level(&blocks[k]).is_some())
        .unwrap_or(blocks.len())
}

/// Whether a section body reads as one admonition: paragraphs, literal
/// blocks, lists, or a single admonition already (the dump's icon).
fn plain_body(body: &[Block]) -> bool {
    body.iter().all(|b| {
        matches!(
            b.kind,
            BlockKind::Paragraph(_) | BlockKind::CodeBlock { .. } | BlockKind::List(_)
        )
    }) || matches!(
        body,
        [Block {
            kind: BlockKind::Admonition { .. },
            ..
        }]
    )
}

fn admonition(kind: AdmonitionKind, rest: String, body: Vec<Block>, line: u32) -> Block {
    let mut inner = vec![Block::new(
        line,
        BlockKind::Paragraph(vec![Inline::Text(rest)]),
    )];
    for b in body {
        match b.kind {
            BlockKind::Admonition { blocks, .. } => inner.extend(blocks),
            _ => inner.push(b),
        }
    }
    let kind = BlockKind::Admonition {
        kind,
        title: None,
        blocks: inner,
    };
    Block::new(line, kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_heading_with_a_kind_word_and_more_words_is_a_callout() {
        let h = |t: &str| {
            Block::new(
                1,
                BlockKind::Heading {
                    level: 2,
                    ids: Vec::new(),
                    content: vec![Inline::Text(t.into())],
                },
            )
        };
        let (kind, rest) = callout(&h("Important notice about the disks")).unwrap();
        assert_eq!(
            (kind, rest.as_str()),
            (AdmonitionKind::Important, "Notice about the disks")
        );
        assert!(callout(&h("Notes")).is_none());
        assert!(callout(&h("Note")).is_none());
        assert!(callout(&h("Notable hosts")).is_none());
        assert!(callout(&h("Important files")).is_none());
        assert!(callout(&h("Warning signs of a full disk")).is_none());
        assert!(callout(&h("Note on the spare keys")).is_some());
        assert!(callout(&h("Warning: the gate sticks")).is_some());
    }
}
