//! A field's value so far and the line under it in, whether that line
//! goes on with the value though it looks like a command: the value
//! leaves a bracket open or ends on a word a sentence goes on from, or
//! the line is one bare word set in under an unclosed value (`any
//! public` / `host`, a known program's name but the value's last word).

use super::captioned::OPEN_ENDS;

/// Whether `line`, set `indent` columns in under a field at `field`
/// columns whose `value` so far is given, goes on with that value
/// whatever it looks like (`(hourly` over `rsync copy, read only)`).
pub(super) fn goes_on(value: &str, line: &str, indent: usize, field: usize) -> bool {
    let last = value.rsplit(' ').next().unwrap_or("").to_lowercase();
    let bare = !line.contains(char::is_whitespace) && line.chars().all(char::is_alphanumeric);
    value.matches('(').count() > value.matches(')').count()
        || OPEN_ENDS.contains(&last.as_str())
        || (bare && indent > field && !value.ends_with(['.', ':', ';', ',', '!', '?']))
}

#[cfg(test)]
mod tests {
    use super::goes_on;

    #[test]
    fn a_bare_word_set_in_under_an_unclosed_value_goes_on() {
        assert!(goes_on("edge01, any public", "host", 8, 4));
        assert!(goes_on("backups (hourly", "rsync copy, read only)", 4, 4));
        assert!(goes_on("copy it to", "rsync -a x y", 4, 4));
        assert!(!goes_on("edge01, any public", "host", 4, 4));
        assert!(!goes_on("check it with:", "vgs", 8, 4));
        assert!(!goes_on("edge01, any public", "df -h", 8, 4));
    }
}
