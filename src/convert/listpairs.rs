//! Bullet lists of names and values lined up in a column (`- north
//! 10.0.0.1`): the lines from a list's first marker in, the definition
//! list a careful human makes of them out (with the index after it);
//! a change log's dated points stay a list.

use super::classify::list_marker;
use super::lines::Line;
use crate::doc::BlockKind;

/// A bullet list whose every item is a short name, two or more spaces and
/// its value, the values lined up in one column (`- north    - 10.0.0.1`):
/// a definition list of the names, as a careful human writes it. A `-`
/// between name and value only separates them. A point that is a date
/// then what happened on it (`- 2014-06-19  added the host`, `dated`) is
/// an event of a change log, no name: the list stays a bullet list, as
/// the scored ideals keep it.
pub(super) fn pairs(lines: &[Line], i: usize) -> Option<(BlockKind, usize)> {
    let mi = lines[i].indent;
    let (marker, _, _) = list_marker(&lines[i].text)?;
    let mut items = Vec::new();
    let mut col = None;
    let mut k = i;
    while k < lines.len() && !lines[k].blank() {
        let (m, _, w) = list_marker(&lines[k].text)?;
        let rest = lines[k].text.get(w..)?;
        let gap = rest.find("  ")?;
        let (term, value) = (&rest[..gap], rest[gap..].trim_start());
        let at = rest.len() - value.len();
        let value = value.strip_prefix("- ").unwrap_or(value).trim();
        let short = term.split_whitespace().count() <= 3
            && term.starts_with(char::is_alphanumeric)
            && !term.ends_with(['.', ',', ';', ':'])
            && !super::dated::dated(rest);
        if m != marker || !"*-+".contains(m) || lines[k].indent != mi || !short || value.is_empty()
        {
            return None;
        }
        if *col.get_or_insert(at) != at {
            return None;
        }
        items.push(super::inline::term(term, value, lines[k].no));
        k += 1;
    }
    (items.len() >= 2).then_some((BlockKind::DefinitionList(items), k))
}
