//! Terms with definitions hanging under them, in lines: a short line (or
//! one wrapped onto a second) with deeper lines right under it, as
//! docutils reads such text; out, a definition list block.

use super::body::{Ctx, nested, next_nonblank};
use super::classify::{contact_field, list_marker, prose};
use super::inline;
use super::lines::Line;
use crate::doc::{Block, BlockKind, DefinitionItem};

/// Whether `lines[i]` is a short line with deeper lines hanging under it
/// (a term and its definition, as docutils reads such text).
pub fn hanging(lines: &[Line], i: usize) -> bool {
    term_end(lines, i).is_some()
}

/// The end of the term at `lines[i]`: one short line, or a line wrapped
/// onto a second at the same indentation, with deeper lines right under
/// it (no blank line between).
fn term_end(lines: &[Line], i: usize) -> Option<usize> {
    let l = &lines[i];
    let wrapped = lines.get(i + 1).is_some_and(|m| {
        !m.blank()
            && m.indent == l.indent
            && l.text.len() > 40
            && !l.text.ends_with(['.', ':', '?', '!', ';'])
            && list_marker(&m.text).is_none()
            && !m.code_like()
    });
    let last = if wrapped { i + 1 } else { i };
    let t = &lines[last];
    let n = lines.get(last + 1)?;
    let ok = !n.blank()
        && n.indent >= l.indent + 2
        && (t.text.len() <= 60 || wrapped)
        && !t.text.ends_with(':')
        && !t.text.ends_with([',', '(', '{', '[', '\\'])
        && !(t.text.ends_with('.') && prose(&t.text))
        && !l.code_like()
        && !t.code_like()
        && list_marker(&n.text).is_none()
        && !n.code_like()
        && contact_field(&l.text).is_none();
    // (a whole sentence, five words or more to its full stop, is no term)
    // the sentence going on in lower case after the deeper lines: one
    // paragraph with an indented piece, not a term
    let back = (last + 1..lines.len()).find(|&k| lines[k].blank() || lines[k].indent <= l.indent);
    let goes_on = back.is_some_and(|k| {
        !lines[k].blank() && lines[k].text.starts_with(|c: char| c.is_lowercase())
    });
    (ok && !goes_on).then_some(last + 1)
}

/// The end of the definition starting at `lines[d]` under a term set in
/// by `indent`: its deeper lines, then each later paragraph after blank
/// lines set in as far as it (`=item` text of several paragraphs).
fn definition_end(lines: &[Line], d: usize, end: usize, indent: usize) -> usize {
    let mut e = d;
    while e < end && lines[e].indent > indent {
        e += 1;
    }
    while let Some(n) = next_nonblank(lines, e)
        && n > e
        && lines[n].indent >= lines[d].indent
        && lines[n].indent > indent
    {
        e = n;
        while e < lines.len() && !lines[e].blank() && lines[e].indent > indent {
            e += 1;
        }
    }
    e
}

/// Terms with their hanging definitions, up to the end of the chunk (a
/// definition's later paragraphs, set in like it, past it).
pub fn definitions(lines: &[Line], i: usize, end: usize, ctx: &mut Ctx) -> (Vec<Block>, usize) {
    let mut items = Vec::new();
    let mut k = i;
    while k < end
        && lines[k].indent == lines[i].indent
        && let Some(d) = term_end(lines, k)
    {
        let term = &lines[k];
        let e = definition_end(lines, d, end, term.indent);
        let definition = nested(&lines[d..e], lines[d].indent, ctx);
        let text: Vec<&str> = lines[k..d].iter().map(|l| l.text.as_str()).collect();
        items.push(DefinitionItem {
            line: term.no,
            term: inline::parse(&text.join(" "), term.no),
            classifiers: Vec::new(),
            definition,
        });
        k = e;
    }
    (
        vec![Block::new(lines[i].no, BlockKind::DefinitionList(items))],
        k,
    )
}
