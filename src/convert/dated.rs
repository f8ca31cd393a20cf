//! A run of lines a person dated, one event a line (`2014-03-02  second
//! reminder sent, nobody read it`) or timed to the minute (`09:12  first
//! jobs fail`), an event's text maybe wrapped onto lines set in under
//! it, in; a bullet list out, one item an event. A program's log (a
//! clock time after the date, seconds, a level, a chat's `<nick>`) and
//! columns of data (another gap after the text, one value or a number)
//! are not this, and stay laid out. A change log in three columns
//! (`2015-03-02  jdoe  Added the excerpt`: a date, who, and what, wrapped
//! under its column) is a table of those three, no header over it.

use super::classify::list_marker;
use super::lines::Line;
use super::logline;
use crate::doc::{Block, ListItem};

/// The bullet list for the run `lines[i..end]` when it is two events or
/// more at one indentation, each a date written year first
/// (`2014-03-02`, `2014/03/02`) or a time of day (`09:12`) then words
/// about it (`dated`), each maybe wrapped onto lines set in deeper.
pub(super) fn list(lines: &[Line], i: usize, end: usize) -> Option<Block> {
    let run = &lines[i..end];
    let margin = run.first()?.indent;
    let opens = |l: &Line| l.indent == margin && dated(&l.text);
    let wraps = |l: &Line| l.indent > margin && !l.blank() && !dated(&l.text);
    let starts: Vec<usize> = (0..run.len()).filter(|&k| opens(&run[k])).collect();
    let ok = starts.len() >= 2 && starts[0] == 0 && run.iter().all(|l| opens(l) || wraps(l));
    if !ok {
        return None;
    }
    let item = |(k, &s): (usize, &usize)| {
        let e = starts.get(k + 1).copied().unwrap_or(run.len());
        ListItem {
            line: run[s].no,
            task: None,
            blocks: super::body::joined(&run[s..e]).into_iter().collect(),
        }
    };
    Some(super::list::bullets(
        starts.iter().enumerate().map(item).collect(),
    ))
}

/// The table of the run `lines[i..end]` when it is two rows or more at
/// one indentation, each a date written year first, a gap, one name (a
/// login or a person's, no digits, not a log's `ERROR`), a gap, and words
/// about the change (`dated`) starting in one column for all of them;
/// any other line is set in to that column, going on with the words.
pub(super) fn table(lines: &[Line], i: usize, end: usize) -> Option<Block> {
    let run = &lines[i..end];
    let margin = run.first()?.indent;
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut nos = Vec::new();
    let mut at = None;
    for l in run {
        if let Some(row) = rows.last_mut()
            && l.indent > margin
            && at == Some(l.indent)
        {
            row[2].push(' ');
            row[2].push_str(&l.text);
            continue;
        }
        let (date, who, what, column) = change(l)?;
        if l.indent != margin || at.is_some_and(|a| a != column) {
            return None;
        }
        at = Some(column);
        rows.push(vec![date.into(), who.into(), what.into()]);
        nos.push(l.no);
    }
    if rows.len() < 2 {
        return None;
    }
    let mut block = super::grid::table(rows, nos);
    if let crate::doc::BlockKind::Table(t) = &mut block.kind {
        t.header_rows = 0;
    }
    Some(block)
}

/// A change log's row, `2015-03-02  jdoe  Added the excerpt`: its date,
/// who, what, and the column the words start in.
fn change<'t>(l: &'t Line) -> Option<(&'t str, &'t str, &'t str, usize)> {
    let (date, rest) = l.text.split_once("  ")?;
    let rest = rest.trim_start();
    let (who, what) = rest.split_once("  ")?;
    let what = what.trim_start();
    let name = who.chars().all(|c| c.is_alphabetic() || ".-_".contains(c))
        && who.chars().any(char::is_lowercase);
    let words = dated(&format!("{date} {what}"));
    let column = l.indent + l.text[..l.text.len() - what.len()].chars().count();
    (logline::day(date) && name && words).then_some((date, who, what, column))
}

/// Whether `word` dates an event: a date written year first, or a time
/// of day to the minute (`09:12`, `9:05`; seconds are a program's).
fn stamp(word: &str) -> bool {
    let minute = word.split_once(':').is_some_and(|(h, m)| {
        (1..=2).contains(&h.len())
            && m.len() == 2
            && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
    });
    logline::day(word) || minute
}

/// Whether `text` is a date or time (`stamp`), then what happened written as words: two
/// words or more after it, most of them words of letters and one of them
/// lower case, in one column (no gap of two spaces inside but after a
/// sentence's stop, a habit of typing); not a clock time after the date
/// nor a log's line.
pub(super) fn dated(text: &str) -> bool {
    let Some((date, rest)) = text.split_once(char::is_whitespace) else {
        return false;
    };
    let rest = rest.trim_start();
    let words: Vec<&str> = rest.split_whitespace().collect();
    let letters = |w: &&str| {
        let w = w.trim_matches(|c: char| c.is_ascii_punctuation());
        !w.is_empty() && w.chars().all(char::is_alphabetic)
    };
    let lower = |w: &&str| letters(w) && w.starts_with(char::is_lowercase);
    stamp(date)
        && rest.starts_with(char::is_alphanumeric)
        && words.len() >= 2
        && words.iter().filter(|w| letters(w)).count() * 2 > words.len()
        && words.iter().any(lower)
        && super::columns::fields(rest)
            .iter()
            .rev()
            .skip(1)
            .all(|f| f.ends_with(['.', '!', '?']))
        && !words[0].contains(':')
        && !logline::written(text)
        && list_marker(text).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_then_words_is_an_event() {
        assert!(dated("2021-06-01  hives moved to the north field"));
        assert!(dated("2021/06/09 queen seen again, laying"));
        assert!(dated("2021-07-30  honey taken off"));
    }

    #[test]
    fn a_time_then_words_is_an_event() {
        assert!(dated("09:12  first hives weighed"));
        assert!(dated("9:05 Queen seen again"));
        assert!(!dated("09:12:33 hived[311]: sensor lost"));
        assert!(!dated("09:12 <malik> the hive is open"));
        // two spaces after a sentence's stop are typing, not a column
        assert!(dated("10:40  smoker lit.  The bees calm down"));
        assert!(!dated("10:40  smoker lit  the bees calm down"));
    }

    #[test]
    fn a_change_log_in_three_columns_is_a_table() {
        let read = |text: &str| {
            let lines = crate::convert::lines::split(text);
            table(&lines, 0, lines.len()).is_some()
        };
        assert!(read(
            "2021-06-01  mkoval  Hives moved to the north field,\n                    all six of them.\n2021-07-30  ada     Honey taken off.\n"
        ));
        // not one column for the words, or a log's level for a name
        assert!(!read(
            "2021-06-01  mkoval  Hives moved.\n2021-07-30  ada    Honey taken off.\n"
        ));
        assert!(!read(
            "2021-06-01  ERROR  sensor lost on hive\n2021-06-02  ERROR  sensor lost again\n"
        ));
    }

    #[test]
    fn logs_and_data_are_no_events() {
        assert!(!dated("2021-06-01 04:12:09 hived[311]: sensor lost"));
        assert!(!dated("2021-06-01  ERROR sensor lost on hive 4"));
        assert!(!dated("2021-06-01  12.5 kg  hive 4"));
        assert!(!dated("2021-06-01  4812"));
        assert!(!dated("2021-06-01  v2.3.1"));
        assert!(!dated("June 1  hives moved to the north field"));
    }
}
