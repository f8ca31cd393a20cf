//! Grid and simple tables: the table's lines in, a `Table` block out, with
//! column and row spans, following docutils' `tableparser` algorithms.

use super::Parser;
use super::lines::{Ln, join};
use crate::doc::{Block, BlockKind, Cell, Table};
use std::collections::BTreeMap;

/// A cell found by a table parser: row, column, spans and its lines.
struct RawCell {
    row: usize,
    col: usize,
    rowspan: usize,
    colspan: usize,
    lines: Vec<Ln>,
}

/// `+-[-+]+-+ *$`.
fn is_grid_border(s: &str) -> bool {
    let s = s.trim_end();
    s.len() >= 4
        && s.starts_with("+-")
        && s.ends_with("-+")
        && s.bytes().all(|b| b == b'-' || b == b'+')
}

/// `=+( +=+)+ *$`.
fn is_simple_top(s: &str) -> bool {
    let s = s.trim_end();
    s.starts_with('=') && s.contains(" =") && s.bytes().all(|b| b == b'=' || b == b' ')
}

impl Parser<'_> {
    pub(super) fn grid_table(
        &mut self,
        lines: &[Ln],
        i: usize,
        out: &mut Vec<Block>,
    ) -> Option<usize> {
        if !is_grid_border(&lines[i].text) {
            return None;
        }
        let mut end = i;
        while end < lines.len() && !lines[end].is_blank() {
            if lines[end].indent() > 0 {
                self.error(lines[end].no, "Unexpected indentation.");
                break;
            }
            end += 1;
        }
        let mut block: Vec<Ln> = lines[i..end].to_vec();
        if let Some(k) = block.iter().position(|l| !l.text.starts_with(['+', '|'])) {
            block.truncate(k);
        }
        if !block.last().is_some_and(|l| is_grid_border(&l.text)) {
            match (2..block.len().saturating_sub(1))
                .rev()
                .find(|&k| is_grid_border(&block[k].text))
            {
                Some(k) => block.truncate(k + 1),
                None => {
                    let no = block.last().map_or(lines[i].no, |l| l.no);
                    return Some(self.malformed(lines, i, end, "", no, out));
                }
            }
        }
        let next = i + block.len();
        let width = block[0].text.chars().count();
        let bad = block
            .iter()
            .find(|l| !(l.text.chars().count() == width && l.text.ends_with(['+', '|'])));
        if let Some(b) = bad {
            let no = b.no;
            return Some(self.malformed(lines, i, next, "", no, out));
        }
        match grid_cells(&block) {
            Ok((cells, head, nrows)) => {
                let table = self.build_table(cells, head, nrows);
                self.push(out, Block::new(lines[i].no, BlockKind::Table(table)));
            }
            Err(detail) => {
                return Some(self.malformed(lines, i, next, &detail, lines[i].no, out));
            }
        }
        Some(next)
    }

    pub(super) fn simple_table(
        &mut self,
        lines: &[Ln],
        i: usize,
        out: &mut Vec<Block>,
    ) -> Option<usize> {
        if !is_simple_top(&lines[i].text) {
            return None;
        }
        let toplen = lines[i].text.trim_end().len();
        let is_border = |s: &str| s.starts_with('=') && s.bytes().all(|b| b == b'=' || b == b' ');
        let mut found = 0;
        let mut end = None;
        let mut k = i + 1;
        while k < lines.len() {
            let t = &lines[k].text;
            if is_border(t) {
                if t.trim_end().len() != toplen {
                    let detail = "Bottom/header table border does not match top border.";
                    return Some(self.malformed(lines, i, k + 1, detail, lines[i].no, out));
                }
                found += 1;
                if found == 2 || k + 1 == lines.len() || lines[k + 1].is_blank() {
                    end = Some(k);
                    break;
                }
            }
            k += 1;
        }
        let Some(end) = end else {
            return Some(self.malformed(
                lines,
                i,
                lines.len(),
                "No bottom table border found.",
                lines[i].no,
                out,
            ));
        };
        let block = &lines[i..=end];
        match simple_cells(block) {
            Ok((cells, head, nrows)) => {
                let table = self.build_table(cells, head, nrows);
                self.push(out, Block::new(lines[i].no, BlockKind::Table(table)));
            }
            Err(detail) => {
                return Some(self.malformed(lines, i, end + 1, &detail, lines[i].no, out));
            }
        }
        Some(end + 1)
    }

    /// `Malformed table.` (reported at line `no`): the table text shown as
    /// a literal block.
    #[allow(clippy::too_many_arguments)]
    fn malformed(
        &mut self,
        lines: &[Ln],
        i: usize,
        end: usize,
        detail: &str,
        no: u32,
        out: &mut Vec<Block>,
    ) -> usize {
        let end = end.max(i + 1).min(lines.len());
        let msg = if detail.is_empty() {
            "Malformed table.".to_string()
        } else {
            format!("Malformed table.\n{detail}")
        };
        self.error(no, &msg);
        self.problem(out, lines[i].no, &msg, join(&lines[i..end]));
        end
    }

    fn build_table(&mut self, cells: Vec<RawCell>, head: usize, nrows: usize) -> Table {
        let mut rows: Vec<Vec<Cell>> = (0..nrows).map(|_| Vec::new()).collect();
        let mut sorted = cells;
        sorted.sort_by_key(|c| (c.row, c.col));
        for c in sorted {
            let blocks = self.body(&c.lines, false);
            if let Some(r) = rows.get_mut(c.row) {
                r.push(Cell {
                    colspan: c.colspan as u32,
                    rowspan: c.rowspan as u32,
                    blocks,
                });
            }
        }
        Table {
            header_rows: head,
            rows,
            ..Default::default()
        }
    }
}

/// The lines of a rectangle of the table, common indentation removed.
fn block_2d(
    block: &[Vec<char>],
    nos: &[u32],
    top: usize,
    left: usize,
    bottom: usize,
    right: usize,
) -> Vec<Ln> {
    let mut out: Vec<Ln> = (top..bottom)
        .map(|r| {
            let row = &block[r];
            let s: String = row[left.min(row.len())..right.min(row.len())]
                .iter()
                .collect();
            Ln::new(s.trim_end(), nos[r])
        })
        .collect();
    super::lines::trim_blank_end(&mut out);
    let indent = out
        .iter()
        .filter(|l| !l.is_blank())
        .map(Ln::indent)
        .min()
        .unwrap_or(0);
    for l in &mut out {
        *l = super::lines::strip_indent(l, indent);
    }
    out
}

type Parsed = (Vec<RawCell>, usize, usize);

/// docutils `GridTableParser`.
fn grid_cells(lines: &[Ln]) -> Result<Parsed, String> {
    let mut block: Vec<Vec<char>> = lines.iter().map(|l| l.text.chars().collect()).collect();
    let nos: Vec<u32> = lines.iter().map(|l| l.no).collect();
    let head_sep = grid_head_sep(&mut block);
    let g = Grid {
        block: &block,
        bottom: block.len() - 1,
        right: block[0].len() - 1,
    };
    let (found, rowseps, colseps) = g.scan()?;
    let rowindex: BTreeMap<usize, usize> =
        rowseps.keys().enumerate().map(|(i, r)| (*r, i)).collect();
    let colindex: BTreeMap<usize, usize> =
        colseps.keys().enumerate().map(|(i, c)| (*c, i)).collect();
    let mut cells = Vec::new();
    for (top, left, bottom, right) in found {
        let (Some(&r), Some(&c), Some(&rb), Some(&cr)) = (
            rowindex.get(&top),
            colindex.get(&left),
            rowindex.get(&bottom),
            colindex.get(&right),
        ) else {
            return Err("Malformed table; parse incomplete.".into());
        };
        cells.push(RawCell {
            row: r,
            col: c,
            rowspan: rb.saturating_sub(r).max(1),
            colspan: cr.saturating_sub(c).max(1),
            lines: block_2d(&block, &nos, top + 1, left + 1, bottom, right),
        });
    }
    let head = head_sep
        .and_then(|h| rowindex.get(&h).copied())
        .unwrap_or(0);
    Ok((cells, head, rowseps.len().saturating_sub(1)))
}

/// The last `+===+` line (the head/body separator), made a plain border.
fn grid_head_sep(block: &mut [Vec<char>]) -> Option<usize> {
    let mut head_sep = None;
    for (k, row) in block.iter_mut().enumerate().skip(1) {
        if row.iter().all(|c| *c == '=' || *c == '+') && row.contains(&'=') {
            head_sep = Some(k);
            for c in row.iter_mut() {
                if *c == '=' {
                    *c = '-';
                }
            }
        }
    }
    head_sep
}

struct Grid<'a> {
    block: &'a [Vec<char>],
    bottom: usize,
    right: usize,
}

type Seps = (usize, usize, Vec<usize>, Vec<usize>);
/// The cells of a grid by their corners: top, left, bottom, right.
type Corners = Vec<(usize, usize, usize, usize)>;
/// Row or column separator positions.
type SepSet = BTreeMap<usize, ()>;

impl Grid<'_> {
    /// Follows the cells from the top left corner, as docutils'
    /// `parse_table` does: the cells found, the row and the column
    /// separators.
    fn scan(&self) -> Result<(Corners, SepSet, SepSet), String> {
        let mut done = vec![-1i64; self.block[0].len()];
        let mut rowseps: SepSet = BTreeMap::from([(0, ())]);
        let mut colseps: SepSet = BTreeMap::from([(0, ())]);
        let mut corners = vec![(0usize, 0usize)];
        let mut found = Vec::new();
        while !corners.is_empty() {
            let (top, left) = corners.remove(0);
            if top == self.bottom || left >= self.right || top as i64 <= done[left] {
                continue;
            }
            let Some((bottom, right, rs, cs)) = self.scan_cell(top, left) else {
                continue;
            };
            rowseps.extend(rs.into_iter().map(|r| (r, ())));
            colseps.extend(cs.into_iter().map(|c| (c, ())));
            for d in done.iter_mut().take(right).skip(left) {
                *d = bottom as i64 - 1;
            }
            found.push((top, left, bottom, right));
            corners.push((top, right));
            corners.push((bottom, left));
            corners.sort_unstable();
        }
        if done[..self.right]
            .iter()
            .any(|d| *d != self.bottom as i64 - 1)
        {
            return Err("Malformed table; parse incomplete.".into());
        }
        Ok((found, rowseps, colseps))
    }

    fn at(&self, r: usize, c: usize) -> char {
        self.block[r].get(c).copied().unwrap_or(' ')
    }

    fn scan_cell(&self, top: usize, left: usize) -> Option<Seps> {
        let mut colseps = Vec::new();
        for i in left + 1..=self.right {
            match self.at(top, i) {
                '+' => {
                    colseps.push(i);
                    if let Some((bottom, rs, cs)) = self.scan_down(top, left, i) {
                        colseps.extend(cs);
                        return Some((bottom, i, rs, colseps));
                    }
                }
                '-' => {}
                _ => return None,
            }
        }
        None
    }

    fn scan_down(
        &self,
        top: usize,
        left: usize,
        right: usize,
    ) -> Option<(usize, Vec<usize>, Vec<usize>)> {
        let mut rowseps = Vec::new();
        for i in top + 1..=self.bottom {
            match self.at(i, right) {
                '+' => {
                    rowseps.push(i);
                    if let Some((rs, cs)) = self.scan_left(top, left, i, right) {
                        rowseps.extend(rs);
                        return Some((i, rowseps, cs));
                    }
                }
                '|' => {}
                _ => return None,
            }
        }
        None
    }

    fn scan_left(
        &self,
        top: usize,
        left: usize,
        bottom: usize,
        right: usize,
    ) -> Option<(Vec<usize>, Vec<usize>)> {
        let mut colseps = Vec::new();
        for i in (left + 1..right).rev() {
            match self.at(bottom, i) {
                '+' => colseps.push(i),
                '-' => {}
                _ => return None,
            }
        }
        if self.at(bottom, left) != '+' {
            return None;
        }
        let mut rowseps = Vec::new();
        for i in (top + 1..bottom).rev() {
            match self.at(i, left) {
                '+' => rowseps.push(i),
                '|' => {}
                _ => return None,
            }
        }
        Some((rowseps, colseps))
    }
}

/// Column extents `(start, end)` of the dash runs of a border line.
fn columns_of(line: &[char]) -> Vec<(usize, usize)> {
    let mut cols = Vec::new();
    let mut k = 0;
    while k < line.len() {
        if line[k] == '-' {
            let start = k;
            while k < line.len() && line[k] == '-' {
                k += 1;
            }
            cols.push((start, k));
        } else {
            k += 1;
        }
    }
    cols
}

/// docutils `SimpleTableParser`.
fn simple_cells(lines: &[Ln]) -> Result<Parsed, String> {
    let mut block: Vec<Vec<char>> = lines.iter().map(|l| l.text.chars().collect()).collect();
    let nos: Vec<u32> = lines.iter().map(|l| l.no).collect();
    let last = block.len() - 1;
    let mut head_sep = None;
    for (k, row) in block.iter_mut().enumerate() {
        let is_sep = row.first() == Some(&'=') && row.iter().all(|c| *c == '=' || *c == ' ');
        if is_sep {
            if k != 0 && k != last {
                if head_sep.is_some() {
                    return Err("Multiple head/body row separators; only one allowed.".into());
                }
                head_sep = Some(k);
            }
            for c in row.iter_mut() {
                if *c == '=' {
                    *c = '-';
                }
            }
        }
    }
    let mut st = Simple {
        block: &block,
        nos: &nos,
        columns: columns_of(&block[0]),
        border_end: 0,
        cells: Vec::new(),
        row_starts: Vec::new(),
    };
    st.border_end = st.columns.last().map_or(0, |c| c.1);
    let first = st.columns[0];
    let mut start = 1;
    let mut text_found = false;
    let is_span = |l: &[char]| l.first() == Some(&'-') && l.iter().all(|c| *c == '-' || *c == ' ');
    for (offset, line) in block.iter().enumerate().skip(1) {
        if is_span(line) {
            st.parse_row(start, offset, Some(offset))?;
            start = offset + 1;
            text_found = false;
        } else if line
            .get(first.0..first.1.min(line.len()))
            .is_some_and(|s| s.iter().any(|c| *c != ' '))
        {
            if text_found && offset != start {
                st.parse_row(start, offset, None)?;
            }
            start = offset;
            text_found = true;
        } else if !text_found {
            start = offset + 1;
        }
    }
    let nrows = st.row_starts.len();
    let head = match head_sep {
        Some(h) => st.row_starts.iter().position(|s| *s > h).unwrap_or(0),
        None => 0,
    };
    Ok((st.cells, head, nrows))
}

struct Simple<'a> {
    block: &'a [Vec<char>],
    nos: &'a [u32],
    columns: Vec<(usize, usize)>,
    border_end: usize,
    cells: Vec<RawCell>,
    row_starts: Vec<usize>,
}

impl Simple<'_> {
    fn parse_row(&mut self, s: usize, e: usize, span: Option<usize>) -> Result<(), String> {
        if s == e && span.is_none() {
            return Ok(());
        }
        let mut cols = self.row_columns(span)?;
        self.check_margins(s, e, &mut cols)?;
        self.push_row(s, e, cols)
    }

    /// The columns of a row: those of the table, or those of the column
    /// span line at `span`.
    fn row_columns(&self, span: Option<usize>) -> Result<Vec<(usize, usize)>, String> {
        Ok(match span {
            Some(off) => {
                let mut cols = columns_of(&self.block[off]);
                if cols.last().map(|c| c.1) != Some(self.border_end) {
                    return Err(format!("Column span incomplete in table line {}.", off + 1));
                }
                if let (Some(lc), Some(main)) = (cols.last_mut(), self.columns.last()) {
                    lc.1 = main.1;
                }
                cols
            }
            None => self.columns.clone(),
        })
    }

    /// Text between columns is an error; text beyond the last column
    /// widens it (and the table's last column).
    fn check_margins(
        &mut self,
        s: usize,
        e: usize,
        cols: &mut [(usize, usize)],
    ) -> Result<(), String> {
        let lastcol = cols.len() - 1;
        for i in 0..cols.len() {
            let ce = cols[i].1;
            let next = cols.get(i + 1).map_or(usize::MAX, |c| c.0);
            for (k, l) in self.block[s..e].iter().enumerate() {
                let beyond = |a: usize, b: usize| {
                    l.iter()
                        .skip(a)
                        .take(b.saturating_sub(a))
                        .any(|c| *c != ' ')
                };
                if i == lastcol && beyond(ce, usize::MAX) {
                    let text_end = l.iter().rposition(|c| *c != ' ').map_or(0, |p| p + 1);
                    let main_end = self.columns.last().map_or(0, |c| c.1);
                    cols[i].1 = main_end.max(text_end);
                    if text_end > main_end
                        && let Some(m) = self.columns.last_mut()
                    {
                        m.1 = text_end;
                    }
                } else if beyond(ce, next) {
                    return Err(format!(
                        "Text in column margin in table line {}.",
                        s + k + 1
                    ));
                }
            }
        }
        Ok(())
    }

    /// The cells of the row of lines `s..e`, spans matched to the table's
    /// columns.
    fn push_row(&mut self, s: usize, e: usize, cols: Vec<(usize, usize)>) -> Result<(), String> {
        let row = self.row_starts.len();
        self.row_starts.push(s);
        let mut i = 0;
        for (cs, ce) in cols {
            if self.columns.get(i).map(|c| c.0) != Some(cs) {
                return Err(format!(
                    "Column span alignment problem in table line {}.",
                    s + 2
                ));
            }
            let col = i;
            let mut span = 1;
            while self.columns.get(i).is_some_and(|c| c.1 != ce) {
                i += 1;
                span += 1;
                if i >= self.columns.len() {
                    return Err(format!(
                        "Column span alignment problem in table line {}.",
                        s + 2
                    ));
                }
            }
            self.cells.push(RawCell {
                row,
                col,
                rowspan: 1,
                colspan: span,
                lines: block_2d(self.block, self.nos, s, cs, e, ce),
            });
            i += 1;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markup::rst::lines::split;

    fn shape(p: &Parsed) -> Vec<(usize, usize, usize, usize, String)> {
        p.0.iter()
            .map(|c| (c.row, c.col, c.rowspan, c.colspan, join(&c.lines)))
            .collect()
    }

    #[test]
    fn grid_spans() {
        let t = "+-----+-----+\n| a   | b   |\n+=====+=====+\n| wide      |\n+-----+-----+\n| c   | d   |\n+     +-----+\n|     | e   |\n+-----+-----+";
        let p = grid_cells(&split(t, 1)).unwrap();
        assert_eq!(p.1, 1);
        assert_eq!(p.2, 4);
        let s = shape(&p);
        assert!(s.contains(&(1, 0, 1, 2, "wide".into())));
        assert!(s.contains(&(2, 0, 2, 1, "c".into())));
        assert!(s.contains(&(3, 1, 1, 1, "e".into())));
    }

    #[test]
    fn grid_column_separator_on_one_border_only() {
        let t = "+---+---+\n| a     |\n+---+---+";
        let p = grid_cells(&split(t, 1)).unwrap();
        assert_eq!(shape(&p), [(0, 0, 1, 2, "a".to_string())]);
    }

    #[test]
    fn simple_spans_and_continuation() {
        let t = "=====  =====\nA      B\n=====  =====\nx      y\n       more\nboth spans\n------------\nz      last col\n=====  =====";
        let p = simple_cells(&split(t, 1)).unwrap();
        assert_eq!(p.1, 1);
        let s = shape(&p);
        assert!(s.contains(&(1, 1, 1, 1, "y\nmore".into())));
        assert!(s.contains(&(2, 0, 1, 2, "both spans".into())));
        assert!(s.contains(&(3, 1, 1, 1, "last col".into())));
    }

    #[test]
    fn simple_margin_text_is_an_error() {
        let t = "===  ===\nabcdefg\n===  ===";
        assert!(simple_cells(&split(t, 1)).is_err());
    }
}
