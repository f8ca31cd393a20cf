//! A quoted sample under a sentence that points to it: the blocks read
//! so far and the next run of lines in, whether that run is the sample
//! the sentence breaks off on (`the log fills with lines like` over a
//! line set in on its own), a literal block; and the text of the
//! paragraph closing those blocks, which `literal` asks about too; and how
//! many lines of a run under a colon read as sentences.

use super::lines::Line;
use crate::doc::{Block, BlockKind, inlines_text};

/// Whether `chunk`, one line set in two columns or more, is what the
/// paragraph closing `prev` points to: that paragraph breaks off with no
/// stop on a word that wants more (`intro::open_ended`: `like`, `with`,
/// `as follows`), so the line set off under it is the thing shown, not a
/// paragraph of its own. A line a program wrote is set off by its blank
/// lines alone. A web address alone there is where the sentence sends
/// the reader (`downloads the list from` / `https://...`), a link to
/// follow, unless the sentence says it shows what one looks like
/// (`shown::announces`: `they look like`).
pub(super) fn sample(prev: &[Block], chunk: &[Line]) -> bool {
    let [line] = chunk else {
        return false;
    };
    let printed = super::logline::tagged(&line.text) || super::logline::written(&line.text);
    let link = super::dumprefs::link_line(&line.text);
    (line.indent >= 2 || printed)
        && super::classify::list_marker(&line.text).is_none()
        && closing_text(prev)
            .is_some_and(|t| points(t.trim_end()) && (!link || super::shown::announces(&t)))
}

/// Whether `lines[i..end]`, one line alone after a blank line, is the
/// message the paragraph closing `prev` breaks off on: that paragraph
/// ends on a lower-case word with no stop (`the console showing`, `the
/// log on the host says`), its last line right over the blank, and the
/// line is set in two columns or more past it, opens with a capital and
/// closes with no stop, as a program's message does (`  Upload aborted
/// for user x (quota 95%)`). A sentence with nothing after its last word
/// has not ended: the line set off under it is the thing it shows, a
/// literal block, whatever its words (the ideals, 18 of 18).
pub(super) fn shown_line(lines: &[Line], i: usize, end: usize, prev: &[Block]) -> bool {
    let (Some(l), Some(gap), Some(above)) = (
        lines.get(i),
        i.checked_sub(1).and_then(|k| lines.get(k)),
        i.checked_sub(2).and_then(|k| lines.get(k)),
    ) else {
        return false;
    };
    let capital = l.text.starts_with(|c: char| c.is_uppercase());
    end == i + 1
        && gap.blank()
        && !above.blank()
        && l.indent >= above.indent + 2
        && capital
        && !l.text.ends_with(['.', ':', '!', '?'])
        && super::classify::list_marker(&l.text).is_none()
        && above.text.ends_with(|c: char| c.is_lowercase())
        && closing_text(prev).is_some_and(|t| {
            t.trim_end().ends_with(|c: char| c.is_lowercase()) && t.split_whitespace().count() >= 5
        })
}

/// Whether `lines[k]`, set two columns or more in past the line above,
/// opens what that line's sentence breaks off on (`pushes fail with`,
/// `the settings are`) while the sentence goes on right under it, back
/// at the margin with a joining word (`and the alert fires`,
/// `intro::goes_on`): the thing shown, a line or a few (`set_in_run`)
/// set off with no blank lines around them, whatever their words (a
/// message, a command, settings).
pub(super) fn mid_sentence(lines: &[Line], k: usize) -> bool {
    let (Some(above), Some(l)) = (k.checked_sub(1).and_then(|a| lines.get(a)), lines.get(k)) else {
        return false;
    };
    // (the cheap tests first: the run under is counted for a line set in
    // under text only, as each line of a paragraph is asked)
    if above.blank() || l.indent < above.indent + 2 {
        return false;
    }
    let run = set_in_run(&lines[k..]);
    lines
        .get(k + run)
        .is_some_and(|next| next.indent == above.indent && resumes(l, next))
        && lines[k..k + run]
            .iter()
            .all(|l| super::classify::list_marker(&l.text).is_none())
        && points(above.text.trim_end())
}

/// Whether `next`, back left of the sample `first` set in, carries on
/// the sentence the sample was shown in: a joining word
/// (`intro::goes_on`: `and the alert fires`), or a small word that
/// places or qualifies what went before and opens no sentence of its
/// own in lower case (`fails with` / `  <message>` / `on every host`,
/// `you can do` / `  <command>` / `otherwise ask the owner`), then a
/// word (no bracket nor quote: `if [ -f x ]` is code). The ideals keep
/// the sample literal whenever the sentence resumes so.
pub(super) fn resumes(first: &Line, next: &Line) -> bool {
    const RESUMING: [&str; 5] = ["on", "otherwise", "to", "from", "if"];
    let mut words = next.text.split_whitespace();
    let small = words
        .next()
        .is_some_and(|w| RESUMING.contains(&w.strip_suffix(',').unwrap_or(w)));
    let word = words
        .next()
        .is_some_and(|w| w.starts_with(|c: char| c.is_alphanumeric()));
    super::intro::goes_on(first, next) || (small && word && next.indent < first.indent)
}

/// How many lines open `lines` set at least as deep as the first, no
/// blank one among them, up to six: a sample shown mid-sentence is short.
pub(super) fn set_in_run(lines: &[Line]) -> usize {
    let Some(first) = lines.first() else {
        return 0;
    };
    lines
        .iter()
        .take(7)
        .take_while(|l| !l.blank() && l.indent >= first.indent)
        .count()
        .min(6)
}

/// Whether a sentence ends on a word that points at what follows it
/// (`intro::open_ended`: `... like`, `... with`) with no stop after it.
fn points(said: &str) -> bool {
    said.ends_with(char::is_alphabetic) && super::intro::open_ended(said)
}

/// How many lines of `chunk`, set under a paragraph ending with `:`, read
/// as sentences: lines laid out in columns are no sentences, whatever
/// their words, nor a program's name and arguments (`cmdshape::typed`),
/// nor what a program's log wrote (`logline::written`, or set in,
/// `tagged`), nor the counts of its summary (`tally::counted`). An error
/// a program printed, set in, is the program's words and the few lines
/// it wraps onto (`dnf says:` / `    Error: Failed ...:` / `    repomd.xml
/// GPG signature verification error: ...`): none; so is such an error
/// alone on its line at the margin (`FATAL:  too many clients`). Nor is
/// any line of a form to fill in (`form`).
pub(super) fn sentences(chunk: &[Line]) -> usize {
    use super::logline::{error, tagged, written};
    if form(chunk) {
        return 0;
    }
    let first = chunk.first();
    let set = |l: &Line| l.indent > 0 || chunk.len() == 1;
    if chunk.len() <= 4 && first.is_some_and(|l| set(l) && error(&l.text)) {
        return 0;
    }
    let counts = super::tally::counted(chunk.iter().map(|l| l.text.as_str()));
    let count = |t: &str| counts && super::tally::tallied(t);
    chunk
        .iter()
        .filter(|l| {
            super::classify::prose(&l.text)
                && !super::columns::columns(&l.text)
                && !count(&l.text)
                && !super::cmdshape::typed(&l.text)
                && !written(&l.text)
                && (l.indent == 0 || !tagged(&l.text))
                && !l.code_like()
        })
        .count()
}

/// Whether `chunk` is a form to fill in: three lines or more, every one a
/// field's name with its colon (`classify::output_key`), more than half
/// of them left empty (`Vendor ticket:` / `Part:     (number and name)`
/// / `New serial:`): the few values are hints to whoever fills it in,
/// laid out as typed, not sentences.
fn form(chunk: &[Line]) -> bool {
    let empty = chunk.iter().filter(|l| l.text.ends_with(':')).count();
    chunk.len() >= 3
        && empty * 2 > chunk.len()
        && chunk
            .iter()
            .all(|l| super::classify::output_key(&l.text).is_some())
}

/// Where the item at `j` (marker at column `mi`) ends when its text
/// breaks off with no stop on a word that wants more (`- the log ends
/// with`) and, after a blank line `n`, one line a program wrote comes
/// set off at the margin (`sync: lock held by pid 812, exiting`), then
/// either the next item or, after a blank, a few lines going on with the
/// item's sentence in lower case (`repeated at every run.`) right over
/// the next item: the sample and the words after it are the item's.
pub(super) fn item_sample(lines: &[Line], j: usize, n: usize, mi: usize) -> Option<usize> {
    use super::classify::list_marker;
    use super::logline::{tagged, written};
    let said = lines[j..n]
        .iter()
        .rev()
        .find(|l| !l.blank())?
        .text
        .trim_end();
    let sample = &lines[n];
    let bullet = |k: usize| {
        lines.get(k).is_some_and(|l| {
            l.indent == mi && list_marker(&l.text).is_some_and(|m| "*-+".contains(m.0))
        })
    };
    if !(points(said) && bullet(j))
        || sample.indent > mi
        || list_marker(&sample.text).is_some()
        || !(tagged(&sample.text) || written(&sample.text))
        || lines.get(n + 1).is_some_and(|l| !l.blank())
    {
        return None;
    }
    let m = super::body::next_nonblank(lines, n + 1)?;
    if bullet(m) {
        return Some(n + 1);
    }
    let lower =
        lines[m].text.starts_with(char::is_lowercase) && list_marker(&lines[m].text).is_none();
    let end = (m..lines.len().min(m + 4))
        .find(|&k| lines[k].blank() || list_marker(&lines[k].text).is_some())?;
    (lower && bullet(end)).then_some(end)
}

/// The text of the paragraph `prev` ends with, if it ends with one.
pub(super) fn closing_text(prev: &[Block]) -> Option<String> {
    match &prev.last()?.kind {
        BlockKind::Paragraph(c) => Some(inlines_text(c)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;
    use crate::doc::Inline;

    fn para(text: &str) -> Vec<Block> {
        vec![Block::new(
            1,
            BlockKind::Paragraph(vec![Inline::Text(text.into())]),
        )]
    }

    #[test]
    fn a_lone_line_set_in_under_a_pointing_word_is_a_sample() {
        let line = split("  Pump 2 - pressure low, retry in 30s.\n");
        assert!(sample(&para("the panel then shows lines like"), &line));
        assert!(!sample(&para("the panel then shows lines."), &line));
        assert!(!sample(
            &para("the panel shows lines like"),
            &split("Pump 2 low.\n")
        ));
        let two = split("  Pump 2 low.\n  Pump 3 low.\n");
        assert!(!sample(&para("the panel shows lines like"), &two));
    }

    #[test]
    fn a_sample_mid_sentence_ends_where_a_small_word_resumes_the_sentence() {
        let lines = split(
            "The sync job stops with\n    Lock held by another worker\non the second node only.\n",
        );
        assert!(mid_sentence(&lines, 1));
        let lines =
            split("If it is free the log reads like\n    slot released\notherwise, wait.\n");
        assert!(mid_sentence(&lines, 1));
        let lines =
            split("The sync job stops with\n    Lock held by another worker\nonce a day.\n");
        assert!(!mid_sentence(&lines, 1));
        let lines = split("The sync job stops with\n    Lock held by another worker\non\n");
        assert!(!mid_sentence(&lines, 1));
        let lines =
            split("The sync job stops with\n    Lock held by another worker\nif [ -f x ]\n");
        assert!(!mid_sentence(&lines, 1));
    }

    #[test]
    fn an_error_a_program_printed_and_its_wrapped_line_are_no_sentences() {
        let printed =
            split("  Error: Failed to fetch repo 'main':\n  the mirror key has expired\n");
        assert_eq!(sentences(&printed), 0);
        let flush = split("Error: Failed to fetch repo 'main':\nthe mirror key has expired\n");
        assert_eq!(sentences(&flush), 2);
    }

    #[test]
    fn a_log_line_at_the_margin_under_a_pointing_item_is_the_items() {
        let lines = split("- the run ends with\n\nfeed: no space left\n\nat every try.\n- next\n");
        assert_eq!(item_sample(&lines, 0, 2, 0), Some(5));
        let stop = split("- the run ends.\n\nfeed: no space left\n\nat every try.\n- next\n");
        assert_eq!(item_sample(&stop, 0, 2, 0), None);
        let prose = split("- the run ends with\n\nA full disk.\n\nat every try.\n- next\n");
        assert_eq!(item_sample(&prose, 0, 2, 0), None);
    }
}
