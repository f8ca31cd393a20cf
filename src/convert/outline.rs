//! Outline headings: a page's lines in, the lines numbered as a section
//! outline (`2. Preparation` over `2.1 Check space`, `2.2 Tell people`)
//! out, and the heading each makes.

use super::classify::strip_heading_number;
use super::headings::{Found, found};
use super::lines::Line;
use super::numbered::{in_step, title_words};

/// The lines of `lines[from..]` (ascending) that number a section
/// outline: top lines `1. Title`, `2. Title`, ... at one indentation,
/// in step, with sub-lines `2.1 Title`, `2.2 Title` under them at the
/// same indentation, in step under their top number; at least two of
/// each, every one a title (`title_words`, no stop) with a blank line
/// above it. The sub-numbers show the page's outline, so a top line
/// needs no blank line under it (`1. Contact Information` over its
/// fields).
pub(super) fn outline_heads(lines: &[Line], from: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = from;
    while i < lines.len() {
        if i > from && numbers(&lines[i].text).as_deref() == Some(&[1]) {
            let (run, end) = outline_run(lines, i);
            let tops = run.iter().filter(|&&(_, d)| d == 1).count();
            let fit = run.iter().all(|&(k, _)| {
                let t = lines[k].text.trim_end();
                lines[k - 1].blank() && title_words(t) && !t.ends_with(['.', ',', ';'])
            });
            if fit && tops >= 2 && run.len() >= tops + 2 {
                out.extend(run.iter().map(|&(k, _)| k));
                i = end.max(i + 1);
                continue;
            }
        }
        i += 1;
    }
    out
}

/// The numbered lines of the outline starting at `lines[i]` (`1.`), each
/// with its depth (1 or 2), up to text further out or a number out of
/// step; and the index where the walk stopped.
fn outline_run(lines: &[Line], i: usize) -> (Vec<(usize, usize)>, usize) {
    let (mut top, mut sub) = (1u32, 0u32);
    let mut depths = vec![1];
    let (run, end) = in_step(lines, i, |_, text| {
        let n = numbers(text)?;
        match n.as_slice() {
            [t] if *t == top + 1 => (top, sub) = (top + 1, 0),
            [t, s] if *t == top && *s == sub + 1 => sub += 1,
            _ => return Some(false),
        }
        depths.push(n.len());
        Some(true)
    });
    (run.into_iter().zip(depths).collect(), end)
}

/// The parts of a line's section number (`[2, 1]` of `2.1 Check space`,
/// `[3]` of `3. Moving`), when a title follows it; None otherwise.
fn numbers(text: &str) -> Option<Vec<u32>> {
    let stripped = strip_heading_number(text);
    if stripped.len() == text.len() {
        return None;
    }
    let num = text[..text.len() - stripped.len()].trim();
    let num = num.strip_suffix(')').unwrap_or(num);
    let parts: Option<Vec<u32>> = num
        .split('.')
        .filter(|p| !p.is_empty())
        .map(|p| p.parse().ok())
        .collect();
    parts.filter(|p| !p.is_empty() && p.len() <= 2)
}

/// The heading `lines[i]` makes when `outline_heads` gave it (`at`,
/// ascending): a bare line, its depth from its number.
pub(super) fn outline_head(lines: &[Line], i: usize, at: &[usize]) -> Option<Found> {
    let l = &lines[i];
    at.binary_search(&i)
        .is_ok()
        .then(|| found(i, i + 1, l.no, format!("b{}", l.indent), &l.text, false))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn sub_numbers_make_an_outline() {
        let text =
            "Intro.\n\n1. Who\nOwner: ops\n\n2. Steps\n\n2.1 Look\n   df -h\n\n2.2 Act\nDo it.\n";
        let lines = split(text);
        assert_eq!(outline_heads(&lines, 0), vec![2, 5, 7, 10]);
    }

    #[test]
    fn numbered_sentences_are_no_outline() {
        let text = "Intro.\n\n1. Stop it.\n\n2. Start it.\n\n2.1 Check it.\n\n2.2 Log it.\n";
        assert!(outline_heads(&split(text), 0).is_empty());
    }
}
