//! Tables, with header rows, spans and column alignment.

use super::Writer;
use crate::doc::*;

impl Writer<'_> {
    pub fn table(&mut self, t: &Table) {
        self.raw("<table class=\"docutils align-default\">\n");
        if let Some(c) = &t.caption {
            self.raw("<caption>");
            self.inlines(c);
            self.raw("</caption>\n");
        }
        let total: u32 = t.widths.iter().sum();
        if total > 0 {
            self.raw("<colgroup>\n");
            for w in &t.widths {
                let percent = (w * 100).checked_div(total).unwrap_or(0);
                self.raw(&format!("<col style=\"width: {percent}%\">\n"));
            }
            self.raw("</colgroup>\n");
        }
        let (head, body) = t.rows.split_at(t.header_rows.min(t.rows.len()));
        if !head.is_empty() {
            self.raw("<thead>\n");
            self.rows(head, &t.align, true);
            self.raw("</thead>\n");
        }
        self.raw("<tbody>\n");
        self.rows(body, &t.align, false);
        self.raw("</tbody>\n</table>\n");
    }

    fn rows(&mut self, rows: &[Vec<Cell>], align: &[Align], head: bool) {
        for (i, row) in rows.iter().enumerate() {
            let parity = if i % 2 == 0 { "row-odd" } else { "row-even" };
            self.raw(&format!("<tr class=\"{parity}\">"));
            for (col, cell) in row.iter().enumerate() {
                self.cell(cell, align.get(col).copied().unwrap_or_default(), head);
            }
            self.raw("</tr>\n");
        }
    }

    fn cell(&mut self, cell: &Cell, align: Align, head: bool) {
        let tag = if head { "th class=\"head\"" } else { "td" };
        self.raw(&format!("<{tag}"));
        if cell.colspan > 1 {
            self.raw(&format!(" colspan=\"{}\"", cell.colspan));
        }
        if cell.rowspan > 1 {
            self.raw(&format!(" rowspan=\"{}\"", cell.rowspan));
        }
        match align {
            Align::None => {}
            Align::Left => self.raw(" style=\"text-align: left\""),
            Align::Center => self.raw(" style=\"text-align: center\""),
            Align::Right => self.raw(" style=\"text-align: right\""),
        }
        self.raw(">");
        self.blocks(&cell.blocks);
        self.raw(if head { "</th>" } else { "</td>" });
    }
}
