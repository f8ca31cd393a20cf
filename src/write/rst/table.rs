//! RST grid tables: each cell's blocks written at a width that lets the
//! table fit the page, then framed in `+---+` rules, `=` under the header.

use super::blocks;
use crate::doc::Table;
use unicode_width::UnicodeWidthStr;

/// A grid table; none when it has no columns.
pub(super) fn table(t: &Table, width: usize) -> Vec<String> {
    let ncols = t.rows.iter().map(Vec::len).max().unwrap_or(0);
    if ncols == 0 {
        return Vec::new();
    }
    let fitted = column_widths(t, ncols, width);
    let rows: Vec<Vec<Vec<String>>> = t
        .rows
        .iter()
        .map(|r| {
            r.iter()
                .enumerate()
                .map(|(i, c)| blocks(&c.blocks, None, fitted[i]))
                .collect()
        })
        .collect();
    let mut widths = vec![1usize; ncols];
    for r in &rows {
        for (i, c) in r.iter().enumerate() {
            for l in c {
                widths[i] = widths[i].max(l.width());
            }
        }
    }
    let rule = |c: char| {
        let mut s = String::from("+");
        for w in &widths {
            s.extend(std::iter::repeat_n(c, w + 2));
            s.push('+');
        }
        s
    };
    let mut out = vec![rule('-')];
    for (ri, r) in rows.iter().enumerate() {
        let height = r.iter().map(Vec::len).max().unwrap_or(0).max(1);
        for h in 0..height {
            let mut s = String::from("|");
            for (ci, w) in widths.iter().enumerate() {
                let text = r.get(ci).and_then(|c| c.get(h)).map_or("", String::as_str);
                s.push(' ');
                s.push_str(text);
                s.extend(std::iter::repeat_n(' ', w - text.width() + 1));
                s.push('|');
            }
            out.push(s);
        }
        let header_end = t.header_rows > 0 && ri + 1 == t.header_rows && ri + 1 < rows.len();
        out.push(rule(if header_end { '=' } else { '-' }));
    }
    out
}

/// The width to fill each column's cells at so that the table fits in
/// `width`: every column as wide as its longest line when that fits,
/// otherwise its longest word plus a share of the room left in
/// proportion to how much it would take.
fn column_widths(t: &Table, ncols: usize, width: usize) -> Vec<usize> {
    let widest = |w: usize, ci: usize| {
        t.rows
            .iter()
            .filter_map(|r| r.get(ci))
            .flat_map(|c| blocks(&c.blocks, None, w))
            .map(|l| l.width())
            .max()
            .unwrap_or(1)
            .max(1)
    };
    let natural: Vec<usize> = (0..ncols).map(|ci| widest(10_000, ci)).collect();
    let least: Vec<usize> = (0..ncols).map(|ci| widest(1, ci)).collect();
    let room = width.saturating_sub(3 * ncols + 1);
    if natural.iter().sum::<usize>() <= room {
        return natural;
    }
    let spare = room.saturating_sub(least.iter().sum());
    let want: usize = natural.iter().zip(&least).map(|(n, l)| n - l).sum();
    natural
        .iter()
        .zip(&least)
        .map(|(n, l)| l + (n - l) * spare / want.max(1))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::WIDTH;
    use super::*;
    use crate::doc::{Block, BlockKind, Inline};

    #[test]
    fn wide_tables_wrap_their_cells_to_the_width() {
        let cell = |t: &str| crate::doc::Cell {
            colspan: 1,
            rowspan: 1,
            blocks: vec![Block::new(
                1,
                BlockKind::Paragraph(vec![Inline::Text(t.into())]),
            )],
        };
        let long = "restart the service and wait for the health check to pass";
        let row = |a: &str| vec![cell(a), cell("web01"), cell(long), cell(long)];
        let t = Table {
            header_rows: 1,
            rows: vec![row("Step"), row("1"), row("2")],
            ..Table::default()
        };
        let out = table(&t, WIDTH);
        assert!(out.iter().all(|l| l.len() <= WIDTH), "{}", out.join("\n"));
        assert!(out.iter().all(|l| l.starts_with(['+', '|'])));
        // a table that fits keeps one line per cell
        let small = Table {
            header_rows: 1,
            rows: vec![vec![cell("a"), cell("b")], vec![cell("1"), cell("2")]],
            ..Table::default()
        };
        assert_eq!(table(&small, WIDTH).len(), 5);
    }
}
