//! Messages a program printed, each tagged with a name (`E: could not
//! lock` / `W: the cache is old` / `E: unable to write`): a run of lines
//! in, whether it is such a report. A record names each of its fields
//! once; a program tags line after line with the same few names, so a
//! name given twice in a run of `name: value` lines marks the run as
//! output to show as printed, not fields to list.

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

/// The name a `name: value` line tags its value with, the value not
/// empty.
fn tag<'a>(l: &'a Line) -> Option<&'a str> {
    let key = output_key(&l.text)?;
    let value = l.text[key.len() + 1..].trim();
    (!value.is_empty()).then(|| key.trim())
}

#[cfg(test)]
mod tests {
    use super::report;
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
}
