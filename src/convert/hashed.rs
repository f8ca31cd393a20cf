//! A Markdown heading typed into plain text (`# Restarting the queue`,
//! `## Checking it`), told from a root prompt (`# yum update`) and a
//! shell comment by its words: a title, not a command.

use super::classify::code_like;

/// The depth and title of a `#` heading line: one to six `#`, a space,
/// a title of up to eight words starting in capitals, no command, no
/// shell marks, no closing stop (closing `#`s dropped).
pub fn heading(text: &str) -> Option<(usize, &str)> {
    let n = text.chars().take_while(|&c| c == '#').count();
    let title = text[n..].strip_prefix(' ')?.trim_end_matches('#').trim();
    let words = title.split_whitespace().count();
    let ok = (1..=6).contains(&n)
        && (1..=8).contains(&words)
        && title.starts_with(char::is_uppercase)
        && !title.ends_with(['.', ':', ',', ';', '?', '!'])
        && !title.contains(['/', '=', '$', '|', '<', '>', '&', '`', '"', '\''])
        && !code_like(title);
    ok.then_some((n, title))
}

#[cfg(test)]
mod tests {
    use super::heading;

    #[test]
    fn titles_not_commands() {
        assert_eq!(
            heading("# Restarting the queue"),
            Some((1, "Restarting the queue"))
        );
        assert_eq!(heading("## Checking it ##"), Some((2, "Checking it")));
        for text in [
            "# yum update",
            "# cd /srv",
            "#acl All:read",
            "# Stop it now.",
            "#",
        ] {
            assert_eq!(heading(text), None, "{text}");
        }
    }
}
