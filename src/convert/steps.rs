//! Runs of lines that are steps without markers: short lines, each one
//! sentence of its own (`Stop the feeder.` / `Empty the bowl.`), the
//! author writing one instruction a line.

use super::classify::list_marker;
use super::inline;
use super::lines::Line;
use super::list::bullets;
use super::literal::literal_block;
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
            blocks: step_blocks(l),
        })
        .collect();
    Some(bullets(items))
}

/// A step's blocks: its sentence; but a step ending with a command in
/// quotes after a colon (`On the old host: 'feeder stop all'`) is the
/// words up to the colon over the command as a literal block.
fn step_blocks(l: &Line) -> Vec<Block> {
    let para = |t: &str| Block::new(l.no, BlockKind::Paragraph(inline::parse(t, l.no)));
    let Some((words, quoted)) = l.text.rsplit_once(": ") else {
        return vec![para(&l.text)];
    };
    let cmd = ['\'', '"'].into_iter().find_map(|q| {
        quoted
            .strip_prefix(q)
            .and_then(|c| c.strip_suffix(q))
            .filter(|c| !c.contains(q))
    });
    let program = |c: &str| {
        c.split_whitespace().count() >= 2
            && c.split_whitespace().next().is_some_and(|w| {
                w.chars()
                    .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-')
            })
    };
    match cmd.filter(|c| program(c)) {
        Some(c) => vec![
            para(&format!("{words}:")),
            literal_block(None, format!("{c}\n"), l.no),
        ],
        None => vec![para(&l.text)],
    }
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

    #[test]
    fn quoted_command_after_colon_is_literal() {
        let cmd = &split("On the old host: 'feeder stop all'\n")[0];
        assert!(matches!(
            step_blocks(cmd)[1].kind,
            BlockKind::CodeBlock { .. }
        ));
        let name = &split("Set the title to: 'Kennel North'\n")[0];
        assert_eq!(step_blocks(name).len(), 1);
    }
}
