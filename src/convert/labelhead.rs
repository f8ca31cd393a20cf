//! Labels over their text as a page's headings: the lines of a page in,
//! the headings out that its short flush-left `Label:` (or `Question?`)
//! lines make when, three times or more, each sits right on top of the
//! paragraph it titles (`Before you start:` then `Check who is asking.`).

use super::classify::{list_marker, prose};
use super::headings::{Found, found};
use super::headtext::heading_like;
use super::intro::open_ended;
use super::lines::Line;

/// The headings, keyed `b0`, of the lines of `lines[from..]` that are
/// such labels, when there are three or more of them and none is a
/// heading of `heads` already; none otherwise (two could be the lead-ins
/// of a page that heads its parts some other way).
pub(super) fn over_text(lines: &[Line], from: usize, heads: &[Found]) -> Vec<Found> {
    let at: Vec<usize> = (from.max(1)..lines.len())
        .filter(|&i| label(lines, i) && !heads.iter().any(|h| h.start <= i && i < h.end))
        .collect();
    if at.len() < 3 {
        return Vec::new();
    }
    at.into_iter()
        .map(|i| found(i, i + 1, lines[i].no, "b0".into(), &lines[i].text, true))
        .collect()
}

/// Whether `lines[i]` is a label over its text: flush left after a blank
/// line, six words at most ending with `:` or `?`, reading as a title
/// (not breaking off mid-sentence on `are` or `the`, not a note's name),
/// with a line of prose starting with a capital right under it.
fn label(lines: &[Line], i: usize) -> bool {
    let l = &lines[i];
    let name = match l.text.strip_suffix(':') {
        Some(n) => n,
        None if l.text.ends_with('?') => l.text.as_str(),
        None => return false,
    };
    let under = lines.get(i + 1).is_some_and(|n| {
        n.indent == 0
            && prose(&n.text)
            && n.text.starts_with(char::is_uppercase)
            && list_marker(&n.text).is_none()
    });
    l.indent == 0
        && lines[i - 1].blank()
        && !name.ends_with(':')
        && name.split_whitespace().count() <= 6
        && name.starts_with(char::is_uppercase)
        && heading_like(name, false)
        && !open_ended(&l.text)
        && !super::headings::run_in_label(&l.text)
        && list_marker(&l.text).is_none()
        && under
}

#[cfg(test)]
mod tests {
    use crate::convert::headings::find;
    use crate::convert::indent::Layout;
    use crate::convert::lines::split;
    use crate::convert::wiki::Flavour;

    fn heads(text: &str) -> Vec<String> {
        let lines = split(text);
        let found = find(&lines, 0, Flavour::Plain, &Layout::read(&lines), false);
        found.into_iter().map(|h| h.text).collect()
    }

    #[test]
    fn three_labels_over_their_text_are_headings() {
        let text = "Title\n\nSome intro words for the page here.\n\nBefore you start:\nCheck the name of the caller on the list.\n\nIs the pump running?\nMostly it is. Look at the lamp on its side:\n\n    pumpctl status\n\nStopping the pump:\nTurn the red handle all the way to the left.\n\nThe parts are:\nA motor and a valve in the basement.\n";
        assert_eq!(
            heads(text),
            [
                "Title",
                "Before you start",
                "Is the pump running?",
                "Stopping the pump"
            ]
        );
    }

    #[test]
    fn two_labels_or_labels_over_lists_are_not() {
        let two = "Title\n\nSome intro words for the page here.\n\nBefore you start:\nCheck the name of the caller on the list.\n\nStopping the pump:\nTurn the red handle all the way to the left.\n";
        assert_eq!(heads(two), ["Title"]);
        let list = "Title\n\nSome intro words for the page here.\n\nFirst:\n- one\n\nSecond:\n- two\n\nThird:\n- three\n";
        assert_eq!(heads(list), ["Title"]);
    }
}
