//! A line of text in, whether it is a count a program printed in its
//! summary (`Number of files: 31,882 (reg: 28,340)`, `Total file size:
//! 96.41G bytes`): a label of words, a colon, then a figure.

use super::classify::contact_field;

/// Whether `text` is a `Label of words: figure ...` line: a label of two
/// to six words in letters (no contact field's name), a colon, and a
/// value opening with a digit. One alone may be a field of prose
/// (`Port: 5432`); a program's summary prints several (`counted`).
pub fn tallied(text: &str) -> bool {
    let Some((label, value)) = text.split_once(": ") else {
        return false;
    };
    let words: Vec<&str> = label.split_whitespace().collect();
    (2..=6).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'))
        && value.trim_start().starts_with(|c: char| c.is_ascii_digit())
        && !dialled(value)
        && contact_field(text).is_none()
}

/// Whether `value` is a number to dial, not a figure: groups of digits
/// joined by hyphens (`555-0134`) or two or more apart (`555 0134`).
fn dialled(value: &str) -> bool {
    let groups: Vec<&str> = value.split_whitespace().collect();
    let digits = |g: &&str| g.bytes().all(|b| b.is_ascii_digit() || b == b'-');
    (groups.len() >= 2 && groups.iter().all(digits))
        || groups.first().is_some_and(|g| digits(g) && g.contains('-'))
}

/// Whether two or more of `texts` are `tallied`: a summary's counts,
/// which are what the program wrote, however much they read as words.
pub fn counted<'a>(texts: impl IntoIterator<Item = &'a str>) -> bool {
    texts.into_iter().filter(|t| tallied(t)).count() >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_tallied_fields_and_sentences_not() {
        assert!(tallied("Pages scanned: 4,210 (cached: 3,900)"));
        assert!(tallied("Bytes written out: 12.5M"));
        assert!(!tallied("Port: 5432"));
        assert!(!tallied("Phone number: 555 0134"));
        assert!(!tallied("Desk line: 555-0134"));
        assert!(!tallied("Note: 3 hosts still answer, so wait."));
        assert!(!tallied("Keep in mind the following: the mirror is slow"));
        assert!(counted(["Pages scanned: 40", "Pages skipped: 2"]));
        assert!(!counted(["Pages scanned: 40", "then stop"]));
    }
}
