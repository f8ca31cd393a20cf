//! Body text of one section in, blocks out: paragraphs, literal blocks,
//! lists, the contact block, the contents list and note admonitions.

use super::Report;
use super::admonitions;
use super::classify::list_marker;
use super::codechunk::code_chunk;
use super::coded;
use super::columns;
use super::comments;
use super::contact;
use super::contents;
use super::dashtable;
use super::dumprefs::link_line;
use super::fence;
use super::grid;
use super::headtext::bare_title;
use super::hostlist;
use super::labels;
use super::lines::Line;
use super::list;
use super::literal::{after_colon, code, commands_then_prose, literal, under_colon};
use super::mwtable;
use super::pipetable;
pub(super) use super::prose::{held_paragraph, joined, paragraph, step_label};
use super::quote;
use super::references;
use super::rsttable;
use super::separator::separator;
use super::session::{more_prompts, prompts};
use super::setback;
use super::signature;
use super::spaced;
use super::steps;
use super::tagged;
use super::terms;
use super::textile;
use super::tsv;
use super::wikitable;
use crate::doc::{Block, BlockKind, Meta};

/// What the body parser knows about the document around a section.
pub struct Ctx<'r> {
    /// The section title, lower case (`contact information`, `contents`).
    pub section: String,
    /// The indentation of most prose lines of the document.
    pub base: usize,
    pub meta: &'r mut Meta,
    /// Set while parsing a list item: its first line is text, not code.
    pub item: bool,
    /// Whether the page runs labelled parts together (`Symptom:` over
    /// `Fix:`): its lone part labels are such parts too.
    pub parts: bool,
    /// Whether the page is typed without wrapping: a sentence a line
    /// there ends a paragraph.
    pub unwrapped: bool,
    pub report: &'r mut Report,
}

#[cfg(test)]
impl<'r> Ctx<'r> {
    /// A context for unit tests: section `section`, prose at column 0,
    /// outside any list item, on a wrapped page without labelled parts.
    pub fn plain(section: &str, meta: &'r mut Meta, report: &'r mut Report) -> Self {
        Ctx {
            section: section.into(),
            base: 0,
            meta,
            item: false,
            parts: false,
            unwrapped: false,
            report,
        }
    }
}

/// Parses `lines` set in under a term, label or admonition into blocks:
/// their prose at indentation `base`, outside any list item; `ctx` as it
/// was after.
pub fn nested(lines: &[Line], base: usize, ctx: &mut Ctx) -> Vec<Block> {
    let saved = (ctx.base, ctx.item);
    (ctx.base, ctx.item) = (base, false);
    let out = blocks(lines, ctx);
    (ctx.base, ctx.item) = saved;
    out
}

/// Parses `lines` (no headings among them) into blocks.
pub fn blocks(lines: &[Line], ctx: &mut Ctx) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].blank() {
            i += 1;
            continue;
        }
        let (block, next) = one(lines, i, &out, ctx);
        out.extend(block.into_iter().flat_map(comments::split));
        i = next.max(i + 1);
    }
    out
}

/// The end of the run of non-blank lines starting at `i`.
pub fn chunk_end(lines: &[Line], i: usize) -> usize {
    (i..lines.len())
        .find(|&k| lines[k].blank())
        .unwrap_or(lines.len())
}

/// The first non-blank line at or after `i`.
pub(super) fn next_nonblank(lines: &[Line], i: usize) -> Option<usize> {
    (i..lines.len()).find(|&k| !lines[k].blank())
}

/// What a parser returns: the blocks it made and the line after them.
pub(super) type Parsed = (Vec<Block>, usize);

/// The blocks starting at the non-blank line `i`: marked up text first,
/// then what the first line's form announces, then the whole run of
/// lines guessed at.
fn one(lines: &[Line], i: usize, prev: &[Block], ctx: &mut Ctx) -> Parsed {
    // a bullet with nothing after it (the dump of an empty list item)
    if lines[i].text == "*" || (separator(lines, i) && !fence::opens(lines, i)) {
        return (Vec::new(), i + 1);
    }
    if let Some(fenced) = fence::block(lines, i)
        .or_else(|| super::traceback::block(lines, i))
        .or_else(|| super::template::block(lines, i))
        .or_else(|| wikitable::parse(lines, i, ctx))
        .or_else(|| mwtable::parse(lines, i))
        .or_else(|| textile::code(lines, i))
        .or_else(|| textile::parse(lines, i))
        .or_else(|| pipetable::parse(lines, i))
        .or_else(|| super::adoctable::parse(lines, i))
        .or_else(|| super::described::parse(lines, i, ctx))
        .or_else(|| tsv::parse(lines, i))
    {
        return fenced;
    }
    if let Some(table) = super::dokuwiki::parse(lines, i, ctx).or_else(|| pipetable::bare(lines, i))
    {
        return table;
    }
    if let Some(quoted) = quote::block(lines, i, ctx)
        .or_else(|| quote::attribution(lines, i))
        .or_else(|| tagged::note(lines, i, ctx))
    {
        return quoted;
    }
    if let Some(sample) = super::shown::parse(lines, i, prev, ctx.base)
        .or_else(|| super::logline::quoted(lines, i, prev))
    {
        return sample;
    }
    if let Some(config) = super::stanzas::parse(lines, i, prev, ctx.base)
        .or_else(|| super::cases::parse(lines, i, ctx))
    {
        return config;
    }
    super::parts::parse(lines, i, ctx)
        .or_else(|| admonitions::marked(lines, i, ctx))
        .or_else(|| signature::parse(lines, i))
        .or_else(|| contact::column_fields(lines, i, prev, ctx))
        .or_else(|| announced(lines, i, ctx))
        .or_else(|| super::ledfields::parse(lines, i, ctx))
        .unwrap_or_else(|| run(lines, i, prev, ctx))
}

/// Blocks the first line's form announces: the contents list, the
/// contact fields, a list, a list of host names.
fn announced(lines: &[Line], i: usize, ctx: &mut Ctx) -> Option<Parsed> {
    let l = &lines[i];
    if let Some(parsed) = contents::parse(lines, i, ctx) {
        return Some(parsed);
    }
    if contact::fields_here(lines, i, ctx) {
        return Some(contact::fields(lines, i, ctx));
    }
    if let Some(parsed) = contact::bullets(lines, i, ctx) {
        return Some(parsed);
    }
    if list_marker(&l.text).is_some() && !super::faq::paired(lines, i) {
        let (list, next) = list::parse(lines, i, ctx);
        return Some((vec![Block::new(l.no, list)], next));
    }
    // (an item's own first paragraph is its text, not a list in it)
    if let Some((steps, next)) = steps::sequence(lines, i).filter(|_| !(ctx.item && i == 0)) {
        return Some((vec![steps], next));
    }
    let (hosts, next) = hostlist::hosts(lines, i)?;
    Some((vec![Block::new(l.no, hosts)], next))
}

/// The run of non-blank lines from `i`, read as a whole: a table, a
/// literal block, definitions, an outline or, failing all, a paragraph.
fn run(lines: &[Line], i: usize, prev: &[Block], ctx: &mut Ctx) -> Parsed {
    let end = run_end(lines, i);
    if ctx.item && i == 0 {
        return super::itemtext::item_text(lines, end);
    }
    // the writer's `-> ...` note on the command above, or a file's name
    // titling the MoinMoin `{{{` block right under it: text
    if super::session::arrow_note(lines, i) || (end == i + 1 && fence::label_over_moin(lines, end))
    {
        return paragraph(lines, i, end);
    }
    if let Some(parsed) = formed(lines, i, end, prev, ctx) {
        return parsed;
    }
    coded_or_text(lines, i, end, prev, ctx)
}

/// The run `lines[i..end]` read by its form: lines set back in a list
/// item, a table, codes, a report, lines under a colon, labelled
/// definitions, a list of its own kind, or terms over definitions (none
/// if it has no such form).
fn formed(lines: &[Line], i: usize, end: usize, prev: &[Block], ctx: &mut Ctx) -> Option<Parsed> {
    let l = &lines[i];
    let set_back = ctx.item.then(|| setback::parse(lines, i, end, ctx.base));
    if let Some(parsed) = set_back.flatten() {
        return Some(parsed);
    }
    if let Some((t, e)) = tabled(lines, i, end, ctx) {
        return Some((vec![t], e));
    }
    if let Some(parsed) = codes(lines, i, end) {
        return Some(parsed);
    }
    if super::aligned::report(&lines[i..end]).is_some() || super::keyed::report(&lines[i..end]) {
        return Some(code(lines, i, end, ctx.base));
    }
    if let Some(e) = under_colon(lines, i, prev) {
        return Some(literal(lines, i, e));
    }
    if let Some((defs, next)) = labelled(lines, i, end, prev, ctx) {
        return Some((vec![Block::new(l.no, defs)], next));
    }
    if let Some(listed) = listed(lines, i, end) {
        return Some((listed, end));
    }
    if terms::hanging(lines, i) && !super::dumped::pre_tree(&lines[i..end], ctx.base) {
        if super::stanzas::configured(prev, &lines[i..end])
            || terms::announced_run(lines, i, end, prev)
        {
            return Some(code(lines, i, end, ctx.base));
        }
        return Some(terms::definitions(lines, i, end, ctx));
    }
    None
}

/// The run `lines[i..end]` of no other form read as code or text: a
/// lead-in over commands, a literal block (code, or lines a colon
/// announced), commands over prose, a quoted passage, or what
/// [`laid_out_or_paragraph`] makes of it.
fn coded_or_text(lines: &[Line], i: usize, end: usize, prev: &[Block], ctx: &mut Ctx) -> Parsed {
    let l = &lines[i];
    let chunk = &lines[i..end];
    if let Some(parsed) = colon_commands(lines, i, end, ctx.base).or_else(|| {
        super::intro::lead_in(chunk, ctx.base).then(|| (joined(chunk).into_iter().collect(), end))
    }) {
        return parsed;
    }
    // (a sample the colon announces, the text going on right under it)
    if super::flushsample::over_sentence(lines, i, end) {
        return literal(lines, i, i + 1);
    }
    // (asked only of a run read as code otherwise, and once)
    let base = ctx.base;
    let wrapped = std::cell::OnceCell::new();
    let wrapped = || *wrapped.get_or_init(|| super::wraptext::wrapped_text(chunk, base));
    let is_code = (code_chunk(chunk, ctx.base) && !wrapped())
        || setback::under_text(lines, i, end, ctx.base)
        || super::longline::pasted(prev, chunk, ctx.unwrapped);
    let announced = !is_code && after_colon(prev, chunk);
    if is_code || announced || super::pointed::shown_line(lines, i, end, prev) {
        if !is_code {
            let why = if announced {
                "took these lines for a literal block: the paragraph before announces them (`:`, `e.g.`)"
            } else {
                "took this line for a literal block: the sentence before breaks off on it (`the console showing`)"
            };
            ctx.report.unsure(l.no, why);
        }
        return code(lines, i, end, ctx.base);
    }
    if let Some(lead) = commands_then_prose(prev, chunk, ctx.base).filter(|_| !wrapped()) {
        let colon = super::literal::colon_before(prev);
        return literal(
            lines,
            i,
            super::printed::block_end(lines, i, end, lead, colon),
        );
    }
    if let Some(quoted) = (!ctx.item)
        .then(|| super::passage::parse(lines, i))
        .flatten()
    {
        return quoted;
    }
    laid_out_or_paragraph(lines, i, end, prev, ctx)
}

/// The run from `i` to `end` read as a table, a list of references, or
/// rows a sentence closes (the table and where the sentence starts).
/// In a list item under its text ending with `:` only a table drawn with
/// rules is one (`itemrows::shown`).
fn tabled(lines: &[Line], i: usize, end: usize, ctx: &mut Ctx) -> Option<(Block, usize)> {
    let shown = super::itemrows::shown(lines, i, ctx.item);
    let found = if shown {
        rsttable::parse(lines, i, end).or_else(|| dashtable::parse(lines, i, end))
    } else {
        table(lines, i, end, ctx.base)
    };
    let found = found.or_else(|| references::list(lines, i, end, ctx));
    if shown {
        return found.map(|t| (t, end));
    }
    found
        .map(|t| (t, end))
        .or_else(|| grid::closed(lines, i, end))
}

/// The run from `i` to `end` read as a list of its own kind: an outline,
/// a list of links or host names, or a timeline (its events wrapped onto
/// lines set in are no terms over definitions).
fn listed(lines: &[Line], i: usize, end: usize) -> Option<Vec<Block>> {
    list::outline(lines, i, end)
        .or_else(|| hostlist::links(lines, i, end))
        .or_else(|| super::dated::list(lines, i, end).map(|list| vec![list]))
}

/// Where the run of non-blank lines from `i` ends: at a blank line, or
/// at a fence opening inside it (`output:` / `{{{`, no blank line
/// between), whose fenced lines are no part of its layout, or at the
/// writer's `-> ...` note on the command above; a grid drawn in `+---+`
/// borders ends at its foot, and text typed right over one ends at its
/// top border.
fn run_end(lines: &[Line], i: usize) -> usize {
    let end = chunk_end(lines, i);
    if let Some(e) = rsttable::grid_end(lines, i) {
        return e.min(end);
    }
    (i + 1..end)
        .find(|&k| {
            fence::opens(lines, k)
                || super::session::arrow_note(lines, k)
                || rsttable::grid_end(lines, k).is_some()
        })
        .unwrap_or(end)
}

/// A description over the commands `lines[k..end]` (`captioned`): its
/// paragraph, then the commands' literal block.
fn captioned(lines: &[Line], i: usize, k: usize, end: usize, base: usize) -> Parsed {
    let (mut out, next) = paragraph(lines, i, k);
    if next < k {
        return (out, next);
    }
    let (block, next) = code(lines, k, end, base);
    out.extend(block);
    (out, next)
}

/// Definitions the run's labels make: a lone line's heading or name
/// label, `Label: text` lines or a glossary's terms (none where a colon
/// announced the run: a `== name` line opening it is output shown).
fn labelled(
    lines: &[Line],
    i: usize,
    end: usize,
    prev: &[Block],
    ctx: &mut Ctx,
) -> Option<(BlockKind, usize)> {
    if end == i + 1 {
        labels::headed(lines, i, ctx).or_else(|| labels::named(lines, i, ctx))
    } else if after_colon(prev, &lines[i..end]) {
        None
    } else {
        labels::marked(lines, i, ctx).or_else(|| super::glossary::parse(lines, i))
    }
}

/// Codes and their meanings (`OK - passed`) at `lines[i]`, or a line
/// announcing them over them: the paragraph and the definition list.
fn codes(lines: &[Line], i: usize, end: usize) -> Option<Parsed> {
    let lead = usize::from(lines[i].text.ends_with(':') && i + 1 < end);
    let e = super::codes::run_end(lines, i + lead, end)?;
    let (mut out, _) = paragraph(lines, i, i + lead);
    out.push(super::codes::definitions(lines, i + lead, e));
    Some((out, e))
}

/// `Run these:` (or a bare title flush left, `Restart the relay`) then
/// the commands, set deeper, no blank line between: the paragraph and the
/// literal block, never the lead line inside the block.
fn colon_commands(lines: &[Line], i: usize, end: usize, base: usize) -> Option<Parsed> {
    let chunk = &lines[i..end];
    let t = &chunk[0].text;
    let ok = chunk.len() >= 2
        && (t.ends_with(':') || (chunk[0].indent == 0 && bare_title(t)))
        && !chunk[0].code_like()
        && chunk[1..]
            .iter()
            .all(|l| l.indent > chunk[0].indent && !link_line(&l.text))
        && code_chunk(&chunk[1..], base);
    if !ok {
        return None;
    }
    let (mut out, _) = paragraph(lines, i, i + 1);
    let (block, next) = code(lines, i + 1, end, base);
    out.extend(block);
    Some((out, next))
}

/// The run `lines[i..end]` as a table: one drawn in RST, or laid out
/// in columns by the dump; rows laid out with no rule, set in a space or
/// two past the prose's `margin`, are kept as laid out
/// (`inset::set_in_rows`).
fn table(lines: &[Line], i: usize, end: usize, margin: usize) -> Option<Block> {
    rsttable::parse(lines, i, end)
        .or_else(|| dashtable::parse(lines, i, end))
        .or_else(|| {
            let rows = grid::parse(lines, i, end)
                .or_else(|| coded::parse(lines, i, end))
                .or_else(|| columns::headed(lines, i, end))
                .or_else(|| spaced::parse(lines, i, end))?;
            Some(super::inset::set_in_rows(rows, &lines[i..end], margin))
        })
}

/// The run `lines[i..end]` that is no code: a description over its
/// command, prose over a prompt, columns (a table or
/// definitions), data kept as laid out, or a paragraph.
fn laid_out_or_paragraph(
    lines: &[Line],
    i: usize,
    end: usize,
    prev: &[Block],
    ctx: &mut Ctx,
) -> Parsed {
    if let Some(parsed) = described_or_listed(lines, i, end, ctx) {
        return parsed;
    }
    if let Some(parsed) = columned(lines, i, end, ctx) {
        return parsed;
    }
    if let Some(steps) = steps::sentence_lines(lines, i, end)
        .or_else(|| steps::mailbox_lines(lines, i, end))
        .or_else(|| steps::bare_step_lines(lines, i, end))
        .or_else(|| steps::numbered_lines(lines, i, end, ctx.section == "contents"))
    {
        return (vec![steps], end);
    }
    // (lines set in under a colon after a blank: the sample it announces)
    if super::flushsample::set_in_run(lines, i, end, prev) {
        return code(lines, i, end, ctx.base);
    }
    let end = super::unwrapped::paragraph_end(lines, i, end)
        .filter(|_| ctx.unwrapped)
        .unwrap_or(end);
    if ctx.item {
        return held_paragraph(lines, i, end);
    }
    paragraph(lines, i, end)
}

/// The run `lines[i..end]` read as a description over its command, prose
/// over a prompt or over a sample set in mid-sentence, a dated list or
/// table or a list of places, columns of data, an encoded blob, or a
/// program's questions (none if it is none of these).
fn described_or_listed(lines: &[Line], i: usize, end: usize, ctx: &mut Ctx) -> Option<Parsed> {
    if let Some(k) = super::captioned::command_at(lines, i, end) {
        return Some(captioned(lines, i, k, end, ctx.base));
    }
    if let Some(k) = super::session::prose_over_prompt(lines, i, end) {
        return Some(paragraph(lines, i, k));
    }
    // (prose breaking off on a sample set in mid-sentence ends there,
    // however the sample's columns are laid out)
    if let Some(k) = (i + 1..end).find(|&k| super::pointed::mid_sentence(&lines[..end], k)) {
        return Some(paragraph(lines, i, k));
    }
    let listed = super::dated::list(lines, i, end)
        .or_else(|| super::dated::table(lines, i, end))
        .or_else(|| super::locations::list(lines, i, end));
    if let Some(list) = listed {
        return Some((vec![list], end));
    }
    if let Some(table) = columns::rows(lines, i, end, ctx.base) {
        // columns of data kept as laid out go on like any laid-out lines
        return Some(match table.kind {
            BlockKind::CodeBlock { .. } => literal(lines, i, columns::laid_out_end(lines, i, end)),
            _ => (vec![table], end),
        });
    }
    let chunk = &lines[i..end];
    if chunk.iter().any(|l| super::encoded::blob(&l.text)) {
        return Some(literal(lines, i, end));
    }
    // a program's questions, up to the next list item
    let asked = (i..end)
        .find(|&k| list_marker(&lines[k].text).is_some())
        .unwrap_or(end);
    if prompts(&lines[i..asked]) {
        let asked = if asked == end {
            more_prompts(lines, end)
        } else {
            asked
        };
        return Some(literal(lines, i, asked));
    }
    None
}

/// The run `lines[i..end]` laid out in columns (not steps spaced so):
/// rows set in, a sentence over list items spaced into columns (its
/// paragraph), or lines kept as laid out (none if it has no columns).
fn columned(lines: &[Line], i: usize, end: usize, ctx: &mut Ctx) -> Option<Parsed> {
    let chunk = &lines[i..end];
    if (columns::laid_out(chunk) || columns::word_columns(chunk) || columns::record(chunk))
        && !columns::over_steps(lines, i, end)
    {
        if let Some(parsed) = super::inset::parse(lines, i, end) {
            return Some(parsed);
        }
        // (a sentence over list items spaced into columns: the paragraph,
        // the items read next as a list)
        if let Some(k) = super::itemlead::items_at(lines, i, end) {
            return Some(paragraph(lines, i, k));
        }
        let why =
            "kept these lines as laid out (a literal block): their columns do not form a table";
        ctx.report.unsure(lines[i].no, why);
        return Some(literal(lines, i, columns::laid_out_end(lines, i, end)));
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::doc::{BlockKind, inlines_text};

    #[test]
    fn a_wrapped_question_with_its_answer_under_it_is_a_term() {
        let text = "   Where do the nightly reports go once the job has finished, and\n   \
                    who reads them?\n         They go to the shared folder; the on-call\n         \
                    person reads them.\n";
        let doc = crate::convert::read(text).doc;
        let BlockKind::DefinitionList(items) = &doc.blocks[0].kind else {
            panic!("{:?}", doc.blocks[0].kind);
        };
        assert_eq!(
            inlines_text(&items[0].term),
            "Where do the nightly reports go once the job has finished, and who reads them?"
        );
        assert_eq!(items[0].definition.len(), 1);
    }

    #[test]
    fn a_marked_name_over_fields_a_colon_announces_is_output() {
        let text = "   The counters read like this:\n\n == tm1\n Sold: 412\n Jammed: 0\n\n   That is all.\n";
        let doc = crate::convert::read(text).doc;
        assert!(
            matches!(&doc.blocks[1].kind, BlockKind::CodeBlock { code, .. } if code.starts_with("== tm1\n")),
            "{:?}",
            doc.blocks[1].kind
        );
    }

    #[test]
    fn a_path_inside_open_brackets_stays_in_its_sentence() {
        let text = "   The setup is described below in some detail for you.\n\n     1. Path should be /srv/git/name.git (e.g.\n        /srv/git/tools.git)\n     2. Save it.\n";
        let doc = crate::convert::read(text).doc;
        let BlockKind::List(list) = &doc.blocks[1].kind else {
            panic!("{:?}", doc.blocks[1].kind);
        };
        assert_eq!(list.items[0].blocks.len(), 1);
    }

    #[test]
    fn commands_right_under_a_colon_are_literal() {
        let text = "   When the builders hang, stop them all on the host\n   and:\n     ssh root@build01\n     for i in $(list); do kill $i; done\n   or even (rarely needed):\n     for i in /etc/init.d/x-*; do $i restart; done\n   and then start the service again.\n";
        let doc = crate::convert::read(text).doc;
        let kinds: Vec<&str> = doc
            .blocks
            .iter()
            .map(|b| match b.kind {
                BlockKind::Paragraph(_) => "p",
                BlockKind::CodeBlock { .. } => "code",
                _ => "other",
            })
            .collect();
        assert_eq!(kinds, ["p", "code", "p", "code", "p"]);
    }

    #[test]
    fn a_sentence_going_on_after_an_indented_piece_is_one_paragraph() {
        let text = "  Second, you need to edit\n    ``tools/rebuild-all``\n  and add the command you just ran.\n";
        let doc = crate::convert::read(text).doc;
        assert_eq!(doc.blocks.len(), 1);
        assert!(matches!(doc.blocks[0].kind, BlockKind::Paragraph(_)));
    }

    #[test]
    fn a_short_label_on_its_own_line_is_its_own_paragraph() {
        let text = "Backups:\n The nightly job copies every volume to the vault host.\n";
        assert_eq!(crate::convert::read(text).doc.blocks.len(), 2);
        // a sentence wrapped after a colon runs on
        let text = "Run these steps in order, as the notes say:\n the job needs them all.\n";
        assert_eq!(crate::convert::read(text).doc.blocks.len(), 1);
    }

    #[test]
    fn a_sentence_ending_well_short_of_the_line_above_breaks_the_paragraph() {
        let long = "  The queue keeps every pending job on disk so that restarts lose nothing
";
        // (text set in under its heading)
        let text = format!(
            "Queue\n{long}  at all. See the notes for more.\n  Jobs older than a week are dropped\n  by the nightly sweep.\n"
        );
        let doc = crate::convert::read(&text).doc;
        let paragraphs = |d: &crate::doc::Document| {
            d.blocks
                .iter()
                .filter(|b| matches!(b.kind, BlockKind::Paragraph(_)))
                .count()
        };
        assert_eq!(paragraphs(&doc), 2);
        // flat text at the margin runs on (`ragged::margin_run_on`)
        let text = format!(
            "{long}  at all. See the notes for more.\n  Jobs older than a week are dropped\n  by the nightly sweep.\n"
        );
        assert_eq!(crate::convert::read(&text).doc.blocks.len(), 1);
        // one closing sentence short of the full line stays in
        let text = format!(
            "{long}  at all. See the notes for more.\n  Jobs older than a week are dropped.\n"
        );
        assert_eq!(crate::convert::read(&text).doc.blocks.len(), 1);
        // a sentence typed with a space after its stop wrapped there
        let text = format!(
            "{long}  at all. See the notes for more. \n  Jobs older than a week are dropped.\n"
        );
        assert_eq!(crate::convert::read(&text).doc.blocks.len(), 1);
        // a sentence ending near the full width runs on
        let text = format!(
            "{long}  at all, ever, whatever happens to the host it runs on or near it.\n  Jobs older than a week are dropped.\n"
        );
        assert_eq!(crate::convert::read(&text).doc.blocks.len(), 1);
    }
}
