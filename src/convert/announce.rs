//! The blocks of a page in, each text that introduces a literal block
//! out with its `:` (`Run this.` over the command reads `Run this.:`,
//! written `Run this.::`), down lists, notes and term lists.

use crate::doc::{Block, BlockKind, Inline, List};

/// A paragraph that introduces a literal block ends with `:`, as the
/// human conversions write it (`Run this.::` reads `Run this.:`); a list
/// right before one gets the `:` on its last item. A code block opened by
/// a directive or marked by fences or `bc.` (its line in `directives`) is
/// announced by that.
pub(super) fn colon_before_literals(blocks: &mut [Block], directives: &[u32]) {
    for i in 0..blocks.len() {
        let code_next = matches!(
            blocks.get(i + 1).map(|b| &b.kind),
            Some(BlockKind::CodeBlock { .. })
        ) && blocks
            .get(i + 1)
            .is_some_and(|b| !directives.contains(&b.line));
        match &mut blocks[i].kind {
            BlockKind::Paragraph(content) if code_next => add_colon(content),
            BlockKind::List(list) => {
                for item in &mut list.items {
                    colon_before_literals(&mut item.blocks, directives);
                }
                if code_next && let Some(content) = last_text(list) {
                    add_colon(content);
                }
            }
            BlockKind::Admonition { blocks: inner, .. } => colon_before_literals(inner, directives),
            BlockKind::DefinitionList(items) => {
                for item in items {
                    colon_before_literals(&mut item.definition, directives);
                }
            }
            _ => {}
        }
    }
}

/// The paragraph a list ends with, down its nested lists (`b. Click
/// Create` as the last point of step 4).
fn last_text(list: &mut List) -> Option<&mut Vec<Inline>> {
    match &mut list.items.last_mut()?.blocks.last_mut()?.kind {
        BlockKind::Paragraph(content) => Some(content),
        BlockKind::List(inner) => last_text(inner),
        _ => None,
    }
}

/// Ends the text with exactly one `:` (a source `::` loses one), none after `;`, `!` or `,`.
fn add_colon(content: &mut [Inline]) {
    if let Some(Inline::Text(t)) = content.last_mut() {
        if t.ends_with("::") {
            t.pop();
        } else if !t.ends_with([':', ';', '!', ',']) {
            t.push(':');
        }
    }
}
