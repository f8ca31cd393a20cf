//! Runs of lines that are steps without markers: short lines, each one
//! sentence of its own (`Stop the feeder.` / `Empty the bowl.`), the
//! author writing one instruction a line.

use super::classify::list_marker;
use super::inline;
use super::lines::Line;
use super::list::bullets;
use crate::doc::{Block, BlockKind, ListItem};

/// The widest a line of such a run may be (indent and text): well short
/// of the width text is wrapped at, so no line is a wrapped one.
const SHORT: usize = 64;

/// The run `lines[i..end]` as a bullet list, one item a line, when it is
/// three lines or more set alike, each short, starting with a capital,
/// ending a sentence and three words or more.
pub fn sentence_lines(lines: &[Line], i: usize, end: usize) -> Option<Block> {
    let run = &lines[i..end];
    let ok = run.len() >= 3
        && run.iter().all(|l| {
            l.indent == run[0].indent
                && l.indent + l.text.chars().count() <= SHORT
                && list_marker(&l.text).is_none()
                && l.text.starts_with(char::is_uppercase)
                && l.text.ends_with(['.', '!', '?', '\'', '"'])
                && l.text.split_whitespace().count() >= 3
        });
    if !ok {
        return None;
    }
    let items = run
        .iter()
        .map(|l| ListItem {
            line: l.no,
            task: None,
            blocks: vec![Block::new(
                l.no,
                BlockKind::Paragraph(inline::parse(&l.text, l.no)),
            )],
        })
        .collect();
    Some(bullets(items))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn one_sentence_a_line_is_a_list() {
        let steps =
            split("Stop the feeder first.\nEmpty the left bowl.\nRefill it with dry food.\n");
        assert!(sentence_lines(&steps, 0, 3).is_some());
        let wrapped =
            split("Stop the feeder first and\nempty the left bowl.\nRefill it with dry food.\n");
        assert!(sentence_lines(&wrapped, 0, 3).is_none());
        let two = split("Stop the feeder first.\nEmpty the left bowl.\n");
        assert!(sentence_lines(&two, 0, 2).is_none());
    }
}
