//! Checklists: a task box (`[ ]`, `[x]`) opening a list item
//! (`- [ ] Disable the alerts`, `1. [x] Copy the data`) or a line of its
//! own (`[ ] Check the label`), read as a task item, ticked or not; in
//! a list that mixes boxes with plain points, the boxes kept as text.

use super::classify::list_marker;
use super::lines::Line;
use crate::doc::{BlockKind, Inline, ListItem};

/// Where some of `items` are tasks and some are not, each box put back
/// as text (`[ ] `, `[x] `) at the start of its item: the list is a list
/// of points, as an RST reader takes a list only some of whose items
/// open with a box.
pub fn mixed_as_text(items: &mut [ListItem]) {
    let tasks = items.iter().filter(|i| i.task.is_some()).count();
    if tasks == 0 || tasks == items.len() {
        return;
    }
    for item in items {
        let Some(done) = item.task.take() else {
            continue;
        };
        let mark = if done { "[x] " } else { "[ ] " };
        match item.blocks.first_mut().map(|b| &mut b.kind) {
            Some(BlockKind::Paragraph(inlines)) => match inlines.first_mut() {
                Some(Inline::Text(t)) => t.insert_str(0, mark),
                _ => inlines.insert(0, Inline::Text(mark.to_string())),
            },
            _ => item.task = Some(done),
        }
    }
}

/// A task box at the start of `text` (`[ ]`, `[x]` or `[X]`), a space and
/// more text after it: whether it is ticked, and the width of the box and
/// the spaces after it.
pub fn task_box(text: &str) -> Option<(bool, usize)> {
    let done = match text.get(..3)? {
        "[ ]" => false,
        "[x]" | "[X]" => true,
        _ => return None,
    };
    let rest = &text[3..];
    let spaces = rest.chars().take_while(|&c| c == ' ' || c == '\t').count();
    (spaces > 0 && rest.len() > spaces).then_some((done, 3 + spaces))
}

/// The lines of the item `lines[j..k]` with its marker, and a task box
/// after the marker, taken off the first; and the box's state (`None`:
/// no box).
pub fn item_lines<'a>(lines: &[Line<'a>], j: usize, k: usize) -> (Option<bool>, Vec<Line<'a>>) {
    let mut out = lines[j..k].to_vec();
    let first = &mut out[0];
    let (m, _, mut w) = list_marker(&first.text).unwrap_or((' ', 0, 0));
    let task = match m {
        '[' => task_box(&first.text).map(|b| b.0),
        _ => first.text.get(w..).and_then(task_box).map(|(done, bw)| {
            w += bw;
            done
        }),
    };
    let lead = first.raw.len() - first.raw.trim_start().len();
    first.raw = first.raw.get(lead + w..).unwrap_or("");
    first.text = first.text.get(w..).unwrap_or("").trim().to_string();
    first.indent += w;
    (task, out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn task_boxes_open_items() {
        assert_eq!(task_box("[ ] Stop it"), Some((false, 4)));
        assert_eq!(task_box("[X]  Done"), Some((true, 5)));
        assert_eq!(task_box("[x]"), None);
        assert_eq!(task_box("[1] See"), None);
        assert_eq!(task_box("[ ]Stop"), None);
        let lines = split("- [x] Copy the data\n1. Stop\n[ ] Label it\n");
        let (task, l) = item_lines(&lines, 0, 1);
        assert_eq!((task, l[0].text.as_str()), (Some(true), "Copy the data"));
        let (task, l) = item_lines(&lines, 1, 2);
        assert_eq!((task, l[0].text.as_str()), (None, "Stop"));
        let (task, l) = item_lines(&lines, 2, 3);
        assert_eq!((task, l[0].text.as_str()), (Some(false), "Label it"));
    }

    #[test]
    fn mixed_boxes_kept_as_text() {
        use crate::doc::Block;
        let item = |task, text: &str| ListItem {
            line: 1,
            task,
            blocks: vec![Block::new(
                1,
                BlockKind::Paragraph(vec![Inline::Text(text.into())]),
            )],
        };
        let mut items = vec![item(Some(true), "Count"), item(None, "Sweep")];
        mixed_as_text(&mut items);
        assert_eq!(items[0].task, None);
        let BlockKind::Paragraph(p) = &items[0].blocks[0].kind else {
            panic!()
        };
        assert!(matches!(&p[0], Inline::Text(t) if t == "[x] Count"));
    }
}
