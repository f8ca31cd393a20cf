//! The header row over two aligned columns (`Host            Role` over
//! `db01            primary database`): two short names of columns, not
//! a term and what it means; the layout is a table, the names its header.
//! Also whether rows line up under a header of three columns or more.

use super::grid;
use super::lines::Line;
use crate::doc::Block;

/// Names a column commonly has in a laid-out table.
const COLUMN_NAMES: &[&str] = &[
    "account",
    "action",
    "address",
    "alias",
    "code",
    "command",
    "comment",
    "contact",
    "default",
    "description",
    "detail",
    "details",
    "directory",
    "email",
    "entry",
    "example",
    "field",
    "file",
    "function",
    "group",
    "host",
    "hostname",
    "ip",
    "item",
    "job",
    "key",
    "location",
    "machine",
    "meaning",
    "name",
    "note",
    "notes",
    "option",
    "owner",
    "path",
    "phone",
    "port",
    "purpose",
    "queue",
    "role",
    "server",
    "service",
    "setting",
    "status",
    "step",
    "system",
    "task",
    "team",
    "term",
    "type",
    "usage",
    "use",
    "user",
    "value",
    "what",
    "when",
    "where",
    "who",
];

/// Whether `term` and `def`, a layout's first row, name its columns: each
/// one to three capitalised words (or all capitals) without sentence
/// marks, and one of them a usual name of a column (`Host`, `Meaning`);
/// or each one to three small words, letters only, both holding a usual
/// name (`host` over `what it does`), as a crib sheet kept for grep
/// heads its columns.
pub fn header(term: &str, def: &str) -> bool {
    let usual = |cell: &str| {
        cell.split_whitespace()
            .any(|w| COLUMN_NAMES.contains(&w.to_lowercase().as_str()))
    };
    let capitalised = column_name(term) && column_name(def) && (usual(term) || usual(def));
    capitalised || (small_name(term) && small_name(def) && usual(term) && usual(def))
}

/// One to three words, small letters only (`host`, `what it does`).
fn small_name(cell: &str) -> bool {
    let words: Vec<&str> = cell.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() && c.is_lowercase()))
}

/// Whether a cell has a usual name of a column among its words, a plural
/// too (`Hosts`, `Concurrent jobs`).
pub fn named(cell: &str) -> bool {
    cell.split_whitespace().any(|w| {
        let w = w.to_lowercase();
        let one = w.strip_suffix('s').unwrap_or(&w);
        COLUMN_NAMES.contains(&w.as_str()) || COLUMN_NAMES.contains(&one)
    })
}

/// One to three words, each capitalised, letters only (`Role`, `Last
/// Run`, `TCP Port`).
fn column_name(cell: &str) -> bool {
    let words: Vec<&str> = cell.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_ascii_uppercase()) && w.chars().all(char::is_alphabetic)
        })
}

/// The table of rows `(first cell, second cell, line)`, the first row its
/// header.
pub fn table(rows: Vec<(String, String, u32)>) -> Block {
    let (cells, nos) = rows
        .into_iter()
        .map(|(a, b, no)| (vec![a, b.replace('\n', " ")], no))
        .unzip();
    grid::table(cells, nos)
}

/// Whether the rows of `chunk` (three lines or more, one indentation)
/// line up under its first line laid out in three columns or more
/// (`Zone        Old NS       Moved` over `example.org ns1.example.org
/// no`): every row has a cell opening right where each of the header's
/// columns opens, a space before it, though a cell filling its column
/// leaves only that one space (`example-long.org ns1.example.org`). Such
/// rows are a table's cells, kept as laid out, not a term and what it
/// means.
pub(super) fn lined_up(chunk: &[Line]) -> bool {
    let Some(head) = chunk.first() else {
        return false;
    };
    if chunk.len() < 3 || !super::columns::columns(&head.text) {
        return false;
    }
    let chars = |l: &Line| super::columns::expand(l.raw).chars().collect::<Vec<char>>();
    let top = chars(head);
    // (the columns after the first: where a cell opens after two spaces)
    let opens: Vec<usize> = (head.indent + 2..top.len())
        .filter(|&k| top[k] != ' ' && top[k - 1] == ' ' && top[k - 2] == ' ')
        .collect();
    opens.len() >= 2
        && chunk[1..].iter().all(|l| {
            let row = chars(l);
            l.indent == head.indent
                && opens
                    .iter()
                    .all(|&k| row.get(k).is_some_and(|&c| c != ' ') && row[k - 1] == ' ')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_names_head_a_table() {
        assert!(header("Host", "Role"));
        assert!(header("Field", "Meaning"));
        assert!(header("TCP Port", "Service"));
        assert!(!header("Monday", "Alice"));
        assert!(!header("Shift", "The hours one person holds the pager"));
        assert!(!header("db01", "primary database"));
        assert!(!header("Name:", "Value"));
        assert!(header("host", "what it does"));
        assert!(header("name", "purpose"));
        assert!(!header("user", "admin"));
        assert!(!header("host", "What it does"));
    }
}
