//! A glossary typed flush left, in: the page's lines and where a run
//! starts; three terms or more, each a short line over its definition
//! that starts in lower case (`lag` / `seconds between the newest ...`),
//! one blank line between; out, a definition list and the line after it.

use super::classify::list_marker;
use super::inline;
use super::lines::Line;
use crate::doc::BlockKind;

/// The definition list of the glossary starting at `lines[i]`, and the
/// line after its last definition; none with fewer than three terms.
pub fn parse(lines: &[Line], i: usize) -> Option<(BlockKind, usize)> {
    // (the cheap test first: a term over a definition)
    let mut e = entry_end(lines, i)?;
    let mut entries = vec![(i, e)];
    while lines.get(e).is_some_and(Line::blank) {
        let Some(next) = entry_end(lines, e + 1) else {
            break;
        };
        entries.push((e + 1, next));
        e = next;
    }
    if entries.len() < 3 {
        return None;
    }
    let items = entries
        .iter()
        .map(|&(s, e)| {
            let text: Vec<&str> = lines[s + 1..e].iter().map(|l| l.text.as_str()).collect();
            inline::term(&lines[s].text, &text.join(" "), lines[s].no)
        })
        .collect();
    Some((BlockKind::DefinitionList(items), e))
}

/// Where the entry at `lines[i]` ends (its run's end): a flush-left term
/// of three words at most and no closing stop, over flush-left lines of
/// its definition, the first starting in lower case and twice as long
/// as the term at least.
fn entry_end(lines: &[Line], i: usize) -> Option<usize> {
    let (term, def) = (lines.get(i)?, lines.get(i + 1)?);
    let words = term.text.split_whitespace().count();
    let ok = !term.blank()
        && term.indent == 0
        && (1..=3).contains(&words)
        && !term.text.ends_with(|c: char| c.is_ascii_punctuation())
        && list_marker(&term.text).is_none()
        && !term.code_like()
        && !def.blank()
        && def.indent == 0
        && def.text.starts_with(char::is_lowercase)
        && def.text.len() >= 2 * term.text.len()
        && list_marker(&def.text).is_none()
        && !def.code_like();
    if !ok {
        return None;
    }
    let run = lines[i + 1..]
        .iter()
        .take_while(|l| !l.blank() && l.indent == 0 && list_marker(&l.text).is_none())
        .count();
    Some(i + 1 + run)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn three_terms_over_lower_case_definitions() {
        let text = "spool\nthe folder jobs wait in\n\nquota\npages a desk may print in a\nmonth\n\ndrain\nstopping a queue without losing jobs\n\nAfter.\n";
        let (kind, e) = parse(&split(text), 0).expect("a glossary");
        assert_eq!(e, 9);
        let BlockKind::DefinitionList(items) = kind else {
            panic!("a definition list");
        };
        assert_eq!(items.len(), 3);
    }

    #[test]
    fn two_terms_or_a_sentence_under_a_name_are_text() {
        let two = "spool\nthe folder jobs wait in\n\nquota\npages a desk may print\n";
        assert!(parse(&split(two), 0).is_none());
        let caps = "Spool\nThe folder jobs wait in.\n\nQuota\nPages a desk may print.\n\nDrain\nStopping a queue for good.\n";
        assert!(parse(&split(caps), 0).is_none());
    }
}
