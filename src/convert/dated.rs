//! A run of lines a person dated, one event a line (`2014-03-02  second
//! reminder sent, nobody read it`), in; a bullet list out, one item a
//! line. A program's log (a clock time after the date, a level) and
//! columns of data (another gap after the text, one value or a number)
//! are not this, and stay laid out.

use super::classify::list_marker;
use super::lines::Line;
use super::logline;
use crate::doc::Block;

/// The bullet list for the run `lines[i..end]` when it is two lines or
/// more at one indentation, each a date written year first
/// (`2014-03-02`, `2014/03/02`) then words about it (`dated`).
pub(super) fn list(lines: &[Line], i: usize, end: usize) -> Option<Block> {
    let run = &lines[i..end];
    let ok = run.len() >= 2
        && run
            .iter()
            .all(|l| l.indent == run[0].indent && dated(&l.text));
    if !ok {
        return None;
    }
    Some(super::list::line_items(run))
}

/// Whether `text` is a date, then what happened written as words: two
/// words or more after it, most of them words of letters and one of them
/// lower case, in one column (no gap of two spaces inside); not a clock
/// time after the date nor a log's line.
fn dated(text: &str) -> bool {
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
    logline::day(date)
        && words.len() >= 2
        && words.iter().filter(|w| letters(w)).count() * 2 > words.len()
        && words.iter().any(lower)
        && !rest.contains("  ")
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
    fn logs_and_data_are_no_events() {
        assert!(!dated("2021-06-01 04:12:09 hived[311]: sensor lost"));
        assert!(!dated("2021-06-01  ERROR sensor lost on hive 4"));
        assert!(!dated("2021-06-01  12.5 kg  hive 4"));
        assert!(!dated("2021-06-01  4812"));
        assert!(!dated("2021-06-01  v2.3.1"));
        assert!(!dated("June 1  hives moved to the north field"));
    }
}
