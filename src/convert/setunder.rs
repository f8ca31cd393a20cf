//! Names over the part set in under them: the lines of a page in, the
//! headings out that its short flush-left `Name:` lines make when, twice
//! or more, each stands right on top of a paragraph set in a few columns
//! (`Backups:` over `  Everything is copied nightly ...`) and that part
//! runs on, set in, to the next such name or the page's end: the page
//! hangs each part under its name, as a section under its title.

use super::classify::sentence_opening;
use super::headings::{Found, found, taken};
use super::labelhead::{back_at_margin, titling};
use super::lines::Line;

/// The headings, keyed `b0`, of the lines of `lines[from..]` that are
/// such names, when two or more are and none is a heading of `heads`
/// already; none otherwise (one could be a lead-in to its paragraph).
/// (Under a heading the page draws, underlined or overlined, such names
/// are the terms of a list in its section: the page draws its headings.)
pub(super) fn names(lines: &[Line], from: usize, heads: &[Found]) -> Vec<Found> {
    let free = |i: usize| !taken(heads, i);
    let drawn = |i: usize| {
        heads
            .iter()
            .any(|h| h.end <= i && (h.key.starts_with('u') || h.key.starts_with('o')))
    };
    let at: Vec<usize> = (from.max(1)..lines.len())
        .filter(|&i| free(i) && name_over_text(lines, i) && !drawn(i))
        .collect();
    // each part runs to the next name or to the page's end
    let owns = |i: usize| back_at_margin(lines, i + 1).is_none_or(|k| at.contains(&k));
    if at.len() < 2 || !at.iter().all(|&i| owns(i)) {
        return Vec::new();
    }
    at.into_iter()
        .map(|i| found(i, i + 1, lines[i].no, "b0".into(), &lines[i].text, true))
        .collect()
}

/// Whether `lines[i]` is a name over its text: flush left after a blank
/// line, eight words at most ending with one `:`, reading as a title (not
/// breaking off on `are` or `the`), with a sentence of prose starting
/// with a capital right under it, set in two to four columns.
fn name_over_text(lines: &[Line], i: usize) -> bool {
    let l = &lines[i];
    let Some(name) = l.text.strip_suffix(':') else {
        return false;
    };
    let under = lines.get(i + 1).is_some_and(|n| {
        (2..=4).contains(&n.indent) && sentence_opening(&n.text) && !n.code_like()
    });
    titling(lines, i, name, 8) && under
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
}
