//! Depth-first traversal of blocks and inlines, for readers of the tree that
//! look for one kind of node (links, ids, text) wherever it is nested.

use super::{Block, BlockKind, DefinitionItem, Field, Inline, Table};

/// A node met during a walk.
pub enum Visit<'a> {
    Block(&'a Block),
    Inline(&'a Inline),
}

/// Calls `f` on every block and inline under `blocks`, parents first.
pub fn walk_blocks<'a>(blocks: &'a [Block], f: &mut dyn FnMut(Visit<'a>)) {
    for b in blocks {
        walk_block(b, f);
    }
}

/// The inlines inside an inline's markup (none for text, code, breaks).
pub fn inline_children(i: &Inline) -> &[Inline] {
    match i {
        Inline::Emphasis(c)
        | Inline::Strong(c)
        | Inline::Strikethrough(c)
        | Inline::Link { content: c, .. }
        | Inline::Anchor { content: c, .. }
        | Inline::Role { content: c, .. } => c,
        Inline::XRef {
            content: Some(c), ..
        } => c,
        _ => &[],
    }
}

fn walk_inlines<'a>(inlines: &'a [Inline], f: &mut dyn FnMut(Visit<'a>)) {
    for i in inlines {
        f(Visit::Inline(i));
        walk_inlines(inline_children(i), f);
    }
}

fn walk_block<'a>(b: &'a Block, f: &mut dyn FnMut(Visit<'a>)) {
    f(Visit::Block(b));
    match &b.kind {
        BlockKind::Heading { content, .. }
        | BlockKind::Paragraph(content)
        | BlockKind::Rubric(content) => walk_inlines(content, f),
        BlockKind::BlockQuote {
            blocks,
            attribution,
        } => {
            walk_blocks(blocks, f);
            if let Some(a) = attribution {
                walk_inlines(a, f);
            }
        }
        BlockKind::List(list) => list.items.iter().for_each(|it| walk_blocks(&it.blocks, f)),
        BlockKind::DefinitionList(items) => walk_definitions(items, f),
        BlockKind::FieldList(fields) => walk_fields(fields, f),
        BlockKind::OptionList(items) => items.iter().for_each(|it| walk_blocks(&it.description, f)),
        BlockKind::LineBlock(lines) => lines.iter().for_each(|l| walk_inlines(&l.content, f)),
        BlockKind::Table(t) => walk_table(t, f),
        BlockKind::Admonition { title, blocks, .. } => walk_titled(title.as_deref(), blocks, f),
        BlockKind::Topic { title, blocks, .. } => walk_titled(Some(title), blocks, f),
        BlockKind::Container { blocks, .. } | BlockKind::Footnote { blocks, .. } => {
            walk_blocks(blocks, f)
        }
        BlockKind::Figure {
            caption, legend, ..
        } => walk_titled(Some(caption), legend, f),
        BlockKind::Contents { title: Some(t), .. } => walk_inlines(t, f),
        BlockKind::Contents { title: None, .. }
        | BlockKind::CodeBlock { .. }
        | BlockKind::Image(_)
        | BlockKind::ThematicBreak
        | BlockKind::Html(_)
        | BlockKind::Anchor(_)
        | BlockKind::Toctree(_)
        | BlockKind::Problem { .. }
        | BlockKind::Comment(_) => {}
    }
}

/// A title or caption, if any, then the blocks under it.
fn walk_titled<'a>(title: Option<&'a [Inline]>, blocks: &'a [Block], f: &mut dyn FnMut(Visit<'a>)) {
    if let Some(t) = title {
        walk_inlines(t, f);
    }
    walk_blocks(blocks, f);
}

fn walk_definitions<'a>(items: &'a [DefinitionItem], f: &mut dyn FnMut(Visit<'a>)) {
    for it in items {
        walk_inlines(&it.term, f);
        it.classifiers.iter().for_each(|c| walk_inlines(c, f));
        walk_blocks(&it.definition, f);
    }
}

fn walk_fields<'a>(fields: &'a [Field], f: &mut dyn FnMut(Visit<'a>)) {
    for field in fields {
        walk_inlines(&field.name, f);
        walk_blocks(&field.body, f);
    }
}

/// The caption, then every cell's blocks row by row.
fn walk_table<'a>(t: &'a Table, f: &mut dyn FnMut(Visit<'a>)) {
    if let Some(c) = &t.caption {
        walk_inlines(c, f);
    }
    t.rows
        .iter()
        .flatten()
        .for_each(|cell| walk_blocks(&cell.blocks, f));
}
