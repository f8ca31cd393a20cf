//! Questions as section names: the lines of a page and the headings
//! found in, the headings out that its lone question lines make (`How
//! big is it?` after a blank line) over a paragraph of prose, on a page
//! whose other sections are named by bare lines. Over a command the
//! question leads it in (`When did the last job run?` over the query),
//! as the corpus's human keeps it.

use super::classify::{list_marker, sentence_opening};
use super::headings::{Found, found, free_lines};
use super::headtext::heading_like;
use super::lines::Line;

/// The headings, keyed `b0`, of the lone question lines of
/// `lines[from..]` over prose, when `heads` holds a bare section name
/// flush left (`Rebuilding the replica`); none otherwise.
pub(super) fn questions(lines: &[Line], from: usize, heads: &[Found]) -> Vec<Found> {
    let bare = heads.iter().any(|h| {
        let l = &lines[h.start];
        h.key == "b0"
            && h.end == h.start + 1
            && l.indent == 0
            && l.text.ends_with(char::is_alphanumeric)
    });
    if !bare {
        return Vec::new();
    }
    let free_line = free_lines(heads, lines.len());
    let free = |i: usize| free_line[i];
    (from.max(1)..lines.len())
        .filter(|&i| free(i) && asked_over_text(lines, i))
        .map(|i| found(i, i + 1, lines[i].no, "b0".into(), &lines[i].text, true))
        .collect()
}

/// Whether `lines[i]` is a lone question: flush left after a blank
/// line, one short sentence of eight words at most ending with its only
/// `?`, reading as a title, with a paragraph of prose flush left under it
/// (after a blank line or right under it) starting with a capital.
fn asked_over_text(lines: &[Line], i: usize) -> bool {
    let l = &lines[i];
    // (the paragraph after a blank line, or typed right under the
    // question: `Is it still covered?` / `Every server has ...`)
    let glued = lines.get(i + 1).is_some_and(|n| !n.blank());
    let under = lines
        .get(i + if glued { 1 } else { 2 })
        .is_some_and(|n| n.indent == 0 && sentence_opening(&n.text) && !n.code_like());
    l.indent == 0
        && lines[i - 1].blank()
        && l.text.ends_with('?')
        && l.text.matches(['?', '.', ':', ';']).count() == 1
        && l.text.split_whitespace().count() <= 8
        && l.text.starts_with(char::is_uppercase)
        && heading_like(&l.text, false)
        && list_marker(&l.text).is_none()
        && under
}

#[cfg(test)]
mod tests {
    use crate::convert::headings::tests::texts as heads;

    #[test]
    fn a_question_over_prose_names_a_section_beside_bare_names() {
        let text = "Bakery oven notes\n\nSome notes on the big oven in the back room.\n\n\
                    Is the oven hot enough?\n\nLook at the dial by the door. It should read 220.\n\n\
                    When did it last bake?\n\n    ovenlog --last\n\n\
                    Cleaning the oven\n\nScrape the floor of the oven with the long brush each night.\n";
        assert_eq!(
            heads(text),
            [
                "Bakery oven notes",
                "Is the oven hot enough?",
                "Cleaning the oven"
            ]
        );
    }

    #[test]
    fn no_bare_names_no_question_sections() {
        let text = "Bakery oven notes\n\nSome notes on the big oven in the back room.\n\n\
                    Is the oven hot enough?\n\nLook at the dial by the door. It should read 220.\n";
        assert_eq!(heads(text), ["Bakery oven notes"]);
    }
}
