//! Tables the legacy text already writes as RST (a grid drawn with `+---+`
//! borders, or a simple table between `====  ====` rules): the run of
//! lines in, the table as docutils reads it out.

use super::lines::{Line, dedent};
use crate::doc::{Block, BlockKind, Cell, Inline};
use crate::markup::{Options, rst};

/// The table for the non-blank run `lines[i..end]` when its first and
/// last lines are both grid borders (a header line among them, or a
/// typed header over a body without rules) or both
/// simple-table rules and the RST reader finds one table in it and
/// nothing wrong.
pub fn parse(lines: &[Line], i: usize, end: usize) -> Option<Block> {
    let chunk = &lines[i..end];
    let (first, last) = (&chunk.first()?.text, &chunk.last()?.text);
    // (a grid without its `+===+` header line is a program's output, as
    // `mysql` prints a result: kept as laid out, unless its header cells
    // read as words a writer typed, gridrows::rowed)
    let head = chunk
        .iter()
        .any(|l| l.text.starts_with("+=") && l.text.ends_with("=+"));
    let grid = border(first) && border(last);
    let simple = rule(first) && rule(last);
    if chunk.len() < 3 || !(grid || simple) {
        return None;
    }
    let text = dedent(chunk);
    // (a typed grid with no rule between its body rows: one row a line;
    // else a row wrapped onto lines whose first cell is empty, then the
    // next row without a rule between: two rows)
    let text = match super::gridrows::rowed(&text) {
        Some(rowed) if grid => rowed,
        _ if grid && head => super::continued::grid_rows(&text),
        _ if grid => return None,
        _ => text,
    };
    let doc = rst::parse(&text, &Options::default());
    let [table] = <[Block; 1]>::try_from(doc.blocks).ok()?;
    if !doc.diagnostics.is_empty() || !matches!(table.kind, BlockKind::Table(_)) {
        return None;
    }
    Some(one_header(renumbered(table, chunk[0].no - 1)))
}

/// The table with its header rows (a header wrapped onto two lines of a
/// simple table) joined into one, cell by cell, as Markdown has one.
fn one_header(mut table: Block) -> Block {
    let BlockKind::Table(t) = &mut table.kind else {
        return table;
    };
    let spans = t.rows.iter().take(t.header_rows).flatten();
    if t.header_rows < 2 || spans.clone().any(|c| c.colspan != 1 || c.rowspan != 1) {
        return table;
    }
    let more: Vec<Vec<Cell>> = t.rows.drain(1..t.header_rows).collect();
    for row in more {
        for (cell, under) in t.rows[0].iter_mut().zip(row) {
            join(cell, under);
        }
    }
    t.header_rows = 1;
    table
}

/// Adds a header cell's text under another's: one paragraph, a space
/// between.
fn join(cell: &mut Cell, under: Cell) {
    let (
        Some(Block {
            kind: BlockKind::Paragraph(top),
            ..
        }),
        [
            Block {
                kind: BlockKind::Paragraph(low),
                ..
            },
        ],
    ) = (cell.blocks.last_mut(), under.blocks.as_slice())
    else {
        cell.blocks.extend(under.blocks);
        return;
    };
    top.push(Inline::Text(" ".into()));
    top.extend(low.iter().cloned());
}

/// A grid table's border line, `+-----+----+`.
pub(super) fn border(text: &str) -> bool {
    text.len() >= 4
        && text.starts_with("+-")
        && text.ends_with("-+")
        && text.bytes().all(|b| b == b'-' || b == b'+')
}

/// Where the grid drawn from the border `lines[i]` ends, when it is a
/// table a writer drew (`parse`), not a program's output: past its last
/// border, every line from `i` a border or a `|` row at `lines[i]`'s
/// indentation, the lines after it (a sentence typed right under the
/// foot) no part of it. None when `lines[i]` opens no such grid, as a
/// border inside a grid does not (so a run of many borders is read once).
pub(super) fn grid_end(lines: &[Line], i: usize) -> Option<usize> {
    let l = lines.get(i)?;
    if !border(&l.text) {
        return None;
    }
    let row = |k: &usize| {
        let m = &lines[*k];
        !m.blank() && m.indent == l.indent && (border(&m.text) || m.text.starts_with('|'))
    };
    if i > 0 && (row(&(i - 1)) || under_command(lines, i)) {
        return None;
    }
    let last = (i..lines.len())
        .take_while(row)
        .filter(|&k| border(&lines[k].text))
        .last()?;
    (last > i + 1 && parse(lines, i, last + 1).is_some()).then_some(last + 1)
}

/// Whether the grid whose top border is `lines[i]` is typed right under
/// a command at its indentation, no blank line between: the program's
/// answer (`*list volumes` / `+----+`), as `mysql` prints one, however
/// its header reads. The command is the nearest code-like line up the
/// run at the grid's indentation (`[root@host ~]# bconsole` /
/// `*list volumes`), with no blank line and no line ending a sentence or
/// a lead-in (`.`, `:`) between.
fn under_command(lines: &[Line], i: usize) -> bool {
    let indent = lines[i].indent;
    for k in (0..i).rev() {
        let l = &lines[k];
        if l.blank() || l.indent != indent || l.text.ends_with(['.', ':']) {
            return false;
        }
        if l.code_like() {
            return true;
        }
    }
    false
}

/// A simple table's rule, `=====  ===`: two columns at least.
fn rule(text: &str) -> bool {
    text.starts_with('=') && text.contains(" =") && text.bytes().all(|b| b == b'=' || b == b' ')
}

/// The table with its own line and its cells' moved down by `by`, from
/// the run's first line to the input's.
fn renumbered(mut table: Block, by: u32) -> Block {
    table.line += by;
    if let BlockKind::Table(t) = &mut table.kind {
        for cell in t.rows.iter_mut().flatten() {
            for b in &mut cell.blocks {
                b.line += by;
            }
        }
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn a_grid_ends_at_its_foot_and_opens_at_its_top_only() {
        let text = "+------+------+\n| Host | Rack |\n+------+------+\n| Web  | Left |\n\
                    | Mail | Back |\n+------+------+\nThat is all.\n";
        let lines = split(text);
        assert_eq!(grid_end(&lines, 0), Some(6));
        // a border inside the grid opens none
        assert_eq!(grid_end(&lines, 2), None);
        assert_eq!(grid_end(&lines, 1), None);
    }

    #[test]
    fn a_grid_under_a_command_is_its_output() {
        let grid = "+----+------+\n| Id | Name |\n+----+------+\n|  7 | tape |\n+----+------+\n";
        let session = format!("[root@bk01 ~]# bconsole\n*list volumes\n{grid}");
        let lines = split(&session);
        assert_eq!(grid_end(&lines, 2), None);
        let drawn = format!("The volumes we keep:\n{grid}");
        let lines = split(&drawn);
        assert_eq!(grid_end(&lines, 1), Some(6));
        let apart = format!("$ ls\n\n{grid}");
        let lines = split(&apart);
        assert_eq!(grid_end(&lines, 2), Some(7));
    }

    #[test]
    fn a_simple_table_is_a_table() {
        let lines =
            split("  ====  =====\n  Day   Kept\n  ====  =====\n  mon   yes\n  ====  =====\n");
        let t = parse(&lines, 0, 5).expect("a table");
        assert_eq!(t.line, 1);
        assert!(matches!(&t.kind, BlockKind::Table(t) if t.rows.len() == 2 && t.header_rows == 1));
    }

    #[test]
    fn a_grid_without_a_header_line_is_output() {
        let lines = split("+----+\n| id |\n+----+\n|  1 |\n+----+\n");
        assert!(parse(&lines, 0, 5).is_none());
    }

    #[test]
    fn rules_around_text_that_is_no_table_stay_out() {
        let lines = split("====  ====\nonly text here\n");
        assert!(parse(&lines, 0, 2).is_none());
    }
}
