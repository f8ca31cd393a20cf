//! A block quote's blocks in, its attribution out: the last paragraph
//! taken off when it is a dash and a name (`> — Ada Ng`, the way the
//! Markdown writer sets an attribution under a quote).

use crate::doc::{Block, BlockKind, Inline, inlines_text};

/// The attribution under the quoted `blocks`, taken off them: a last
/// paragraph of one line, six words at most after one of `dashes` (each
/// with its space), under at least one block of quoted text.
pub fn take(blocks: &mut Vec<Block>, dashes: &[&str]) -> Option<Vec<Inline>> {
    let [.., _, last] = &blocks[..] else {
        return None;
    };
    let BlockKind::Paragraph(content) = &last.kind else {
        return None;
    };
    let Some(Inline::Text(first)) = content.first() else {
        return None;
    };
    let rest = dashes.iter().find_map(|d| first.strip_prefix(d))?;
    let one_line = !content
        .iter()
        .any(|i| matches!(i, Inline::SoftBreak | Inline::HardBreak));
    if !one_line || inlines_text(content).split_whitespace().count() > 7 {
        return None;
    }
    let mut name = content.clone();
    match rest.trim_start() {
        "" => {
            name.remove(0);
        }
        r => name[0] = Inline::Text(r.to_string()),
    }
    if name.is_empty() {
        return None;
    }
    blocks.pop();
    Some(name)
}
