//! Samples quoted under a colon lead-in: takes the body lines and where
//! a run of them starts under a line ending with `:`, returns whether the
//! run is the sample the colon announces (a literal block).

use super::classify::{list_marker, prose};
use super::dumprefs::link_line;
use super::lines::Line;
use super::literal::colon_before;
use crate::doc::Block;

/// Whether `lines[k]`, right under a sentence of three words or more
/// ending with `:` and set at the same margin (`and compare with the
/// number the server has:` / `kvno host/db01@EXAMPLE.ORG`), is the one
/// line the colon announces, typed or printed as it is: alone before a
/// blank line or the run's `end`, of two words or more, no sentence, no
/// stop, comma or colon at its end, no web address (a link to follow)
/// and no list item, and some mark of code or data in it (`@`, `=`,
/// `%`, a dot or a colon within): bare words alone (`tool init_db`) may
/// be the sentence going on, as the Fedora conversions keep them. Hand
/// conversions set such a line as a literal block (61 of 61 in the proxy
/// set), not as the sentence going on. A sentence right under it at its
/// margin (`DHCPACK of 10.1.2.3 from 10.0.5.10` / `The phones pick it
/// up.`) is the text going on after the sample, not its words: the
/// ideals set the sample apart there too.
pub(super) fn sample(lines: &[Line], k: usize, end: usize) -> bool {
    let (Some(above), Some(line)) = (k.checked_sub(1).and_then(|j| lines.get(j)), lines.get(k))
    else {
        return false;
    };
    let t = line.text.as_str();
    let alone =
        || k + 1 >= end || lines.get(k + 1).is_none_or(Line::blank) || said_after(lines, k, end);
    let first = t.split_whitespace().next().unwrap_or("");
    colon_lead(above)
        && line.indent == above.indent
        && t.split_whitespace().count() >= 2
        && !t.ends_with(['.', ':', ','])
        && t.contains(|c: char| !(c.is_alphanumeric() || " _-,;'()".contains(c)))
        && !prose(t)
        && !link_line(first)
        && list_marker(t).is_none()
        && alone()
}

/// Whether the run `lines[i..end]`, after a blank line under a paragraph
/// (the last of `prev`) whose line ends with `:` (`Post this in the
/// channel first:`), is what the colon announces, quoted as it is: each
/// line set in two columns or more past the colon's line, none ending
/// with a full stop, the last no colon (a sentence of the text, wrapped,
/// ends so), the first no list item and no web address. Set apart so, a
/// program's lines, a message to paste or a statement to type are a
/// literal block in the hand conversions (1,361 such runs of 1,367 in the
/// proxy set), whatever their words (`job done: 4 sent, 0 failed`). One
/// line of prose in lower case with no closing mark at all (`5. If you
/// want a list:` / `    follow the list SOP`) is the sentence going on.
pub(super) fn set_in_run(lines: &[Line], i: usize, end: usize, prev: &[Block]) -> bool {
    if i == 0 || !lines[i - 1].blank() || !colon_before(prev) {
        return false;
    }
    let Some(above) = (0..i).rev().map(|k| &lines[k]).find(|l| !l.blank()) else {
        return false;
    };
    let run = lines.get(i..end).unwrap_or_default();
    let (Some(first), Some(last)) = (run.first(), run.last()) else {
        return false;
    };
    colon_lead(above)
        && run
            .iter()
            .all(|l| l.indent >= above.indent + 2 && !l.text.ends_with('.'))
        && !last.text.ends_with(':')
        && !(run.len() == 1 && going_on(&first.text))
        && list_marker(&first.text).is_none()
        && !link_line(&first.text)
}

/// Whether `lines[i]` is a [`sample`] with a sentence right under it
/// (`said_after`): the sample alone is the literal block, the sentence
/// starts the text again.
pub(super) fn over_sentence(lines: &[Line], i: usize, end: usize) -> bool {
    i + 1 < end && lines.get(i + 1).is_some_and(|n| !n.blank()) && sample(lines, i, end)
}

/// Whether the lines right under the sample `lines[k]`, up to a blank
/// line or `end`, are the text going on after it: twelve at most, all at
/// its margin, the first a sentence (prose, some of it in lower case),
/// none a line of code, nor laid out in columns (a gap of three spaces)
/// nor ending with `:`, the last closing with a full stop, `!` or `?`. Lines
/// the program printed under it (`Each new principal needs ...` / `-----`
/// / `Name []: jdoe`) run on to no closing stop and stay in the block.
fn said_after(lines: &[Line], k: usize, end: usize) -> bool {
    let Some(line) = lines.get(k) else {
        return false;
    };
    let rest = lines.get(k + 1..end).unwrap_or_default();
    let n = rest.iter().take_while(|l| !l.blank()).take(13).count();
    let run = &rest[..n];
    let (Some(first), Some(last)) = (run.first(), run.last()) else {
        return false;
    };
    run.len() <= 12
        && prose(&first.text)
        && first.text.contains(char::is_lowercase)
        && run.iter().all(|l| {
            l.indent == line.indent
                && !l.code_like()
                && !l.text.ends_with(':')
                && !l.text.contains("   ")
        })
        && last.text.ends_with(['.', '!', '?'])
}

/// Whether `text` reads as a sentence going on: prose, opening in lower
/// case and ending on a letter, no closing mark (`follow the list SOP`).
fn going_on(text: &str) -> bool {
    prose(text) && text.starts_with(char::is_lowercase) && text.ends_with(char::is_alphanumeric)
}

/// Whether `l` leads in what follows with a colon: a sentence of three
/// words or more ending with `:`, not `::`.
fn colon_lead(l: &Line) -> bool {
    l.text.ends_with(':') && !l.text.ends_with("::") && l.text.split_whitespace().count() >= 3
}
