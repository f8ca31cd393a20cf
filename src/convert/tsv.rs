//! Tab-separated rows pasted from a spreadsheet (`Host<TAB>Schedule` over
//! `web01<TAB>daily 02:00`) in, a table block out: cells split at the
//! tabs, not at the columns the tabs happen to reach, the first row the
//! header.

use super::grid::table;
use super::lines::Line;
use crate::doc::Block;

/// The table whose header is `lines[i]`: a run of lines at one
/// indentation, each of the same number of cells (two or more) between
/// tabs, three lines at least, the header's cells names (words, no
/// paths, settings or prompts); and the line after it.
pub fn parse(lines: &[Line], i: usize) -> Option<(Vec<Block>, usize)> {
    let own = lines[i].indent;
    let head = cells(&lines[i].text)?;
    // `Owner:<TAB>Platform team` is a field, not a header
    if head[0].ends_with(':') || !head.iter().all(|c| name(c)) {
        return None;
    }
    let end = (i + 1..lines.len())
        .find(|&k| {
            let l = &lines[k];
            l.indent != own || cells(&l.text).is_none_or(|c| c.len() != head.len())
        })
        .unwrap_or(lines.len());
    if end - i < 3 {
        return None;
    }
    let rows: Vec<Vec<String>> = lines[i..end]
        .iter()
        .filter_map(|l| cells(&l.text))
        .collect();
    let nos = lines[i..end].iter().map(|l| l.no).collect();
    Some((vec![table(rows, nos)], end))
}

/// Whether `lines[i]` is the header row of such a table (the cheap test
/// first: a tab in it), which names its columns rather than a section.
pub fn header(lines: &[Line], i: usize) -> bool {
    lines[i].text.contains('\t') && parse(lines, i).is_some()
}

/// The cells of a line between runs of tabs, when there are two or more.
fn cells(text: &str) -> Option<Vec<String>> {
    let cells: Vec<String> = text
        .split('\t')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(String::from)
        .collect();
    (cells.len() >= 2).then_some(cells)
}

/// A header cell: a short name of words (`Retention`, `Last run (UTC)`),
/// not a path, a setting, a prompt, a comment, an address or a map's
/// machine value (`lmtp:[mail01]:24`, `smtp:relay`).
fn name(cell: &str) -> bool {
    cell.split_whitespace().count() <= 4
        && cell.starts_with(|c: char| c.is_alphabetic())
        && !cell.contains([
            '/', '=', '$', '#', '<', '>', '|', '{', '}', ';', '@', '[', ']',
        ])
        && !cell.trim_end_matches(':').contains(':')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    fn rows(text: &str) -> Option<Vec<Vec<String>>> {
        let lines = split(text);
        let (blocks, _) = parse(&lines, 0)?;
        Some(crate::convert::table_cells(&blocks[0]))
    }

    #[test]
    fn tabs_split_the_cells() {
        let got = rows(
            "Host\tSchedule\tRetention\nweb01\tdaily 02:00\t14 days\ndb01\thourly\t48 hours\n",
        );
        assert_eq!(
            got.expect("a table"),
            [
                ["Host", "Schedule", "Retention"],
                ["web01", "daily 02:00", "14 days"],
                ["db01", "hourly", "48 hours"]
            ]
        );
    }

    #[test]
    fn config_lines_are_no_table() {
        assert!(rows("/dev/vda1\t/boot\txfs\n/dev/vda2\t/\txfs\n/dev/vda3\t/var\txfs\n").is_none());
        assert!(rows("Host\tRole\nweb01\tproxy\n").is_none());
        assert!(rows("Host\tRole\nweb01\tproxy\tspare\ndb01\tdb\n").is_none());
        // a transport map's lines, and fields set off by a tab
        let map =
            "a@example.org\tlmtp:[mx]:24\nb@example.org\tlmtp:[mx]:24\nc@example.org\tsmtp:relay\n";
        assert!(rows(map).is_none());
        assert!(rows("Owner:\tweb team\nContact:\tweb@example.org\nPurpose:\tthe web\n").is_none());
    }
}
