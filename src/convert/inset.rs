//! Columns set in under a colon line inside flush prose, no blank line
//! around them (`...the staging pool.` / `Addresses:` / `   a   10.0.0.1`
//! / `   b   10.0.0.2` / `The serial is...`): in, the run of lines; out,
//! the prose before as paragraphs, the colon line as its own paragraph
//! (or the end of the sentence it goes on), the set-in columns as a
//! literal block, and the line after them, where the prose goes on.
//! Also a definition list read off two columns set in past the prose,
//! none wrapped, a table read off rows set in a space or two, or an
//! inventory of machines set in past the prose, in: the
//! rows as laid out, a literal block, out.

use super::body::{Parsed, paragraph};
use super::columns;
use super::lines::{Line, dedent};
use super::literal::{literal, literal_block};
use crate::doc::{Block, BlockKind};

/// The run `lines[i..end]` read as prose around columns a colon line
/// announces, set deeper than the prose; `None` unless every other line
/// is prose at the first line's margin.
pub(super) fn parse(lines: &[Line], i: usize, end: usize) -> Option<Parsed> {
    let margin = lines[i].indent;
    let c = (i..end.saturating_sub(1)).find(|&k| lines[k + 1].indent > margin)?;
    let m = (c + 1..end)
        .find(|&k| lines[k].indent <= margin)
        .unwrap_or(end);
    let colon = &lines[c];
    let set_in = &lines[c + 1..m];
    let prose = |l: &Line| l.indent == margin && !l.code_like() && !l.text.contains("   ");
    let ok = colon.text.ends_with(':')
        && c > i
        && set_in.len() >= 2
        && set_in.iter().all(|l| columns::fields(&l.text).len() >= 2)
        && columns::laid_out(set_in)
        && lines[i..=c].iter().all(prose)
        && lines[m..end].iter().all(prose);
    if !ok {
        return None;
    }
    // (a colon line going on with the sentence above, `...again and` /
    // `check the numbers changed:`, ends that paragraph, not one of its own)
    let own = lines[c - 1].text.ends_with(['.', '!', '?', ':', ';']);
    let stop = if own { c } else { c + 1 };
    let mut out = Vec::new();
    let mut k = i;
    while k < stop {
        let (blocks, next) = paragraph(lines, k, stop);
        out.extend(blocks);
        k = next.max(k + 1);
    }
    if own {
        out.extend(paragraph(lines, c, c + 1).0);
    }
    out.extend(literal(lines, c + 1, m).0);
    Some((out, m))
}

/// `block`, read off the rows of `chunk` as two columns, kept as laid out
/// when the rows are set in past the prose's `margin`, all at one
/// indentation, none wrapped (`There are four pools.` / `  daily    kept a
/// week` / `  monthly  kept a year`): a listing the text shows, as a
/// careful human keeps it; rows at the margin are a glossary's terms.
pub(super) fn kept(block: Block, chunk: &[Line], margin: usize) -> Block {
    let level = chunk.iter().all(|l| l.indent == chunk[0].indent);
    if matches!(block.kind, BlockKind::DefinitionList(_)) && level && chunk[0].indent > margin {
        return literal_block(None, dedent(chunk), chunk[0].no);
    }
    set_in_inventory(block, chunk, margin, level)
}

/// `block`, a table with no header row read off an inventory (machine
/// names beside a few words about each, see `columns::inventory_run`),
/// kept as laid out when its rows are all at one indentation past the
/// prose's `margin` (`Hosts involved` over `  repo01.example.com   signs
/// the packages`): a crib sheet the writer set apart, as the careful
/// humans keep it (a literal block); at the margin it stays a table.
/// `level`: whether the rows are all at one indentation.
fn set_in_inventory(block: Block, chunk: &[Line], margin: usize, level: bool) -> Block {
    let bare = matches!(&block.kind, BlockKind::Table(t) if t.header_rows == 0);
    if bare && level && chunk[0].indent > margin && columns::inventory_run(chunk) {
        return literal_block(None, dedent(chunk), chunk[0].no);
    }
    block
}

/// `block`, a table of three columns or more read off rows laid out with
/// no rule drawn, kept as laid out when its lines are all at one
/// indentation a space or two past the prose's `margin` (` host    role
///    notes` under a heading typed at the margin): a sample the writer set
/// apart, as careful writers keep it. A dump's tables sit at its prose's
/// margin, or centred far past it; two columns set in are a timeline or
/// a glossary's terms as often (`kept`). So are such rows set out, left
/// of the prose's margin (` host   role   volume` in a dump whose prose
/// stands three spaces in): the dump's preformatted text, never a table
/// the page drew.
pub(super) fn set_in_rows(block: Block, chunk: &[Line], margin: usize) -> Block {
    let level = chunk.iter().all(|l| l.indent == chunk[0].indent);
    let by = chunk[0].indent.saturating_sub(margin);
    let set_out = chunk[0].indent < margin;
    let wide = matches!(&block.kind, BlockKind::Table(t) if t.rows.iter().all(|r| r.len() >= 3));
    if wide && level && ((1..=2).contains(&by) || set_out) {
        return literal_block(None, dedent(chunk), chunk[0].no);
    }
    set_in_inventory(block, chunk, margin, level)
}
