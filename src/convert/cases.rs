//! Cases set out one to a paragraph: a short phrase ending with `:` on a
//! line of its own (`Disk fills up overnight:`), what it means and what
//! to do on the lines right under it at the same indentation or set in a
//! few columns, two such paragraphs or more in a row. Lines at `i` in, a
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
        return None;
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
