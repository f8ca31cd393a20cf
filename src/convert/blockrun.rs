//! Whether a literal block goes on past a blank line: the block's lines
//! and the run after the blank line in, whether the run joins the block,
//! ends it, or ends it after the commands it opens with; and the block's
//! code, each run's margin where it was typed.

use super::body::{chunk_end, next_nonblank};
use super::classify::{list_marker, note_icon, prompt, prose};
use super::lines::{Line, dedent};
use super::literal::{code_chunk, commands_then_prose, comment};
use super::session;
use crate::doc::{Block, BlockKind};

/// How the run starting at `lines[k]` stands to the literal block
/// `lines[i..end]` above it, a blank line between.
pub(super) enum Next {
    /// The run is the block's: it goes on to the run's end.
    Joins(usize),
    /// The block ends: where the run's own commands end when they go on
    /// with it (`fi` / `The delay matters: ...`), else where it stood.
    Ends(Option<usize>),
}

/// Whether the run at `lines[k]` after the literal block `lines[i..end]`
/// (text at indentation `base` around it; `open`, whether the block
/// leaves a bracket open, kept by the caller as the block grows) goes on
/// with the block.
pub(super) fn next(
    lines: &[Line],
    i: usize,
    end: usize,
    k: usize,
    base: usize,
    open: bool,
) -> Next {
    let e = chunk_end(lines, k);
    if opens_other(lines, i, k, e, base) {
        return Next::Ends(None);
    }
    if joins(lines, i, end, k, base, open) {
        return Next::Joins(e);
    }
    // commands going on with the block, the text typed right under them
    // (`fi` / `The delay matters: ...`): the block's
    let lead = (lines[k].indent >= lines[i].indent)
        .then(|| commands_then_prose(&[], &lines[k..e], base))
        .flatten();
    Next::Ends(lead.map(|lead| k + lead))
}

/// Whether the run `lines[k..e]` opens something else: an icon's note, a
/// tagged box, an arrow's remark, a separator, or text back left of the
/// block announcing the next.
fn opens_other(lines: &[Line], i: usize, k: usize, e: usize, base: usize) -> bool {
    note_icon(&lines[k].text).is_some()
        || super::tagged::opens(&lines[k].text)
        || session::arrow_note(lines, k)
        || super::separator::separator(lines, k)
        || (lines[k].indent < lines[i].indent && super::intro::lead_in(&lines[k..e], base))
}

/// Whether the run at `lines[k]` is the block's: set in deeper and no
/// sentence, output in columns, inside a bracket the block left open,
/// comments between commands, the same stanza again, a session or
/// listing resumed, or code itself.
fn joins(lines: &[Line], i: usize, end: usize, k: usize, base: usize, open: bool) -> bool {
    let (indent, e, t) = (lines[i].indent, chunk_end(lines, k), &lines[k].text);
    // Text back at the prose indentation ends the block unless it is code.
    let deeper = lines[k].indent > indent
        && !prose(t)
        && (lines[k].indent > base || lines[k].code_like())
        && list_marker(t).is_none()
        && !t.ends_with(':');
    // output laid out in columns set in past the command and the prose,
    // after a blank line inside it (`config:` / `` / `NAME STATE READ`),
    // whatever its words
    let table = lines[k].indent > indent.max(base) && super::columns::data(&lines[k..e]);
    // An open `{`, `(` or `[` goes on to its closing line, but not over a
    // sentence, a lead-in (`Before you go on:`) or a numbered step (the
    // snippet, or output cut short, left its bracket open), nor past a
    // step back at the prose indentation.
    let step = (prose(t) || super::intro::lead_in(&lines[k..k + 1], base)) && !lines[k].code_like();
    let back = lines[k].indent == base && base > indent && (list_marker(t).is_some() || prose(t));
    let open = open && lines[k].indent >= indent && !step && !back;
    open || deeper
        || table
        || comments_between(lines, k, e, base)
        || super::stanzas::again(&lines[i..chunk_end(lines, i)], &lines[k..e])
        || session::resumed(&lines[i..end], &lines[k..e])
        || super::columns::listing_goes_on(&lines[i..end], &lines[k..e])
        || super::dumped::pre_goes_on(&lines[i..end], &lines[k..e], base)
        || code_chunk(&lines[k..e], base)
}

/// The lines `i..end` as one literal block (`literal::literal`), but a
/// run after a blank line that opens with a prompt typed left of the
/// block's first line (`\thost all 10.0.0.0/8` over `$ sudo systemctl
/// reload x`) sets the margin of what follows on its own: the lines above
/// it are another thing typed, not set in under the command.
pub(super) fn literal(lines: &[Line], i: usize, end: usize) -> (Vec<Block>, usize) {
    let (mut out, end) = super::literal::literal(lines, i, end);
    let first = lines[i].indent;
    let back = (i + 1..end)
        .find(|&k| lines[k - 1].blank() && lines[k].indent < first && prompt(&lines[k].text));
    if let Some(k) = back
        && let Some(BlockKind::CodeBlock { code, .. }) = out.first_mut().map(|b| &mut b.kind)
    {
        *code = dedent(&lines[i..k]) + &dedent(&lines[k..end]);
    }
    (out, end)
}

/// Whether the run `lines[k..e]` is comment lines alone (`-- Check the
/// count`) with commands after it: still the block's, between commands.
fn comments_between(lines: &[Line], k: usize, e: usize, base: usize) -> bool {
    lines[k..e].iter().all(|l| comment(&l.text))
        && next_nonblank(lines, e).is_some_and(|n| code_chunk(&lines[n..chunk_end(lines, n)], base))
}
