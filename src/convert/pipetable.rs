//! A Markdown pipe table (`| Host | Role |` over `|------|------|` over
//! its rows) in, a table block out: the line above the dashes the header,
//! one row a line, cells between single `|`.

use super::grid::table;
use super::lines::Line;
use crate::doc::Block;

/// The table whose header is `lines[i]`, its dashed line right under it,
/// and its rows the lines after that which open with `|`; and the line
/// after it.
///
/// An Org table may open with a rule over its header, and may have more
/// rules between its rows (groups of rows, a rule under the last): those
/// go, and the rows are kept as one body. A row carrying on the text of
/// the one above (its first cell empty) is joined into it.
pub fn parse(lines: &[Line], i: usize) -> Option<(Vec<Block>, usize)> {
    let own = lines[i].indent;
    // Org's rule over the header: `|-----+-----|`
    let h = i + usize::from(org_rule(&lines[i].text) && lines.get(i + 1)?.indent == own);
    let head = row(&lines[h].text).filter(|_| !org_rule(&lines[h].text))?;
    // Org's rule joins its dashes with `+`: `|-----+-----|`
    let rule = &lines.get(h + 1)?.text;
    let dashes = row(&if rule.starts_with("|-") {
        rule.replace('+', "|")
    } else {
        rule.clone()
    })?;
    if dashes.len() != head.len() || !dashes.iter().all(|c| delimiter(c)) {
        return None;
    }
    let end = (h + 2..lines.len())
        .find(|&k| lines[k].indent != own || row(&lines[k].text).is_none())
        .unwrap_or(lines.len());
    let width = head.len();
    let mut rows = vec![head];
    let mut nos = vec![lines[h].no];
    for l in lines[h + 2..end].iter().filter(|l| !org_rule(&l.text)) {
        let mut r = row(&l.text)?;
        r.resize(width.max(r.len()), String::new());
        rows.push(r);
        nos.push(l.no);
    }
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    for r in rows.iter_mut() {
        r.resize(width, String::new());
    }
    super::continued::join(&mut rows, &mut nos);
    Some((vec![table(rows, nos)], end))
}

/// The table of `| a | b |` rows with no dashed line under the first
/// (Org's table without a rule under its header; rules over, between or
/// under the rows go) starting at `lines[i]`: two rows or more, each
/// closed by `|`, all with the same two cells or more, none with a wiki
/// link's `|` (`[[x|y]]`); the first row its header, as
/// Markdown's table needs one and a reader takes it for one; rows
/// carrying on the one above joined into it. And the line after it.
pub fn bare(lines: &[Line], i: usize) -> Option<(Vec<Block>, usize)> {
    let own = lines[i].indent;
    let closed = |l: &Line| {
        l.indent == own
            && l.text.ends_with('|')
            && !l.text.contains("[[")
            && !l.text.ends_with("||")
    };
    let rule = |l: &Line| l.indent == own && org_rule(&l.text);
    let start = (i..lines.len()).find(|&k| !rule(&lines[k]))?;
    let head = row(&lines[start].text).filter(|h| h.len() >= 2 && closed(&lines[start]))?;
    let end = (start + 1..lines.len())
        .find(|&k| {
            !rule(&lines[k])
                && (!closed(&lines[k]) || row(&lines[k].text).is_none_or(|r| r.len() != head.len()))
        })
        .unwrap_or(lines.len());
    let kept: Vec<&Line> = lines[start..end].iter().filter(|l| !rule(l)).collect();
    if kept.len() < 2 {
        return None;
    }
    let mut rows = kept.iter().filter_map(|l| row(&l.text)).collect();
    let mut nos = kept.iter().map(|l| l.no).collect();
    super::continued::join(&mut rows, &mut nos);
    Some((vec![table(rows, nos)], end))
}

/// The trimmed cells of a line that opens with a single `|`; a closing
/// `|` is optional.
fn row(text: &str) -> Option<Vec<String>> {
    let inner = text.strip_prefix('|').filter(|t| !t.starts_with('|'))?;
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    if inner.trim().is_empty() {
        return None;
    }
    Some(inner.split('|').map(|c| c.trim().to_string()).collect())
}

/// Whether a line is an Org table's rule: `|` and dashes, the columns
/// joined by `+` (or `|`), as Org draws over, under and between rows.
fn org_rule(text: &str) -> bool {
    text.strip_prefix("|-").is_some_and(|rest| {
        rest.trim_end()
            .chars()
            .all(|c| matches!(c, '-' | '+' | '|' | ':'))
    })
}

/// A cell of the line under the header: dashes, maybe a `:` at either
/// end for the alignment.
fn delimiter(cell: &str) -> bool {
    let inner = cell.trim_start_matches(':').trim_end_matches(':');
    inner.len() >= 3 && inner.chars().all(|c| c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    fn cells(text: &str) -> Option<Vec<Vec<String>>> {
        let lines = split(text);
        let (blocks, _) = parse(&lines, 0)?;
        Some(crate::convert::table_cells(&blocks[0]))
    }

    #[test]
    fn header_dashes_and_rows() {
        let rows = cells("| Host | Role |\n|------|:----:|\n| web1 | proxy |\n| db1 |\n");
        let rows = rows.expect("a table");
        assert_eq!(rows, [["Host", "Role"], ["web1", "proxy"], ["db1", ""]]);
        let org = cells("| Host | Role |\n|------+-------|\n| web1 | proxy |\n");
        assert_eq!(
            org.expect("an Org table"),
            [["Host", "Role"], ["web1", "proxy"]]
        );
    }

    #[test]
    fn bare_rows_make_a_table() {
        let lines = split("| Host | Role |\n| web1 | proxy |\nText\n");
        let (blocks, end) = bare(&lines, 0).expect("a table");
        assert_eq!(end, 2);
        assert_eq!(
            crate::convert::table_cells(&blocks[0]),
            [["Host", "Role"], ["web1", "proxy"]]
        );
        assert!(bare(&split("| a | b |\n| c |\n"), 0).is_none());
        assert!(bare(&split("| a | b |\n"), 0).is_none());
        assert!(bare(&split("| [[x|y]] | b |\n| c | d |\n"), 0).is_none());
    }

    #[test]
    fn org_rules_between_rows_go() {
        let rows =
            cells("|---+---|\n| a | b |\n|---+---|\n| c | d |\n|---+---|\n| e | f |\n|---+---|\n");
        assert_eq!(rows.expect("a table"), [["a", "b"], ["c", "d"], ["e", "f"]]);
        let lines = split("| a | b |\n| c | d |\n|---+---|\n| e | f |\nText\n");
        let (blocks, end) = bare(&lines, 0).expect("a table");
        assert_eq!(end, 4);
        assert_eq!(
            crate::convert::table_cells(&blocks[0]),
            [["a", "b"], ["c", "d"], ["e", "f"]]
        );
        assert!(bare(&split("|---+---|\n| a | b |\n|---+---|\n"), 0).is_none());
        assert!(!org_rule("|-- text --|"));
    }

    #[test]
    fn no_dashes_no_table() {
        assert!(cells("| Host | Role |\n| web1 | proxy |\n").is_none());
        assert!(cells("|| a || b ||\n|---|---|\n").is_none());
    }
}
