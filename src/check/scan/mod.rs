//! Light per-format scans of a source's lines: which lines are prose,
//! literal blocks or tables, where inline literals, headings and raw HTML
//! are. They only place the text rules; the readers do the real parsing.

mod markdown;
mod rst;

use super::source::{Kind, Scan, Source, Zone};

/// Scans a source in its format.
pub fn run(src: &Source) -> Scan {
    let lines: Vec<&str> = src.line_texts().collect();
    match src.kind {
        Kind::Rst => rst::scan(&lines),
        Kind::Markdown => markdown::scan(&src.text, &src.lines),
        Kind::Text => Scan {
            zones: lines
                .iter()
                .map(|l| {
                    if is_blank(l) {
                        Zone::Blank
                    } else {
                        Zone::Prose
                    }
                })
                .collect(),
            literals: vec![Vec::new(); lines.len()],
            ..Scan::default()
        },
    }
}

fn is_blank(line: &str) -> bool {
    line.trim().is_empty()
}
