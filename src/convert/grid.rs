//! A table as `links -dump` lays one out (three or more aligned columns,
//! a header line first, cells wrapped onto lines above and below their
//! row) in, a table block out.

use super::classify::prompt;
use super::columns::{expand, value};
use super::inline;
use super::lines::{Line, after_colon_line};
use crate::doc::{Block, BlockKind, Cell, Table};

/// One run of text on a line: its first column and its words.
pub(super) struct Field {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// The table for the non-blank run `lines[i..end]`: a header line of at
/// least three column names, then at least two rows that fill every
/// column at the same positions, any other line holding wrapped parts of
/// cells, each inside one column. Tables of words only: a run with a
/// command, or whose cells are all single words (command output such as
/// `df`), stays as it is; so does a header in capitals under a line
/// ending with `:` (a program's printout announced), or all in lower case
/// there (`host  rules  stale` under `Fill in the table:`, a crib sheet
/// typed for grep and announced, kept as laid out), or anywhere when a
/// row's cells touch with one space.
pub fn parse(lines: &[Line], i: usize, end: usize) -> Option<Block> {
    let chunk = &lines[i..end];
    if chunk.len() < 3 {
        return None;
    }
    // (the header first: most runs have no three names to split the rest by;
    // three names or more are words even when the first names a command,
    // `host  role  notes`)
    let head = split(&expand(chunk[0].raw));
    let code =
        |(k, l): (usize, &Line)| prompt(&l.text) || (l.code_like() && (k > 0 || head.len() < 3));
    if !names_columns(&head) || chunk.iter().enumerate().any(code) {
        return None;
    }
    if announced(lines, i) {
        return None;
    }
    let mut fields: Vec<Vec<Field>> = vec![head];
    fields.extend(chunk[1..].iter().map(|l| split(&expand(l.raw))));
    let starts = column_starts(&fields[1..], fields[0].len())
        .filter(|s| s.len() >= 3)
        .or_else(|| tight_columns(&fields))?;
    // (a header all in lower case over a row whose cells touch with one
    // space, `db-backup01.example.org bond0`, is a crib sheet typed for
    // grep and eyes, not for a table's cells: kept as laid out)
    let tight = cut_rows(&mut fields, chunk, &starts);
    if tight && !chunk[0].text.chars().any(char::is_uppercase) {
        return None;
    }
    let ncols = starts.len();
    // (a line with more fields than there are columns is a row with a
    // note beside it, `no  (redirect only)`: the run is laid out by hand,
    // not a dumped table whose short lines are parts of cells)
    if fields[0].len() != ncols || fields.iter().any(|f| f.len() > ncols) {
        return None;
    }
    // row anchors: the header and every line that fills each column
    let mut anchors = vec![0];
    anchors.extend((1..fields.len()).filter(|&k| pushed(&fields[k], &starts)));
    if anchors.len() < 3 || (1..fields.len()).any(|k| short_row(&fields[k], &starts, &anchors, k)) {
        return None;
    }
    let rows = fill(&fields, &starts, &anchors)?;
    // (under a header whose first name is a command's, a column of values
    // only, `192.0.2.40`, makes the run a crib sheet kept as laid out)
    let values = |c: usize| rows[1..].iter().all(|r| value(&r[c]));
    if chunk[0].code_like() && (1..ncols).any(values) {
        return None;
    }
    let prose = rows[1..]
        .iter()
        .flatten()
        .any(|c| c.split(' ').count() >= 3);
    prose.then(|| table(rows, anchors.iter().map(|&a| chunk[a].no).collect()))
}

/// Whether the header at `lines[i]`, in one case, stands under a line
/// announcing it: in capitals (`Example output:` over `WORKER  ARCHIVE
/// STARTED`) a program's printout, its short lines rows of their own,
/// not wrapped cells; all in lower case (`gateway  type  host`) a crib
/// sheet kept as typed.
fn announced(lines: &[Line], i: usize) -> bool {
    let head = &lines[i].text;
    let one_case = !head.chars().any(char::is_lowercase) || !head.chars().any(char::is_uppercase);
    one_case && after_colon_line(lines, i)
}

/// The table for rows in columns that a sentence closes, no blank line
/// between (`columns::prose_after_rows`): the table and where the
/// sentence starts, the sentence left to be read as prose.
pub fn closed(lines: &[Line], i: usize, end: usize) -> Option<(Block, usize)> {
    let k = super::columns::prose_after_rows(lines, i, end)?;
    Some((parse(lines, i, k)?, k))
}

/// Whether the fields of a run's first line can name columns: two or
/// more, each opening with a letter, none holding data (`data_field`).
fn names_columns(head: &[Field]) -> bool {
    head.len() >= 2
        && head
            .iter()
            .all(|f| f.text.starts_with(char::is_alphabetic) && !data_field(&f.text))
}

/// Whether a field of a table's first line holds data, not the name of
/// a column: a path (`secret/app/db`) or a dotted name (`app.service`,
/// `db01.example.org`), as no column is named; such a line is a row.
fn data_field(text: &str) -> bool {
    text.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        let dotted = w.split_once('.').is_some_and(|(a, b)| {
            a.len() >= 2 && b.len() >= 2 && b.starts_with(char::is_alphabetic)
        });
        w.matches('/').count() >= 2 || dotted
    })
}

/// The fields of a line: runs of text parted by two or more spaces.
pub(super) fn split(line: &str) -> Vec<Field> {
    let chars: Vec<char> = line.chars().collect();
    let mut out: Vec<Field> = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        if chars[k] == ' ' {
            k += 1;
            continue;
        }
        let start = k;
        while k < chars.len() && !(chars[k] == ' ' && chars.get(k + 1).is_none_or(|&c| c == ' ')) {
            k += 1;
        }
        let text: String = chars[start..k].iter().collect();
        out.push(Field {
            start,
            end: k,
            text,
        });
    }
    out
}

/// Where each column starts when a tight column leaves one space in the
/// header (`Protocol Used for`): at the fields of most body lines, more
/// than the header's and three or more.
fn tight_columns(fields: &[Vec<Field>]) -> Option<Vec<usize>> {
    let counts = fields[1..].iter().map(Vec::len);
    let most = (fields[0].len().max(2) + 1..=8).max_by_key(|&n| {
        let c = counts.clone().filter(|&k| k == n).count();
        (c, usize::MAX - n)
    })?;
    column_starts(&fields[1..], most)
}

/// The fields of `line` cut again where a column starts inside one, a
/// space before it and text at it (a tight column's one space: `udp,
/// tcp standby` over the columns of `tcp` and `SIP over TLS`); a line
/// so cut counts only when it then fills each column.
fn cut_at(fields: &[Field], line: &str, starts: &[usize]) -> Vec<Field> {
    let chars: Vec<char> = line.chars().collect();
    let mut out = Vec::new();
    for f in fields {
        let mut from = f.start;
        for &s in starts.iter().filter(|&&s| s > f.start && s < f.end) {
            if chars[s - 1] == ' ' && chars[s] != ' ' {
                let text: String = chars[from..s - 1].iter().collect();
                out.push(Field {
                    start: from,
                    end: s - 1,
                    text,
                });
                from = s;
            }
        }
        let text: String = chars[from..f.end].iter().collect();
        out.push(Field {
            start: from,
            end: f.end,
            text,
        });
    }
    out
}

/// Each line's fields cut again at the columns `starts` where that
/// makes them fill each column (`cut_at`); whether a row was so cut
/// (a tight column's one space between two of its cells).
fn cut_rows(fields: &mut [Vec<Field>], chunk: &[Line], starts: &[usize]) -> bool {
    let mut tight = false;
    for (f, l) in fields.iter_mut().zip(chunk) {
        let cut = cut_at(f, &expand(l.raw), starts);
        if !aligned(f, starts) && aligned(&cut, starts) {
            tight |= cut.len() > f.len();
            *f = cut;
        }
    }
    tight
}

/// Where each column starts: the field positions shared by the body lines
/// that have one field per column (at least two such lines agreeing).
fn column_starts(body: &[Vec<Field>], ncols: usize) -> Option<Vec<usize>> {
    let full: Vec<Vec<usize>> = body
        .iter()
        .filter(|f| f.len() == ncols)
        .map(|f| f.iter().map(|f| f.start).collect())
        .collect();
    let first = full.first()?;
    let agree = full.iter().filter(|s| *s == first).count();
    (agree >= 2 && agree * 2 > full.len()).then(|| first.clone())
}

/// The cells of the rows at `anchors`: a row's own fields by their
/// order, the header's and a wrapped line's by the column each overlaps
/// (`column_of`), each line's joined to its nearest row; none when a
/// field fits no column.
fn fill(fields: &[Vec<Field>], starts: &[usize], anchors: &[usize]) -> Option<Vec<Vec<String>>> {
    let mut rows: Vec<Vec<String>> = vec![vec![String::new(); starts.len()]; anchors.len()];
    for (k, line_fields) in fields.iter().enumerate() {
        let row = nearest(anchors, k);
        let own = k > 0 && anchors[row] == k;
        for (n, f) in line_fields.iter().enumerate() {
            let col = if own { n } else { column_of(f, starts)? };
            let cell = &mut rows[row][col];
            if !cell.is_empty() {
                cell.push(' ');
            }
            cell.push_str(&f.text);
        }
    }
    Some(rows)
}

/// Whether a line is a row: a field per column, each starting at its
/// column, or further in it when the field before runs up to the column
/// (a cell too wide for its column pushes the next one right:
/// `creg-store01.example.net  blob storage` under `host  role`).
fn pushed(fields: &[Field], starts: &[usize]) -> bool {
    let fits = |k: usize| {
        let f = &fields[k];
        let overflow = k > 0 && fields[k - 1].end + 1 >= starts[k];
        let inside = starts.get(k + 1).is_none_or(|&next| f.start < next);
        f.start == starts[k] || (overflow && f.start > starts[k] && inside)
    };
    fields.len() == starts.len() && (0..fields.len()).all(fits)
}

/// Whether line `k`, no row by itself, is a row typed short: two or more
/// fields, each starting at a column of its own from the first on, the
/// last columns left empty (`sw-b2   Catalyst   rack 4` under `Switch
/// Model   Location   Notes`). A dump wraps a row's long cells onto
/// lines around it, so a line filling every column but the last ones is
/// a row with empty cells; a run holding one is laid out by hand, kept
/// as typed, not a dumped table whose short lines are parts of cells.
fn short_row(fields: &[Field], starts: &[usize], anchors: &[usize], k: usize) -> bool {
    fields.len() >= 2
        && fields.len() < starts.len()
        && anchors.binary_search(&k).is_err()
        && fields.iter().zip(starts).all(|(f, &s)| f.start == s)
        && fields
            .iter()
            .zip(starts.iter().skip(1))
            .all(|(f, &next)| f.end < next)
}

/// Whether a line has a field starting at each column, each ending
/// before the next column starts.
fn aligned(fields: &[Field], starts: &[usize]) -> bool {
    fields.len() == starts.len()
        && fields.iter().zip(starts).all(|(f, &s)| f.start == s)
        && fields
            .iter()
            .zip(starts.iter().skip(1))
            .all(|(f, &next)| f.end < next)
}

/// The column a field of a wrapped line or the header belongs to: the one
/// it overlaps most; none when it reaches well into a second column.
fn column_of(f: &Field, starts: &[usize]) -> Option<usize> {
    let span = |c: usize| (starts[c], starts.get(c + 1).copied().unwrap_or(usize::MAX));
    let overlap = |c: usize| {
        let (a, b) = span(c);
        f.end.min(b).saturating_sub(f.start.max(a))
    };
    let best = (0..starts.len()).max_by_key(|&c| (overlap(c), usize::MAX - c))?;
    let len = f.end - f.start;
    (overlap(best) * 4 >= len * 3).then_some(best)
}

/// The row a line belongs to: its nearest anchor, the one above on a tie
/// (links centres a row's short cells beside the middle of its long ones).
/// `anchors` rise, so the two around `k` are found by binary search.
fn nearest(anchors: &[usize], k: usize) -> usize {
    let after = anchors.partition_point(|&a| a < k);
    match (after.checked_sub(1), anchors.get(after)) {
        (Some(above), Some(&a)) if anchors[above].abs_diff(k) > a.abs_diff(k) => after,
        (Some(above), _) => above,
        (None, _) => 0,
    }
}

pub(super) fn table(rows: Vec<Vec<String>>, line_nos: Vec<u32>) -> Block {
    let rows = rows
        .into_iter()
        .zip(&line_nos)
        .map(|(cells, &no)| {
            cells
                .into_iter()
                .map(|text| Cell {
                    colspan: 1,
                    rowspan: 1,
                    blocks: if text.is_empty() {
                        Vec::new()
                    } else {
                        vec![inline::paragraph(&text, no)]
                    },
                })
                .collect()
        })
        .collect();
    let t = Table {
        header_rows: 1,
        rows,
        ..Table::default()
    };
    Block::new(line_nos[0], BlockKind::Table(t))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split as lines;

    use crate::convert::table_cells as cells;

    #[test]
    fn nearest_anchor_takes_the_one_above_on_a_tie() {
        let anchors = [0, 3, 7, 8, 12];
        let near = |k: usize| nearest(&anchors, k);
        let got: Vec<usize> = (0..15).map(near).collect();
        assert_eq!(got, [0, 0, 1, 1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 4, 4]);
    }

    #[test]
    fn links_table_with_wrapped_cells() {
        let text = concat!(
            "   Step   Who          When           What to do\n",
            "          on call      (local)\n",
            "   1      Pager        00:00          Check the queue and page the\n",
            "                                      storage team\n",
            "                                      Restart the mirror and then\n",
            "   2      Backup       06:00          wait for the sync to finish\n",
            "                                      before you go on\n",
            "   3      Anyone       any            Close the ticket\n",
        );
        let l = lines(text);
        let b = parse(&l, 0, l.len()).expect("a table");
        let c = cells(&b);
        assert_eq!(c.len(), 4);
        assert_eq!(c[0], ["Step", "Who on call", "When (local)", "What to do"]);
        assert_eq!(c[1][3], "Check the queue and page the storage team");
        assert_eq!(
            c[2][3],
            "Restart the mirror and then wait for the sync to finish before you go on"
        );
        assert_eq!(c[3], ["3", "Anyone", "any", "Close the ticket"]);
    }

    #[test]
    fn command_output_and_prose_are_not_tables() {
        let df = "Filesystem   Size   Used   Mounted on\n/dev/sda1    50G    20G    /\n/dev/sdb1    9G     1G     /srv\n";
        let l = lines(df);
        assert!(parse(&l, 0, l.len()).is_none());
        let prose = "This is a sentence.  It has two\nspaces after stops.  And more text\nthat goes on.  And on.\n";
        let l = lines(prose);
        assert!(parse(&l, 0, l.len()).is_none());
        let cmd = "Host     Port   Check the port\n$ nc -z host 22   now   before the restart\nweb01    80     after the deploy\n";
        let l = lines(cmd);
        assert!(parse(&l, 0, l.len()).is_none());
        // a first line naming a path or a unit is a row, no header
        let rows = "pump-a    spool dir /srv/pump/a/in    fed by pump-a.timer daily\npump-b    spool dir /srv/pump/b/in    fed by pump-b.timer weekly\npump-c    spool dir /srv/pump/c/in    fed by hand when asked\n";
        let l = lines(rows);
        assert!(parse(&l, 0, l.len()).is_none());
        assert!(data_field("key store/app/db") && data_field("via app.service"));
        assert!(!data_field("What to do") && !data_field("Notes (e.g. none)"));
    }
}
