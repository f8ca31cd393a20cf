//! A line of text in, whether a program's log wrote it out: it opens
//! with a time stamp (`2014-11-26 03:15:01 ...`, `[2014-11-26T03:15:01Z]
//! ...`, `Nov 26 03:15:01 host ...`, `04-Feb-2021 10:22:41.332 INFO
//! ...`), which no sentence does, or with a
//! level in capitals (`INFO main Loading config`, `[ERROR] ...`), words
//! though it has; or whether a program tagged it with its name (`nfs:
//! server nas1 not responding`); or whether it was typed into an IRC
//! client or copied from a chat log (`/msg bot help`, `21:57 < alice> hi`).

/// Whether a program's log wrote `text`: a time stamp first, or a level
/// (after a time stamp or none) then the message, or a network device's
/// message code (`%LINK-3-UPDOWN: Interface ...`).
pub fn written(text: &str) -> bool {
    stamped(text) || levelled(text) || coded(text)
}

/// Whether `text` opens with the code a switch or a router puts before
/// its log messages (`%SPANTREE-2-BLOCK_PVID: Blocking port 7`,
/// `ENVMON-4-FAN_FAIL: Fan 2 stopped`): facility, a severity digit 0 to
/// 7 and a mnemonic, in capitals joined by `-`, a `%` first or none, its
/// colon, then the message. No word of a sentence is so made.
fn coded(text: &str) -> bool {
    let Some((code, msg)) = text.split_once(": ") else {
        return false;
    };
    let name = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
    };
    let mut parts = code.strip_prefix('%').unwrap_or(code).split('-');
    let (Some(facility), Some(severity), Some(mnemonic), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    name(facility)
        && matches!(severity.as_bytes(), [b'0'..=b'7'])
        && name(mnemonic)
        && !msg.trim().is_empty()
}

/// Whether `line`, set deeper than the line of text `prev` over it, is
/// a line a log wrote (`    2014-11-26T03:15:01Z job ok`) or a header
/// of a mail or a web reply (`    Authentication-Results: mx1; dkim=pass`):
/// a sample the text quotes, off its paragraph, not a sentence's words
/// wrapped; or, two columns deeper or more, a message a program tagged
/// with its name (`the server refuses with` / `    remote: error: over
/// quota`). At the text's margin, right under a sentence that leads in
/// with a colon (`the error log will say something like:`), a line that
/// opens with a log's time stamp (`stamped`), or an error a program
/// printed (`error`: `FATAL:  sorry, too many clients`) or a message
/// logged at a level (`level_message`: `INFO: fully up`), is that sample
/// too: no sentence's words open so.
pub(super) fn set_in(prev: &super::lines::Line, line: &super::lines::Line) -> bool {
    let led = line.indent == prev.indent
        && prev.text.ends_with(':')
        && (stamped(&line.text) || error(&line.text) || level_message(&line.text));
    led || line.indent > prev.indent
        && (written(&line.text)
            || header(&line.text)
            || (line.indent >= prev.indent + 2 && tagged(&line.text)))
}

/// Whether `text` is an error a program printed (`Error: Failed to
/// download metadata`, `fatal: not a git repository`): an error word,
/// its colon, then the message. Writers label their warnings and notes,
/// not their errors: no admonition opens so.
pub(super) fn error(text: &str) -> bool {
    const WORDS: [&str; 6] = ["Error", "error", "ERROR", "Fatal", "fatal", "FATAL"];
    text.split_once(": ")
        .is_some_and(|(word, msg)| WORDS.contains(&word) && msg.split_whitespace().nth(1).is_some())
}

/// Whether `text` is a message a program logged at a level, the level
/// in capitals and its colon first (`INFO: Jenkins is fully up and
/// running`, `WARNING:  database "x" must be vacuumed`), two words of
/// message or more, no stop closing it: a writer's own warning ends its
/// sentence with one (`WARNING: back it up first.`).
pub(super) fn level_message(text: &str) -> bool {
    text.split_once(':').is_some_and(|(level, msg)| {
        LEVELS.contains(&level)
            && msg.starts_with(' ')
            && msg.split_whitespace().nth(1).is_some()
            && !msg.trim_end().ends_with(['.', '!', '?'])
    })
}

/// The literal block of the line `lines[i]` alone (a blank line or the
/// end after it) when it is a message a program logged (`level_message`)
/// and the paragraph before it, the last of `prev`, ends with `:`: the
/// lead names the sample it quotes (`this shows in the log:` / `WARNING:
/// disk 2 failing`), as the hand conversions set it, not a warning of
/// the writer's own.
pub(super) fn quoted(
    lines: &[super::lines::Line],
    i: usize,
    prev: &[crate::doc::Block],
) -> Option<super::body::Parsed> {
    let alone = lines.get(i + 1).is_none_or(super::lines::Line::blank);
    (alone && level_message(&lines.get(i)?.text) && super::literal::colon_before(prev))
        .then(|| super::literal::literal(lines, i, i + 1))
}

/// Whether `text` is a header line of a mail or a web reply: a name of
/// two capitalised words or more joined by `-` (`Content-Type`,
/// `X-Spam-Status`), its colon, then a value.
fn header(text: &str) -> bool {
    text.split_once(": ").is_some_and(|(name, value)| {
        let word = |w: &str| {
            w.starts_with(|c: char| c.is_ascii_uppercase())
                && w.chars().all(|c| c.is_ascii_alphanumeric())
        };
        name.contains('-') && name.split('-').all(word) && !value.trim().is_empty()
    })
}

/// Whether `text` opens with a log's time stamp: a date (`2014-11-26`,
/// `2014/11/26`) and a clock time, in brackets or not, or a syslog month
/// and day before the time.
pub(super) fn stamped(text: &str) -> bool {
    let text = text.strip_prefix('[').unwrap_or(text);
    let mut words = text.split_whitespace();
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("");
    let third = words.next().unwrap_or("");
    // (`2014-11-26T03:15:01`: the date and the time in one word)
    if let Some((date, time)) = first.split_once('T') {
        return day(date) && clock(time);
    }
    ((day(first) || month_named(first)) && clock(second))
        || (month(first) && day_of_month(second) && clock(third))
}

/// A date written day first with the month's short name between, as
/// Java's and Tomcat's logs stamp their lines (`04-Feb-2021`,
/// `04/Feb/2021`): no sentence opens with one and a clock time.
fn month_named(word: &str) -> bool {
    date_parts(word).is_some_and(|[d, m, y]| day_of_month(d) && month(m) && digits(y, 4))
}

/// A date written year first: `2014-11-26`, `2014/11/26`.
pub(super) fn day(word: &str) -> bool {
    date_parts(word).is_some_and(|[y, m, d]| digits(y, 4) && digits(m, 2) && digits(d, 2))
}

/// The three parts of a date written with `-` or `/` between them.
fn date_parts(word: &str) -> Option<[&str; 3]> {
    let mut parts = word.split(['-', '/']);
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(a), Some(b), Some(c), None) => Some([a, b, c]),
        _ => None,
    }
}

/// Whether `part` is `n` digits.
fn digits(part: &str, n: usize) -> bool {
    part.len() == n && part.bytes().all(|b| b.is_ascii_digit())
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

/// The levels a program logs at, in capitals as logs write them.
const LEVELS: &[&str] = &[
    "TRACE", "DEBUG", "INFO", "NOTICE", "WARN", "WARNING", "ERROR", "ERR", "CRIT", "CRITICAL",
    "FATAL", "ALERT", "EMERG", "SEVERE",
];

/// Whether `text` is a line of a program's log by its level: after a
/// time stamp or none, a level in capitals (`INFO main ...`, `[ERROR] ...`,
/// `<WARN> ...`) then the message, or a date and a time then the message
/// (`2024-05-02 10:14:07 kiln started`). A level with `: ` after it is a
/// label of the text (`WARNING: hot`) unless a time stamp comes first.
fn levelled(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let stamps = words.iter().take_while(|w| stamp_word(w)).count();
    let Some(level) = words.get(stamps).filter(|_| words.len() > stamps + 1) else {
        return false;
    };
    let bare = level
        .trim_start_matches(['[', '<'])
        .trim_end_matches([']', '>', ':']);
    let labelled = level.ends_with(':') && stamps == 0;
    (LEVELS.contains(&bare) && !labelled) || (stamps >= 2 && words.len() >= stamps + 2)
}

/// A date or a time of day as logs stamp them: `2024-05-02`,
/// `2024/05/02`, `10:14:07`, `10:14:07.512`, `2024-05-02T10:14:07Z`, maybe
/// in brackets.
fn stamp_word(word: &str) -> bool {
    let w = word.trim_matches(['[', ']', ',']);
    let digits = w.chars().filter(char::is_ascii_digit).count();
    let marks = w.chars().filter(|c| "-/:.TZ+".contains(*c)).count();
    let seps = w.matches(['-', '/', ':']).count();
    digits >= 4 && digits + marks == w.chars().count() && seps >= 2
}

/// Labels writers put before a colon themselves: no program's names.
const LABELS: &[&str] = &[
    "note",
    "nb",
    "tip",
    "hint",
    "warning",
    "caution",
    "important",
    "example",
    "eg",
    "e.g",
    "ie",
    "i.e",
    "see",
    "todo",
    "also",
    "or",
    "and",
    "then",
];

/// Whether `text` is a message a program wrote under its name, as a
/// kernel or a daemon tags its lines without a time stamp (`nfs: server
/// nas1 not responding`, `sshd[412]: session opened`): a name in lower
/// case with a colon, the message in lower case after it, no closing
/// stop. A writer's own labels (`note: ...`, `e.g.: ...`) are no names.
pub fn tagged(text: &str) -> bool {
    let Some((tag, msg)) = text.split_once(": ") else {
        return false;
    };
    program_name(tag)
        && msg.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
        && !text.ends_with(['.', '!', '?'])
}

/// Whether `tag` is the name a program tags its lines with (`nfs`,
/// `sshd[412]`, `make[2]`): lower case, digits, `_.-`, two characters or
/// more, a process number in brackets after it or none; no writer's own
/// label (`note`, `e.g`).
fn program_name(tag: &str) -> bool {
    let name = tag
        .strip_suffix(']')
        .and_then(|t| t.rsplit_once('['))
        .filter(|(_, pid)| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()))
        .map_or(tag, |(n, _)| n);
    name.len() >= 2
        && name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "_.-".contains(c))
        && !LABELS.contains(&name)
}

/// Whether `chunk` is lines a log wrote, each opening with its time
/// stamp (`Mar 3 04:10:22 gw1 named[88]: ...`), or lines programs tagged
/// with their names (`tagged_run`): a sample quoted, wherever set.
pub(super) fn logged(chunk: &[super::lines::Line]) -> bool {
    chunk.iter().all(|l| stamped(&l.text)) || tagged_run(chunk)
}

/// Whether `chunk` is two lines or more set in past the margin at one
/// depth, each opening with a program's name and its colon (`dhcpd[2211]:
/// peer moves to normal` / `dhcpd[2211]: I move to normal`, `kernel: sdc:
/// LOOP DOWN detected.` / `multipathd: sdc: mark as failed`): what
/// programs wrote, line for line, whatever the case and the stops of the
/// messages. No wrapped sentence opens each of its lines with a name in
/// lower case and a colon.
pub(super) fn tagged_run(chunk: &[super::lines::Line]) -> bool {
    let depth = chunk.first().map_or(0, |l| l.indent);
    chunk.len() >= 2
        && depth > 0
        && chunk.iter().all(|l| {
            l.indent == depth
                && l.text
                    .split_once(": ")
                    .is_some_and(|(tag, msg)| program_name(tag) && !msg.trim().is_empty())
        })
}

/// A line typed into an IRC client (`/msg bot help`) or copied from a
/// chat log (`21:57 < alice> hello`, `[09:12:03] <bob> ok`): text kept
/// as it was, never a sentence to re-flow.
pub(super) fn irc(text: &str) -> bool {
    const SLASH: [&str; 10] = [
        "/msg", "/join", "/query", "/nick", "/topic", "/mode", "/invite", "/part", "/whois",
        "/notice",
    ];
    let mut words = text.split_whitespace();
    let first = words.next().unwrap_or("");
    if SLASH.contains(&first) && words.next().is_some() {
        return true;
    }
    let stamp = first.trim_start_matches('[').trim_end_matches(']');
    let parts = stamp.split(':').count();
    let clock = (2..=3).contains(&parts)
        && stamp
            .split(':')
            .all(|p| (1..=2).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit()));
    (clock && text[first.len()..].trim_start().starts_with('<') && text.contains('>'))
        || bot_command(first, text)
}

/// Whether `text` is a chat line with no time stamp that puts a command
/// to a bot (`<you> !ack 4410 on it`): a nick in angle brackets, then a
/// word opening with `!`.
fn bot_command(first: &str, text: &str) -> bool {
    let nick = first.strip_prefix('<').and_then(|n| n.strip_suffix('>'));
    let named = nick.is_some_and(|n| {
        (1..=20).contains(&n.len())
            && n.chars()
                .all(|c| c.is_alphanumeric() || "_-|^`[]".contains(c))
    });
    let said = text.split_whitespace().nth(1).unwrap_or("");
    named && said.len() > 1 && said.starts_with('!')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_before_a_named_month_stamps_a_log() {
        assert!(stamped("17-Sep-2023 06:41:12.908 WARN [main] pool full"));
        assert!(written("17/Sep/2023 06:41:12 queue drained"));
        assert!(!stamped("17-Sep-2023 is the day we moved the racks"));
        assert!(!stamped("17-Sept-2023 06:41 moved"));
    }

    #[test]
    fn errors_a_program_printed() {
        assert!(error("Error: Failed to download metadata for repo 'x':"));
        assert!(error("fatal: not a git repository"));
        assert!(!error("Error: none"));
        assert!(!error("Errors: see the log below"));
        assert!(!error("Warning: do not pull the disk"));
    }

    #[test]
    fn messages_logged_at_a_level() {
        assert!(level_message("INFO: controller ready, 6 zones online"));
        assert!(level_message("WARNING:  pool \"tank\" is degraded"));
        assert!(!level_message("WARNING: back it up first."));
        assert!(!level_message("Warning: pool degraded"));
        assert!(!level_message("INFO: ready"));
    }

    #[test]
    fn headers_of_mails_and_replies() {
        assert!(header("Received-SPF: pass (mx1: domain of x)"));
        assert!(header("X-Spam-Flag: NO"));
        assert!(!header("Note: the relay is slow"));
        assert!(!header("Follow-up: ask the desk"));
        assert!(!header("Content-Type:"));
    }

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

    #[test]
    fn log_lines_by_level_or_time() {
        assert!(written("INFO kiln Loading zones from /etc/kiln"));
        assert!(written("[ERROR] zone east: thermocouple open"));
        assert!(written("2025-03-03 08:12:40 WARN zone east slow"));
        assert!(written("2025-03-03 08:12:40 zone east reached 900C"));
        assert!(!written("WARNING: do not open the kiln when hot"));
        assert!(!written("Information about the kiln is kept here."));
        assert!(!written("INFO"));
    }

    #[test]
    fn device_messages_by_their_code() {
        assert!(written(
            "%LINK-3-UPDOWN: Interface Gi0/3, changed state to up"
        ));
        assert!(written("ENVMON-4-FAN_FAIL: Fan 2 stopped."));
        assert!(!written("%LINK-9-UPDOWN: Interface Gi0/3"));
        assert!(!written("Step-2-b: read the steps"));
        assert!(!written("See RFC-1918: private addresses"));
        assert!(!written("%LINK-3-UPDOWN:"));
    }

    #[test]
    fn messages_tagged_with_their_program() {
        assert!(tagged(
            "nfs: server nas1.example.org not responding, still trying"
        ));
        assert!(tagged("sshd[412]: session opened for user deploy"));
        assert!(tagged("pump-check: 3 pumps, 0 faults"));
        assert!(!tagged("note: the pump must be off first"));
        assert!(!tagged("pump: it stopped at noon."));
        assert!(!tagged("Pump: Grundfos, model 3"));
        assert!(!tagged("pump: Grundfos"));
        assert!(!tagged("the pump stopped"));
    }
}
