//! A line quoted flush under a colon lead-in: takes the body lines and
//! the index of a line right under one ending with `:`, returns whether
//! that line alone is a sample the colon announces.

use super::classify::{list_marker, prose};
use super::literal::link_line;
use super::lines::Line;

/// Whether `lines[k]`, right under a sentence of three words or more
/// ending with `:` and set at the same margin (`and compare with the
/// number the server has:` / `kvno host/db01@EXAMPLE.ORG`), is the one
/// line the colon announces, typed or printed as it is: alone before a
/// blank line or the run's `end`, of two words or more, no sentence, no
/// stop, comma or colon at its end, no web address (a link to follow)
/// and no list item. Hand conversions set such a line as a literal block
/// (61 of 61 in the proxy set), not as the sentence going on.
pub(super) fn sample(lines: &[Line], k: usize, end: usize) -> bool {
    let (Some(above), Some(line)) = (k.checked_sub(1).and_then(|j| lines.get(j)), lines.get(k))
    else {
        return false;
    };
    let t = line.text.as_str();
    let alone = k + 1 >= end || lines.get(k + 1).is_none_or(Line::blank);
    let first = t.split_whitespace().next().unwrap_or("");
    above.text.ends_with(':')
        && !above.text.ends_with("::")
        && above.text.split_whitespace().count() >= 3
        && line.indent == above.indent
        && alone
        && t.split_whitespace().count() >= 2
        && !t.ends_with(['.', ':', ','])
        && !prose(t)
        && !link_line(first)
        && list_marker(t).is_none()
}
