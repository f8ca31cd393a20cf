//! Prose lines in, paragraphs out: where a paragraph of wrapped text
//! ends (a list item, a command, a label, a step starting) and its lines
//! joined into one text.

use super::body::Parsed;
use super::callout;
use super::classify::{command_line, list_marker, note_icon};
use super::contact;
use super::fence;
use super::inline;
use super::lines::Line;
use super::literal::colon_block;
use super::mwtable;
use super::separator::separator;
use super::session::{prompts, worded_prompt};
use super::setback;
use crate::doc::{Block, BlockKind};

/// A paragraph: lines up to a list marker, a command or the chunk end
/// (none when the range is empty).
pub(super) fn paragraph(lines: &[Line], i: usize, end: usize) -> (Vec<Block>, usize) {
    paragraph_broken(lines, i, end, true)
}

/// A paragraph of a list item's text: as [`paragraph`], but not broken
/// where a sentence stops short of the line above (`ragged::stop`). An
/// item's lines are wrapped by hand to the item's own margin and stop
/// short wherever a step's sentence ends (`b) Pack the spare disks in
/// the case.` / `Before you close it, count them.`); the hand
/// conversions keep such an item's text one paragraph.
pub(super) fn held_paragraph(lines: &[Line], i: usize, end: usize) -> (Vec<Block>, usize) {
    paragraph_broken(lines, i, end, false)
}

/// A paragraph, broken also where a sentence stops short of the line
/// above (`ragged::stop`) when `ragged` holds.
fn paragraph_broken(lines: &[Line], i: usize, end: usize, ragged: bool) -> Parsed {
    if end <= i {
        return (Vec::new(), i);
    }
    let mut k = i + 1;
    while k < end {
        // a command the text runs on past its ` \`
        if lines[k - 1].text.ends_with(" \\") {
            k += 1;
            continue;
        }
        if paragraph_ends(lines, i, k, end) || (ragged && super::ragged::stop(lines, i, k, end)) {
            break;
        }
        k += 1;
    }
    (joined(&lines[i..k]).into_iter().collect(), k)
}

/// The paragraph the lines of `run` make, joined into one text (none if
/// they hold no text).
pub(super) fn joined(run: &[Line]) -> Option<Block> {
    let text: Vec<&str> = run.iter().map(|l| l.text.as_str()).collect();
    let content = inline::parse(&text.join(" "), run.first()?.no);
    (!content.is_empty()).then(|| Block::new(run[0].no, BlockKind::Paragraph(content)))
}

/// Whether the paragraph opened at `lines[i]` ends before `lines[k]`: a
/// list item, a fence, a command, a quote, a note, a step or label starts.
fn paragraph_ends(lines: &[Line], i: usize, k: usize, end: usize) -> bool {
    let t = &lines[k].text;
    let prev = &lines[k - 1];
    // A command wrapped into a sentence (`the path is` / `/srv/x.`), or
    // closing its bracket (`(check` / `journalctl -u app)`), stays in it;
    // so does the close set in deeper (a tab's wrap: `options (no-pty,` /
    // `        command="/bin/x").`) under prose announcing nothing.
    let open_paren = prev.text.matches('(').count() > prev.text.matches(')').count();
    let closes = open_paren && t.matches(')').count() > t.matches('(').count();
    let deeper_close =
        closes && lines[k].indent > prev.indent && !prev.text.ends_with(':') && !prev.code_like();
    // (a close set in deeper is mid-sentence whatever else holds: it has
    // its open bracket above and closes it)
    let mid_sentence = deeper_close
        || (lines[k].indent == prev.indent
            && (!prev.text.ends_with([':', '.', '?', '!', ';']) || open_paren)
            && (!command_line(t) || sentence_end(t) || closes || worded_prompt(prev, &lines[k])));
    let stops = ['.', '!', '?', ':'];
    // (a number in brackets wrapped to a line's start, `are (1) a full
    // disk and` / `(2) a stale lock`, counts within the sentence)
    (list_marker(t).is_some()
        && !(mid_sentence
            && wrapped_number(&prev.text, t, open_paren)))
        || fence::opens(lines, k)
        || mwtable::parse(lines, k).is_some()
        || ((lines[k].code_like() || super::logline::set_in(prev, &lines[k])) && !mid_sentence)
        || (prev.text.ends_with(':') && super::cmdshape::typed(t))
        || setback::announced_command(prev, &lines[k])
        || setback::quoted_run(lines, k, end)
        || super::pointed::mid_sentence(&lines[..end], k)
        || note_icon(t).is_some()
        || (prompts(&lines[k..end]) && !worded_prompt(prev, &lines[k]))
        || colon_block(lines, k, end)
        // after a full stop, a first line set in by one (its wraps not)
        || (lines[k].indent == lines[i].indent
            && prev.indent + 1 == lines[k].indent
            && prev.text.ends_with(stops))
        || (k == i + 1 && label_over(prev, &lines[k]))
        || super::faq::answer_under_question(&lines[i].text, t)
        || separator(lines, k)
        || step_label(t)
        || callout::label_after(prev, &lines[k])
        || callout::label_closing(lines, i, k)
        || (callout::work_note(t) && prev.text.ends_with(stops))
        || callout::bold_label(t)
        || callout::marked_note(&lines[k])
        || contact::field_after_field(lines, i, k)
        || (lines[k].indent > prev.indent && super::keyed::report(&lines[k..end]))
}

/// Whether the list marker opening `t`, a line a sentence wraps onto, is
/// the sentence's own words: a number in brackets (`are (1) a full disk
/// and` / `(2) a stale lock`), or a number and a `)` that close a bracket
/// the line before left open (`(number 1, the config database is` /
/// `0) to a file`), or a `0.`/`0)`, which opens no list in a sentence,
/// or the number the last word of `prev`, the line above, asks for
/// (`numbered_reference`).
pub(super) fn wrapped_number(prev: &str, t: &str, open_paren: bool) -> bool {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let closes = digits > 0 && t[digits..].starts_with(')');
    t.starts_with('(')
        || (closes && open_paren)
        || (digits > 0 && t[..digits].bytes().all(|b| b == b'0'))
        || numbered_reference(prev, t)
}

/// Whether `t`, a line a sentence wraps onto, opens with the number the
/// last word of `prev` asks for (`as described in section` / `2. Then
/// tell ...`): a part of a text named by its number (`section`,
/// `chapter`, `step`, `appendix`, `figure`, `page`, `paragraph`), in
/// lower case as a sentence has it, then the number and its stop. No
/// heading (`Steps`) or item (`- see the last step`) leads a list in so.
fn numbered_reference(prev: &str, t: &str) -> bool {
    let parts = [
        "section",
        "chapter",
        "step",
        "appendix",
        "figure",
        "page",
        "paragraph",
    ];
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits)
        && t[digits..].starts_with(". ")
        && list_marker(prev).is_none()
        && prev.split_whitespace().count() >= 3
        && prev
            .split_whitespace()
            .last()
            .is_some_and(|w| parts.contains(&w))
}

/// Whether a line that opens with a command goes on to end a sentence
/// in words (`journalctl -u app.service for the reason.`): its last three
/// words plain lower-case ones, the last with a full stop, or its last
/// two so after a small word a sentence needs (`journalctl -u app.timer
/// for why.`). A command itself does not end so (`git add .`, `cd ..`).
fn sentence_end(text: &str) -> bool {
    let Some(body) = text.strip_suffix('.').filter(|b| !b.ends_with('.')) else {
        return false;
    };
    let words: Vec<&str> = body.split_whitespace().rev().take(3).collect();
    let n = words
        .iter()
        .take_while(|w| w.chars().all(|c| c.is_ascii_lowercase()))
        .count();
    n == 3 || (n == 2 && super::cmdshape::small_word(words[1]))
}

/// Whether a line opens a numbered step written out (`Step 2: Restart
/// it.`, `Phase 3. Cut over`): each starts a paragraph of its own, also
/// right under the one before.
pub(super) fn step_label(text: &str) -> bool {
    let Some((word, rest)) = text.split_once(' ') else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    // capitalised: `... then go back to` / `step 3. ...` is one sentence
    ["step", "phase", "stage"]
        .iter()
        .any(|s| s.eq_ignore_ascii_case(word))
        && word.starts_with(char::is_uppercase)
        && digits > 0
        && rest[digits..].starts_with([':', '.', ')'])
}

/// Whether a paragraph's first line is a short label ending with `:`
/// (`Configs:`), or of a word or two (four at the margin) and no stop
/// (`Afterwards`, `How it works`), over a line of prose at least as deep
/// that starts a sentence of its own: the author set the label on a line
/// of its own, not wrapped there.
fn label_over(label: &Line, next: &Line) -> bool {
    let t = &label.text;
    let words = t.split_whitespace().count();
    let most = if label.indent == 0 { 4 } else { 2 };
    let bare = words <= most && t.chars().all(|c| c.is_alphabetic() || c == ' ');
    (t.ends_with(':') || bare)
        && !t.ends_with("::")
        && (1..=5).contains(&words)
        && t.starts_with(char::is_uppercase)
        && !t.contains(". ")
        && next.indent >= label.indent
        && next.indent <= label.indent + 1
        && next.text.starts_with(char::is_uppercase)
        && next.text.split_whitespace().count() >= 5
        && next.text.chars().count() >= 2 * t.chars().count()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_command_line_ending_in_words_ends_a_sentence() {
        assert!(super::sentence_end(
            "journalctl -u app.service for the reason."
        ));
        assert!(!super::sentence_end("git add ."));
        assert!(!super::sentence_end("cd .."));
        assert!(!super::sentence_end("journalctl -u app.service"));
        assert!(!super::sentence_end("tar czf /srv/a.tgz /srv/a."));
    }
}
