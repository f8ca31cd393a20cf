//! A table of contents the Markdown writer made: top-level blocks in, with
//! each `<nav class="contents">` ... `</nav>` pair and the list of links
//! between folded back into one `contents` block (its title and options),
//! out; the list is the writer's, made again from the headings.

use crate::doc::{Block, BlockKind, Inline, inlines_text};

/// Folds the `<nav class="contents">` blocks of the page's top level.
pub fn fold(blocks: Vec<Block>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    let mut open: Option<(usize, Option<u8>, bool)> = None;
    for b in blocks {
        let html = match &b.kind {
            BlockKind::Html(h) => h.trim(),
            _ => "",
        };
        if open.is_none()
            && let Some(options) = opening(html)
        {
            open = Some((out.len(), options.0, options.1));
        } else if let Some((at, depth, local)) = open
            && html == "</nav>"
        {
            open = None;
            let line = out[at].line;
            let inner: Vec<Block> = out.drain(at..).skip(1).collect();
            out.push(Block::new(line, contents(&inner, depth, local)));
            continue;
        }
        out.push(b);
    }
    out
}

/// `<nav class="contents">`, maybe with `data-depth="N"` and
/// `data-local="true"`: the depth and whether local.
fn opening(html: &str) -> Option<(Option<u8>, bool)> {
    let attrs = html
        .strip_prefix("<nav class=\"contents\"")?
        .strip_suffix('>')?;
    let mut depth = None;
    let mut local = false;
    for attr in attrs.split_whitespace() {
        let (name, value) = attr.split_once('=')?;
        let value = value.trim_matches('"');
        match name {
            "data-depth" => depth = Some(value.parse().ok()?),
            "data-local" => local = value == "true",
            _ => return None,
        }
    }
    Some((depth, local))
}

/// The contents block: the first paragraph, all bold, its title (none when
/// it is the default, `Contents`).
fn contents(inner: &[Block], depth: Option<u8>, local: bool) -> BlockKind {
    let title = inner.first().and_then(|b| match &b.kind {
        BlockKind::Paragraph(p) => match p.as_slice() {
            [Inline::Strong(t)] if inlines_text(t) != "Contents" => Some(t.clone()),
            _ => None,
        },
        _ => None,
    });
    BlockKind::Contents {
        title,
        depth,
        local,
    }
}

#[cfg(test)]
mod tests {
    use crate::doc::BlockKind;
    use crate::markup::markdown::parse;

    #[test]
    fn nav_becomes_contents() {
        let doc = parse(
            "# Page\n\n<nav class=\"contents\" data-depth=\"2\">\n\n**On this page**\n\n\
             - [Start](#start)\n\n</nav>\n\n## Start\n\nText.\n",
        );
        let BlockKind::Contents {
            title,
            depth,
            local,
        } = &doc.blocks[1].kind
        else {
            panic!("{:?}", doc.blocks);
        };
        assert!(title.is_some() && *depth == Some(2) && !local);
        assert!(matches!(doc.blocks[2].kind, BlockKind::Heading { .. }));
        let doc = parse("<nav class=\"contents\">\n\n**Contents**\n\n- [A](#a)\n\n</nav>\n");
        assert!(matches!(
            &doc.blocks[..],
            [b] if matches!(b.kind, BlockKind::Contents { title: None, depth: None, local: false })
        ));
    }
}
