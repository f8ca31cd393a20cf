//! A paragraph's sentence that stops short: the lines of a paragraph
//! and where it has got to in, whether the author broke the paragraph
//! there out (a sentence ending well short of the full line above, the
//! next opening one in capitals). A list item's text is not broken so
//! (`body::held_paragraph`), nor flat text at the page's left margin
//! (`margin_run_on`).

use super::lines::Line;

/// Whether the paragraph opened at `lines[i]` breaks before `lines[k]`
/// at a sentence stopping short (`ragged_stop`), unless `lines[k]` is
/// the one sentence closing the paragraph (`closing_sentence`) or the
/// text runs on at the left margin (`margin_run_on`).
pub(super) fn stop(lines: &[Line], i: usize, k: usize, end: usize) -> bool {
    k >= i + 2
        && ragged_stop(&lines[k - 2..=k])
        && !closing_sentence(lines, k, end)
        && !margin_run_on(&lines[k], lines.get(k + 1).filter(|_| k + 1 < end))
}

/// Whether `next`, after a sentence stopping short, goes on with the
/// same paragraph: flat text typed at the page's left margin is wrapped
/// by hand, and its author ends a line wherever a sentence ends (`... a
/// day ahead so the switch is quick.` / `Find every reference in the
/// repo and change it.`); the hand conversions keep such a paragraph
/// one. A page set in (a `links -dump` page) keeps the breaks of its
/// source, so a short line there is one. Nor where `next` ends with a
/// colon (`Here's how we set it up:`) over a line `after` back at the
/// margin (`1. Edit the policy`): a lead-in to what follows, left its
/// own paragraph. A colon lead-in right over a line set in (`List the
/// spool with:` / ` ls -l /var/spool`, `If the tray stays empty:` /
/// `  - refill it`) runs on all the same: the set-in block, not the
/// short line, ends the paragraph (the scored ideals join all three of
/// this shape).
fn margin_run_on(next: &Line, after: Option<&Line>) -> bool {
    let set_in = after.is_some_and(|a| !a.blank() && a.indent > next.indent);
    next.indent == 0 && (!next.text.ends_with(':') || set_in)
}

/// Whether, of three lines of one paragraph set alike, the middle one
/// ends a sentence well short of the full line above it and the next
/// starts a new one in capitals: the author broke the paragraph there
/// (`... in the README.` / `A list of them is at`). Not where the middle
/// line was typed with a space after its full stop: the author went on
/// typing the paragraph and the line wrapped. Nor where the line above
/// ends a sentence too (`... once the pumps were checked.` / `Write the
/// hours in the book.` / `Then it is`): its width shows where a sentence
/// ended, not where the text wraps, and a sentence a line is how the
/// author writes, no break.
fn ragged_stop(three: &[Line]) -> bool {
    let [above, prev, next] = three else {
        return false;
    };
    let width = |l: &Line| l.text.chars().count() + l.indent;
    let words = |l: &Line| l.text.split_whitespace().count();
    above.indent == prev.indent
        && prev.indent == next.indent
        && !prev.soft
        && width(above) >= 60
        && !above.text.ends_with(['.', '!', '?'])
        && width(prev) + 15 <= width(above)
        && prev.text.ends_with('.')
        && next.text.starts_with(char::is_uppercase)
        && words(prev) >= 3
        && words(next) >= 3
}

/// Whether `lines[k]`, after a ragged stop, is the last line of its
/// chunk and again stops short of the full line two above it
/// (`... off by an hour.` / `Last time it took a week.`): one sentence
/// the author added on to close the paragraph, kept in it, as the hand
/// conversions keep it. A last line as wide as the text above or wider
/// is a paragraph of its own written out unwrapped.
fn closing_sentence(lines: &[Line], k: usize, end: usize) -> bool {
    let width = |l: &Line| l.text.chars().count() + l.indent;
    k + 1 == end
        && k >= 2
        && lines
            .get(k - 2)
            .zip(lines.get(k))
            .is_some_and(|(above, last)| width(last) < width(above))
}
