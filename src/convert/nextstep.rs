//! The next step of a numbered list typed back at a literal block's
//! margin with no blank line between (`and then restart it:` /
//! `systemctl restart dhcpd` / `3. Flush the ARP entry:`): takes the
//! block's lines and returns where the block ends, so that the step
//! opens the list again rather than going into the block.

use super::classify::{list_marker, prose};
use super::lines::Line;

/// Where the literal block `lines[i..end]` ends at a numbered step: the
/// first line after the first at the block's margin or left of it whose
/// marker is a number (`3.`, `4)`) and whose text reads as a sentence
/// (`Flush the stale entry on the firewall:`), no line before it in the
/// block a list item (a numbered listing the block shows keeps its
/// lines). A program's output rarely numbers a sentence at the margin
/// of the command that printed it; a writer's next step does.
pub(super) fn at(lines: &[Line], i: usize, end: usize) -> Option<usize> {
    let first = lines.get(i)?;
    if list_marker(&first.text).is_some() {
        return None;
    }
    for (k, l) in lines.get(i + 1..end)?.iter().enumerate() {
        match list_marker(&l.text) {
            Some(('1', _, width)) if l.indent <= first.indent => {
                let text = l.text.get(width..).unwrap_or("");
                return prose(text).then_some(i + 1 + k);
            }
            Some(_) => return None,
            None => {}
        }
    }
    None
}
