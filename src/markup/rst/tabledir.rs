//! The `table`, `csv-table` and `list-table` directives: a directive in, a
//! `Table` block (with its caption) out.

use super::Parser;
use super::directive::Directive;
use super::lines::Ln;
use crate::doc::{Block, BlockKind, Cell, Table};

impl Parser<'_> {
    pub(super) fn table_directive(&mut self, d: &Directive, out: &mut Vec<Block>) {
        let caption = (!d.args.is_empty()).then(|| self.inline(d.arg(), d.line));
        let table = match d.name.as_str() {
            "csv-table" => self.csv_table(d),
            "list-table" => self.list_table(d),
            _ => {
                let blocks = self.body(&d.content, false);
                let mut found = None;
                for b in blocks {
                    if let BlockKind::Table(t) = b.kind {
                        found = Some(t);
                    }
                }
                if found.is_none() {
                    self.error(d.line, format!("Error parsing content block for the \"{}\" directive: exactly one table expected.", d.name));
                }
                found
            }
        };
        let Some(mut table) = table else {
            self.problem(out, d.line, "invalid table", d.source.clone());
            return;
        };
        table.caption = caption;
        if let Some(w) = d.option("widths") {
            table.widths = w
                .split([',', ' '])
                .filter_map(|x| x.trim().parse().ok())
                .collect();
        }
        self.push(out, Block::new(d.line, BlockKind::Table(table)));
    }

    fn cell(&mut self, text: &str, line: u32) -> Cell {
        let lines = super::lines::split(text, line);
        Cell {
            colspan: 1,
            rowspan: 1,
            blocks: self.body(&lines, false),
        }
    }

    fn csv_table(&mut self, d: &Directive) -> Option<Table> {
        let delim = d.option("delim").and_then(|s| match s {
            "tab" => Some('\t'),
            "space" => Some(' '),
            s => s.chars().next(),
        });
        let delim = delim.unwrap_or(',');
        let mut rows = Vec::new();
        let mut header_rows = 0;
        if let Some(h) = d.option("header") {
            for rec in csv_records(&[Ln::new(h, d.line)], delim) {
                let row = rec.iter().map(|(t, l)| self.cell(t, *l)).collect();
                rows.push(row);
                header_rows += 1;
            }
        }
        for rec in csv_records(&d.content, delim) {
            let row = rec.iter().map(|(t, l)| self.cell(t, *l)).collect();
            rows.push(row);
        }
        if rows.is_empty() {
            self.error(
                d.line,
                "The \"csv-table\" directive requires content; none supplied.",
            );
            return None;
        }
        header_rows += d
            .option("header-rows")
            .and_then(|v| v.parse::<usize>().ok())
            .unwrap_or(0);
        Some(Table {
            header_rows: header_rows.min(rows.len()),
            rows,
            ..Default::default()
        })
    }

    fn list_table(&mut self, d: &Directive) -> Option<Table> {
        let blocks = self.body(&d.content, false);
        let mut rows = Vec::new();
        let bad = |p: &mut Self| {
            p.error(d.line, "Error parsing content block for the \"list-table\" directive: exactly one bullet list expected.");
            None
        };
        let [
            Block {
                kind: BlockKind::List(list),
                ..
            },
        ] = blocks.as_slice()
        else {
            return bad(self);
        };
        for item in &list.items {
            let [
                Block {
                    kind: BlockKind::List(inner),
                    ..
                },
            ] = item.blocks.as_slice()
            else {
                return bad(self);
            };
            let row = inner
                .items
                .iter()
                .map(|c| Cell {
                    colspan: 1,
                    rowspan: 1,
                    blocks: c.blocks.clone(),
                })
                .collect();
            rows.push(row);
        }
        let header_rows = d
            .option("header-rows")
            .and_then(|v| v.parse::<usize>().ok())
            .unwrap_or(0);
        Some(Table {
            header_rows: header_rows.min(rows.len()),
            rows,
            ..Default::default()
        })
    }
}

/// CSV records (double quotes, doubled to escape) with the line of each
/// field.
fn csv_records(lines: &[Ln], delim: char) -> Vec<Vec<(String, u32)>> {
    let mut out = Vec::new();
    let mut rec: Vec<(String, u32)> = Vec::new();
    let mut field = String::new();
    let mut in_quotes = false;
    let mut field_line = lines.first().map_or(1, |l| l.no);
    for l in lines {
        if !in_quotes && l.text.trim().is_empty() {
            continue;
        }
        if !in_quotes {
            field_line = l.no;
        }
        let chars: Vec<char> = l.text.chars().collect();
        let mut k = 0;
        while k < chars.len() {
            let c = chars[k];
            if in_quotes {
                if c == '"' && chars.get(k + 1) == Some(&'"') {
                    field.push('"');
                    k += 1;
                } else if c == '"' {
                    in_quotes = false;
                } else {
                    field.push(c);
                }
            } else if c == '"' && field.trim().is_empty() {
                field.clear();
                in_quotes = true;
            } else if c == delim {
                rec.push((field.trim().to_string(), field_line));
                field.clear();
                field_line = l.no;
            } else {
                field.push(c);
            }
            k += 1;
        }
        if in_quotes {
            field.push('\n');
        } else {
            rec.push((field.trim().to_string(), field_line));
            field.clear();
            out.push(std::mem::take(&mut rec));
        }
    }
    if !rec.is_empty() || !field.is_empty() {
        rec.push((field.trim().to_string(), field_line));
        out.push(rec);
    }
    out
}
