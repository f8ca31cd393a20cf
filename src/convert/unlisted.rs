//! Lead-in lines a page's `Contents` leaves out: the lines and the
//! headings found in, the headings out less the lone `Label:` lines
//! (`The groups in scope:`, `Somebody is a candidate when:`) that the
//! page's contents, naming its other sections, does not name.

use super::body::next_nonblank;
use super::headings::Found;
use super::headtext::names;
use super::lines::Line;

/// How many headings found the contents must name before the names it
/// leaves out are read as no headings.
const NAMED: usize = 3;

/// `found` less its bare headings (`b` keys) typed with a closing colon
/// that the page's contents `entries` do not name, when the contents
/// names `NAMED` or more of the headings found: a line ending with `:`
/// over text at its own margin leads into it, as the author's own list
/// of sections says. (Text set in under it is a section's: `Restores:`
/// over an indented body, named `Restores/basic use` in the contents.)
pub(super) fn without_lead_ins(
    lines: &[Line],
    found: Vec<Found>,
    entries: &[String],
) -> Vec<Found> {
    let listed = |h: &Found| names(entries, &h.text);
    if found.iter().filter(|h| listed(h)).count() < NAMED {
        return found;
    }
    let lead_in = |h: &Found| {
        h.key.starts_with('b')
            && h.end == h.start + 1
            && lines
                .get(h.start)
                .is_some_and(|l| l.text.trim_end().ends_with(':'))
            && !listed(h)
            && next_nonblank(lines, h.end).is_some_and(|k| lines[k].indent <= lines[h.start].indent)
    };
    found.into_iter().filter(|h| !lead_in(h)).collect()
}
