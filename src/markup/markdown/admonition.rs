//! Admonitions written as HTML around Markdown: blocks in, with each
//! `<div class="admonition note">` ... `</div>` pair (and `<aside
//! class="note">` ... `</aside>`) folded into one admonition block, out.

use crate::doc::{AdmonitionKind, Block, BlockKind, Inline};

/// Folds admonition `div`s in `blocks`, in lists and quotes too.
pub fn fold(blocks: Vec<Block>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    let mut open: Vec<(usize, AdmonitionKind, &'static str)> = Vec::new();
    for mut b in blocks {
        nested(&mut b);
        if let BlockKind::Html(h) = &b.kind {
            if let Some((kind, close)) = opening(h) {
                open.push((out.len(), kind, close));
                out.push(b);
                continue;
            }
            if let Some(&(at, kind, close)) = open.last()
                && h.trim() == close
            {
                open.pop();
                let line = out[at].line;
                let inner: Vec<Block> = out.drain(at..).skip(1).collect();
                out.push(Block::new(line, admonition(kind, inner)));
                continue;
            }
        }
        out.push(b);
    }
    out
}

fn nested(b: &mut Block) {
    let take = |v: &mut Vec<Block>| *v = fold(std::mem::take(v));
    match &mut b.kind {
        BlockKind::List(list) => list.items.iter_mut().for_each(|i| take(&mut i.blocks)),
        BlockKind::BlockQuote { blocks, .. } | BlockKind::Admonition { blocks, .. } => take(blocks),
        BlockKind::DefinitionList(items) => items.iter_mut().for_each(|i| take(&mut i.definition)),
        _ => {}
    }
}

/// The closing tag of an HTML block that opens an admonition (`<div
/// class="admonition KIND">` or `<aside class="KIND">`), for other readers
/// of Markdown (the check) that must know what this reader folds.
pub fn closing_tag(html: &str) -> Option<&'static str> {
    opening(html).map(|(_, close)| close)
}

/// `<div class="admonition KIND">` or `<aside class="KIND">` alone in an
/// HTML block: the kind and the closing tag to look for.
fn opening(html: &str) -> Option<(AdmonitionKind, &'static str)> {
    let t = html.trim();
    if let Some(class) = t
        .strip_prefix("<div class=\"admonition")
        .and_then(|r| r.strip_suffix("\">"))
    {
        let kind = match class.trim() {
            "" => AdmonitionKind::Generic,
            name => AdmonitionKind::from_name(name)?,
        };
        return Some((kind, "</div>"));
    }
    let class = t.strip_prefix("<aside class=\"")?.strip_suffix("\">")?;
    Some((AdmonitionKind::from_name(class)?, "</aside>"))
}

/// The admonition; a generic one takes a first paragraph that is all bold
/// as its title.
fn admonition(kind: AdmonitionKind, mut blocks: Vec<Block>) -> BlockKind {
    let mut title = None;
    if kind == AdmonitionKind::Generic
        && let Some(Block {
            kind: BlockKind::Paragraph(p),
            ..
        }) = blocks.first()
        && let [Inline::Strong(t)] = p.as_slice()
    {
        title = Some(t.clone());
        blocks.remove(0);
    }
    BlockKind::Admonition {
        kind,
        title,
        blocks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::markdown::parse;

    #[test]
    fn divs_become_admonitions() {
        let doc = parse(
            "<div class=\"admonition warning\">\n\nMind the *gap*.\n\n</div>\n\n\
             - item\n\n  <aside class=\"note\">\n\n  Inner.\n\n  </aside>\n",
        );
        let BlockKind::Admonition { kind, blocks, .. } = &doc.blocks[0].kind else {
            panic!("{:?}", doc.blocks);
        };
        assert_eq!(*kind, AdmonitionKind::Warning);
        assert!(matches!(blocks[0].kind, BlockKind::Paragraph(_)));
        let BlockKind::List(list) = &doc.blocks[1].kind else {
            panic!("{:?}", doc.blocks);
        };
        assert!(matches!(
            list.items[0].blocks[1].kind,
            BlockKind::Admonition {
                kind: AdmonitionKind::Note,
                ..
            }
        ));
        let doc = parse("<div class=\"admonition\">\n\n**Heads up**\n\nText.\n\n</div>\n");
        assert!(matches!(
            &doc.blocks[0].kind,
            BlockKind::Admonition { title: Some(_), blocks, .. } if blocks.len() == 1
        ));
        let doc = parse("<div class=\"admonition bogus\">\n\nText.\n\n</div>\n");
        assert!(matches!(doc.blocks[0].kind, BlockKind::Html(_)));
    }
}
