//! A MoinMoin table (`||'''Host'''||'''Role'''||` over `||web01||proxy||`)
//! in, a table block out: one row a line, cells between `||`, cell
//! attributes such as `<rowspan=2>` dropped, the first row the header
//! (its bold marks dropped when every cell has them); Confluence's
//! `||Head||Head||` over `|cell|cell|` rows too. The SOP's contact
//! fields laid out as a table of two columns (`||'''Owner'''||Web team||`)
//! are the definition list the fields make anywhere else.

use super::body::Ctx;
use super::classify::CONTACT_FIELDS;
use super::grid::table;
use super::lines::Line;
use crate::doc::{Block, BlockKind};

/// The table whose rows are the lines from `lines[i]` on that open and
/// close with `||` (at least one), and the line after it. A row carrying
/// on the text of the one above (its first cell empty) is joined into it.
/// Contact fields laid out as a table fill the page's metadata in `ctx`.
pub fn parse(lines: &[Line], i: usize, ctx: &mut Ctx) -> Option<(Vec<Block>, usize)> {
    let end = (i..lines.len())
        .find(|&k| row(&lines[k].text).is_none())
        .unwrap_or(lines.len());
    if end == i {
        return None;
    }
    let mut rows: Vec<Vec<String>> = lines[i..end].iter().filter_map(|l| row(&l.text)).collect();
    // Confluence: one `||Head||` row over `|cell|cell|` rows
    let mut end = end;
    if end == i + 1 {
        while let Some(r) = lines.get(end).and_then(|l| single_row(&l.text)) {
            rows.push(r);
            end += 1;
        }
    }
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    if let Some(fields) = fields(&rows, &lines[i..end], ctx) {
        return Some((vec![fields], end));
    }
    if rows[0].iter().all(|c| bold(c).is_some()) {
        for c in rows[0].iter_mut() {
            *c = bold(c).unwrap_or(c).to_string();
        }
    }
    for r in rows.iter_mut() {
        r.resize(width, String::new());
    }
    let mut nos = lines[i..end].iter().map(|l| l.no).collect();
    super::continued::join(&mut rows, &mut nos);
    Some((vec![table(rows, nos)], end))
}

/// The cells of a table line, trimmed, their attributes dropped. A cell
/// spanning columns (opened by one `||` more for each column beyond the
/// first, `||||Total||`, or given `<-2>`) keeps its text in its first
/// column and leaves the rest of its span empty: the writers draw every
/// cell one column wide (`Cell::colspan` is not rendered), so the row
/// keeps one cell per column, the table stays square and the text stays
/// at the left of the columns it spans, where a reader looks for it. A
/// cell typed empty (`|| ||`) stays one empty cell.
fn row(text: &str) -> Option<Vec<String>> {
    let inner = text.trim().strip_prefix("||")?.strip_suffix("||")?;
    if inner.is_empty() {
        return None;
    }
    let mut out = Vec::new();
    let mut span = 1;
    for raw in inner.split("||") {
        if raw.is_empty() {
            span += 1;
            continue;
        }
        let span = std::mem::replace(&mut span, 1).max(colspan(raw));
        out.push(cell(raw));
        out.extend(std::iter::repeat_n(String::new(), span - 1));
    }
    // `||||` closing the line: empty columns at the end
    out.extend(std::iter::repeat_n(String::new(), span - 1));
    Some(out)
}

/// The cells of a Confluence data row, `|web01|proxy|`, trimmed.
fn single_row(text: &str) -> Option<Vec<String>> {
    let t = text.trim();
    let inner = t.strip_prefix('|')?.strip_suffix('|')?;
    if t.starts_with("||") || inner.trim().is_empty() {
        return None;
    }
    Some(inner.split('|').map(|c| c.trim().to_string()).collect())
}

/// The columns a cell spans by its `<-N>` attribute (1 without one).
fn colspan(raw: &str) -> usize {
    let attrs = raw.trim().strip_prefix('<').and_then(|r| r.split_once('>'));
    attrs
        .into_iter()
        .flat_map(|(a, _)| a.split_whitespace())
        .find_map(|a| a.strip_prefix('-')?.parse::<usize>().ok())
        .unwrap_or(1)
        .clamp(1, 20)
}

/// A cell's text without its leading `<...>` attributes.
fn cell(raw: &str) -> String {
    let t = raw.trim();
    let t = match t.strip_prefix('<').and_then(|r| r.split_once('>')) {
        Some((attrs, rest)) if !attrs.contains(' ') || attrs.contains('=') => rest.trim(),
        _ => t,
    };
    // Trac's header cell `||= Host =||`
    match t.strip_prefix('=').and_then(|c| c.strip_suffix('=')) {
        Some(inner) if !inner.trim().is_empty() => inner.trim().to_string(),
        _ => t.to_string(),
    }
}

/// The definition list of `rows` (typed on `lines`, one a row) when
/// each is two cells, a contact field's name (`Owner`, bold or not, a
/// colon after it or not) then its value; the values go into the
/// page's metadata and the report counts them, as fields typed as text.
fn fields(rows: &[Vec<String>], lines: &[Line], ctx: &mut Ctx) -> Option<Block> {
    let name = |c: &String| {
        let n = bold(c).unwrap_or(c).trim().trim_end_matches(':').trim_end();
        CONTACT_FIELDS
            .contains(&n.to_lowercase().as_str())
            .then(|| n.to_string())
    };
    let mut fields = Vec::new();
    for (r, l) in rows.iter().zip(lines) {
        let [head, value] = r.as_slice() else {
            return None;
        };
        fields.push((name(head)?, value, l.no));
    }
    let items: Vec<_> = fields
        .into_iter()
        .map(|(name, value, no)| super::contact::item(name, value, no, None, ctx))
        .collect();
    let first = items.first()?.line;
    Some(Block::new(first, BlockKind::DefinitionList(items)))
}

/// The inside of a cell set wholly in `'''bold'''`.
fn bold(cell: &str) -> Option<&str> {
    let inner = cell.strip_prefix("'''")?.strip_suffix("'''")?;
    (!inner.is_empty() && !inner.contains("'''")).then_some(inner)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::Report;
    use crate::convert::lines::split;
    use crate::doc::Meta;

    /// The blocks of the table at the top of `text`, the page's
    /// metadata and report after it.
    fn parsed(text: &str) -> (Vec<Block>, Meta, Report) {
        let (mut meta, mut report) = (Meta::default(), Report::default());
        let mut ctx = Ctx::plain("", &mut meta, &mut report);
        let (blocks, _) = parse(&split(text), 0, &mut ctx).expect("a table");
        (blocks, meta, report)
    }

    fn cells(text: &str) -> Vec<Vec<String>> {
        crate::convert::table_cells(&parsed(text).0[0])
    }

    #[test]
    fn contact_fields_in_a_table_are_the_pages_metadata() {
        let (blocks, meta, report) =
            parsed("||'''Owner'''||Tape team||\n||Servers:||tape01, tape02||\n");
        assert!(matches!(blocks[0].kind, BlockKind::DefinitionList(_)));
        assert_eq!(meta.owner.as_deref(), Some("Tape team"));
        assert_eq!(meta.servers, ["tape01", "tape02"]);
        assert_eq!(report.fields, 2);
        // a table of other names is a table, and no metadata
        let (blocks, meta, report) = parsed("||'''Owner'''||Tape team||\n||Shelf||B2||\n");
        assert!(matches!(blocks[0].kind, BlockKind::Table(..)));
        assert_eq!((meta.owner, report.fields), (None, 0));
    }

    #[test]
    fn rows_split_at_double_bars_with_a_bold_header() {
        let rows = cells("||'''Host'''||'''Role'''||\n|| web01 ||<rowspan=2> proxy ||\n");
        assert_eq!(rows, [["Host", "Role"], ["web01", "proxy"]]);
        let rows = cells("|| a ||'''b'''||\n||c||\n");
        assert_eq!(rows, [["a", "b"], ["c", ""]]);
    }

    #[test]
    fn a_confluence_header_takes_single_bar_rows() {
        let rows = cells("||Pool||Hosts||\n|web|web01, web02|\n| api | api01 |\nAfter.\n");
        assert_eq!(
            rows,
            [["Pool", "Hosts"], ["web", "web01, web02"], ["api", "api01"]]
        );
        let rows = cells("||a||b||\n||c||d||\n|e|f|\n");
        assert_eq!(rows, [["a", "b"], ["c", "d"]]);
    }

    #[test]
    fn spanning_cells_keep_their_columns() {
        let rows = cells("||a||b||c||\n||||wide||c2||\n||<-3> all ||\n|| ||x||y||\n");
        assert_eq!(
            rows,
            [
                ["a", "b", "c"],
                ["wide", "", "c2"],
                ["all", "", ""],
                ["", "x", "y"]
            ]
        );
    }
}
