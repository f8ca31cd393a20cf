//! A field whose name runs to four words (`Where the key is: vault`)
//! among fields with short names: a line's text in, its name and value
//! out; and whether a run of fields has room for such names. A writer who
//! types `Owner: ops` / `Pager: 555 0100` / `Where the key is: vault` one
//! under the other is filling in a record, however long one name grows; a
//! sentence ending with a colon among prose is no such field, so a
//! four-word name is read only where short-named fields stand around it.

/// The name and value of `text` read as a field whose name is four words
/// (`Renewals per registered zone: 40 a week`): capitalised, forty
/// characters at most, its words letters, digits and `-`, one space
/// apart, its `:` followed by a space or a tab and a value; none for a
/// shorter name (the short-field readers take it) or a longer one (`On
/// the current primary node:` leads a step).
pub(super) fn field(text: &str) -> Option<(&str, &str)> {
    let (name, value) = text.split_once(':')?;
    let words: Vec<&str> = name.split(' ').collect();
    let named = name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.len() <= 40
        && words.len() == 4
        && words
            .iter()
            .all(|w| !w.is_empty() && w.chars().all(|c| c.is_alphanumeric() || c == '-'));
    let valued = value.starts_with([' ', '\t']) && !value.trim().is_empty();
    (named && valued).then(|| (name, value.trim()))
}

/// Whether a run of field lines, `short` of them with short names and
/// `long` with four-word names (`field`), is a record of fields: any run
/// without long names, or one with two short-named fields at least around
/// them (`Who:` / `Registrar:` / `Where the key is:`), so that a line of
/// prose ending in a colon next to one field never joins it.
pub(super) fn admitted(short: usize, long: usize) -> bool {
    long == 0 || short >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_word_names_only() {
        assert_eq!(
            field("Where the key is: vault"),
            Some(("Where the key is", "vault"))
        );
        assert_eq!(
            field("Renewals per registered zone:\t40 a week"),
            Some(("Renewals per registered zone", "40 a week"))
        );
        assert_eq!(field("Where the key: vault"), None);
        assert_eq!(field("On the current primary node: run it"), None);
        assert_eq!(field("where the key is: vault"), None);
        assert_eq!(field("Where the key is:"), None);
        assert_eq!(field("Where the key is:vault"), None);
        assert_eq!(field("Then, run this command: ls"), None);
    }

    #[test]
    fn long_names_need_two_short_fields_around_them() {
        assert!(admitted(1, 0) && admitted(2, 1) && admitted(3, 2));
        assert!(!admitted(1, 1) && !admitted(0, 2));
    }
}
