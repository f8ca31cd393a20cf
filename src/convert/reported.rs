//! A program's report going on past blank lines under the command a
//! prompt opens (`pcs status`, `lmstat`): the lines typed so far and the
//! run after a blank line in, whether the run is more of the report: its
//! `key: value` fields at the indentation of the fields it printed
//! (`Online: [ node1 ]`), a short title of the program's own with a
//! colon (`Full list of resources:`) over its entries set in under it,
//! or another section laid out as one it printed above.

use super::body::{chunk_end, next_nonblank};
use super::classify::{capitalised, known_command, list_marker, option, output_key, prompt, prose};
use super::lines::Line;

/// Small words besides the helping verbs (`session::HELPING_VERBS`) that
/// make a line a sentence of the page (`You will need:`, `Find what is
/// holding it:`, `Output looks like this:`), which a program's title
/// seldom holds.
const PAGE_WORDS: &[&str] = &[
    "you",
    "your",
    "we",
    "it",
    "then",
    "now",
    "if",
    "when",
    "check",
    "run",
    "see",
    "like",
    "this",
    "these",
    "following",
    "here",
    "below",
    "look",
    "looks",
    "show",
    "shows",
    "example",
    "to",
];

/// Whether the run `lines[k..e]`, one blank line under the literal
/// `lines[i..k]` (its lines so far) a prompt opens, is more of the
/// report: fields, or a title over entries after the next blank line
/// (looked at only for a title).
pub(super) fn goes_on(lines: &[Line], i: usize, k: usize, e: usize) -> bool {
    let (typed, run) = (&lines[i..k], &lines[k..e]);
    typed.first().is_some_and(|l| prompt(&l.text))
        && (fields(typed, run)
            || title(typed, run, || after(lines, e))
            || section_again(typed, run))
}

/// Whether `run` is another section of the report in `typed` (under its
/// command line, in its first fifty lines), laid out as one printed
/// there: a line ending with `:` over lines set deeper, no list item nor
/// prompt among them, the heading at the indentation of such a heading
/// in `typed` and its lines at the depth of that one's (`Rules matching
/// pump01:` / `    flow_max, flow_min`, then after a blank `Commands pump01
/// may run:` / `    (ALL) start`). A program prints its sections alike.
fn section_again(typed: &[Line], run: &[Line]) -> bool {
    let [head, rest @ ..] = run else {
        return false;
    };
    let Some(depth) = rest.first().map(|l| l.indent) else {
        return false;
    };
    let plain = |l: &Line| list_marker(&l.text).is_none() && !prompt(&l.text);
    let heading = |l: &Line| l.indent == head.indent && l.text.ends_with(':') && plain(l);
    heading(head)
        && depth > head.indent
        && rest.iter().all(|l| l.indent == depth && plain(l))
        && typed
            .get(1..)
            .unwrap_or_default()
            .windows(2)
            .take(50)
            .any(|w| heading(&w[0]) && w[1].indent == depth && plain(&w[1]))
}

/// Whether `l` is a `key: value` field a program printed: a short key, a
/// value after it, no sentence and no stop closing it.
fn field(l: &Line) -> bool {
    output_key(&l.text).is_some()
        && l.text
            .split_once(": ")
            .is_some_and(|(_, v)| !v.trim().is_empty())
        && !prose(&l.text)
        && !l.text.ends_with('.')
}

/// Whether every line of `run` is a field, all at one indentation that
/// a field of the output in `typed` (under its command line, before its
/// first blank line, in its first fifty lines) has too (`Stack:
/// corosync`, then after a blank `Online: [ node1 ]`).
fn fields(typed: &[Line], run: &[Line]) -> bool {
    let indent = run[0].indent;
    let head = typed.iter().position(Line::blank).unwrap_or(typed.len());
    run.iter().all(|l| l.indent == indent && field(l))
        && typed
            .get(1..head)
            .unwrap_or_default()
            .iter()
            .take(50)
            .any(|l| l.indent == indent && field(l))
}

/// Whether `run` is one short line of the program's own title, no
/// further left than the command, and the page from the next blank line
/// on (`after`, asked only of such a line) one blank line and then
/// entries set in under it.
fn title<'b, 'a: 'b>(typed: &[Line], run: &[Line], after: impl FnOnce() -> &'b [Line<'a>]) -> bool {
    let [line] = run else {
        return false;
    };
    titled(&line.text) && line.indent >= typed[0].indent && entries_after(after(), line.indent)
}

/// Whether `text` reads as a program's title over its entries, no
/// sentence (`Full list of resources:`): a colon closing it, two to
/// five words, capitalised, no comma, none of the page's small words.
fn titled(text: &str) -> bool {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    text.ends_with(':')
        && !text.ends_with(" :")
        && capitalised(text)
        && (2..=5).contains(&words.len())
        && !text.contains(',')
        && !prose(text)
        && !words.iter().any(|w| {
            super::session::HELPING_VERBS.contains(&w.as_str()) || PAGE_WORDS.contains(&w.as_str())
        })
}

/// Whether `after` (from a blank line on) is one blank line and then
/// entries set in past `indent`.
fn entries_after(after: &[Line], indent: usize) -> bool {
    after.len() >= 2 && after[0].blank() && entries(&after[1..chunk_end(after, 1)], indent)
}

/// Whether `lines[i]` is the title of a program's report (`titled`, over
/// its entries) that a prompted command above it printed: walking up at
/// most sixty lines over no sentence and no two blank lines together,
/// a prompt no further right than the title. Such a line is no heading
/// of the page.
pub(super) fn in_report(lines: &[Line], i: usize) -> bool {
    let line = &lines[i];
    if !titled(&line.text) || !entries_after(after_run(lines, i), line.indent) {
        return false;
    }
    for j in (i.saturating_sub(60)..i).rev() {
        let l = &lines[j];
        if l.blank() {
            if j > 0 && lines[j - 1].blank() {
                return false;
            }
            continue;
        }
        if prompt(&l.text) {
            return l.indent <= line.indent;
        }
        if prose(&l.text) || l.text.ends_with('.') {
            return false;
        }
    }
    false
}

/// Whether every line of `run` is an entry a program printed set in past
/// `indent`: no sentence, no stop closing it, no list item, prompt or
/// command (nor a line with an option, `--month 2026-10`), no quoted
/// mail.
fn entries(run: &[Line], indent: usize) -> bool {
    !run.is_empty()
        && run.iter().all(|l| {
            let word = l.text.split_whitespace().next().unwrap_or("");
            l.indent > indent
                && !prose(&l.text)
                && !l.text.ends_with('.')
                && list_marker(&l.text).is_none()
                && !prompt(&l.text)
                && !word.contains('/')
                && !known_command(word)
                && !l.text.split_whitespace().any(option)
                && !l.text.starts_with('>')
        })
}

/// The page from the blank line closing the run at `k` to the end of
/// the run after it (empty at the page's end).
fn after_run<'a, 'b>(lines: &'b [Line<'a>], k: usize) -> &'b [Line<'a>] {
    after(lines, chunk_end(lines, k))
}

/// The page from the blank line at `e` (a run's end) to the end of the
/// run after it (empty at the page's end).
fn after<'a, 'b>(lines: &'b [Line<'a>], e: usize) -> &'b [Line<'a>] {
    let stop = next_nonblank(lines, e).map_or(e, |n| chunk_end(lines, n));
    &lines[e..stop]
}
