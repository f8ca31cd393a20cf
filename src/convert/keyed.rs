//! Messages a program printed, each tagged with a name (`E: could not
//! lock` / `W: the cache is old` / `E: unable to write`): a run of lines
//! in, whether it is such a report. A record names each of its fields
//! once; a program tags line after line with the same few names, so a
//! name given twice in a run of `name: value` lines marks the run as
//! output to show as printed, not fields to list. So does a run of
//! `Name=value` lines (`Status=Failed`), a record a program printed.

use super::classify::output_key;
use super::lines::Line;

/// Whether `run` is a program's tagged messages: two lines or more, each
/// a `name: value` line (`classify::output_key`, a value after the
/// colon) at the first line's margin, some name given twice. Questions
/// and answers taking turns (`Q:` / `A:`) are a dialogue, read as such
/// elsewhere.
pub(super) fn report(run: &[Line]) -> bool {
    let Some(first) = run.first() else {
        return false;
    };
    // (a set, not a scan back for each name: a run may be long)
    let mut seen = std::collections::HashSet::new();
    let mut repeated = false;
    for l in run {
        let Some(name) = tag(l).filter(|_| l.indent == first.indent) else {
            return false;
        };
        repeated |= !seen.insert(name);
    }
    let dialogue = seen.iter().all(|n| ["Q", "A"].contains(n));
    run.len() >= 2 && repeated && !dialogue
}

/// Whether `run` is a record a program printed as `Name=value` lines
/// (`Job ID=JID_42` / `Status=Failed` / `Message=[Key=x]`, a deeper line
/// wrapping the value on): two lines or more at the first line's margin,
/// each a name of one or two words glued to its `=` and its value
/// (`equated`), fewer deeper lines than those. A sentence is never typed
/// so, line after line; the hand conversions set every such run of the
/// proxy set as code, under a command or a colon.
pub(super) fn record(run: &[Line]) -> bool {
    let Some(first) = run.first() else {
        return false;
    };
    let mut named = 0;
    for l in run {
        match l.indent {
            m if m == first.indent && equated(&l.text) => named += 1,
            m if m > first.indent => {}
            _ => return false,
        }
    }
    named >= 2 && named * 2 > run.len()
}

/// Whether `text` is one `Name=value` pair as a program prints it: a
/// name of one or two words (letters, digits, `_`, `.`, `-`; a letter
/// first) right against its `=`, then a value that opens right after it
/// and is no second `=` (no `a == b` test).
fn equated(text: &str) -> bool {
    let Some((name, value)) = text.split_once('=') else {
        return false;
    };
    let word = |w: &str| w.chars().all(|c| c.is_alphanumeric() || "_.-".contains(c));
    let words = name.split(' ');
    (1..=2).contains(&words.clone().count())
        && words.clone().all(|w| !w.is_empty() && word(w))
        && name.starts_with(char::is_alphabetic)
        && value.starts_with(|c: char| !c.is_whitespace() && c != '=')
}

/// The name a `name: value` line tags its value with, the value not
/// empty.
fn tag<'a>(l: &'a Line) -> Option<&'a str> {
    let key = output_key(&l.text)?;
    let value = l.text[key.len() + 1..].trim();
    (!value.is_empty()).then(|| key.trim())
}

#[cfg(test)]
mod tests {
    use super::{record, report};
    use crate::convert::lines::split;

    #[test]
    fn a_name_given_twice_marks_printed_messages() {
        let run = split("E: no lock on the spool\nW: cache is old\nE: cannot write state");
        assert!(report(&run));
        let run = split("run stopped: no input\nrun stopped: upstream error");
        assert!(report(&run));
    }

    #[test]
    fn fields_named_once_and_questions_are_no_report() {
        assert!(!report(&split("Owner: the ferry crew\nPager: none")));
        assert!(!report(&split("Q: why?\nA: because.\nQ: when?\nA: now.")));
        assert!(!report(&split("E: no lock\nand then it stops\nE: again")));
    }

    #[test]
    fn name_value_lines_make_a_printed_record() {
        let run = split(
            "Task ID=T_77\nTask Kind=Apply: ROM.Set\nState=Done\nNote=[Ref=a#b]\n could not apply it",
        );
        assert!(record(&run));
        assert!(record(&split("Mode=auto\nLevel=3")));
        // a sentence naming a setting, a test, one pair alone
        assert!(!record(&split("Then set Mode=auto on the box\nLevel=3")));
        assert!(!record(&split("a == b\nc == d")));
        assert!(!record(&split("Mode=auto")));
        assert!(!record(&split("Mode = auto\nLevel = 3")));
    }
}
