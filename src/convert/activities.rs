//! `Label:` lines naming an activity: the lines of a page and the
//! headings found in, the headings out with the lone short labels that
//! open with an `-ing` word (`Restarting:`, `Checking the backends:`)
//! added, on a page whose other `Label:` lines are headings already.

use super::classify::{admonition_word, list_marker};
use super::headings::{Found, found, free_lines};
use super::headtext::heading_like;
use super::lines::Line;

/// Words ending in `ing` that name no activity: pronouns, prepositions,
/// nouns, and participles read as adjectives (`Everything is under
/// /opt:`, `During the week:`, `Remaining hosts:`).
const NOT_GERUNDS: &[&str] = &[
    "everything",
    "anything",
    "nothing",
    "something",
    "during",
    "morning",
    "evening",
    "warning",
    "thing",
    "string",
    "spring",
    "bring",
    "ceiling",
    "following",
    "remaining",
    "missing",
    "existing",
    "incoming",
    "outgoing",
    "upcoming",
    "ongoing",
    "pending",
    "outstanding",
    "matching",
    "resulting",
];

/// `heads` with the activity labels of `lines[from..]` (`activity`)
/// added, when two or more one-line headings of `heads` are typed as
/// `Label:` lines: such a page names its sections so, and a label naming
/// what to do (`Cleaning up:`) is one of them whatever stands under it,
/// commands, a list or a lead-in, as the page's hand conversions have it
/// (a lone label elsewhere may only lead its commands in). Each is keyed
/// as the nearest such label heading above it (the first, above them
/// all), at whose indentation it stands.
pub(super) fn with_activities(lines: &[Line], from: usize, mut heads: Vec<Found>) -> Vec<Found> {
    let labels: Vec<&Found> = heads
        .iter()
        .filter(|h| {
            h.key != "title"
                && h.end == h.start + 1
                && lines.get(h.start).is_some_and(|l| l.text.ends_with(':'))
        })
        .collect();
    if labels.len() < 2 {
        return heads;
    }
    let free = free_lines(&heads, lines.len());
    let (mut k, mut added) = (0, Vec::new());
    for i in from.max(1)..lines.len() {
        while labels.get(k + 1).is_some_and(|h| h.start < i) {
            k += 1;
        }
        let sibling = labels[k];
        if free[i] && lines[i].indent == lines[sibling.start].indent && activity(lines, i) {
            let l = &lines[i];
            added.push(found(i, i + 1, l.no, sibling.key.clone(), &l.text, true));
        }
    }
    if !added.is_empty() {
        heads.extend(added);
        heads.sort_by_key(|h| h.start);
    }
    heads
}

/// Whether `lines[i]` (not the first line) is a lone activity label:
/// after a blank line, one to four words ending with `:` that open with
/// an `-ing` word (`gerund`) and read as a heading, with text after it.
fn activity(lines: &[Line], i: usize) -> bool {
    let l = &lines[i];
    let Some(name) = l.text.strip_suffix(':') else {
        return false;
    };
    let words = name.split_whitespace().count();
    let first = name.split_whitespace().next().unwrap_or("");
    lines[i - 1].blank()
        && (1..=4).contains(&words)
        && gerund(first)
        && !name.ends_with(':')
        && heading_like(name, false)
        && admonition_word(&l.text).is_none()
        && list_marker(&l.text).is_none()
        && super::body::next_nonblank(lines, i + 1).is_some()
}

/// Whether `w` is a capitalised `-ing` word naming an activity
/// (`Restarting`, `CHECKING`), none of `NOT_GERUNDS`.
fn gerund(w: &str) -> bool {
    let lower = w.to_lowercase();
    w.chars().count() >= 5
        && w.starts_with(char::is_uppercase)
        && w.chars().all(char::is_alphabetic)
        && lower.ends_with("ing")
        && !NOT_GERUNDS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use crate::convert::headings::tests::texts as heads;

    #[test]
    fn activity_labels_join_the_label_headings() {
        let text = "Pond pump notes\n\nThe pump keeps the pond clear.\n\nSpotting a fault:\n\nThe water goes green within a week.\n\nOrdering parts:\n\nThe shop has them in stock.\n\nCleaning the filter:\n    pondctl stop\n    pondctl flush\n\nRestarting:\n\n    pondctl start\n";
        assert_eq!(
            heads(text),
            [
                "Pond pump notes",
                "Spotting a fault",
                "Ordering parts",
                "Cleaning the filter",
                "Restarting"
            ]
        );
    }

    #[test]
    fn without_label_headings_an_activity_label_leads_in() {
        let text = "Pond pump notes\n\nThe pump keeps the pond clear.\n\nFilter\n\nThe water goes green within a week.\n\nCleaning the filter:\n    pondctl stop\n    pondctl flush\n";
        assert_eq!(heads(text), ["Pond pump notes", "Filter"]);
        assert!(!super::gerund("Everything") && !super::gerund("Missing"));
        assert!(super::gerund("Restarting") && super::gerund("CHECKING"));
    }
}
