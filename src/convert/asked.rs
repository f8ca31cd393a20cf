//! Questions as section names: the lines of a page and the headings
//! found in, the headings out that its lone question lines make (`How
//! big is it?` between blank lines) over a paragraph of prose, on a page
//! whose other sections are named by bare lines, or on a page with no
//! section names but its title and two such questions or more (`Was the
//! job run?`, `Did the mail leave?`). Over a command the
//! question leads it in (`When did the last job run?` over the query),
//! as the corpus's human keeps it.

use super::classify::{list_marker, prose};
use super::headings::{Found, found, free_lines};
use super::headtext::heading_like;
use super::lines::Line;

/// The headings, keyed `b0`, of the lone question lines of
/// `lines[from..]` over prose, when `heads` holds a bare section name
/// flush left (`Rebuilding the replica`), or nothing but the title and
/// the questions are two or more; none otherwise.
pub(super) fn questions(lines: &[Line], from: usize, heads: &[Found]) -> Vec<Found> {
    let bare: Vec<&Found> = heads
        .iter()
        .filter(|h| {
            let l = &lines[h.start];
            h.key == "b0"
                && h.end == h.start + 1
                && l.indent == 0
                && l.text.ends_with(char::is_alphanumeric)
        })
        .collect();
    let untitled = heads.iter().all(|h| h.key == "title");
    if bare.is_empty() && !untitled {
        return Vec::new();
    }
    // names typed right on top of their text: a question may be too
    let glued = bare
        .iter()
        .any(|h| lines.get(h.end).is_some_and(|n| !n.blank()));
    let free_line = free_lines(heads, lines.len());
    let free = |i: usize| free_line[i];
    let asked: Vec<Found> = (from.max(1)..lines.len())
        .filter(|&i| free(i) && asked_over_text(lines, i, glued))
        .map(|i| found(i, i + 1, lines[i].no, "b0".into(), &lines[i].text, true))
        .collect();
    if bare.is_empty() && asked.len() < 2 {
        return Vec::new();
    }
    asked
}

/// Whether `lines[i]` is a lone question: flush left between blank
/// lines (or, on a page whose names sit on their text, `glued`, right on
/// top of its text), one short sentence of eight words at most ending
/// with its only `?`, reading as a title, with a paragraph of prose flush
/// left under it, starting with a capital or a lower-case name
/// (`stats02 relays the mail`).
fn asked_over_text(lines: &[Line], i: usize, glued: bool) -> bool {
    let l = &lines[i];
    let gap = lines.get(i + 1).is_some_and(Line::blank);
    let under = lines
        .get(i + 1 + usize::from(gap))
        .is_some_and(|n| n.indent == 0 && opening(&n.text) && !n.code_like());
    l.indent == 0
        && lines[i - 1].blank()
        && (gap || glued)
        && l.text.ends_with('?')
        && l.text.matches(['?', '.', ':', ';']).count() == 1
        && l.text.split_whitespace().count() <= 8
        && l.text.starts_with(char::is_uppercase)
        && heading_like(&l.text, false)
        && list_marker(&l.text).is_none()
        && under
}

/// Whether `text` opens a paragraph of prose: a capital or a name
/// typed lower case, its first word no list marker.
fn opening(text: &str) -> bool {
    prose(text) && text.starts_with(char::is_alphanumeric) && list_marker(text).is_none()
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

    #[test]
    fn a_question_on_top_of_its_text_beside_names_on_theirs() {
        let text = include_str!("../../tests/fixtures/convert/question-glued-to-text/input.txt");
        let asked = "Is the water reaching the pots?";
        assert!(heads(text).iter().any(|h| h == asked));
        // names set apart by blank lines: a question glued to text is not one
        let apart = ["Contact Information", "The timer", "Winter"]
            .iter()
            .fold(text.to_string(), |t, n| {
                t.replace(&format!("{n}\n"), &format!("{n}\n\n"))
            });
        assert!(!heads(&apart).iter().any(|h| h == asked));
    }
}
