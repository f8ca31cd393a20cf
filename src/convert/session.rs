//! What a shell session's lines look like beside the text around them: a
//! sentence of the procedure typed right under a command (`Then check the
//! log on the backup host`), told from the command's output by its look,
//! a run of root-prompt lines (`# systemctl restart httpd`) told from
//! a config file's comments, and a line of a program's log (`INFO main
//! Loading config`, `2024-05-02 10:14:07 [ERROR] ...`), words though it has.

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

/// The levels a program logs at, in capitals as logs write them.
const LEVELS: &[&str] = &[
    "TRACE", "DEBUG", "INFO", "NOTICE", "WARN", "WARNING", "ERROR", "ERR", "CRIT", "CRITICAL",
    "FATAL", "ALERT", "EMERG", "SEVERE",
];

/// Whether `text` is a line of a program's log: after a time stamp or
/// none, a level in capitals (`INFO main ...`, `[ERROR] ...`,
/// `<WARN> ...`) then the message, or a date and a time then the message
/// (`2024-05-02 10:14:07 kiln started`). A level with `: ` after it is a
/// label of the text (`WARNING: hot`) unless a time stamp comes first.
pub fn log_line(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let stamps = words.iter().take_while(|w| stamp(w)).count();
    let Some(level) = words.get(stamps).filter(|_| words.len() > stamps + 1) else {
        return false;
    };
    let bare = level
        .trim_start_matches(['[', '<'])
        .trim_end_matches([']', '>', ':']);
    let labelled = level.ends_with(':') && stamps == 0;
    (LEVELS.contains(&bare) && !labelled) || (stamps >= 2 && words.len() >= stamps + 2)
}

/// A date or a time of day as logs stamp them: `2024-05-02`,
/// `2024/05/02`, `10:14:07`, `10:14:07.512`, `2024-05-02T10:14:07Z`, maybe
/// in brackets.
fn stamp(word: &str) -> bool {
    let w = word.trim_matches(['[', ']', ',']);
    let digits = w.chars().filter(char::is_ascii_digit).count();
    let marks = w.chars().filter(|c| "-/:.TZ+".contains(*c)).count();
    let seps = w.matches(['-', '/', ':']).count();
    digits >= 4 && digits + marks == w.chars().count() && seps >= 2
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

    #[test]
    fn log_lines_by_level_or_time() {
        assert!(log_line("INFO kiln Loading zones from /etc/kiln"));
        assert!(log_line("[ERROR] zone east: thermocouple open"));
        assert!(log_line("2025-03-03 08:12:40 WARN zone east slow"));
        assert!(log_line("2025-03-03 08:12:40 zone east reached 900C"));
        assert!(!log_line("WARNING: do not open the kiln when hot"));
        assert!(!log_line("Information about the kiln is kept here."));
        assert!(!log_line("INFO"));
    }
}
