//! Cases set out one to a paragraph: a short phrase ending with `:` on a
//! line of its own (`Disk fills up overnight:`), what it means and what
//! to do on the lines right under it at the same indentation or set in a
//! few columns, two such paragraphs or more in a row; or run in, two or
//! more in one paragraph, each line starting a case with a short phrase
//! in lower case, `: ` and what it means (`stale lock: a run was
//! killed...`), the lines up to the next case its own. Lines at `i` in, a
//! definition list out.

use super::body::{Ctx, Parsed, chunk_end, nested, next_nonblank};
use super::classify::{contact_field, list_marker};
use super::inline;
use super::lines::Line;
use crate::doc::{Block, BlockKind, DefinitionItem};

/// The definition list of the cases from `lines[i]`, two or more.
pub(super) fn parse(lines: &[Line], i: usize, ctx: &mut Ctx) -> Option<Parsed> {
    let indent = lines[i].indent;
    if !case(lines, i, indent) {
        return run_in(lines, i, ctx);
    }
    let mut starts = vec![i];
    let mut k = i;
    while let Some(n) =
        next_nonblank(lines, chunk_end(lines, k)).filter(|&n| case(lines, n, indent))
    {
        starts.push(n);
        k = n;
    }
    if starts.len() < 2 {
        return None;
    }
    let mut items = Vec::new();
    let mut next = i;
    for k in starts {
        let (term, d) = (&lines[k], &lines[k + 1]);
        next = chunk_end(lines, k);
        let label = term.text.trim_end_matches(':');
        items.push(DefinitionItem {
            line: term.no,
            term: inline::parse(label, term.no),
            classifiers: Vec::new(),
            definition: nested(&lines[k + 1..next], d.indent, ctx),
        });
    }
    let list = Block::new(lines[i].no, BlockKind::DefinitionList(items));
    Some((vec![list], next))
}

/// How far (in lines) a run-in case's second case may come after the
/// first: the scan stays short where the first line only looks like one.
const RUN_IN_NEXT: usize = 12;

/// The definition list of the run-in cases of the paragraph at
/// `lines[i]` (`stale lock: a run was killed...` over its wrapped lines,
/// then `user not found: ...`), two or more, each case's lines (commands
/// set in among them too) its definition, the phrase its term.
fn run_in(lines: &[Line], i: usize, ctx: &mut Ctx) -> Option<Parsed> {
    let indent = lines[i].indent;
    let opens = |k: usize| lines[k].indent == indent && run_in_case(&lines[k], 2).is_some();
    if !opens(i) {
        return None;
    }
    let end = chunk_end(lines, i);
    let window = end.min(i + 1 + RUN_IN_NEXT);
    (i + 1..window).find(|&k| opens(k))?;
    // (while every line so far opens a case, one of a single word opens
    // one too: `window: outside the busy hours` under one-line cases)
    let mut starts: Vec<usize> = Vec::new();
    let mut one_liners = true;
    for (k, l) in lines.iter().enumerate().take(end).skip(i) {
        let one_word = one_liners && l.indent == indent && run_in_case(l, 1).is_some();
        let starts_case = opens(k) || one_word;
        one_liners &= starts_case;
        if starts_case {
            starts.push(k);
        }
    }
    let mut items = Vec::new();
    for (n, &k) in starts.iter().enumerate() {
        let (label, value) = run_in_case(&lines[k], 1)?;
        let stop = starts.get(n + 1).copied().unwrap_or(end);
        let mut body: Vec<Line> = lines[k..stop].to_vec();
        let raw = lines[k].raw;
        body[0].raw = raw
            .get(raw.len().saturating_sub(value.len())..)
            .unwrap_or(raw);
        body[0].text = value.to_string();
        items.push(DefinitionItem {
            line: lines[k].no,
            term: inline::parse(label, lines[k].no),
            classifiers: Vec::new(),
            definition: nested(&body, indent, ctx),
        });
    }
    let list = Block::new(lines[i].no, BlockKind::DefinitionList(items));
    Some((vec![list], end))
}

/// A line opening a run-in case, its phrase and what follows the `: `:
/// the phrase two to five words starting in lower case or with a number
/// (`stale lock`, `401 from the tracker`), no field's name nor mark of a
/// sentence in it; after it three words or more starting with a letter.
/// `least`: the fewest words the phrase may have.
fn run_in_case<'t>(l: &'t Line, least: usize) -> Option<(&'t str, &'t str)> {
    let (label, value) = l.text.split_once(": ")?;
    let words = label.split_whitespace().count();
    let plain = label
        .chars()
        .all(|c| c.is_alphanumeric() || c == ' ' || c == '-' || c == '_');
    let ok = (least..=5).contains(&words)
        && plain
        && label.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
        && value.split_whitespace().count() >= 3
        && value.starts_with(char::is_alphabetic)
        && list_marker(&l.text).is_none()
        && contact_field(&l.text).is_none()
        && !l.code_like();
    ok.then_some((label, value))
}

/// Whether `lines[k]`, at `indent`, is a case: a phrase of two to eight
/// words ending with one `:`, no command nor field nor step's number
/// alone (`Step 4:` counts a step, naming no case), over a line of text
/// at its indentation or set in up to four columns.
fn case(lines: &[Line], k: usize, indent: usize) -> bool {
    let l = &lines[k];
    let words = l.text.split_whitespace().count();
    let phrase = l.indent == indent
        && l.text.ends_with(':')
        && !l.text.ends_with("::")
        && (2..=8).contains(&words)
        && l.text.starts_with(|c: char| c.is_uppercase())
        && !l.text[..l.text.len() - 1].contains([':', '.', ';', '?', '!'])
        && !super::headtext::part_number(&l.text[..l.text.len() - 1])
        && !l.code_like()
        && list_marker(&l.text).is_none()
        && contact_field(&l.text).is_none();
    let told = lines.get(k + 1).is_some_and(|d| {
        !d.blank()
            && (indent..=indent + 4).contains(&d.indent)
            && d.text.split_whitespace().count() >= 3
            && !d.code_like()
            && list_marker(&d.text).is_none()
            && !d.text.ends_with(':')
    });
    phrase && told
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn phrases_over_their_explanations_are_cases() {
        let lines = split(
            "Printer shows offline:\nthe queue is paused, resume it.\n\nJobs stuck in queue:\nrestart the spooler on print01.\n",
        );
        assert!(case(&lines, 0, 0) && case(&lines, 3, 0));
    }

    #[test]
    fn a_colon_over_a_command_is_no_case() {
        let lines = split("Restart the spooler:\nsystemctl restart cups\n");
        assert!(!case(&lines, 0, 0));
    }
}
