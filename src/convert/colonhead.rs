//! More `Label:` headings: the lines and the headings found in, the
//! headings out that lone five- or six-word `Label:` lines make, titling the
//! paragraph under them on a page whose shorter lone `Label:` lines are
//! headings already, and lone numbered lines ending with `:` among their
//! siblings that are headings (`Step 3 - apply it:` among `Step 2 - ...`).

use super::classify::sentence_opening;
use super::headings::{Found, found, free_lines, taken};
use super::headtext::heading_like;
use super::intro::leads_in;
use super::lines::Line;

/// The headings `longer` and `numbered` find, in that order.
pub(super) fn more(lines: &[Line], from: usize, heads: &[Found]) -> Vec<Found> {
    let mut out = longer(lines, from, heads);
    out.extend(numbered(lines, from, heads));
    out
}

/// The headings of the lone lines of `lines[from..]` (blank lines around
/// them) ending with `:` that open with a word and a number as two or
/// more one-line headings of `heads` do, no colon after them (`Step 3 -
/// apply the new quota:` among `Step 2 - look at the usage`): a step of
/// the same run, its colon a slip; keyed as the first such sibling.
fn numbered(lines: &[Line], from: usize, heads: &[Found]) -> Vec<Found> {
    let marked: Vec<(&str, &Found)> = heads
        .iter()
        .filter(|h| h.end == h.start + 1 && !lines[h.start].text.ends_with(':'))
        .filter_map(|h| step_word(&lines[h.start].text).map(|w| (w, h)))
        .collect();
    let Some(&(word, first)) = marked.first() else {
        return Vec::new();
    };
    if marked.iter().filter(|(w, _)| *w == word).count() < 2 {
        return Vec::new();
    }
    (from.max(1)..lines.len())
        .filter(|&i| {
            let l = &lines[i];
            l.text.ends_with(':')
                && !l.text.ends_with("::")
                && l.indent == lines[first.start].indent
                && step_word(&l.text) == Some(word)
                && lines[i - 1].blank()
                && lines.get(i + 1).is_none_or(Line::blank)
                && !taken(heads, i)
        })
        .map(|i| {
            found(
                i,
                i + 1,
                lines[i].no,
                first.key.clone(),
                &lines[i].text,
                true,
            )
        })
        .collect()
}

/// The capitalised word a line opens with when a number follows it as
/// a word of its own (`Step 3 - apply`, `Phase 2 move the data`).
fn step_word(text: &str) -> Option<&str> {
    let mut words = text.split_whitespace();
    let (word, number) = (words.next()?, words.next()?);
    let named = word.starts_with(char::is_uppercase) && word.chars().all(char::is_alphabetic);
    let counted = number
        .trim_end_matches(':')
        .bytes()
        .all(|b| b.is_ascii_digit())
        && number.starts_with(|c: char| c.is_ascii_digit());
    (named && counted && words.next().is_some()).then_some(word)
}

/// The headings, keyed `b0`, of the lines of `lines[from..]` that are
/// `Label:` headings like the two or more of `heads` (`Checking the
/// disks:`), only longer (`Settings for the busy hosts:`): alone between
/// blank lines, over a paragraph of prose, not over the commands, list or
/// table a line ending with `:` announces.
pub(super) fn longer(lines: &[Line], from: usize, heads: &[Found]) -> Vec<Found> {
    let labels = heads
        .iter()
        .filter(|h| h.key == "b0" && h.end == h.start + 1 && lines[h.start].text.ends_with(':'))
        .count();
    if labels < 2 {
        return Vec::new();
    }
    let free = free_lines(heads, lines.len());
    (from.max(1)..lines.len())
        .filter(|&i| free[i] && label(lines, i))
        .map(|i| found(i, i + 1, lines[i].no, "b0".into(), &lines[i].text, true))
        .collect()
}

/// Whether `lines[i]` is such a label: flush left, five or six words
/// (as many as other labels may have) ending with `:`, blank lines around
/// it and a sentence of prose right after, leading in no command, link or
/// quote (its length alone, which makes a lone line a lead-in, does not
/// here: the page's labels are headings).
fn label(lines: &[Line], i: usize) -> bool {
    let l = &lines[i];
    let Some(name) = l.text.strip_suffix(':') else {
        return false;
    };
    let para = lines
        .get(i + 2)
        .is_some_and(|n| n.indent == 0 && sentence_opening(&n.text));
    l.indent == 0
        && !name.ends_with(':')
        && (5..=6).contains(&name.split_whitespace().count())
        && name.starts_with(char::is_uppercase)
        && lines[i - 1].blank()
        && lines.get(i + 1).is_some_and(Line::blank)
        && para
        && heading_like(name, false)
        && !leads_in(lines, i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::headings::find;
    use crate::convert::indent::Layout;
    use crate::convert::lines::split;
    use crate::convert::wiki::Flavour;

    /// The texts of the headings `headings::find` reads in `text`.
    fn heads(text: &str) -> Vec<String> {
        let lines = split(text);
        let found = find(&lines, 0, Flavour::Plain, &Layout::read(&lines), false);
        found.into_iter().map(|h| h.text).collect()
    }

    #[test]
    fn five_word_labels_follow_the_short_ones() {
        let text = "Title\n\nIntro text here.\n\nFirst part:\n\nSome words.\n\nSecond part:\n\nMore words.\n\nSettings for the busy hosts:\n\nLower the limit on those hosts alone, not the global one.\n\nThen run these five commands:\n\n    ls -l /tmp\n";
        assert_eq!(
            heads(text),
            [
                "Title",
                "First part",
                "Second part",
                "Settings for the busy hosts"
            ]
        );
        let one = split(
            "Title\n\nFirst part:\n\nSome words.\n\nSettings for the busy hosts:\n\nLower the limit on those hosts alone, not the global one.\n",
        );
        let layout = Layout::read(&one);
        assert!(longer(&one, 0, &find(&one, 0, Flavour::Plain, &layout, false)).is_empty());
    }

    #[test]
    fn a_numbered_line_with_a_colon_among_its_sibling_headings() {
        let text = "Title\n\nIntro text here.\n\nStage 1 - fill the trough\n\nHay goes in the rack.\n\nStage 2 - open the gate:\n\nThe latch sticks.\n\nStage 3 - count them\n\nAll twelve should be back.\n";
        assert_eq!(
            heads(text),
            [
                "Title",
                "Stage 1 - fill the trough",
                "Stage 2 - open the gate",
                "Stage 3 - count them"
            ]
        );
    }

    #[test]
    fn six_word_labels_too_but_not_over_commands() {
        let text = "Title\n\nIntro text here.\n\nFeeding the goats:\n\nHay goes in the rack.\n\nMilking the goats:\n\nThe pail is by the door.\n\nFinding a goat after an escape:\n\nWalk the fence line first, they never go far.\n\nCounting the goats at the gate:\n\n    goatcount --gate north\n";
        assert_eq!(
            heads(text),
            [
                "Title",
                "Feeding the goats",
                "Milking the goats",
                "Finding a goat after an escape"
            ]
        );
    }
}
