//! Rows of columns whose first cell is a list's marker (`*       soft
//! nproc   1500`, a `limits.conf` line): the lines from a marker line in,
//! a literal block of them as typed out, not a list of points.

use super::body::chunk_end;
use super::classify::list_marker;
use super::lines::{Line, dedent};
use super::literal::literal_block;
use crate::doc::BlockKind;

/// The literal block the lines from `lines[i]` to the next blank make
/// when they are two rows or more, each opening with the same `*`, `-`
/// or `+` at one margin, each three cells or more set apart by runs of
/// two spaces or more, the cells after the first starting at the same
/// columns on every row: a file's or a program's rows lined up, whose
/// first column holds the mark (the ideals keep such rows as typed, a
/// literal block, three pages of three); and the index after them.
pub fn parse(lines: &[Line], i: usize) -> Option<(BlockKind, usize)> {
    let first = lines.get(i)?;
    let (marker, _, _) = list_marker(&first.text)?;
    if !"*-+".contains(marker) {
        return None;
    }
    let starts = cell_starts(&first.text);
    let end = chunk_end(lines, i);
    let run = lines.get(i..end)?;
    if starts.len() < 2 || run.len() < 2 {
        return None;
    }
    // (the first row is one by its own marker and columns)
    let row = |l: &Line| {
        l.indent == first.indent
            && list_marker(&l.text).is_some_and(|m| m.0 == marker)
            && cell_starts(&l.text) == starts
    };
    run[1..]
        .iter()
        .all(row)
        .then(|| (literal_block(None, dedent(run), first.no).kind, end))
}

/// The columns at which the cells of `text` after its first start: each
/// character that is not a space right after two spaces or more.
fn cell_starts(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut spaces = 0;
    for (at, c) in text.char_indices() {
        if c == ' ' {
            spaces += 1;
            continue;
        }
        if spaces >= 2 {
            out.push(at);
        }
        spaces = 0;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::parse;
    use crate::convert::lines::split;

    #[test]
    fn marked_rows_in_columns_are_a_literal_block() {
        let found = |text: &str| {
            let lines = split(text);
            parse(&lines, 0).map(|(_, next)| next)
        };
        assert_eq!(
            found("*     cpu     max   40\n*     mem     max   2G\n"),
            Some(2)
        );
        // points in words, one row alone, columns not lined up
        assert_eq!(found("* the first point\n* the second point\n"), None);
        assert_eq!(found("*     cpu     max   40\n"), None);
        assert_eq!(found("*     cpu     max   40\n*  mem  max     2G\n"), None);
    }
}
