//! A line's text in, whether it is a crontab entry: five schedule fields
//! (`15 3 * * *`, `*/10 * * * 1-5`) and the command they run.

/// Whether `text` is a crontab entry: five fields of digits, `*`, `,`,
/// `-` and `/` (one `*` at least, as every schedule but the rarest has),
/// then a command.
pub(super) fn entry(text: &str) -> bool {
    // (the cheap test first: a schedule's first character)
    if !text.starts_with(|c: char| c.is_ascii_digit() || c == '*') {
        return false;
    }
    let mut words = text.split_whitespace();
    let fields: Vec<&str> = words.by_ref().take(5).collect();
    let field = |f: &&str| {
        f.bytes()
            .all(|b| b.is_ascii_digit() || b"*,-/".contains(&b))
    };
    fields.len() == 5
        && fields.iter().all(field)
        && fields.iter().any(|f| f.contains('*'))
        && words.next().is_some()
}

#[cfg(test)]
mod tests {
    use super::entry;

    #[test]
    fn schedules_then_commands_are_entries() {
        assert!(entry("30 2 * * 0 root /usr/local/bin/rotate-logs"));
        assert!(entry("*/5 * * * 1-5 poll-feeds --all"));
        assert!(!entry("30 2 * * 0"));
        assert!(!entry("1 2 3 4 5 6"));
        assert!(!entry("Run it at 3 * every night"));
    }
}
