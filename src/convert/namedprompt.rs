//! Two lines in, whether the second opens with a shell prompt only named
//! in the sentence the first breaks off (`... type at the` / `[ops@db02
//! ~]$ prompt the line below; ...`): the text going on, not a command.

use super::classify::prompt;
use super::cmdshape::small_word;
use super::lines::Line;

/// Whether `line` opens with a `user@host` prompt (`[ops@db02 ~]$`,
/// `ops@db02$`) and goes on in words, two of a sentence's small words at
/// least after it and a full stop closing it, under `above`, a sentence
/// at the same margin broken off with no closing mark: the sentence
/// names the prompt where the command is to be typed, and goes on.
pub(super) fn in_sentence(above: &Line, line: &Line) -> bool {
    let Some((mark, rest)) = split_prompt(&line.text) else {
        return false;
    };
    let small = rest
        .split_whitespace()
        .filter(|w| small_word(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .count();
    mark.contains('@')
        && prompt(&line.text)
        && small >= 2
        && rest.ends_with('.')
        && above.indent == line.indent
        && super::classify::prose(&above.text)
        && !above.text.ends_with(['.', ':', ';', '!', '?', ')', '\\'])
}

/// The prompt opening `text` (`[ops@db02 ~]$`, or a first word ending in
/// `$` or `#`) and the text after it, or none.
fn split_prompt(text: &str) -> Option<(&str, &str)> {
    let end = if text.starts_with('[') {
        text.find("]$ ").or_else(|| text.find("]# "))? + 2
    } else {
        let word = text.split_whitespace().next()?;
        if !word.ends_with(['$', '#']) {
            return None;
        }
        word.len()
    };
    Some((text.get(..end)?, text.get(end..)?.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn a_prompt_named_mid_sentence_is_the_text_going_on() {
        let lines = split(
            "Find the full disks, type at the\n[ops@db02 ~]$ prompt the line below; a row near 100 is full.\n",
        );
        assert!(in_sentence(&lines[0], &lines[1]));
        let lines = split("Find the full disks, type at the\n[ops@db02 ~]$ df -h /srv\n");
        assert!(!in_sentence(&lines[0], &lines[1]));
    }
}
