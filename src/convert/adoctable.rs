//! An AsciiDoc table (`|===` lines around cells that each open with `|`,
//! one row a line or one cell a line, rows blank lines apart; maybe a
//! `[cols="1,2",options="header"]` line over it) in, a table block out:
//! its first row the header when a blank line follows it (AsciiDoc's
//! implicit header) or the options name one.

use super::grid::table;
use super::lines::Line;
use crate::doc::{Block, BlockKind};

/// The table opening at `lines[i]` (its `|===` line or the attribute
/// line over it), and the line after its closing `|===`.
pub fn parse(lines: &[Line], i: usize) -> Option<(Vec<Block>, usize)> {
    let named = attributes(&lines[i].text);
    let open = if named { i + 1 } else { i };
    if lines.get(open)?.text != "|===" {
        return None;
    }
    let close = (open + 1..lines.len()).find(|&k| lines[k].text == "|===")?;
    let body = &lines[open + 1..close];
    let first = body.iter().position(|l| !l.blank())?;
    let width = cells(&body[first].text).len();
    let header = lines[i].text.contains("header")
        || (width > 1 && body.get(first + 1).is_some_and(Line::blank))
        // a header row given one cell a line, then a blank line
        || (width == 1 && body.get(first + width).is_some_and(Line::blank));
    let mut all: Vec<(String, u32)> = Vec::new();
    for l in body.iter().filter(|l| !l.blank()) {
        if !l.text.starts_with('|') {
            // a cell's text goes on
            if let Some(last) = all.last_mut() {
                last.0.push(' ');
                last.0.push_str(&l.text);
            }
            continue;
        }
        all.extend(cells(&l.text).into_iter().map(|c| (c, l.no)));
    }
    if all.is_empty() {
        // no line opens a cell (`|` set in): no table
        return None;
    }
    let width = columns(lines[i].text.as_str()).unwrap_or(width).max(1);
    let mut rows = Vec::new();
    let mut nos = Vec::new();
    for chunk in all.chunks(width) {
        let mut row: Vec<String> = chunk.iter().map(|c| c.0.clone()).collect();
        row.resize(width, String::new());
        nos.push(chunk[0].1);
        rows.push(row);
    }
    let mut block = table(rows, nos);
    if let BlockKind::Table(t) = &mut block.kind
        && !header
    {
        t.header_rows = 0;
    }
    Some((vec![block], close + 1))
}

/// `[cols="1,2",options="header"]`, `[%header,cols=2*]`: a table's
/// attribute line.
fn attributes(text: &str) -> bool {
    text.starts_with('[')
        && text.ends_with(']')
        && (text.contains("cols") || text.contains("header") || text.contains("options"))
}

/// The number of columns a `cols="1,2,4"` or `cols=3*` attribute gives.
fn columns(text: &str) -> Option<usize> {
    let spec = text.split_once("cols=")?.1.trim_start_matches('"');
    let spec = &spec[..spec.find(['"', ']']).unwrap_or(spec.len())];
    if let Some(n) = spec.strip_suffix('*') {
        return n.parse().ok();
    }
    let n = spec.split(',').count();
    (n > 1).then_some(n)
}

/// The trimmed cells of a row line `|a |b`.
fn cells(text: &str) -> Vec<String> {
    text.split('|')
        .skip(1)
        .map(|c| c.trim().to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;
    use crate::convert::table_cells;

    #[test]
    fn rows_a_line_and_a_cell_a_line() {
        let lines = split("|===\n|Pool |Size\n\n|a |1\n|b\n|2\n|===\nafter\n");
        let (blocks, next) = parse(&lines, 0).unwrap();
        assert_eq!(next, 7);
        assert_eq!(
            table_cells(&blocks[0]),
            [["Pool", "Size"], ["a", "1"], ["b", "2"]]
        );
        let BlockKind::Table(t) = &blocks[0].kind else {
            panic!()
        };
        assert_eq!(t.header_rows, 1);
    }

    #[test]
    fn columns_from_attributes() {
        let lines = split("[cols=\"1,3\"]\n|===\n|a\n|b\n|c\n|d\n|===\n");
        let (blocks, _) = parse(&lines, 0).unwrap();
        assert_eq!(table_cells(&blocks[0]), [["a", "b"], ["c", "d"]]);
        assert!(parse(&split("|===\n|a\n"), 0).is_none());
    }
}
