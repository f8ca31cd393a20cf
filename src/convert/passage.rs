//! Prose set in deeper than the sentence above it, which ends with `:`
//! (`Their reply last time said:` over a message indented four more),
//! the text going back out after it: in, the lines; out, a block quote
//! of its paragraphs, as a careful writer quotes a mail or a note.

use super::body::{Parsed, chunk_end, joined, next_nonblank};
use super::classify::prose;
use super::lines::Line;
use crate::doc::{Block, BlockKind};

/// The block quote at `lines[i]`: runs of prose set in at least two
/// columns deeper than the line above them, a sentence of four words or
/// more (or the last line of a longer paragraph) ending with `:`; the
/// first run two lines or more of sentences closing with a stop or a
/// sign-off, any more runs at its indentation after single blank lines
/// (the sign-off, `Thanks, Sam`), and the text after set back out. A label over the
/// text it heads (`Preparation:`) is no sentence; a lead-in over set-in
/// commands or output is no prose; text that stays set in is the
/// section's own layout, not a quote.
pub fn parse(lines: &[Line], i: usize) -> Option<Parsed> {
    let own = lines[i].indent;
    let lead = (0..i).rev().find(|&k| !lines[k].blank())?;
    let above = &lines[lead];
    let longer = lead > 0 && !lines[lead - 1].blank();
    if !above.text.ends_with(':')
        || own < above.indent + 2
        || (above.text.split_whitespace().count() < 4 && !longer)
    {
        return None;
    }
    let first = chunk_end(lines, i);
    if first < i + 2 || !set_alike(&lines[i..first], own) || !said(&lines[i..first]) {
        return None;
    }
    let mut end = first;
    while let Some(n) = next_nonblank(lines, end).filter(|&n| n == end + 1)
        && set_alike(&lines[n..chunk_end(lines, n)], own)
    {
        end = chunk_end(lines, n);
    }
    if next_nonblank(lines, end).is_some_and(|n| lines[n].indent >= own) {
        return None;
    }
    let paragraphs: Vec<Block> = (i..end)
        .filter(|&k| !lines[k].blank() && (k == i || lines[k - 1].blank()))
        .filter_map(|k| joined(&lines[k..chunk_end(lines, k)]))
        .collect();
    let kind = BlockKind::BlockQuote {
        blocks: paragraphs,
        attribution: None,
    };
    Some((vec![Block::new(lines[i].no, kind)], end))
}

/// Whether the run's lines are all set at `own` and none is code.
fn set_alike(run: &[Line], own: usize) -> bool {
    !run.is_empty() && run.iter().all(|l| l.indent == own && !l.code_like())
}

/// Whether the run, joined, reads as sentences and closes with a stop
/// (or with a sign-off of three words at most under one), opening with
/// a capitalised plain word (`Hi,`, `We`, in quote marks or not), its lines not
/// all opening alike (lines a program logged, `make[2]: ...` twice).
fn said(run: &[Line]) -> bool {
    let text: Vec<&str> = run.iter().map(|l| l.text.as_str()).collect();
    let opener = |t: &str| t.split_whitespace().next().unwrap_or("").to_string();
    let Some(first) = text.first().map(|t| opener(t)) else {
        return false;
    };
    // (a quotation may open and close with its quote marks: `"The ... manual."`)
    let plain = first.trim_start_matches('"').trim_end_matches(',');
    let worded = plain.starts_with(char::is_uppercase) && plain.chars().all(char::is_alphabetic);
    let alike = text.iter().all(|t| opener(t) == first);
    // (a message may close with its sign-off on a line of its own)
    let stops = |t: &str| t.trim_end_matches(['"', '\'']).ends_with(['.', '!', '?']);
    let signed = match text[..] {
        [.., above, last] => stops(above) && last.split_whitespace().count() <= 3,
        _ => false,
    };
    let closed = text.last().is_some_and(|t| stops(t)) || signed;
    worded && !alike && closed && prose(&text.join(" "))
}

#[cfg(test)]
mod tests {
    use crate::convert::read;
    use crate::doc::BlockKind;

    fn kinds(text: &str) -> Vec<&'static str> {
        read(&format!("Title\n=====\n\n{text}"))
            .doc
            .blocks
            .iter()
            .map(|b| match b.kind {
                BlockKind::BlockQuote { .. } => "quote",
                BlockKind::Paragraph(_) => "para",
                _ => "other",
            })
            .collect()
    }

    #[test]
    fn message_set_in_under_a_sentence_is_a_quote() {
        let text = "The vendor answered our ticket like this:\n\n    \
                    Thanks for the report, the fix ships in the next\n    \
                    firmware and you can keep the old one until then.\n\n    \
                    Regards, Kim\n\nPlan the upgrade for the next window.\n";
        assert_eq!(kinds(text)[1..], ["para", "quote", "para"], "{text}");
    }

    #[test]
    fn message_signed_off_under_its_text_is_a_quote() {
        let text = "A request for access usually reads as follows:\n\n    \
                    Hello, I joined the storage team this week and need\n    \
                    a shell on the backup hosts. Could you add me?\n    \
                    Cheers, Ana\n\nCheck the request with her manager.\n";
        assert_eq!(kinds(text)[1..], ["para", "quote", "para"], "{text}");
    }

    #[test]
    fn words_in_quote_marks_under_a_sentence_are_a_quote() {
        let text = "Why the timer stays off: read what Lena wrote on the ticket:\n\n    \
                    \"The timer fired on both nodes in the same minute and the\n    \
                    share went away. Keep it off until it knows the pair.\"\n\n\
                    Next, the mirror.\n";
        assert_eq!(kinds(text)[1..], ["para", "quote", "para"], "{text}");
    }

    #[test]
    fn log_lines_under_a_sentence_are_no_quote() {
        let text = "The build log then shows lines like these:\n\n  \
                    cc1: warning: the clock of this host is behind the file\n  \
                    cc1: warning: the build may not be complete at all.\n\nFix the clock.\n";
        assert!(!kinds(text).contains(&"quote"));
    }

    #[test]
    fn label_over_set_in_text_is_no_quote() {
        let text = "Before you start:\n\n    Stop the timer on both nodes and \
                    wait for it\n    to finish the current run.\n\nNext part.\n";
        assert!(!kinds(text).contains(&"quote"));
    }
}
