//! Blocks the text marks itself, lines in, blocks out: RST directives and
//! fields, a literal block's bare `::`, text boxed in a frame of marks, the
//! dump's note icons, `Note` and `Warning` words and `Note:` labels, each
//! as its admonition.

use super::body::{Ctx, Parsed, blocks, chunk_end, next_nonblank, paragraph};
use super::callout;
use super::classify::{admonition_word, list_marker, note_icon};
use super::codechunk::code_chunk;
use super::lines::Line;
use super::literal::{self, after_colon, colon_before};
use super::markup;
use crate::doc::{AdmonitionKind, Block, BlockKind, Inline};

/// Blocks the text marks itself: RST directives and fields, the dump's
/// note icons, `Note`/`Warning` words and `Note:` labels.
pub(super) fn marked(lines: &[Line], i: usize, ctx: &mut Ctx) -> Option<Parsed> {
    let l = &lines[i];
    if l.text == "::" {
        return markup::bare_literal(lines, i);
    }
    if let Some(parsed) = super::framebox::parse(lines, i, ctx) {
        return Some(parsed);
    }
    if let Some(parsed) = super::codedir::parse(lines, i) {
        return Some(parsed);
    }
    if markup::directive(&l.text).is_some() || markup::see_also(&l.text).is_some() {
        return Some(markup::admonition(lines, i, ctx));
    }
    if markup::field(&l.text).is_some()
        && next_nonblank(lines, i + 1).is_some_and(|n| markup::field(&lines[n].text).is_some())
    {
        return Some(markup::fields(lines, i, ctx));
    }
    if let Some(kind) = note_icon(&l.text) {
        return Some(note(lines, i, kind, ctx));
    }
    // the word alone, its text right under it or a list after a blank line
    if let Some(kind) = admonition_word(&l.text)
        && (lines.get(i + 1).is_some_and(|n| !n.blank())
            || next_nonblank(lines, i + 1).is_some_and(|n| {
                lines[n].indent >= l.indent && list_marker(&lines[n].text).is_some()
            }))
    {
        return Some(note(lines, i, kind, ctx));
    }
    let (kind, label) = callout::label(&l.text)
        .filter(|_| !callout::among_fields(lines, i))
        .or_else(|| callout::lone_bullet(lines, i))
        .or_else(|| callout::aside(lines, i, chunk_end(lines, i)))
        .or_else(|| callout::starred(lines, i, chunk_end(lines, i)))?;
    Some(labelled(lines, i, kind, &l.text[..label], ctx))
}

/// A `Note: text` paragraph (or lone `* Note -- text` bullet, `(note:
/// text).` aside or `*** WARNING: text ***` banner) as an admonition of
/// that kind, without its `label` (nor the aside's closing parenthesis,
/// the banner's closing stars).
fn labelled(lines: &[Line], i: usize, kind: AdmonitionKind, label: &str, ctx: &mut Ctx) -> Parsed {
    let (mut inner, next) = paragraph(lines, i, chunk_end(lines, i));
    let next = commands_under(lines, i, next, &mut inner, ctx);
    let next = announced_block(lines, i, next, &mut inner, ctx);
    if let Some(Block {
        kind: BlockKind::Paragraph(content),
        ..
    }) = inner.first_mut()
    {
        if let Some(Inline::Text(t)) = content.first_mut()
            && let Some(after) = t
                .strip_prefix(label.trim_end())
                .or_else(|| t.strip_prefix(unmarked(label).trim_end()))
        {
            *t = after.trim_start().to_string();
        }
        if label.starts_with('(')
            && let Some(Inline::Text(t)) = content.last_mut()
        {
            *t = t.trim_end_matches('.').trim_end_matches(')').to_string();
        }
        // a banner's closing stars (or bangs)
        if let Some(mark) = [("**", '*'), ("!!", '!')]
            .into_iter()
            .find_map(|(run, m)| label.starts_with(run).then_some(m))
            && let Some(Inline::Text(t)) = content.last_mut()
        {
            *t = t.trim_end_matches(mark).trim_end().to_string();
        }
    }
    let block = BlockKind::Admonition {
        kind,
        title: None,
        blocks: inner,
    };
    (vec![Block::new(lines[i].no, block)], next)
}

/// The commands set in right under a note's text that starts at
/// `lines[i]` and ends before `next`, no blank line between (`find it
/// with` / a tab then `$ curl ...`): the note's, added to `inner`. When
/// the text ends with `:` and the sentence goes on flush under the
/// commands, still no blank line (`pause it first:` / `  cmd` / `then
/// power it off.`), that text is the note's too: the colon announced the
/// commands inside the note, and what follows them finishes it. Returns
/// the line after what the note took.
fn commands_under(
    lines: &[Line],
    i: usize,
    next: usize,
    inner: &mut Vec<Block>,
    ctx: &mut Ctx,
) -> usize {
    let under = lines[next..]
        .iter()
        .take_while(|l| !l.blank() && l.indent > lines[i].indent)
        .count();
    if under == 0 || !lines[next].code_like() {
        return next;
    }
    inner.extend(blocks(&lines[next..next + under], ctx));
    let after = next + under;
    let announced = next > i && lines[next - 1].text.trim_end().ends_with(':');
    let goes_on = lines.get(after).is_some_and(|l| {
        !l.blank() && l.indent == lines[i].indent && list_marker(&l.text).is_none()
    });
    if !(announced && goes_on) {
        return after;
    }
    let end = chunk_end(lines, after);
    inner.extend(blocks(&lines[after..end], ctx));
    end
}

/// The block a note's text, `inner` from `lines[i]` up to `next`, ends
/// by announcing with its colon, a blank line under it and the block set
/// in past the label (`Note - check the settings:` / `` / `  delay 1`):
/// the note's, as the hand conversions keep it (7 of 8 such notes), read
/// as a literal block the colon announces (code, or a run `after_colon`
/// takes). Set-in prose under it stays out of the note, a paragraph, as
/// under a `Note:` label before. Returns the line after it.
fn announced_block(
    lines: &[Line],
    i: usize,
    next: usize,
    inner: &mut Vec<Block>,
    ctx: &Ctx,
) -> usize {
    let margin = lines[i].indent;
    let Some(n) = next_nonblank(lines, next).filter(|&n| n > next) else {
        return next;
    };
    let end = chunk_end(lines, n);
    let chunk = &lines[n..end];
    let set_in = chunk.iter().all(|l| l.indent > margin) && list_marker(&chunk[0].text).is_none();
    let base = margin.max(ctx.base);
    if !set_in || !colon_before(inner) || !(code_chunk(chunk, base) || after_colon(inner, chunk)) {
        return next;
    }
    let (block, end) = literal::code(lines, n, end, base);
    inner.extend(block);
    end
}

/// A label without the dump's link marker before it: the paragraph reads
/// `Note.png Keep ...` where the line read `[64]Note.png Keep ...`.
fn unmarked(label: &str) -> &str {
    label
        .strip_prefix('[')
        .and_then(|r| r.split_once(']'))
        .filter(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        .map_or(label, |(_, rest)| rest)
}

/// A `[64]Note.png` icon: the text after it becomes a note.
fn note(lines: &[Line], i: usize, kind: &str, ctx: &mut Ctx) -> (Vec<Block>, usize) {
    let mut k = i + 1;
    if lines
        .get(k)
        .is_some_and(|l| l.text.eq_ignore_ascii_case(kind))
    {
        k += 1;
    }
    if lines.get(k).is_none_or(|l| l.blank()) {
        k = next_nonblank(lines, k).unwrap_or(lines.len());
    }
    let end = chunk_end(lines, k);
    let inner = blocks(&lines[k..end], ctx);
    let kind = AdmonitionKind::from_name(kind).unwrap_or(AdmonitionKind::Note);
    let block = BlockKind::Admonition {
        kind,
        title: None,
        blocks: inner,
    };
    (vec![Block::new(lines[i].no, block)], end)
}

#[cfg(test)]
mod tests {
    use crate::doc::BlockKind;

    #[test]
    fn a_command_set_in_under_a_note_is_the_notes() {
        let text =
            "Title\n=====\n\nNB: read the lock's log with\n\t$ kilnctl lock log\n\nThen go on.\n";
        let doc = crate::convert::read(text).doc;
        let BlockKind::Admonition { blocks, .. } = &doc.blocks[1].kind else {
            panic!("a note: {:?}", doc.blocks[1].kind)
        };
        assert!(matches!(blocks[1].kind, BlockKind::CodeBlock { .. }));
        assert!(matches!(doc.blocks[2].kind, BlockKind::Paragraph(_)));
    }

    #[test]
    fn settings_a_note_announces_under_a_blank_are_the_notes() {
        let text = "Title\n=====\n\nNote - set these in kiln.cfg:\n\n  max_c 1200\n  ramp_c 150\n\nThen go on.\n";
        let doc = crate::convert::read(text).doc;
        let BlockKind::Admonition { blocks, .. } = &doc.blocks[1].kind else {
            panic!("a note: {:?}", doc.blocks[1].kind)
        };
        assert!(matches!(blocks[1].kind, BlockKind::CodeBlock { .. }));
        assert!(matches!(doc.blocks[2].kind, BlockKind::Paragraph(_)));
    }
}
