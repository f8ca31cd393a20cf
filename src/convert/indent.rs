//! How far in a page sets its body text: most of it indented, as a
//! `links -dump` writes it, or two columns in under underlined headings.

use super::classify::code_like;
use super::lines::Line;

/// Whether most of the body is indented, as in `links -dump` output
/// (commands, which the dump sets at indentation 1, left out). Each
/// paragraph has one vote, by most of its lines, so that one long
/// paragraph typed flush left into a dump does not outweigh the page.
pub fn indented_body(lines: &[Line]) -> bool {
    let (mut deep, mut votes) = (0, 0);
    for run in lines.split(Line::blank) {
        let prose: Vec<&Line> = prose_lines(run).collect();
        let d = prose.iter().filter(|l| l.indent >= 2).count();
        if !prose.is_empty() {
            votes += 1;
            deep += usize::from(d * 2 >= prose.len());
        }
    }
    votes > 0 && deep * 2 >= votes
}

/// Whether the prose is set two columns in, as under underlined headings
/// (`Description` / `-----------` / `  fedmsg sends ...`), more often than
/// three or more, as a `links -dump` sets it under its bare headings: a
/// line two in is then text, not a subsection's title, unless what it is
/// over is set deeper.
pub fn body_at_two(lines: &[Line]) -> bool {
    let (two, deeper) = prose_lines(lines).fold((0, 0), |(t, d), l| match l.indent {
        2 => (t + 1, d),
        3.. => (t, d + 1),
        _ => (t, d),
    });
    two > deeper
}

/// The lines that tell where a page sets its prose: five words or more,
/// no command.
fn prose_lines<'l, 'a>(lines: &'l [Line<'a>]) -> impl Iterator<Item = &'l Line<'a>> {
    lines
        .iter()
        .filter(|l| l.text.split_whitespace().count() >= 5 && !code_like(&l.text))
}

/// Whether the text from `lines[end]` on starts deeper than two columns:
/// a line two in over it may title it though the body is set two in.
pub fn over_deeper(lines: &[Line], end: usize) -> bool {
    super::body::next_nonblank(lines, end).is_some_and(|n| lines[n].indent > 2)
}

/// Whether the next text after `lines[i]` is set deeper than it: a
/// flush-left sentence with its stop titles the indented text under it
/// (`How to add a mirror.`), but one closing the page or followed by more
/// flush-left text (`Notes go in the channel after every run.`) is prose.
pub fn text_under(lines: &[Line], i: usize) -> bool {
    super::body::next_nonblank(lines, i + 1).is_some_and(|n| lines[n].indent > lines[i].indent)
}
