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
/// over the next command, or as a sentence left open over the bullet
/// list it leads into (`leadlist::list_under`: text, not a message).
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
        && super::leadlist::list_under(chunk, lead, chunk.len()).is_none()
}

/// Where the literal block of a run that opens with `lead` commands
/// ends when the run is set off by a blank line under a paragraph ending
/// with `:` (`Compare the two:` / `` / `imgcmp a.img b.img` / `Images
/// match.`): the lines after the commands, at their margin to the run's
/// end, none a list item nor ending with `:` (the writer's text pointing
/// on), are what the command printed, and go in its block; the ideals
/// keep such a last line with its command 193 times of 194 (with no blank
/// line under the colon, a sentence there is the writer's text going on,
/// 14 of 14, and the commands alone are the block). `lines[i..end]`: the
/// run; `colon`: whether the paragraph before ends with `:`.
pub(super) fn block_end(lines: &[Line], i: usize, end: usize, lead: usize, colon: bool) -> usize {
    let set_off = colon && i > 0 && lines.get(i - 1).is_some_and(Line::blank);
    let (Some(first), Some(rest)) = (lines.get(i), lines.get(i + lead..end)) else {
        return i + lead;
    };
    let printed = |l: &Line| {
        l.indent == first.indent && list_marker(&l.text).is_none() && !l.text.ends_with(':')
    };
    if set_off && !rest.is_empty() && rest.iter().all(printed) {
        end
    } else {
        i + lead
    }
}

/// Where the literal block of the commands `lines[i..k]` ends when the
/// lines from `k` to the run's `end` read as sentences (`prose_tail`):
/// set off by a blank line under a line ending with `:`, such lines at
/// the commands' margin are what the command printed (`block_end`:
/// `Compare them:` / `` / `imgcmp a.img b.img` / `Images match.`), unless
/// they read as the writer's own text: opening as an instruction does
/// (`Then check the log ...`), the last line left open with no stop or
/// closing bracket (`Look for the new files ...`), or a sentence wrapped
/// onto a line going on in lower case (`... ask the office` / `before
/// adding it.`). Otherwise the block ends at `k`.
pub(super) fn tail_end(lines: &[Line], i: usize, k: usize, end: usize) -> usize {
    let Some(tail) = lines.get(k..end).filter(|t| !t.is_empty()) else {
        return k;
    };
    let opens = super::session::instruction(&tail[0].text, true);
    let closed = tail
        .last()
        .is_some_and(|l| l.text.ends_with(['.', '!', ')']));
    let wraps = tail.windows(2).any(|w| {
        !w[0].text.ends_with(['.', '!', '?', ':', ')'])
            && w[1].text.starts_with(|c: char| c.is_lowercase())
    });
    if opens || !closed || wraps || k <= i {
        return k;
    }
    // (`block_end` asks for the blank line under the colon itself)
    block_end(
        lines,
        i,
        end,
        k - i,
        super::lines::after_colon_line(lines, i),
    )
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
    fn what_a_command_printed_under_a_colon_and_a_blank() {
        let text = "Compare them:\n\nimgcmp a.img b.img\nImages match.\n";
        assert_eq!(block_end(&split(text), 2, 4, 1, true), 4);
        let text = "Compare them:\nimgcmp a.img b.img\nImages match.\n";
        assert_eq!(block_end(&split(text), 1, 3, 1, true), 2);
        let text = "Compare them:\n\nimgcmp a.img b.img\nthen list them with:\n";
        assert_eq!(block_end(&split(text), 2, 4, 1, true), 3);
    }

    #[test]
    fn a_closing_sentence_a_command_printed_under_a_colon() {
        let text = "Check it:\n\nkvtool show k1\nNo key with that name exists.";
        assert_eq!(tail_end(&split(text), 2, 3, 4), 4);
        let text = "Check it:\nkvtool show k1\nNo key with that name exists.";
        assert_eq!(tail_end(&split(text), 1, 2, 3), 2);
        let text = "Check it:\n\nkvtool show k1\nThen check the log for errors.";
        assert_eq!(tail_end(&split(text), 2, 3, 4), 3);
        let text = "Check it:\n\nkvtool show k1\nIt takes a minute on the\nbig hosts.";
        assert_eq!(tail_end(&split(text), 2, 3, 5), 3);
        let text = "Check it:\n\nkvtool show k1\nRestart the agent afterwards";
        assert_eq!(tail_end(&split(text), 2, 3, 4), 3);
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
