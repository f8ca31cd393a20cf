//! Headings typed with marks around or before them in plain text: a line
//! in, its heading out when it is a title framed by a run of marks on
//! both sides (`*** Deploying ***`) or led by an arrow (`==> Building`),
//! alone between blank lines; each style keyed apart, so the first one
//! seen is the upper level.

use super::headings::{Found, found};
use super::headtext::heading_like;
use super::lines::Line;

/// The heading at `lines[i]`: flush left, a blank line (or the page's
/// edge) on either side, a framed or arrow-led title.
pub(super) fn heading(lines: &[Line], i: usize, prev_blank: bool) -> Option<Found> {
    let l = &lines[i];
    let next_blank = lines.get(i + 1).is_none_or(Line::blank);
    if l.indent != 0 || !prev_blank || !next_blank {
        return None;
    }
    let (key, title) = framed(&l.text).or_else(|| arrowed(&l.text))?;
    Some(found(i, i + 1, l.no, key, title, false))
}

/// A title between two equal runs of two to six `*`, `~` or `+`, or
/// three to six `-` (`*** Layout ***`), spaced off them: its key and
/// its text.
fn framed(text: &str) -> Option<(String, &str)> {
    let mark = text
        .chars()
        .next()
        .filter(|c| ['*', '~', '+', '-'].contains(c))?;
    let n = text.chars().take_while(|&c| c == mark).count();
    let least = if mark == '-' { 3 } else { 2 };
    let run = mark.to_string().repeat(n);
    let inner = text.strip_prefix(&run)?.strip_suffix(&run)?;
    let title = inner.strip_prefix(' ')?.strip_suffix(' ')?.trim();
    let ok = (least..=6).contains(&n) && !title.contains(mark) && titled(title);
    ok.then(|| (format!("f{run}"), title))
}

/// A title led by an arrow, `==>` or `-->`, and a space (`==> Running a
/// build`): its key and its text.
fn arrowed(text: &str) -> Option<(String, &str)> {
    let arrow = ["==>", "-->"].into_iter().find(|a| text.starts_with(a))?;
    let title = text[arrow.len()..].strip_prefix(' ')?.trim();
    titled(title).then(|| (format!("a{arrow}"), title))
}

/// Whether `title` reads as a heading: eight words at most, a capital
/// first, no closing stop or colon.
fn titled(title: &str) -> bool {
    (1..=8).contains(&title.split_whitespace().count())
        && title.starts_with(char::is_uppercase)
        && !title.ends_with(['.', ':', ',', ';', '!'])
        && heading_like(title, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn framed_and_arrowed_titles() {
        assert_eq!(
            framed("*** Known problems ***").unwrap().1,
            "Known problems"
        );
        assert!(framed("*** WARNING: never edit it by hand").is_none());
        assert!(framed("** a b ***").is_none());
        assert_eq!(arrowed("==> Running a build").unwrap().1, "Running a build");
        assert!(arrowed("==> then restart it.").is_none());
    }
}
