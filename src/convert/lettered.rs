//! Lettered sub-headings: a page's lines in, the lines that are a run of
//! `a. Title`, `b. Title` ... set over text flush with their letters
//! (not under their titles), as a part's cases are typed (`a. Permission
//! denied on the socket` / `The upgrade reset ...`), out; and the heading
//! each makes.

use super::classify::{capitalised, code_like, list_marker};
use super::headings::{Found, found};
use super::lines::Line;
use unicode_width::UnicodeWidthStr;

/// The lines of `lines[from..]` that are lettered headings, ascending: a
/// run of two or more lines `a.`, `b.`, ... (or `A)`, `B)`) in step at
/// one indentation, each under a blank line and a title (`titled`) right
/// over its text set flush with its letter (`opens_text`). An item of a
/// lettered list has its words wrapped under its text, or the next item
/// or a blank line right under it; a title has its case's text. Each
/// line is walked over once or twice: a walk stops at the next `a.`.
pub(super) fn lettered_heads(lines: &[Line], from: usize) -> Vec<usize> {
    let mut out = Vec::new();
    for i in from..lines.len() {
        if !list_marker(&lines[i].text).is_some_and(|(k, n, _)| matches!(k, 'a' | 'A') && n == 1) {
            continue;
        }
        let run = lettered_run(lines, i);
        if run.len() >= 2 && run.iter().all(|&k| titled(lines, k)) {
            out.extend(run);
        }
    }
    // (ascending, for `lettered_head`'s lookups)
    out.sort_unstable();
    out
}

/// The lettered lines at the indentation of `lines[i]` (lettered `a`),
/// in step, up to text further out or a letter out of step.
fn lettered_run(lines: &[Line], i: usize) -> Vec<usize> {
    let (own, kind) = (lines[i].indent, list_marker(&lines[i].text).map(|m| m.0));
    let mut run = vec![i];
    let mut next = 2u32;
    for (k, l) in lines.iter().enumerate().skip(i + 1) {
        if l.blank() || l.indent > own {
            continue;
        }
        if l.indent < own {
            break;
        }
        match list_marker(&l.text) {
            Some((m, n, _)) if Some(m) == kind && n == next => {
                run.push(k);
                next += 1;
            }
            Some((m, ..)) if Some(m) == kind => break,
            _ => {}
        }
    }
    run
}

/// Whether the lettered line `lines[k]` is a case's title: a blank line
/// over it, a capitalised title of one to twelve words with no closing
/// mark that reads as words, not a command, and the case's text right
/// under it (`opens_text`).
fn titled(lines: &[Line], k: usize) -> bool {
    let l = &lines[k];
    let title = title_of(&l.text);
    let words = title.split_whitespace().count();
    k.checked_sub(1)
        .and_then(|a| lines.get(a))
        .is_some_and(Line::blank)
        && capitalised(title)
        && (1..=12).contains(&words)
        && !title.ends_with(['.', ',', ';', ':', '!', '?'])
        && !code_like(title)
        && l.text.width() <= 72
        && lines.get(k + 1).is_some_and(|n| opens_text(l, n))
}

/// Whether `next`, the line right under the lettered title `title`, is
/// the first line of its text: set flush with the letter, no list item,
/// and its first word would have fitted after the title on its line, so
/// no wrap broke the title's words there.
fn opens_text(title: &Line, next: &Line) -> bool {
    let first = next.text.split_whitespace().next().unwrap_or("");
    !next.blank()
        && next.indent == title.indent
        && list_marker(&next.text).is_none()
        && title.text.width() + 1 + first.width() <= next.text.width()
}

/// The title of a lettered line: its words after the letter.
fn title_of(text: &str) -> &str {
    let at = list_marker(text).map_or(0, |m| m.2);
    text.get(at..).unwrap_or(text).trim()
}

/// The heading `lines[i]` makes when `lettered_heads` gave it (`at`,
/// ascending): its title without the letter, keyed `l` and its
/// indentation, a level of its own under the part's heading.
pub(super) fn lettered_head(lines: &[Line], i: usize, at: &[usize]) -> Option<Found> {
    let l = &lines[i];
    at.binary_search(&i).is_ok().then(|| {
        let key = format!("l{}", l.indent);
        found(i, i + 1, l.no, key, title_of(&l.text), false)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines;

    #[test]
    fn cases_over_flush_text_are_headings() {
        let text = "Causes\n\na. Disk full\nThe volume ran out of room overnight.\n\nb. Lock held\nAn old run kept its lock file behind.\n";
        let lines = lines::split(text);
        assert_eq!(lettered_heads(&lines, 0), vec![2, 5]);
        assert_eq!(
            lettered_head(&lines, 2, &[2, 5]).map(|h| h.text),
            Some("Disk full".to_string())
        );
    }

    #[test]
    fn items_wrapped_under_their_words_are_no_headings() {
        let text = "Steps\n\na. Check the date has passed and nobody asked\n   for more time.\n\nb. Make room\n   on the disk.\n";
        assert!(lettered_heads(&lines::split(text), 0).is_empty());
    }
}
