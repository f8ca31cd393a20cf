//! A MediaWiki table (`{| class="wikitable"`, `! Host !! Role`, `|-`,
//! `| web01 || proxy`, `|}`) in, a table block out: a row for each `|-`,
//! cells after `!`/`|` and between `!!`/`||`, their attributes
//! (`style="..." |`) dropped, the caption (`|+ text`) a paragraph over it.

use super::grid::table;
use super::lines::Line;
use crate::doc::{Block, BlockKind};

/// The table opening at `lines[i]` and closing at its `|}` line, and the
/// line after it.
pub fn parse(lines: &[Line], i: usize) -> Option<(Vec<Block>, usize)> {
    if !lines[i].text.starts_with("{|") {
        return None;
    }
    let close = (i + 1..lines.len()).find(|&k| lines[k].text.starts_with("|}"))?;
    let mut out = Vec::new();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut nos = Vec::new();
    let mut open = false;
    for l in &lines[i + 1..close] {
        let t = l.text.as_str();
        if let Some(caption) = t.strip_prefix("|+") {
            let content = super::inline::parse(cell(caption), l.no);
            out.push(Block::new(l.no, BlockKind::Paragraph(content)));
        } else if t.starts_with("|-") {
            open = false;
        } else if let Some(cells) = t.strip_prefix(['!', '|']) {
            if !open {
                rows.push(Vec::new());
                nos.push(l.no);
                open = true;
            }
            let sep = if t.starts_with('!') { "!!" } else { "||" };
            let row = rows.last_mut()?;
            row.extend(cells.split(sep).map(|c| cell(c).to_string()));
        } else if let Some(last) = rows.last_mut().and_then(|r| r.last_mut()) {
            // a cell's text going on over the next lines
            last.push(' ');
            last.push_str(t.trim());
        }
    }
    if rows.is_empty() {
        return None;
    }
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    for r in rows.iter_mut() {
        r.resize(width, String::new());
    }
    out.push(table(rows, nos));
    Some((out, close + 1))
}

/// A cell's text without the attributes before its single `|`
/// (`style="color:red" | down`).
fn cell(raw: &str) -> &str {
    match raw.split_once('|') {
        Some((attrs, text)) if attrs.contains('=') && !attrs.contains("[[") => text.trim(),
        _ => raw.trim(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn rows_cells_and_attributes() {
        let text = "{| class=\"wikitable\"\n|+ Hosts\n! Host !! Role\n|-\n| web01 || style=\"x\" | proxy\n|-\n| db01\n| data\nbase\n|}\nAfter.\n";
        let lines = split(text);
        let (blocks, next) = parse(&lines, 0).expect("a table");
        assert_eq!(next, 10);
        assert!(matches!(blocks[0].kind, BlockKind::Paragraph(_)));
        assert_eq!(
            crate::convert::table_cells(&blocks[1]),
            [["Host", "Role"], ["web01", "proxy"], ["db01", "data base"]]
        );
        assert!(parse(&split("{| class=\"x\"\n! a\n"), 0).is_none());
    }
}
