//! Mutable walks over a document tree, for the passes that finish it
//! (the RST reader's references and target notes, the converter's wiki
//! marks): every block, parents first, or every run of inlines, in
//! document order.

use crate::doc::{Block, BlockKind, Inline};

/// Calls `f` on every block, parents first, mutably.
pub fn walk_blocks_mut(blocks: &mut [Block], f: &mut dyn FnMut(&mut Block)) {
    for b in blocks {
        f(b);
        for child in children(&mut b.kind) {
            walk_blocks_mut(child, f);
        }
    }
}

fn children(kind: &mut BlockKind) -> Vec<&mut Vec<Block>> {
    match kind {
        BlockKind::BlockQuote { blocks, .. }
        | BlockKind::Admonition { blocks, .. }
        | BlockKind::Topic { blocks, .. }
        | BlockKind::Container { blocks, .. }
        | BlockKind::Footnote { blocks, .. } => vec![blocks],
        BlockKind::Figure { legend, .. } => vec![legend],
        BlockKind::List(l) => l.items.iter_mut().map(|i| &mut i.blocks).collect(),
        BlockKind::DefinitionList(items) => items.iter_mut().map(|i| &mut i.definition).collect(),
        BlockKind::FieldList(fields) => fields.iter_mut().map(|f| &mut f.body).collect(),
        BlockKind::OptionList(items) => items.iter_mut().map(|i| &mut i.description).collect(),
        BlockKind::Table(t) => t
            .rows
            .iter_mut()
            .flat_map(|r| r.iter_mut().map(|c| &mut c.blocks))
            .collect(),
        _ => Vec::new(),
    }
}

/// Calls `f` on every run of inlines in the tree, in document order.
pub fn for_each_inlines(blocks: &mut [Block], f: &mut dyn FnMut(&mut Vec<Inline>)) {
    for b in blocks {
        match &mut b.kind {
            BlockKind::Heading { content, .. }
            | BlockKind::Paragraph(content)
            | BlockKind::Rubric(content) => f(content),
            kind @ (BlockKind::List(_)
            | BlockKind::DefinitionList(_)
            | BlockKind::FieldList(_)
            | BlockKind::OptionList(_)
            | BlockKind::LineBlock(_)
            | BlockKind::Table(_)) => list_inlines(kind, f),
            kind => wrapper_inlines(kind, f),
        }
    }
}

/// The inlines of lists, tables and line blocks: their terms, names,
/// lines and caption, and those of the blocks they hold.
fn list_inlines(kind: &mut BlockKind, f: &mut dyn FnMut(&mut Vec<Inline>)) {
    match kind {
        BlockKind::List(l) => l
            .items
            .iter_mut()
            .for_each(|i| for_each_inlines(&mut i.blocks, f)),
        BlockKind::DefinitionList(items) => {
            for i in items {
                f(&mut i.term);
                i.classifiers.iter_mut().for_each(&mut *f);
                for_each_inlines(&mut i.definition, f);
            }
        }
        BlockKind::FieldList(fields) => {
            for fl in fields {
                f(&mut fl.name);
                for_each_inlines(&mut fl.body, f);
            }
        }
        BlockKind::OptionList(items) => items
            .iter_mut()
            .for_each(|i| for_each_inlines(&mut i.description, f)),
        BlockKind::LineBlock(lines) => lines.iter_mut().for_each(|l| f(&mut l.content)),
        BlockKind::Table(t) => {
            if let Some(c) = &mut t.caption {
                f(c);
            }
            for r in &mut t.rows {
                r.iter_mut()
                    .for_each(|c| for_each_inlines(&mut c.blocks, f));
            }
        }
        _ => {}
    }
}

/// The inlines of quotes, admonitions, topics, containers, footnotes,
/// figures and tables of contents: titles and captions, then the blocks
/// they hold.
fn wrapper_inlines(kind: &mut BlockKind, f: &mut dyn FnMut(&mut Vec<Inline>)) {
    match kind {
        BlockKind::BlockQuote {
            blocks,
            attribution,
        } => {
            for_each_inlines(blocks, f);
            if let Some(a) = attribution {
                f(a);
            }
        }
        BlockKind::Admonition { title, blocks, .. } => {
            if let Some(t) = title {
                f(t);
            }
            for_each_inlines(blocks, f);
        }
        BlockKind::Topic { title, blocks, .. } => {
            f(title);
            for_each_inlines(blocks, f);
        }
        BlockKind::Container { blocks, .. } | BlockKind::Footnote { blocks, .. } => {
            for_each_inlines(blocks, f)
        }
        BlockKind::Figure {
            caption, legend, ..
        } => {
            f(caption);
            for_each_inlines(legend, f);
        }
        BlockKind::Contents { title: Some(t), .. } => f(t),
        _ => {}
    }
}
