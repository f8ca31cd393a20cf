//! A table a sysadmin typed: a header line of column names over a line
//! of dashes, one run per column (`Name      Phone` / `-------   -----`),
//! then rows whose cells start where the dashes do. A table block out.

use super::columns::expand;
use super::grid::table;
use super::lines::Line;
use crate::doc::Block;

/// The table for the non-blank run `lines[i..end]`: a header, a rule of
/// two or more dash runs under it and at least one row, every line's
/// cells starting at a run's first column, no text across a column's
/// edge. Any other layout stays as it is.
pub fn parse(lines: &[Line], i: usize, end: usize) -> Option<Block> {
    let chunk = &lines[i..end];
    if chunk.len() < 3 {
        return None;
    }
    let starts = rule_starts(&expand(chunk[1].raw))?;
    // (a header in capitals under a line announcing it, `It prints
    // something like` over `ID  STATE`, is a program's printout; three
    // columns or more under `A typical window looks like this:` are a
    // sample kept as laid out, as most hand conversions keep them)
    let capitals = !chunk[0].text.chars().any(char::is_lowercase);
    if capitals && announced(lines, i) {
        return None;
    }
    if starts.len() >= 3 && (announced(lines, i) || names_underlined(chunk, &starts)) {
        return super::literal::literal(lines, i, end).0.pop();
    }
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut nos = Vec::new();
    for (k, l) in chunk.iter().enumerate().filter(|(k, _)| *k != 1) {
        let cells = cells(&expand(l.raw), &starts)?;
        // the header names every column; a line with its first cell
        // empty goes on with the cells of the row above
        if k == 0 && cells.iter().any(String::is_empty) {
            return None;
        }
        if cells[0].is_empty() {
            wrap(rows.get_mut(1..)?.last_mut()?, cells);
            continue;
        }
        rows.push(cells);
        nos.push(l.no);
    }
    Some(table(rows, nos))
}

/// Whether the rule under the header of `chunk` only underlines the
/// column names, each run as long as its name, while a row's cell runs
/// on past its run (`Service` / `-------` / `syslog-tls`): names
/// underlined over rows laid out, no rule drawn to the columns' width.
fn names_underlined(chunk: &[Line], starts: &[usize]) -> bool {
    let (head, rule) = (expand(chunk[0].raw), expand(chunk[1].raw));
    let run_end = |s: usize| s + rule[s..].chars().take_while(|&c| c == '-').count();
    let word_end = |t: &str, s: usize| s + t.get(s..).map_or(0, |r| r.trim_end().len());
    let ends: Vec<usize> = starts.iter().map(|&s| run_end(s)).collect();
    let named = starts.iter().zip(&ends).enumerate().all(|(n, (&s, &e))| {
        let cut = starts
            .get(n + 1)
            .copied()
            .unwrap_or(head.len())
            .min(head.len());
        head.get(..cut).is_some_and(|h| word_end(h, s) == e)
    });
    let past = |row: &str| {
        let chars: Vec<char> = row.chars().collect();
        (0..starts.len() - 1)
            .any(|n| (ends[n]..starts[n + 1]).any(|k| chars.get(k).is_some_and(|c| *c != ' ')))
    };
    named && chunk[2..].iter().any(|l| past(&expand(l.raw)))
}

/// Whether the line under `lines[i]` is a rule of two dash runs or more
/// with spaces between (`-------   ----`): `lines[i]` names columns.
pub fn over_rule(lines: &[Line], i: usize) -> bool {
    lines
        .get(i + 1)
        .is_some_and(|n| rule_starts(&expand(n.raw)).is_some())
}

/// Whether the last line with text before `lines[i]` announces what
/// follows: it ends with `:` or breaks off on a word that wants more
/// (`It prints something like`).
fn announced(lines: &[Line], i: usize) -> bool {
    lines[..i]
        .iter()
        .rev()
        .find(|l| !l.blank())
        .is_some_and(|l| l.text.ends_with(':') || super::intro::open_ended(&l.text))
}

/// Adds the cells of a wrapped line to the row above, a space between.
fn wrap(row: &mut [String], cells: Vec<String>) {
    for (cell, more) in row.iter_mut().zip(cells) {
        if !more.is_empty() {
            if !cell.is_empty() {
                cell.push(' ');
            }
            cell.push_str(&more);
        }
    }
}

/// Where each run of dashes starts on a rule line (`-----   ----`): two
/// runs or more, each of two dashes or more, nothing but spaces between.
fn rule_starts(line: &str) -> Option<Vec<usize>> {
    let chars: Vec<char> = line.chars().collect();
    let mut starts = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        match chars[k] {
            ' ' => k += 1,
            '-' => {
                let s = k;
                while chars.get(k) == Some(&'-') {
                    k += 1;
                }
                if k - s < 2 {
                    return None;
                }
                starts.push(s);
            }
            _ => return None,
        }
    }
    (starts.len() >= 2).then_some(starts)
}

/// The line cut at the columns' starts, each cell trimmed; `None` when a
/// word crosses a column's edge or a cell's text starts past its
/// column's first place (set right, or out of line).
fn cells(line: &str, starts: &[usize]) -> Option<Vec<String>> {
    let chars: Vec<char> = line.chars().collect();
    let at = |k: usize| chars.get(k).copied().unwrap_or(' ');
    if (0..starts[0]).any(|k| at(k) != ' ') {
        return None;
    }
    let mut out = Vec::new();
    for (n, &s) in starts.iter().enumerate() {
        let e = starts.get(n + 1).copied().unwrap_or(chars.len()).max(s);
        let cell: String = chars
            .get(s..e.min(chars.len()))
            .unwrap_or(&[])
            .iter()
            .collect();
        let blank = cell.trim().is_empty();
        if (s > 0 && at(s - 1) != ' ') || (!blank && at(s) == ' ') {
            return None;
        }
        out.push(cell.trim().to_string());
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split as lines;
    use crate::convert::table_cells as cells_of;
    use crate::doc::BlockKind;

    #[test]
    fn typed_table_with_dashed_rule() {
        let text = concat!(
            "  Name        Desk      Hours\n",
            "  ----------  --------  -----\n",
            "  Ines Duarte Lisbon 2  08-16 weekdays\n",
            "  Bo Lind               16-24\n",
        );
        let l = lines(text);
        let b = parse(&l, 0, l.len()).expect("a table");
        let c = cells_of(&b);
        assert_eq!(c[0], ["Name", "Desk", "Hours"]);
        assert_eq!(c[1], ["Ines Duarte", "Lisbon 2", "08-16 weekdays"]);
        assert_eq!(c[2], ["Bo Lind", "", "16-24"]);
    }

    #[test]
    fn capitals_announced_are_a_printout() {
        let text = "It shows something like\n\nNAME  STATE\n----  -----\nweb1  up\n";
        let l = lines(text);
        assert!(parse(&l, 2, l.len()).is_none());
        assert!(parse(&l[2..], 0, 3).is_some());
    }

    #[test]
    fn three_columns_announced_are_a_sample() {
        let text =
            "It goes like this:\n\nHour   Queue   Who\n-----  ------  ---\n18:00  lp-1    desk\n";
        let l = lines(text);
        let sample = parse(&l, 2, l.len()).expect("a block");
        assert!(matches!(sample.kind, BlockKind::CodeBlock { .. }));
        // two columns under a colon stay a table
        let text = "The terms:\n\nterm   meaning\n----   -------\ndrain  stop\n";
        let l = lines(text);
        assert!(parse(&l, 2, l.len()).is_some());
    }

    #[test]
    fn names_underlined_over_wider_cells_are_laid_out() {
        let text = concat!(
            "Tool      Ver    Notes\n",
            "----      ---    -----\n",
            "rsync     3.2    mirrors\n",
            "borgbackup 1.2   nightly\n",
        );
        let l = lines(text);
        let kept = parse(&l, 0, l.len()).expect("a block");
        assert!(matches!(kept.kind, BlockKind::CodeBlock { .. }));
        // runs drawn to the columns' width make a table
        let text =
            "Tool        Ver    Notes\n----------  -----  -----\nborgbackup  1.2    nightly\n";
        let l = lines(text);
        assert!(cells_of(&parse(&l, 0, l.len()).expect("a table")).len() == 2);
    }

    #[test]
    fn wrapped_cells_join_the_row_above() {
        let text = concat!(
            "Host      Role\n",
            "--------  ------------\n",
            "web01     front end,\n",
            "          public side\n",
            "db01      database\n",
        );
        let l = lines(text);
        let c = cells_of(&parse(&l, 0, l.len()).expect("a table"));
        assert_eq!(c.len(), 3);
        assert_eq!(c[1], ["web01", "front end, public side"]);
        // a wrapped line right under the header has no row to go on
        let text = "Host      Role\n--------  ----\n          web\n";
        let l = lines(text);
        assert!(parse(&l, 0, l.len()).is_none());
    }

    #[test]
    fn cells_out_of_their_columns_stay_laid_out() {
        // a name running across the second column's edge
        let text = "Name        Desk\n----------  ------\nInes Duarte-Pereira\n";
        let l = lines(text);
        assert!(parse(&l, 0, l.len()).is_none());
        // numbers set right in their column
        let text = "Host      Load\n--------  ----\nweb01        7\n";
        let l = lines(text);
        assert!(parse(&l, 0, l.len()).is_none());
        // one dash run is an underline, not a rule of columns
        let text = "Host names\n----------\nweb01\n";
        let l = lines(text);
        assert!(parse(&l, 0, l.len()).is_none());
    }
}
