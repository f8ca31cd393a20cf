//! A line of text in, whether a program's log wrote it out: it opens
//! with a time stamp (`2014-11-26 03:15:01 ...`, `[2014-11-26T03:15:01Z]
//! ...`, `Nov 26 03:15:01 host ...`), which no sentence does.

/// Whether `text` opens with a log's time stamp: a date (`2014-11-26`,
/// `2014/11/26`) and a clock time, in brackets or not, or a syslog month
/// and day before the time.
pub fn stamped(text: &str) -> bool {
    let text = text.strip_prefix('[').unwrap_or(text);
    let mut words = text.split_whitespace();
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("");
    let third = words.next().unwrap_or("");
    // (`2014-11-26T03:15:01`: the date and the time in one word)
    if let Some((date, time)) = first.split_once('T') {
        return day(date) && clock(time);
    }
    (day(first) && clock(second)) || (month(first) && day_of_month(second) && clock(third))
}

/// A date written year first: `2014-11-26`, `2014/11/26`.
fn day(word: &str) -> bool {
    let parts: Vec<&str> = word.split(['-', '/']).collect();
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    parts.len() == 3 && digits(parts[0], 4) && digits(parts[1], 2) && digits(parts[2], 2)
}

/// A clock time to the minute or the second, maybe with fractions, a
/// zone or a closing bracket after it (`03:15`, `03:15:01,250]`).
fn clock(word: &str) -> bool {
    let parts: Vec<&str> = word.splitn(3, ':').collect();
    let two = |p: &str| p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit());
    let seconds = parts.get(2).is_none_or(|s| s.get(..2).is_some_and(two));
    parts.len() >= 2
        && (1..=2).contains(&parts[0].len())
        && parts[0].bytes().all(|b| b.is_ascii_digit())
        && two(parts[1])
        && seconds
}

/// A month's short English name, as syslog writes it (`Nov`).
fn month(word: &str) -> bool {
    [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    .contains(&word)
}

/// A day of the month, one or two digits.
fn day_of_month(word: &str) -> bool {
    (1..=2).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::stamped;

    #[test]
    fn log_lines_open_with_a_time_stamp() {
        for line in [
            "2019-04-02 22:10:09 cache full, dropping oldest entries",
            "[2019/04/02 22:10:09,113] worker 3 restarted",
            "2019-04-02T22:10:09Z job done",
            "Apr  2 22:10:09 gate01 sshd[412]: Accepted key for deploy",
        ] {
            assert!(stamped(line), "{line}");
        }
        for line in [
            "2019-04-02 was the day the cache filled up",
            "At 22:10 the cache filled up",
            "May 2 is a holiday, so nobody is on call",
            "10:30 2019-04-02 in the wrong order",
        ] {
            assert!(!stamped(line), "{line}");
        }
    }
}
