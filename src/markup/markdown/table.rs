//! Markdown tables in the reader: the cells a row collects, the rows a
//! table collects (header rows counted), and the table block they make.

use super::{Builder, Frame, Open};
use crate::doc::{Align, Block, BlockKind, Cell, Inline, Table};
use pulldown_cmark::Alignment;

impl Builder<'_> {
    /// Closes a table: its rows, alignments and header row count as a block.
    pub(super) fn table(
        &mut self,
        align: Vec<Align>,
        rows: Vec<Vec<Cell>>,
        header_rows: usize,
        line: u32,
    ) {
        let table = Table {
            caption: None,
            align,
            widths: vec![],
            header_rows,
            rows,
        };
        self.push_block(Block::new(line, BlockKind::Table(table)))
    }

    /// Closes a row (the header row too) into the table it is in.
    pub(super) fn row(&mut self, cells: Vec<Cell>, head: bool) {
        if let Some(Frame {
            open: Open::Table {
                rows, header_rows, ..
            },
            ..
        }) = self.stack.last_mut()
        {
            rows.push(cells);
            if head {
                *header_rows += 1;
            }
        }
    }

    /// Closes a cell, its text a paragraph, into the row it is in.
    pub(super) fn cell(&mut self, inlines: Vec<Inline>, line: u32) {
        if let Some(Frame {
            open: Open::Row(cells),
            ..
        }) = self.stack.last_mut()
        {
            let blocks = if inlines.is_empty() {
                vec![]
            } else {
                vec![Block::new(line, BlockKind::Paragraph(inlines))]
            };
            cells.push(Cell {
                colspan: 1,
                rowspan: 1,
                blocks,
            });
        }
    }
}

pub(super) fn convert_align(a: &Alignment) -> Align {
    match a {
        Alignment::None => Align::None,
        Alignment::Left => Align::Left,
        Alignment::Center => Align::Center,
        Alignment::Right => Align::Right,
    }
}
