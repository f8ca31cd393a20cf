//! Headings of a word processor's text export: the lines in, the headings
//! made of the short flush-left lines that two blank lines set off from the
//! text above and that have their own text right under them (`Purpose`
//! over its paragraph, `What you need` over its bullets).

use super::classify::{list_marker, strip_heading_number};
use super::headings::{Found, found};
use super::headtext::{heading_like, strict_heading};
use super::lines::Line;

/// The headings, keyed as bare flush-left lines (`b0`), of the lines of
/// `lines[from..]` that title the text under them, set off by two blank
/// lines above: two such lines or more, as one title of the kind could be
/// a stray short line.
pub(super) fn heads(lines: &[Line], from: usize) -> Vec<Found> {
    let at: Vec<usize> = (from.max(2)..lines.len())
        .filter(|&i| gapped(lines, from, i))
        .collect();
    if at.len() < 2 {
        return Vec::new();
    }
    let head = |i: usize| found(i, i + 1, lines[i].no, "b0".into(), &lines[i].text, true);
    at.into_iter().map(head).collect()
}

/// Whether `lines[i]` is one such title: flush left, two blank lines over
/// it, no sentence, label or numbered item, and text starting a sentence
/// or a list right under it.
fn gapped(lines: &[Line], from: usize, i: usize) -> bool {
    let l = &lines[i];
    let t = l.text.as_str();
    i >= from + 2
        && l.indent == 0
        && lines[i - 1].blank()
        && lines[i - 2].blank()
        && !t.ends_with(':')
        && strip_heading_number(t).len() == t.len()
        && list_marker(t).is_none()
        && heading_like(t, false)
        && strict_heading(t)
        && !super::lines::after_colon_line(lines, i)
        && lines.get(i + 1).is_some_and(|n| text_under(l, n))
}

/// Whether the next line opens the title's text: flush with it, a
/// sentence (capital first) or an item of a list, no command.
fn text_under(title: &Line, n: &Line) -> bool {
    !n.blank()
        && n.indent <= title.indent + 1
        && (n.text.starts_with(char::is_uppercase) || list_marker(&n.text).is_some())
        && !n.code_like()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn titles_set_off_by_two_blank_lines() {
        let text = "Title\nOwner: Ops\n\n\nScope\nThis covers the badge readers.\n\n\nWhat to bring\n* A key\n* A ladder\n\n\nnot a title\nHere.\n";
        let lines = split(text);
        let at: Vec<usize> = heads(&lines, 0).iter().map(|h| h.start).collect();
        assert_eq!(at, [4, 8]);
    }

    #[test]
    fn one_such_line_is_no_pattern() {
        let text = "Title\n\n\nScope\nThis covers the badge readers.\n\nMore text here.\n";
        assert!(heads(&split(text), 0).is_empty());
    }
}
