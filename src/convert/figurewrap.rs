//! A wrapped line of prose that opens with a figure (a time `04:00`, a
//! date `2024-03-01`, a quantity `16 GB`, a version `4.2.1`): the line
//! before it and the line, whether the line goes on with the sentence the
//! line before left open rather than starting a point of its own.

/// Words no sentence ends on, a figure often follows, lower case: the
/// small words that need what comes next (`at`, `and`, `has`, `the`), and
/// the names of what a figure gives (`release`, `version`).
const OPEN_WORDS: &[&str] = &[
    "a", "about", "after", "an", "and", "are", "around", "at", "be", "been", "before", "between",
    "by", "every", "for", "from", "had", "has", "have", "in", "into", "is", "of", "on", "or",
    "over", "per", "release", "since", "than", "the", "till", "to", "under", "until", "version",
    "was", "were", "with",
];

/// Whether `line` goes on with the sentence `prev` left open: `prev`
/// ends on a word no sentence ends on (`OPEN_WORDS`: `The job starts at
/// 02:00 and`, `The box has`, `runs release`), and `line` opens with a figure
/// (`figure`) followed by one space and a word (`04:00, so the window`,
/// `16 GB of memory`, `4.2.1 of the agent.`). A careful reader takes it
/// as the sentence's next words, never as a point or a row of its own:
/// a figure alone on its line (`10.0.0.1`), set apart by a gap of
/// spaces (`06:00   announce start`), or a number with dots over a
/// capital (`3.2 Rolling back`, a section's number and title), is left
/// to the rules for those.
pub(super) fn runs_on(prev: &str, line: &str) -> bool {
    let open = prev
        .split_whitespace()
        .last()
        .is_some_and(|w| OPEN_WORDS.contains(&w));
    if !open {
        return false;
    }
    let line = line.trim_start();
    let Some((head, rest)) = line.split_once(' ') else {
        return false;
    };
    let head = head.trim_end_matches([',', ';']);
    let section = head.contains('.') && head.chars().all(|c| c.is_ascii_digit() || c == '.');
    figure(head)
        && rest.starts_with(|c: char| c.is_alphabetic())
        && !(section && rest.starts_with(char::is_uppercase))
}

/// Whether `word` is a figure: groups of digits joined by single `:`,
/// `.`, `-` or `/` (`04:00`, `2024-03-01`, `4.2.1`, `16`), with at most
/// a unit of letters or `%` right after (`16GB`, `30s`, `95%`), and no
/// closing `.` or `)` that would make it a list's marker (`10.`, `3)`).
fn figure(word: &str) -> bool {
    let num = word.trim_end_matches(|c: char| c.is_alphabetic() || c == '%');
    if !num.starts_with(|c: char| c.is_ascii_digit())
        || word.chars().count() - num.chars().count() > 4
    {
        return false;
    }
    let mut last_digit = false;
    for c in num.chars() {
        if c.is_ascii_digit() {
            last_digit = true;
        } else if [':', '.', '-', '/'].contains(&c) && last_digit {
            last_digit = false;
        } else {
            return false;
        }
    }
    last_digit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_after_an_open_sentence_runs_on() {
        assert!(runs_on(
            "The job starts at 02:00 and",
            "04:00, so the window"
        ));
        assert!(runs_on("The box has", "16 GB of memory"));
        assert!(runs_on("runs release", "4.2.1 of the agent."));
        assert!(runs_on(
            "the last full dump was on",
            "2024-03-01 and it passed"
        ));
        assert!(runs_on("each dump takes about", "30min or so"));
    }

    #[test]
    fn points_rows_and_markers_do_not_run_on() {
        assert!(!runs_on("Add these servers:", "10.0.0.1 web"));
        assert!(!runs_on("The job starts at", "04:00"));
        assert!(!runs_on("The job starts at", "06:00   announce start"));
        assert!(!runs_on("The job starts at", "10. Check the log"));
        assert!(!runs_on("It ends.", "16 GB of memory"));
        assert!(!runs_on("Servers", "10.0.0.1 web"));
        assert!(!runs_on("06:00 in summer", "07:30 in spring"));
        assert!(!runs_on("", "4.2.1 of the agent"));
        assert!(!runs_on("runs release", "4..2 of it"));
        assert!(!runs_on("3.1 Log in", "3.2 Restart the service"));
        assert!(runs_on("has been up since", "10:00 UTC without a break"));
    }
}
