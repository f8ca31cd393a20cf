//! A table typed with spaces (`Host    Role        Port` over rows whose
//! cells start where the names do): the non-blank run in, a table block
//! out. For the rows a tight column leaves only one space (`db-replica
//! standby`), so they are cut where the header's names start.

use super::classify::prompt;
use super::colhead;
use super::columns::expand;
use super::grid;
use super::lines::Line;
use crate::doc::Block;

/// The table for the non-blank run `lines[i..end]`: a header of three or
/// more names of columns (one to three words, a capital first, letters
/// only, one of them a usual name such as `Host`), parted by two spaces or
/// more, then two rows or more with text at each name's column and a space
/// before it. A header in capitals is how a program prints one: a table
/// only when a person wrote it (`typed`).
/// Not after a command (its output), no prompt and no shell marks in it
/// (a row may start with a program's name: `docker` in an Executor column).
/// Rows whose cells are all one word each (`edge01.example.net
/// 2001:db8::1  16A`) under a line ending with `:` (`These are the
/// addresses:`) are a crib sheet of names and values announced and kept
/// as laid out, as a dump's grid of single words is (`grid::parse`): no
/// table (`worded`). Under a heading such rows are a table as often.
pub fn parse(lines: &[Line], i: usize, end: usize) -> Option<Block> {
    let announced = super::lines::after_colon_line(lines, i);
    cut(lines, i, end)
        .filter(|(rows, _)| !announced || worded(&rows[1..]))
        .map(|(rows, nos)| grid::table(rows, nos))
}

/// Whether some cell of the rows `rows` holds two words or more (`cold
/// standby`, `8 each`): text a reader takes in as a table's, not names
/// and values only.
fn worded(rows: &[Vec<String>]) -> bool {
    rows.iter()
        .flatten()
        .any(|c| c.split_whitespace().nth(1).is_some())
}

/// The rows of a table typed with spaces at `lines[i..end]` (see
/// [`parse`]), its header first, and the lines they stand on; whatever
/// their cells hold.
fn cut(lines: &[Line], i: usize, end: usize) -> Option<(Vec<Vec<String>>, Vec<u32>)> {
    let chunk = &lines[i..end];
    let indent = chunk[0].indent;
    if chunk.len() < 3
        || after_command(lines, i)
        || chunk[0].code_like()
        || chunk
            .iter()
            .any(|l| l.indent != indent || prompt(&l.text) || shell(&l.text))
    {
        return None;
    }
    let head = grid::split(&expand(chunk[0].raw));
    let capitals = !chunk[0].text.chars().any(char::is_lowercase);
    if head.len() < 3
        || !head.iter().all(|f| name(&f.text))
        || !head.iter().any(|f| colhead::named(&f.text))
    {
        return None;
    }
    let starts: Vec<usize> = head.iter().map(|f| f.start).collect();
    let mut rows = vec![head.into_iter().map(|f| f.text).collect()];
    for l in &chunk[1..] {
        rows.push(cells(&expand(l.raw), &starts)?);
    }
    if capitals && !typed(lines, i, &rows[1..]) {
        return None;
    }
    Some((rows, chunk.iter().map(|l| l.no).collect()))
}

/// Whether rows under a header in capitals (`HOST  IP  ROLE`) are a table
/// a person typed, not a program's output: no line above it announcing
/// output (ending with `:`), and a cell of three words or more (`standby
/// router (VRRP backup)`), as no program prints.
fn typed(lines: &[Line], i: usize, rows: &[Vec<String>]) -> bool {
    !super::lines::after_colon_line(lines, i)
        && rows
            .iter()
            .flatten()
            .any(|c| c.split_whitespace().count() >= 3)
}

/// Whether `lines[i]` heads a table typed with spaces (see [`parse`]),
/// or stands over a rule of dash runs with gaps (`----   ----`, no
/// heading's underline), or names the columns of rows kept as laid out
/// (`names_rows`): the names of its columns, not a heading.
pub fn header_at(lines: &[Line], i: usize) -> bool {
    super::dashtable::over_rule(lines, i)
        || names_rows(lines, i)
        || cut(lines, i, super::body::chunk_end(lines, i)).is_some()
}

/// Whether `lines[i]` is three names or more, two spaces or more apart,
/// each one to three words of letters (`RACK   PDU   AMPS   RATED`), a
/// printout's joining marks allowed in them (`SIZE/OFF`, `USE%`,
/// `NODE_ID`, `%CPU`: `column_name`), right over two lines each in three
/// columns or more (`C01   pdu-c01a 6.2   16.0`): the header of a
/// printout or a crib sheet, whatever it is made into, never a heading;
/// no heading is typed in columns.
fn names_rows(lines: &[Line], i: usize) -> bool {
    let head = super::columns::fields(&lines[i].text);
    let named = |f: &&str| f.split_whitespace().count() <= 3 && column_name(f);
    head.len() >= 3
        && head.iter().all(named)
        && lines
            .get(i + 1..i + 3)
            .is_some_and(|rows| rows.iter().all(|l| super::columns::columns(&l.text)))
}

/// Whether a printout's column name is letters, spaces and the marks a
/// program joins names with (`/`, `%`, `_`, `-`, `#`), a letter first
/// or after a leading `%` or `#` (`SIZE/OFF`, `%MEM`, `USE%`); no digit.
fn column_name(f: &str) -> bool {
    let first = f.trim_start_matches(['%', '#']).chars().next();
    first.is_some_and(char::is_alphabetic)
        && f.chars().all(|c| c.is_alphabetic() || " /%_-#".contains(c))
}

/// One to three words, letters only, the first capitalised (`Concurrent
/// jobs`).
fn name(cell: &str) -> bool {
    let words: Vec<&str> = cell.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && cell.starts_with(|c: char| c.is_ascii_uppercase())
        && words.iter().all(|w| w.chars().all(char::is_alphabetic))
}

/// The cells of a row cut at the columns `starts`: each one's text
/// starting at its column, a space before it; none when a cell is empty
/// or text runs across a column's edge.
fn cells(line: &str, starts: &[usize]) -> Option<Vec<String>> {
    let chars: Vec<char> = line.chars().collect();
    let mut out = Vec::new();
    for (k, &s) in starts.iter().enumerate() {
        let e = starts
            .get(k + 1)
            .map_or(chars.len(), |&e| e.min(chars.len()));
        let open = chars.get(s).is_some_and(|&c| c != ' ');
        if !open || (s > 0 && chars[s - 1] != ' ') || s >= e {
            return None;
        }
        out.push(chars[s..e].iter().collect::<String>().trim().to_string());
    }
    Some(out)
}

/// Whether a line has marks of a shell command: a pipe, a redirection, a
/// variable, an option (`-f`) or a setting (`a=b`).
fn shell(text: &str) -> bool {
    text.contains(['|', '<', '>', '$', '=', ';', '&', '`'])
        || text.split_whitespace().any(|w| w.starts_with('-'))
}

/// Whether the text before `lines[i]` is a command (the run is its
/// output) or code.
pub fn after_command(lines: &[Line], i: usize) -> bool {
    lines[..i]
        .iter()
        .rev()
        .find(|l| !l.blank())
        .is_some_and(|l| prompt(&l.text) || l.code_like())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;
    use crate::convert::table_cells;

    #[test]
    fn header_over_rows_cut_at_its_names() {
        let text = concat!(
            "Queue     Owner     Hosts            Retry\n",
            "mail-in   postmaster mx1 and mx2      5 min\n",
            "bulk      marketing bulk01            1 hour\n",
        );
        let l = split(text);
        assert!(parse(&l, 0, l.len()).is_none(), "`postmaster` runs over");
        let text = concat!(
            "Queue     Owner     Hosts            Retry\n",
            "mail-in   postmast  mx1 and mx2      5 min\n",
            "rsync     backup    bk01             1 day\n",
            "bulk-out  marketing bulk01           1 hour\n",
        );
        let l = split(text);
        let c = table_cells(&parse(&l, 0, l.len()).expect("a table"));
        assert_eq!(c[0], ["Queue", "Owner", "Hosts", "Retry"]);
        assert_eq!(c[3], ["bulk-out", "marketing", "bulk01", "1 hour"]);
        let shell =
            "Queue     Owner     Hosts\nmail-in   post      mx1 | wc\nbulk      market    bulk01\n";
        let l = split(shell);
        assert!(parse(&l, 0, l.len()).is_none());
    }

    #[test]
    fn program_output_is_no_table() {
        let caps = "NAME      STATUS    ROLES    AGE\nnode1     Ready     worker   3d\nnode2     Ready     worker   3d\n";
        let l = split(caps);
        assert!(parse(&l, 0, l.len()).is_none());
        let after = "$ queuectl list\n\nQueue     Owner     Hosts\nmail-in   post      mx1\nbulk      market    bulk01\n";
        let l = split(after);
        assert!(parse(&l, 2, l.len()).is_none());
        let l = split(after[16..].trim_start());
        assert!(parse(&l, 0, l.len()).is_some());
    }

    #[test]
    fn one_word_cells_announced_stay_as_laid_out() {
        let text = concat!(
            "The uplinks we patch by hand:\n",
            "\n",
            "Node        Uplink      Address\n",
            "gw-north    te0/1       198.51.100.7\n",
            "gw-south    te0/2       198.51.100.9\n",
        );
        let l = split(text);
        assert!(parse(&l, 2, l.len()).is_none());
        assert!(header_at(&l, 2), "still the names of columns");
        assert!(parse(&l[2..], 0, l.len() - 2).is_some(), "unannounced");
        let worded = text.replace("te0/2      ", "te0/2 spare");
        let l = split(&worded);
        assert!(parse(&l, 2, l.len()).is_some());
    }

    #[test]
    fn printout_names_with_joining_marks_head_their_rows() {
        let text = concat!(
            "PROC     PID   SIZE/OFF   USE%\n",
            "spoold   412   88120      12%\n",
            "spoold   977   4096       3%\n",
        );
        let l = split(text);
        assert!(names_rows(&l, 0));
        assert!(!column_name("v2"));
        assert!(column_name("%CPU") && column_name("SIZE/OFF"));
    }
}
