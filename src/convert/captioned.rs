//! A cheat sheet's parts in: a run of lines that is a short description
//! typed right over one command at its margin, no prompt and no blank
//! line between (`list the mounted disks` / `lsblk -f`); out, where the
//! description ends and the command starts, so the description is a
//! paragraph and the command a literal block, not one sentence.

use super::classify::known_command;
use super::lines::Line;

/// Words a sentence that goes on over the line break ends its line with
/// (`copy the dump to` / `/srv/dumps/x.sql`, `the size of its` / `disk
/// (use df)`): the line under them is the sentence going on, not a
/// command of its own.
const OPEN_ENDS: &[&str] = &[
    "the", "a", "an", "to", "of", "in", "on", "at", "by", "from", "into", "with", "for", "and",
    "or", "is", "are", "be", "being", "been", "its", "their", "your", "our", "this", "that",
    "also", "as", "than", "then", "run", "type", "use", "see", "enter", "called", "named", "under",
    "via",
];

/// The line of `lines[i..end]` that is a command under its description:
/// the run two lines at one margin, the first no code and one phrase (no
/// sentence stop inside it, none of `.` `:` `,` `;` closing it, no word
/// a sentence goes on from last), the second parsing as a command
/// (`command`). A wrapped sentence whose last line only looks like a
/// command (`... This can be` / `considered 'public'`) ends otherwise.
pub(super) fn command_at(lines: &[Line], i: usize, end: usize) -> Option<usize> {
    let (desc, cmd) = (lines.get(i)?, lines.get(i + 1)?);
    let t = desc.text.as_str();
    let word = t.rsplit(' ').next().unwrap_or("").to_lowercase();
    let fits = end == i + 2
        && desc.indent == cmd.indent
        && !desc.code_like()
        && !t.contains(". ")
        && !t.ends_with(['.', ':', ',', ';', '\\'])
        && !OPEN_ENDS.contains(&word.as_str())
        && command(&cmd.text);
    fits.then_some(i + 1)
}

/// Whether `text` parses as a command line on its own: a program (one
/// the classifier knows, a path, or a lower-case name) then arguments
/// with a command's marks (an option `-x` `+x`, a path, a name with a
/// digit or `_`, a pipe, a redirect, a quote, a `$`), none of them a
/// word a sentence needs and no closing stop; a known program may stand
/// alone (`vgs`).
pub(super) fn command(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let Some((first, args)) = words.split_first() else {
        return false;
    };
    let path = first.len() > 1 && (first.starts_with('/') || first.starts_with("./"));
    let name = first.starts_with(|c: char| c.is_ascii_lowercase())
        && first
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c));
    let marked = |w: &&str| {
        w.starts_with(['-', '+', '"', '\'', '$', '/', '|', '>', '<', '~'])
            || w.contains(['/', '=', '_', ',', ':', '@', '|', '>'])
            || w.contains(|c: char| c.is_ascii_digit())
    };
    // (an option's name is no word of a sentence: `--all`)
    let sentence = args.iter().any(|w| {
        !w.starts_with('-')
            && super::cmdshape::small_word(w.trim_matches(|c: char| !c.is_alphanumeric()))
    });
    let shaped = if args.is_empty() {
        known_command(first)
    } else {
        (path || name) && args.iter().any(marked) && !sentence
    };
    shaped && !text.ends_with(['.', ',', ';', ':', '?', '!']) && !super::cmdshape::small_word(first)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn command_lines_by_their_parse() {
        for c in [
            "findmnt -T /srv/pond",
            "zfs list -o name,used",
            "frobtool rotate /var/frob",
            "dmesg",
            "pgrep -f kelpd",
            "kelpctl drain node_04",
            "kelpctl list --all -f depth",
            "cat /proc/mdstat | grep -A2 md0",
            "printf \"x\" > /run/kelp/wake",
            "/opt/kelp/bin/kelpd +debug",
        ] {
            assert!(command(c), "{c}");
        }
        for p in [
            "overview",
            "pond levels",
            "check the pond filter",
            "drain node_04 before the storm",
            "tell ops@example.org.",
            "the filter is at /srv/pond",
            "kelpctl drain",
        ] {
            assert!(!command(p), "{p}");
        }
    }

    #[test]
    fn a_description_over_a_command_splits_there() {
        let at = |text: &str| {
            let lines = split(text);
            command_at(&lines, 0, lines.len())
        };
        assert_eq!(at("how full is the pond\nzfs list -o name,used\n"), Some(1));
        assert_eq!(at("is the pump awake?\npgrep -f kelpd\n"), Some(1));
        // a sentence going on over its break, a second sentence, code
        assert_eq!(at("the filter sits under\n/srv/pond/filter.d\n"), None);
        assert_eq!(at("copy the log to\n/srv/pond/old.log\n"), None);
        assert_eq!(
            at("Keep it warm. Check the size of its\ntank (use df)\n"),
            None
        );
        assert_eq!(at("drain it first, then\nkelpctl drain node_04\n"), None);
        assert_eq!(at("sudo -i\nzfs list -o name\n"), None);
        assert_eq!(at("how full\nis it\nzfs list -o name\n"), None);
    }
}
