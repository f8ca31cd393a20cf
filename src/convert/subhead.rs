//! A subsection's title a text browser sets at the body's own indentation
//! (`lynx -dump` puts `<h3>` three columns in, as it puts the text), or
//! two in and closed with `:` by its writer (`links -dump` sets `<h3>` two
//! in): the lines of a page with an indented body in, the heading found at
//! a line.

use super::body::next_nonblank;
use super::classify::{list_marker, prose};
use super::headings::{Found, found};
use super::headtext::heading_like;
use super::intro::{before_code, introduces, open_ended};
use super::lines::Line;

/// The body's indentation in a `lynx -dump`.
const BODY: usize = 3;

/// The subsection heading at `lines[i]` of a page whose body is
/// indented: `at_body`'s, or (on a page that draws no headings, as a
/// dump does not) `label_at_two`'s.
pub fn at(
    lines: &[Line],
    i: usize,
    prev_blank: bool,
    (indented, explicit): (bool, bool),
) -> Option<Found> {
    at_body(lines, i, prev_blank, indented)
        .or_else(|| label_at_two(lines, i, prev_blank, indented && !explicit))
}

/// The subsection heading at `lines[i]` of a page whose body is indented
/// three in: a short title (one to six words, a capital first) closed
/// with one `:`, set two in where `links -dump` sets a `<h3>`, alone
/// between blank lines, with no line two in next to it and the nearest
/// prose around set three in (`  What is running:` between the section's
/// text and the commands set one in): the writer's colon does not make it
/// a lead-in, its place makes it a title. (Where the text is set two in,
/// such a line is the text's lead-in.)
fn label_at_two(lines: &[Line], i: usize, prev_blank: bool, indented: bool) -> Option<Found> {
    let l = &lines[i];
    let name = l.text.strip_suffix(':')?;
    let words = name.split_whitespace().count();
    let title = indented
        && prev_blank
        && l.indent == 2
        && lines.get(i + 1).is_some_and(Line::blank)
        && (1..=6).contains(&words)
        && name.starts_with(char::is_uppercase)
        && !name.contains(':')
        && !open_ended(&l.text)
        && heading_like(name, true);
    let near = |k: Option<usize>| k.is_none_or(|k| lines[k].indent != 2);
    let above = (i.saturating_sub(40)..i).rev().find(|&k| !lines[k].blank());
    if !title || !near(above) || !near(next_nonblank(lines, i + 1)) || !prose_set_deeper(lines, i) {
        return None;
    }
    Some(found(i, i + 1, l.no, "b2".into(), &l.text, true))
}

/// Whether the nearest lines of prose set in two or three columns (five
/// words or more, no command: not what a dump sets one in, nor the
/// columns of a listing set deeper) within forty lines of `lines[i]`,
/// below and above, are set three in, one of them at least found.
fn prose_set_deeper(lines: &[Line], i: usize) -> bool {
    let wordy = |k: &usize| {
        let l = &lines[*k];
        (2..=BODY).contains(&l.indent)
            && l.text.split_whitespace().nth(4).is_some()
            && !l.code_like()
            && prose(&l.text)
    };
    let below = (i + 1..lines.len().min(i + 40)).find(wordy);
    let above = (i.saturating_sub(40)..i).rev().find(wordy);
    let deeper = |k: Option<usize>| k.is_none_or(|k| lines[k].indent == BODY);
    (below.is_some() || above.is_some()) && deeper(below) && deeper(above)
}

/// The subsection heading at `lines[i]` of a page whose body is indented:
/// a short title (one to six words, a capital first, no colon, no
/// closing mark) at the body's indentation, standing alone after a blank
/// line, over text at that indentation after a blank line or right over a
/// deeper list; its section's title flush left (under a title set two in,
/// the line three in is the section's text); no line ending with `:` above
/// it, no command under it.
pub fn at_body(lines: &[Line], i: usize, prev_blank: bool, indented: bool) -> Option<Found> {
    let l = &lines[i];
    let words = l.text.split_whitespace().count();
    let title = indented
        && prev_blank
        && l.indent == BODY
        && (1..=6).contains(&words)
        && l.text.starts_with(char::is_uppercase)
        && !l.text.contains(':')
        && !l.text.ends_with('?')
        && heading_like(&l.text, true);
    if !title
        || !under_flush_left(lines, i)
        || introduces(lines, i)
        || before_code(lines, i)
        || super::lines::after_colon_line(lines, i)
    {
        return None;
    }
    let next = lines.get(i + 1)?;
    let over = if next.blank() {
        next_nonblank(lines, i + 1).is_some_and(|n| body_text(&lines[n]))
    } else {
        next.indent > BODY && list_marker(&next.text).is_some()
    };
    over.then(|| found(i, i + 1, l.no, format!("b{BODY}"), &l.text, true))
}

/// Whether the nearest line above `lines[i]` set less deep than the body
/// is flush left: the section's title, which a lynx dump sets there.
fn under_flush_left(lines: &[Line], i: usize) -> bool {
    lines[..i]
        .iter()
        .rev()
        .find(|l| !l.blank() && l.indent < BODY)
        .is_some_and(|l| l.indent == 0)
}

/// A line of the body's text: at its indentation, five words or more.
fn body_text(l: &Line) -> bool {
    l.indent == BODY && l.text.split_whitespace().count() >= 5
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn titles_at_the_body_indentation() {
        let text = concat!(
            "Setting up\n",
            "\n",
            "   Checking the disks\n",
            "\n",
            "   Every disk must show up in the list before you go on.\n",
            "\n",
            "   What you need\n",
            "     * a login on the console\n",
            "\n",
            "   Then run it:\n",
            "\n",
            "   Afterwards\n",
            "\n",
            "   Short line\n",
        );
        let l = split(text);
        assert!(at_body(&l, 2, true, true).is_some());
        assert!(at_body(&l, 2, true, false).is_none());
        assert!(at_body(&l, 6, true, true).is_some());
        assert!(at_body(&l, 11, true, true).is_none());
        assert!(at_body(&l, 13, true, true).is_none());
        let two = split("  Setting up\n\n   Checking\n\n   Every disk must show up in the list.\n");
        assert!(at_body(&two, 2, true, true).is_none());
        let label = split("Setup\n\n   Host: db01\n\n   Every disk must show up in the list.\n");
        assert!(at_body(&label, 2, true, true).is_none());
    }

    #[test]
    fn labels_two_in_between_text_three_in() {
        let text = concat!(
            "Looking at the boats\n",
            "\n",
            "   The harbour keeps a list of the boats in the water today.\n",
            "\n",
            "  Which boats are in:\n",
            "\n",
            " $ boatctl list --moored\n",
            "\n",
            "   A boat missing from the list has left without telling us.\n",
        );
        let l = split(text);
        assert!(at(&l, 4, true, (true, false)).is_some());
        assert!(at(&l, 4, true, (true, true)).is_none());
        let two = text
            .replace("   A boat", "  A boat")
            .replace("   The", "  The");
        assert!(at(&split(&two), 4, true, (true, false)).is_none());
    }
}
