//! Capitals sections over mixed-case subsections: the lines of a page
//! and the headings found in, the headings out with the flush-left
//! mixed-case ones keyed a level under the capitals ones (`CHECKING
//! REPLICATION` right over `Compare contextCSN`, a blank line between).

use super::headings::Found;
use super::lines::Line;

/// The key of a flush-left mixed-case heading under a capitals one: it
/// ranks right under `b0` (and over `b2`, the lines set in).
pub(super) const SUB: &str = "b0s";

/// Whether `t` is written in capitals (`NFS FAILOVER`): three letters or
/// more, none of them lower case.
pub(super) fn capitals(t: &str) -> bool {
    t.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !t.chars().any(char::is_lowercase)
}

/// Whether the flush-left heading `h` is in capitals and `next`, the
/// heading after it, a flush-left one that is not, with only blank lines
/// between: the capitals name the section and the other line its first
/// subsection, so the capitals line is no empty heading.
pub(super) fn over_sub(lines: &[Line], h: &Found, next: &Found) -> bool {
    let flush = |f: &Found| f.key == "b0" && lines[f.start].indent == 0;
    flush(h)
        && flush(next)
        && capitals(&lines[h.start].text)
        && !capitals(&lines[next.start].text)
        && h.end <= next.start
        && lines[h.end..next.start].iter().all(Line::blank)
}

/// `found` with its flush-left mixed-case headings after the first
/// capitals one keyed `SUB`, where some capitals heading stands right
/// over one of them (`over_sub`): the page nests those under these.
pub(super) fn nest(lines: &[Line], mut found: Vec<Found>) -> Vec<Found> {
    let nests = found.windows(2).any(|w| over_sub(lines, &w[0], &w[1]));
    let caps = |f: &Found| f.key == "b0" && capitals(&lines[f.start].text);
    let Some(first) = found.iter().position(caps).filter(|_| nests) else {
        return found;
    };
    for h in &mut found[first..] {
        if h.key == "b0" && lines[h.start].indent == 0 && !capitals(&lines[h.start].text) {
            h.key = SUB.to_string();
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::headings::found;
    use crate::convert::lines::split;

    #[test]
    fn capitals_over_a_mixed_case_line_nest_it() {
        let lines = split("GROWING TOMATOES\n\nPick a pot\n\ntext\n\nWatering\n\ntext\n");
        let heads = vec![
            found(0, 1, 1, "b0".into(), "GROWING TOMATOES", true),
            found(2, 3, 3, "b0".into(), "Pick a pot", true),
            found(6, 7, 7, "b0".into(), "Watering", true),
        ];
        assert!(over_sub(&lines, &heads[0], &heads[1]));
        let keys: Vec<String> = nest(&lines, heads).into_iter().map(|h| h.key).collect();
        assert_eq!(keys, ["b0", SUB, SUB]);
    }

    #[test]
    fn capitals_with_text_under_them_leave_the_rest_alone() {
        let lines = split("GROWING TOMATOES\n\ntext\n\nWatering\n\ntext\n");
        let heads = vec![
            found(0, 1, 1, "b0".into(), "GROWING TOMATOES", true),
            found(4, 5, 5, "b0".into(), "Watering", true),
        ];
        let keys: Vec<String> = nest(&lines, heads).into_iter().map(|h| h.key).collect();
        assert_eq!(keys, ["b0", "b0"]);
    }
}
