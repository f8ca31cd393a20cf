//! Text typed without wrapping (Notepad's way: each paragraph, or each
//! sentence, a line of its own, running past 120 columns): a page's
//! lines in, whether it is such a page; on one, a run of lines in, where
//! the author broke the text: a line ending a sentence, the next opening
//! one, the break is a paragraph's, not a wrap.

use super::classify::{list_marker, prose};
use super::lines::Line;

/// The widest a wrapped line gets: text going past it was not wrapped.
const WRAP: usize = 120;

/// Whether the page `lines` is typed without wrapping: two prose lines
/// or more past [`WRAP`] columns, and no sentence wrapped onto a next
/// line (a line stopping without a stop over one going on in lower case,
/// at its indentation or, under a list item, to the left of it).
pub fn page(lines: &[Line]) -> bool {
    let long = lines
        .iter()
        .filter(|l| l.indent + l.text.chars().count() > WRAP && prose(&l.text))
        .count();
    let wrapped = lines.windows(2).any(|w| {
        let (a, b) = (&w[0], &w[1]);
        !a.blank()
            && !b.blank()
            // (or back at the margin under a list item's first line, the
            // item's text wrapped there)
            && (a.indent == b.indent || (b.indent < a.indent && list_marker(&a.text).is_some()))
            && prose(&a.text)
            && !a.text.ends_with(['.', '!', '?', ':', ';', ','])
            && b.text.starts_with(char::is_lowercase)
            && list_marker(&b.text).is_none()
    });
    long >= 2 && !wrapped
}

/// On such a page, the first line of `lines[i + 1..end]` that opens a
/// sentence of its own (a capital, no marker, no command) at the same
/// indentation right under a line ending one: where the paragraph from
/// `lines[i]` ends.
pub fn paragraph_end(lines: &[Line], i: usize, end: usize) -> Option<usize> {
    (i + 1..end).find(|&k| {
        let (prev, l) = (&lines[k - 1], &lines[k]);
        l.indent == prev.indent
            && prev.text.ends_with(['.', '!', '?'])
            && l.text.starts_with(char::is_uppercase)
            && l.text.split_whitespace().count() >= 3
            && list_marker(&l.text).is_none()
            && !l.code_like()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn a_page_of_long_lines_is_unwrapped() {
        let long = "The pump in the east shed runs every night from ten until six, and it stops by itself when the tank reports that it is full again.";
        let text = format!("{long}\n\n{long}\nShort one here.\n");
        assert!(page(&split(&text)));
        // a sentence wrapped anywhere: the page wraps
        let text = format!("{long}\n\n{long}\nThe valve in the east shed is\nclosed at night.\n");
        assert!(!page(&split(&text)));
        // a list item's sentence wrapped back to the margin: the page wraps
        let text =
            format!("{long}\n\n{long}\n 1. then the valve in the east shed is\nclosed at night.\n");
        assert!(!page(&split(&text)));
    }

    #[test]
    fn a_sentence_a_line_breaks_the_paragraph() {
        let lines = split("Tell the keeper it is done.\nClose the ticket after that.\n");
        assert_eq!(paragraph_end(&lines, 0, 2), Some(1));
        let lines = split("Tell the keeper it is done,\nClose the ticket after that.\n");
        assert_eq!(paragraph_end(&lines, 0, 2), None);
    }
}
