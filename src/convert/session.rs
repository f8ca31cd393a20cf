//! What a shell session's lines look like beside the text around them: a
//! sentence of the procedure typed right under a command (`Then check the
//! log on the backup host`), told from the command's output by its look,
//! a run of root-prompt lines (`# systemctl restart httpd`) told from
//! a config file's comments.

use super::classify::{code_like, known_command, prose};

/// Words an instruction of the procedure opens with, which a program's
/// output seldom does.
const OPENERS: &[&str] = &[
    "afterwards",
    "again",
    "also",
    "check",
    "confirm",
    "ensure",
    "finally",
    "if",
    "make",
    "next",
    "now",
    "once",
    "repeat",
    "see",
    "then",
    "verify",
    "wait",
    "when",
    "you",
];

/// Whether `text`, right under a command with no blank line between, is
/// a sentence of the procedure and not the command's output: prose
/// words, capitalised first and in lower case after (a name or two
/// allowed), no shell marks; in a session's transcript (`prompted`), it
/// must also open as instructions do (`Then`, `Now`, `Check`).
pub fn instruction(text: &str, prompted: bool) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let Some(first) = words.first() else {
        return false;
    };
    let capitals = words[1..]
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
        .count();
    let opener = OPENERS.contains(&first.to_lowercase().as_str());
    prose(text)
        && !code_like(text)
        && first.starts_with(|c: char| c.is_ascii_uppercase())
        && !text.contains([
            '/', '$', '|', '<', '>', '=', '`', '{', '}', '[', ']', '*', '~', '\\', '#', ';', '&',
        ])
        && capitals <= 2
        && (opener || !prompted)
}

/// Whether `text` is a command typed at a root shell's `# ` prompt, a
/// known program after it (`# systemctl restart httpd`), not a comment
/// (`# listen on all addresses`).
pub fn root_command(text: &str) -> bool {
    text.strip_prefix("# ").is_some_and(|c| {
        let word = c.split_whitespace().next().unwrap_or("");
        known_command(word.rsplit('/').next().unwrap_or(word))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_under_commands() {
        assert!(instruction("Then check the log on the backup host", true));
        assert!(instruction(
            "Check that Pat Gardener has the key to the shed",
            true
        ));
        assert!(!instruction(
            "Permission denied while reading the cache file",
            true
        ));
        assert!(instruction(
            "Permission denied means the key is not on the host",
            false
        ));
        assert!(!instruction(
            "drwxr-xr-x 2 www www 4096 Jan 3 10:00 assets",
            false
        ));
        assert!(!instruction(
            "Then copy the file to /srv/www and reload it",
            true
        ));
        assert!(!instruction("Then check", true));
    }

    #[test]
    fn root_prompts_or_comments() {
        assert!(root_command("# systemctl restart httpd"));
        assert!(root_command("# /usr/bin/systemctl status httpd"));
        assert!(!root_command("# listen on all addresses"));
        assert!(!root_command("# the cache lives here"));
    }
}
