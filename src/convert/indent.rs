//! How far in a page sets its body text: most of it indented, as a
//! `links -dump` writes it, or two columns in under underlined headings.

use super::classify::prose;
use super::lines::Line;

/// What the page-wide layout tests ask of each line of a page's body,
/// read once for all of them (each used to read every line again).
pub struct Layout {
    /// Lines that tell where the page sets its prose: five words or
    /// more, no command.
    pub wordy: Vec<bool>,
    /// Lines that are sentences (`prose`) and no command.
    pub sentence: Vec<bool>,
}

impl Layout {
    /// The layout facts of `lines`, one of each per line.
    pub fn read(lines: &[Line]) -> Layout {
        let (mut wordy, mut sentence) = (Vec::new(), Vec::new());
        for l in lines {
            // (a sentence has five words or more too: `code_like` only then)
            let five = l.text.split_whitespace().nth(4).is_some();
            let code = five && l.code_like();
            wordy.push(five && !code);
            sentence.push(five && !code && prose(&l.text));
        }
        Layout { wordy, sentence }
    }
}

/// Whether most of the body is indented, as in `links -dump` output
/// (commands, which the dump sets at indentation 1, left out). Each
/// paragraph has one vote, by most of its lines, so that one long
/// paragraph typed flush left into a dump does not outweigh the page.
/// (`wordy`: `Layout::wordy` of `lines`.)
pub fn indented_body(lines: &[Line], wordy: &[bool]) -> bool {
    let (mut deep, mut votes) = (0, 0);
    // the prose lines of the paragraph so far, and how many are set in
    let (mut d, mut n) = (0, 0);
    for (l, &w) in lines.iter().zip(wordy) {
        if l.blank() {
            votes += usize::from(n > 0);
            deep += usize::from(n > 0 && d * 2 >= n);
            (d, n) = (0, 0);
        } else if w {
            n += 1;
            d += usize::from(l.indent >= 2);
        }
    }
    votes += usize::from(n > 0);
    deep += usize::from(n > 0 && d * 2 >= n);
    votes > 0 && deep * 2 >= votes
}

/// Whether the prose is set two columns in, as under underlined headings
/// (`Description` / `-----------` / `  fedmsg sends ...`), more often than
/// three or more, as a `links -dump` sets it under its bare headings: a
/// line two in is then text, not a subsection's title, unless what it is
/// over is set deeper.
/// (`wordy`: `Layout::wordy` of `lines`.)
pub fn body_at_two(lines: &[Line], wordy: &[bool]) -> bool {
    let prose = lines.iter().zip(wordy).filter(|(_, w)| **w);
    let (two, deeper) = prose.fold((0, 0), |(t, d), (l, _)| match l.indent {
        2 => (t + 1, d),
        3.. => (t, d + 1),
        _ => (t, d),
    });
    two > deeper
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
