//! A program's status report pasted as text in, whether lines are one:
//! `key: value` lines whose keys are set in so their colons line up
//! (`  pool: vault` / ` state: DEGRADED` / `status: ...`), a long value
//! wrapped onto lines set in past the colons, and the report going on
//! past a blank line (`config:` over its tree, `errors: ...`).

use super::classify::output_key;
use super::lines::Line;

/// The column of the colon of a `key: value` line (`key:` alone too,
/// `classify::output_key`) whose key is sixteen characters at most.
fn colon_at(l: &Line) -> Option<usize> {
    let key = output_key(&l.text).filter(|k| k.len() <= 16)?;
    Some(l.indent + key.len())
}

/// The colon column of the report `run` opens with: three or more key
/// lines, their colons in one column though they start at two or more
/// indentations (set in to line them up), every other line a value
/// wrapped past the colons. None if the run is not one.
pub(super) fn report(run: &[Line]) -> Option<usize> {
    let column = colon_at(run.first()?)?;
    let keys: Vec<&Line> = run.iter().filter(|l| l.indent <= column).collect();
    let aligned = keys.iter().all(|l| colon_at(l) == Some(column));
    let set_in = keys.iter().any(|l| l.indent != keys[0].indent);
    (keys.len() >= 3 && aligned && set_in).then_some(column)
}

/// Whether `run`, one blank line under the literal `block` a report
/// opens, is more of it: key lines with their colons in the report's
/// column and lines set in past it, its first a key line or the block
/// ending on a key with no value (`config:`) announcing it.
pub(super) fn resumed(block: &[Line], run: &[Line]) -> bool {
    let head = block.iter().position(Line::blank).unwrap_or(block.len());
    let Some(column) = report(&block[..head]) else {
        return false;
    };
    let last = block.iter().rev().find(|l| !l.blank());
    let announced = last.is_some_and(|l| colon_at(l) == Some(column) && l.text.ends_with(':'));
    let keyed = |l: &Line| colon_at(l) == Some(column);
    (announced || keyed(&run[0])) && run.iter().all(|l| l.indent > column || keyed(l))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split as lines;

    #[test]
    fn keys_set_in_to_line_up_their_colons_are_a_report() {
        let run = lines(
            "  tank: lagoon\n level: LOW\nreason: the pump stopped and\n        nobody restarted it\nhint: none",
        );
        assert_eq!(report(&run[..4]), Some(6));
        assert_eq!(report(&run), None);
    }

    #[test]
    fn flush_left_labels_are_no_report() {
        let run = lines("Owner: the ferry crew\nBackup: the harbour office\nPager: none");
        assert_eq!(report(&run), None);
    }

    #[test]
    fn a_tree_a_bare_key_announces_and_a_key_after_it_go_on() {
        let block = lines("  tank: lagoon\n level: LOW\ndetail:");
        let tree = lines("        lagoon   LOW\n          pump   STOPPED");
        let tail = lines("alarms: two pending");
        let prose = lines("Then call the harbour office.");
        assert!(resumed(&block, &tree));
        assert!(resumed(&block, &tail));
        assert!(!resumed(&block, &prose));
    }
}
