//! Names over the part set in under them: the lines of a page in, the
//! headings out that its short flush-left `Name:` lines make when, twice
//! or more, each stands right on top of a paragraph set in a few columns
//! (`Backups:` over `  Everything is copied nightly ...`) and that part
//! runs on, set in, to the next such name or the page's end: the page
//! hangs each part under its name, as a section under its title; names
//! over other set-in parts (steps, commands, a lower-case sentence) that
//! run on so too are headings with them.

use super::classify::sentence_opening;
use super::headings::{Found, found, free_lines};
use super::labelhead::{back_at_margin, titling};
use super::lines::Line;

/// The headings, keyed `b0`, of the lines of `lines[from..]` that are
/// such names, when two or more are and none is a heading of `heads`
/// already; none otherwise (one could be a lead-in to its paragraph).
/// (Under a heading the page draws, underlined or overlined, such names
/// are the terms of a list in its section: the page draws its headings.)
pub(super) fn names(lines: &[Line], from: usize, heads: &[Found]) -> Vec<Found> {
    let free_line = free_lines(heads, lines.len());
    let free = |i: usize| free_line[i];
    // (where the first heading the page draws ends: any line after it is
    // under a drawn heading)
    let drawn_end = (heads.iter())
        .filter(|h| h.key.starts_with('u') || h.key.starts_with('o'))
        .map(|h| h.end)
        .min();
    let drawn = |i: usize| drawn_end.is_some_and(|e| e <= i);
    let at: Vec<(usize, bool)> = (from.max(1)..lines.len())
        .filter_map(|i| over_set_in(lines, i).map(|text| (i, text)))
        .filter(|&(i, _)| free(i) && !drawn(i))
        .collect();
    // each part runs to the next name or to the page's end; a name over
    // other set-in text (`Upgrading:` over `  follow the notes, then`, or
    // over its steps or commands) joins the names over prose when its
    // part does so too (settled from the last name up: a part ends at a
    // later name, if at all)
    let mut keep = vec![false; at.len()];
    for k in (0..at.len()).rev() {
        keep[k] = back_at_margin(lines, at[k].0 + 1).is_none_or(|m| {
            at.binary_search_by_key(&m, |&(j, _)| j)
                .is_ok_and(|x| keep[x])
        });
    }
    let text = at.iter().filter(|&&(_, text)| text).count();
    let all_own = at
        .iter()
        .zip(&keep)
        .all(|(&(_, text), &kept)| kept || !text);
    if text < 2 || !all_own {
        return Vec::new();
    }
    at.into_iter()
        .zip(keep)
        .filter(|&(_, kept)| kept)
        .map(|((i, _), _)| found(i, i + 1, lines[i].no, "b0".into(), &lines[i].text, true))
        .collect()
}

/// Whether `lines[i]` is a name over a part set in under it, and whether
/// that part opens on prose: flush left after a blank line, eight words at
/// most ending with one `:`, reading as a title (not breaking off on `are`
/// or `the`), with a line set in two to eight columns (a tab) right under
/// it; `Some(true)` when that line is a sentence of prose starting with a
/// capital.
fn over_set_in(lines: &[Line], i: usize) -> Option<bool> {
    let l = &lines[i];
    let name = l.text.strip_suffix(':')?;
    let n = lines.get(i + 1).filter(|n| (2..=8).contains(&n.indent))?;
    titling(lines, i, name, 8).then(|| sentence_opening(&n.text) && !n.code_like())
}

#[cfg(test)]
mod tests {
    use crate::convert::headings::tests::texts as heads;

    #[test]
    fn names_over_parts_set_in_are_headings() {
        let text = "Harbour crane notes\n\nWhat I know about the crane so far.\n\n\
                    Power:\n  The crane takes its power from the east shed. The\n  fuse box is behind the door.\n\n\
                    Greasing the arm:\n  Grease the joints every Friday after the last ship.\n\n  \
                    Use the blue tin only.\n";
        assert_eq!(
            heads(text),
            ["Harbour crane notes", "Power", "Greasing the arm"]
        );
    }

    #[test]
    fn one_name_or_a_part_back_at_the_margin_is_not() {
        let one = "Crane\n\nIntro words for the page here.\n\n\
                   Power:\n  The crane takes its power from the east shed today.\n";
        assert_eq!(heads(one), ["Crane"]);
        let back = "Crane\n\nIntro words for the page here.\n\n\
                    Power:\n  The crane takes its power from the east shed today.\n\n\
                    Then a paragraph comes back to the margin here.\n\n\
                    Greasing:\n  Grease the joints every Friday after the last ship.\n";
        assert_eq!(heads(back), ["Crane"]);
    }

    #[test]
    fn names_over_steps_or_commands_join_those_over_prose() {
        let text = "Crane\n\nIntro words for the page here.\n\n\
                    Power:\n\tThe crane takes its power from the east shed.\n\n\
                    Greasing:\n    grease the joints every Friday, then:\n        greasectl --arm\n\n\
                    Parking:\n    1. lower the arm\n    2. lock the wheels\n\n\
                    Storms:\n    Tie the arm down before the wind comes up.\n";
        assert_eq!(
            heads(text),
            ["Crane", "Power", "Greasing", "Parking", "Storms"]
        );
        // a part that comes back to the margin leads in, and stays out
        let back = "Crane\n\nIntro words for the page here.\n\n\
                    Power:\n    The crane takes its power from the east shed.\n\n\
                    Greasing:\n    greasectl --arm\n\nThen some words back at the margin.\n\n\
                    Storms:\n    Tie the arm down before the wind comes up.\n";
        assert_eq!(heads(back), ["Crane"]);
    }
}
