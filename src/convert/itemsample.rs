//! A block an item shows set back at its marker's margin, with the item's
//! text going on after it at the item's own column (`3. Add to fstab:` /
//! ` host:/export  /mnt  nfs  defaults  0 0` / `   and then mount -a.`):
//! the lines in, where the item's text resumes out, so that the block
//! and the text after it stay in the item.

use super::body::{chunk_end, next_nonblank};
use super::classify::{list_marker, prose};
use super::lines::Line;

/// Where the item at `j` (marker at column `mi`) resumes after the run
/// of lines at `n`, typed after a blank line under the item's text: the
/// run starts at the marker's margin (left of it, or one column past), no sentence in it
/// and no marker but in lines set deeper than its first (a YAML list), and after it and a blank line the text goes on at
/// exactly the column the item's text is set at (deeper than the
/// marker), no marker and no code. The ideals keep such a run and the
/// text after it in the item (29 of 29 where the item is no heading).
pub(super) fn resumed_at_text(lines: &[Line], j: usize, n: usize, mi: usize) -> Option<usize> {
    let (_, _, width) = list_marker(&lines[j].text)?;
    let column = lines[j].indent + width;
    let end = chunk_end(lines, n);
    let m = next_nonblank(lines, end)?;
    let goes_on = column > mi + 1
        && lines[m].indent == column
        && list_marker(&lines[m].text).is_none()
        && !lines[m].code_like();
    let shown = || {
        lines[n].indent <= mi + 1
            && lines[n..end].iter().all(|l| {
                (l.indent > lines[n].indent || list_marker(&l.text).is_none()) && !prose(&l.text)
            })
    };
    (goes_on && shown() && under_text(lines, j, n, column)).then_some(m)
}

/// Whether the last line typed above `n` is the item's marker line at
/// `j` or a line of its text at its own `column`.
fn under_text(lines: &[Line], j: usize, n: usize, column: usize) -> bool {
    (j..n)
        .rev()
        .find(|&x| !lines[x].blank())
        .is_some_and(|x| x == j || lines[x].indent == column)
}
