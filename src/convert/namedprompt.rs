//! A line in, whether it opens with a shell prompt only named in words
//! (`[ops@db02 ~]$ prompt the line below; ...`), as the sentence the line
//! above breaks off goes on (`... type at the`): text, not a command.

use super::classify::prompt;
use super::cmdshape::small_bare;
use super::lines::Line;

/// Whether `line` opens with a `user@host` prompt (`[ops@db02 ~]$`,
/// `ops@db02$`) and goes on in words, two of a sentence's small words at
/// least after it and a full stop closing it, or a colon as a sentence
/// leading in to what follows (`root@db02:~# when you are root, run it
/// from there:`): under a sentence broken off (`session::worded_prompt`),
/// it names the prompt where the command is to be typed, and the text
/// goes on.
///
/// A device's prompt named by its host alone (`edge-sw02#`) is one too
/// when the words after it are a sentence that runs on past the line:
/// words of letters only, three of a sentence's small words at least
/// (`edge-sw02# prompt type show interfaces and look at the`), no
/// command's marks.
pub(super) fn in_words(line: &Line) -> bool {
    let Some((mark, rest)) = split_prompt(&line.text) else {
        return false;
    };
    let small = rest.split_whitespace().filter(|w| small_bare(w)).count();
    let closed = mark.contains('@') && small >= 2 && rest.ends_with(['.', ':']);
    prompt(&line.text) && (closed || (host_mark(mark) && running_on(rest, small)))
}

/// Whether `mark` is a host's name and a `#` or `$` (`core-sw01#`): a
/// letter in it, then letters, digits, `-`, `.` or `_`.
fn host_mark(mark: &str) -> bool {
    let stem = mark.trim_end_matches(['#', '$']);
    stem.len() + 1 == mark.len()
        && stem.chars().any(|c| c.is_ascii_alphabetic())
        && stem
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._".contains(c))
}

/// Whether `rest`, with `small` of a sentence's small words, reads as a
/// sentence going on: three small words or more, every word letters only
/// (a comma after one aside), no closing stop.
fn running_on(rest: &str, small: usize) -> bool {
    let letters = |w: &str| {
        let w = w.strip_suffix(',').unwrap_or(w);
        !w.is_empty() && w.chars().all(|c| c.is_ascii_alphabetic())
    };
    small >= 3 && rest.split_whitespace().all(letters)
}

/// The prompt opening `text` (`[ops@db02 ~]$`, or a first word ending in
/// `$` or `#`) and the text after it, or none.
fn split_prompt(text: &str) -> Option<(&str, &str)> {
    let end = if text.starts_with('[') {
        text.find("]$ ").or_else(|| text.find("]# "))? + 2
    } else {
        let word = text.split_whitespace().next()?;
        if !word.ends_with(['$', '#']) {
            return None;
        }
        word.len()
    };
    Some((text.get(..end)?, text.get(end..)?.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn a_prompt_named_mid_sentence_is_the_text_going_on() {
        let lines = split(
            "Find the full disks, type at the\n[ops@db02 ~]$ prompt the line below; a row near 100 is full.\n",
        );
        assert!(in_words(&lines[1]));
        assert!(crate::convert::session::worded_prompt(&lines[0], &lines[1]));
        let lines = split("Find the full disks, type at the\n[ops@db02 ~]$ df -h /srv\n");
        assert!(!in_words(&lines[1]));
        assert!(!crate::convert::session::worded_prompt(
            &lines[0], &lines[1]
        ));
        // under a sentence that stops, the prompt is the command's
        let lines =
            split("Find the full disks.\n[ops@db02 ~]$ prompt the line below; it is full.\n");
        assert!(in_words(&lines[1]));
        assert!(!crate::convert::session::worded_prompt(
            &lines[0], &lines[1]
        ));
    }

    #[test]
    fn a_prompt_named_mid_sentence_may_lead_in_with_a_colon() {
        let lines = split(
            "On db02 the prompt reads
root@db02:~# when you are root, so run it from there:
",
        );
        assert!(in_words(&lines[1]));
        assert!(crate::convert::session::worded_prompt(&lines[0], &lines[1]));
        let lines = split(
            "On db02 the prompt reads
root@db02:~# scp dump.sql backup01:
",
        );
        assert!(!in_words(&lines[1]));
    }

    #[test]
    fn a_device_prompt_named_in_a_sentence_running_on_is_text() {
        let lines = split(
            "Log in to the switch. At the\nedge-sw02# prompt type show interfaces and look at the\nState column.\n",
        );
        assert!(in_words(&lines[1]));
        assert!(crate::convert::session::worded_prompt(&lines[0], &lines[1]));
        // a command typed there, or a sentence too short to run on, is no text
        let lines = split("At the\nedge-sw02# show interfaces status | include the\n");
        assert!(!in_words(&lines[1]));
        let lines = split("At the\nedge-sw02# show version\n");
        assert!(!in_words(&lines[1]));
    }
}
