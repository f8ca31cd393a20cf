//! A run of lines that opens with commands in, whether the sentences
//! right after the commands are the program's own: what it printed
//! (`You are about to be asked to enter information` / `-----` /
//! `Country Name (2 letter code) [AU]:NL`), shown in the block with the
//! rest of its output rather than taken for the writer's text.

use super::classify::{command_line, known_command, list_marker, prompt, prose};
use super::lines::Line;

/// Whether, in `chunk`, the lines after the `lead` commands are sentences
/// and then the program's output going on (a line of code's look that
/// is no command, no prompt and no sentence), none of the sentences
/// ending with `:` (the writer's text pointing to what follows).
pub(super) fn output_resumes(chunk: &[Line], lead: usize) -> bool {
    let Some(rest) = chunk.get(lead..) else {
        return false;
    };
    let Some(back) = rest.iter().position(|l| l.code_like() && !prose(&l.text)) else {
        return false;
    };
    let first = rest[back].text.split_whitespace().next().unwrap_or("");
    back > 0
        && rest[..back].iter().all(|l| !l.text.ends_with(':'))
        && !command_line(&rest[back].text)
        && !prompt(&rest[back].text)
        && !known_command(first)
        && !rest[back].text.starts_with('#')
}

/// Whether, in `chunk`, the lines after the `lead` commands typed at a
/// prompt are the program's message over its details: the first line no
/// list item and no instruction (`Then check:`), the line right under it
/// set deeper and neither it nor any line after it a command or a
/// prompt (`Do you really want to force-unlock?` / `  Terraform will
/// remove the lock ...`, `Errors during downloading metadata:` / `  -
/// Downloading successful, but ...` / `Error: Failed to download`). The
/// writer's text under a command does not set its own lines in, unless
/// over the next command.
pub(super) fn message_over_details(chunk: &[Line], lead: usize) -> bool {
    let (Some(head), Some(rest)) = (chunk.get(lead), chunk.get(lead + 1..)) else {
        return false;
    };
    let typed = chunk[..lead].iter().any(|l| prompt(&l.text));
    let no_command = |l: &Line| !l.code_like() && !command_line(&l.text);
    typed
        && lead > 0
        && head.indent <= chunk[0].indent
        && list_marker(&head.text).is_none()
        && !super::session::instruction(&head.text, true)
        && rest.first().is_some_and(|l| l.indent > head.indent)
        && rest.iter().all(no_command)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn sentences_a_program_prints_before_its_output() {
        let text = "kinit -c /tmp/cc admin\nYou will be asked for a password.\n\
                    -----\nPassword for admin: ok";
        assert!(output_resumes(&split(text), 1));
        let text = "kinit -c /tmp/cc admin\nThen list the tickets with:\nklist -c /tmp/cc";
        assert!(!output_resumes(&split(text), 1));
        let text = "kinit -c /tmp/cc admin\nYou will be asked for a password.";
        assert!(!output_resumes(&split(text), 1));
    }

    #[test]
    fn a_message_over_its_details_under_a_prompt() {
        let text = "$ pkgtool purge old\nReally purge?\n  Nothing can be restored.";
        assert!(message_over_details(&split(text), 1));
        let text = "$ pkgtool purge old\nThen check it with:\n  pkgtool list --all";
        assert!(!message_over_details(&split(text), 1));
        let text = "pkgtool purge old\nReally purge?\n  Nothing can be restored.";
        assert!(!message_over_details(&split(text), 1));
    }
}
