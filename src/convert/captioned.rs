//! A cheat sheet's parts in: a run of lines that is a short description
//! typed right over one command at its margin, no prompt and no blank
//! line between (`list the mounted disks` / `lsblk -f`); out, where the
//! description ends and the command starts, so the description is a
//! paragraph and the command a literal block, not one sentence.

use super::cmdshape::alone;
use super::lines::Line;

/// Words a sentence that goes on over the line break ends its line with
/// (`copy the dump to` / `/srv/dumps/x.sql`, `the size of its` / `disk
/// (use df)`): the line under them is the sentence going on, not a
/// command of its own. A subject pronoun last (`the owners ask, and
/// they` / `start asking around 08:00`) leaves its clause without a verb:
/// the next line is that clause going on.
pub(super) const OPEN_ENDS: &[&str] = &[
    "the", "a", "an", "to", "of", "in", "on", "at", "by", "from", "into", "with", "for", "and",
    "or", "is", "are", "be", "being", "been", "its", "their", "your", "our", "this", "that",
    "also", "as", "than", "then", "run", "type", "use", "see", "enter", "called", "named", "under",
    "via", "they", "we", "he", "she",
];

/// The line of `lines[i..end]` that is a command under its description:
/// the run two lines at one margin, the first no code and one phrase (no
/// sentence stop inside it, none of `.` `:` `,` `;` closing it, no word
/// a sentence goes on from last), the second parsing as a command
/// (`cmdshape::alone`). A wrapped sentence whose last line only looks like a
/// command (`... This can be` / `considered 'public'`) ends otherwise.
/// Under the phrase may be several commands, each line at its margin
/// both code (`code_like`) and a command's shape (`copy the key over` /
/// `sudo scp ...` / `sudo chmod ...`): a sentence wraps onto one line.
pub(super) fn command_at(lines: &[Line], i: usize, end: usize) -> Option<usize> {
    let (desc, cmd) = (lines.get(i)?, lines.get(i + 1)?);
    let t = desc.text.as_str();
    let word = t.rsplit(' ').next().unwrap_or("").to_lowercase();
    let more = lines.get(i + 2..end).is_some_and(|rest| {
        !rest.is_empty()
            && lines[i + 1..end]
                .iter()
                .all(|l| l.indent == desc.indent && l.code_like() && alone(&l.text))
    });
    let fits = (end == i + 2 || more)
        && desc.indent == cmd.indent
        && !desc.code_like()
        && !super::columns::columns(t)
        && !t.contains(". ")
        && !t.ends_with(['.', ':', ',', ';', '\\'])
        && !OPEN_ENDS.contains(&word.as_str())
        && alone(&cmd.text);
    fits.then_some(i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

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
        // a header naming the columns of the row under it
        assert_eq!(
            at("zone name   set point   fan\neast-2      820         on\n"),
            None
        );
        assert_eq!(at("zone name\neast-2 --set 820\n"), Some(1));
    }
}
