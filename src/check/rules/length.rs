//! Width rules: `line-length` (prose, literal text and tables, unbreakable
//! tokens each with their limit) and `table-width`.

use crate::check::config::Limits;
use crate::check::finding::Sink;
use crate::check::source::{Zone, indent, width};

pub fn check(out: &mut Sink, limits: &Limits) {
    let src = out.src;
    for i in 0..src.lines.len() {
        let line = src.line(i);
        let zone = src.zone(i);
        if zone == Zone::Blank {
            continue;
        }
        let w = width(line, 8);
        let (limit, what) = match zone {
            Zone::Literal => (limits.literal_line_length, "literal text"),
            Zone::Table => (limits.literal_line_length, "table lines"),
            _ if w > limits.line_length && has_long_token(line, limits.line_length) => {
                (limits.token_line_length, "lines with an unbreakable token")
            }
            _ => (limits.line_length, "prose"),
        };
        if limit == 0 || w <= limit {
            continue;
        }
        let msg = format!("line is {w} columns, over the limit of {limit} for {what}");
        out.at(
            "line-length",
            i,
            byte_at_column(line, limit)..line.len(),
            msg,
        );
    }
    table_width(out, limits.line_length);
}

/// Whether one word of the line, placed alone at the line's indentation,
/// would still be over the limit: wrapping cannot fix the line.
fn has_long_token(line: &str, limit: usize) -> bool {
    let ind = indent(line);
    line.split_whitespace().any(|t| ind + width(t, 8) > limit)
}

/// The byte offset where column `col` (0-based) ends.
fn byte_at_column(line: &str, col: usize) -> usize {
    let mut w = 0;
    for (b, c) in line.char_indices() {
        w += if c == '\t' {
            8 - w % 8
        } else {
            unicode_width::UnicodeWidthChar::width(c).unwrap_or(0)
        };
        if w > col {
            return b;
        }
    }
    line.len()
}

fn table_width(out: &mut Sink, limit: usize) {
    let src = out.src;
    if limit == 0 {
        return;
    }
    let mut i = 0;
    while i < src.lines.len() {
        if src.zone(i) != Zone::Table {
            i += 1;
            continue;
        }
        let start = i;
        let mut widest = 0;
        while i < src.lines.len() && matches!(src.zone(i), Zone::Table) {
            widest = widest.max(width(src.line(i), 8));
            i += 1;
        }
        if widest > limit {
            let msg = format!("table is {widest} columns wide, over the limit of {limit}");
            let len = src.line(start).len();
            out.at("table-width", start, 0..len, msg);
        }
    }
}
