//! A command typed between two sentences in: the text of the paragraph
//! before it, if one is, and the run of lines from the command on; out,
//! whether the command is a literal block of its own between them
//! (`4. Check the bind.` / `ldapwhoami -x -H ldaps://...` / `If that
//! says ...`), not words of the sentence under it.

use super::classify::{option, sentence_opening};
use super::cmdshape::alone;
use super::lines::Line;

/// Whether `chunk` opens with one command line right under a paragraph
/// (`closing`, its text) whose sentence has ended (`.`, `?`, `!`), and
/// the line under the command, at its margin, opens a sentence of its
/// own (a capital, then prose): nothing points to the command nor runs
/// on into it, so it is a line to type set between two sentences, which
/// the hand conversions set as a literal block in every such place. The
/// command must be unmistakable: code (`Line::code_like`), a command's
/// shape with none of a sentence's small words (`cmdshape::alone`), and
/// an option among its words (`-x`, `--all`).
pub(super) fn command(closing: Option<&str>, chunk: &[Line]) -> bool {
    let (Some(cmd), Some(next)) = (chunk.first(), chunk.get(1)) else {
        return false;
    };
    next.indent == cmd.indent
        && closing.is_some_and(|t| t.ends_with(['.', '?', '!']))
        && cmd.code_like()
        && alone(&cmd.text)
        && cmd.text.split_whitespace().skip(1).any(option)
        && sentence_opening(&next.text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::inline;
    use crate::convert::lines::split;

    /// Whether the chunk `text` is a command set between sentences under
    /// a paragraph of `before`.
    fn between(before: &str, text: &str) -> bool {
        let prev = vec![inline::paragraph(before, 1)];
        let closing = crate::convert::pointed::closing_text(&prev);
        command(closing.as_deref(), &split(text))
    }

    #[test]
    fn a_command_between_two_sentences_is_set_apart() {
        let cmd = "kelpctl -q -H tank://pond01 --key /etc/kelp/key\n";
        assert!(between(
            "Test the feed.",
            &format!("{cmd}If it answers \"refused\", the key has run out.\n")
        ));
        // a sentence still going on, or no sentence after it
        assert!(!between(
            "Test the feed with",
            &format!("{cmd}If it answers \"refused\", the key has run out.\n")
        ));
        assert!(!between(
            "Test the feed.",
            &format!("{cmd}and then wait.\n")
        ));
        // no option: words, not a command
        assert!(!between(
            "Test the feed.",
            "kelpctl pond01 tank\nIf it answers \"refused\", the key has run out.\n"
        ));
    }
}
