//! A sentence back at the text's margin under commands, leading into the
//! bullet list set in right under it (`  # iotop -o` / `Usually it is one
//! of` / `  - the nightly backup ...`): the lines and the sentence's line
//! in, where its list starts out, so the text after the commands is read
//! up to the list, and the list read as a list, not the commands' output.

use super::classify::{list_marker, prose};
use super::lines::Line;

/// Where the list the sentence `lines[k]` leads into starts: the next
/// line, set deeper than the sentence, a `-`/`*` bullet whose text is
/// prose (`- a runner with a huge cache being pruned`), the sentence open
/// over it (no full stop, no colon: `Usually it is one of`). None where
/// the line under the sentence is no such item.
pub(super) fn list_under(lines: &[Line], k: usize, end: usize) -> Option<usize> {
    let (lead, item) = (lines.get(k)?, lines.get(k + 1).filter(|_| k + 1 < end)?);
    let (marker, _, w) = list_marker(&item.text)?;
    let text = item.text.get(w..)?;
    let open = !lead.text.ends_with(['.', ':', '!', '?']);
    (open && item.indent > lead.indent && matches!(marker, '-' | '*') && prose(text))
        .then_some(k + 1)
}
