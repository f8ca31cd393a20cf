//! A passage quoted under the sentence that leads into it (`Their mail
//! from the last time said:` / blank / `    We can put a profile on your
//! prefix within the hour.`): the page's lines, where a run starts and
//! ends and the blocks made so far in; the block quote of the set-in
//! paragraphs out, when they are prose.

use super::body::{Parsed, chunk_end, joined, next_nonblank};
use super::classify::list_marker;
use super::lines::Line;
use super::pointed::closing_text;
use crate::doc::{Block, BlockKind};

/// The words a lead-in sentence has at least: a label with its colon
/// (`Preparation:`, `Standby host:`, `Minor upgrades (no changes):`)
/// heads its own text, which is no quotation.
const LEAD_WORDS: usize = 6;

/// The block quote of the prose set in at `lines[i..end]`, and of the
/// paragraphs set in as deep right after it, when the paragraph closing
/// `prev` is a sentence (six words or more) ending with `:` and the run
/// stands two columns or more right of its last line, a blank line
/// between: words passed on as they were said or are to be said (a
/// mail, a notice, minutes), which a careful writer sets off as a quote.
/// The run is prose: its lines at one depth, no list item, no command,
/// eight words or more opening with a capital (or a quote mark) and
/// ending with a sentence's stop; text set in under a colon that opens
/// in lower case goes on with the sentence above (`the agents report in
/// two ways:` / `  by mail to the list, and on the status page.`).
pub(super) fn parse(lines: &[Line], i: usize, end: usize, prev: &[Block]) -> Option<Parsed> {
    let lead = closing_text(prev)?;
    let lead = lead.trim_end();
    let above = (0..i).rev().find(|&k| !lines[k].blank())?;
    let depth = lines[i].indent;
    if !lead.ends_with(':')
        || lead.split_whitespace().count() < LEAD_WORDS
        || above + 1 >= i
        || depth < lines[above].indent + 2
        || !prose_at(&lines[i..end], depth)
    {
        return None;
    }
    let words: usize = lines[i..end]
        .iter()
        .map(|l| l.text.split_whitespace().count())
        .sum();
    // (a stop before a closing quote mark ends the sentence too: `... manual."`)
    let last = lines[end - 1].text.trim_end_matches(['"', '\'', ')']);
    let opens = lines[i]
        .text
        .starts_with(|c: char| c.is_uppercase() || c == '"');
    if words < 8 || !last.ends_with(['.', '!', '?']) || !opens {
        return None;
    }
    let mut paras: Vec<Block> = joined(&lines[i..end]).into_iter().collect();
    let mut next = end;
    // (the paragraphs after it set in as deep, a greeting's `Thanks, Sam`)
    while let Some(k) = next_nonblank(lines, next) {
        let e = chunk_end(lines, k);
        if !text_at(&lines[k..e], depth) {
            break;
        }
        paras.extend(joined(&lines[k..e]));
        next = e;
    }
    let kind = BlockKind::BlockQuote {
        blocks: paras,
        attribution: None,
    };
    Some((vec![Block::new(lines[i].no, kind)], next))
}

/// Whether `run` is prose set at `depth`: text there (`text_at`), its
/// lines read as sentences.
fn prose_at(run: &[Line], depth: usize) -> bool {
    text_at(run, depth) && run.iter().all(|l| super::classify::prose(&l.text))
}

/// Whether `run` is text set at `depth`: every line there, the first no
/// list item, none a command (a greeting's `Regards, Sam` will do).
fn text_at(run: &[Line], depth: usize) -> bool {
    run.first().is_some_and(|l| list_marker(&l.text).is_none())
        && run.iter().all(|l| l.indent == depth && !l.code_like())
}
