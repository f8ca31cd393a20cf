//! A run of lines at the text's margin in, whether it is a paragraph
//! wrapped out, however code-like its first words: such a run neither
//! goes on with the literal block above it nor is one itself.

use super::classify::{prompt, prose, short_sentence};
use super::lines::Line;

/// Whether a run of lines at the text's margin `base` is a paragraph
/// wrapped: two lines or more, the first of six words or more, no
/// prompt, with a sentence closed inside it and another begun (`iF =
/// failed, iU = unpacked. dpkg --configure -a`), the others at its margin
/// and no code, the last a sentence closed by a full stop (`normally
/// takes care of both.`).
pub(super) fn wrapped_text(chunk: &[Line], base: usize) -> bool {
    let (Some(first), Some(last)) = (chunk.first(), chunk.last()) else {
        return false;
    };
    let words: Vec<&str> = first.text.split_whitespace().collect();
    chunk.len() >= 2
        && first.indent <= base
        && words.len() >= 6
        && stop_inside(&words)
        && !prompt(&first.text)
        && chunk[1..]
            .iter()
            .all(|l| l.indent == first.indent && !l.code_like())
        && last.text.ends_with('.')
        && (prose(&last.text) || short_sentence(&last.text))
}

/// Whether a plain word of three letters or more closes a sentence among
/// `words` with a word after it (`configured. dpkg`; not `find . -name`).
fn stop_inside(words: &[&str]) -> bool {
    words.windows(2).any(|w| {
        w[0].strip_suffix('.')
            .is_some_and(|s| s.len() >= 3 && s.chars().all(char::is_alphabetic))
            && w[1].starts_with(char::is_alphabetic)
    })
}

#[cfg(test)]
mod tests {
    use super::wrapped_text;
    use crate::convert::lines::split;

    #[test]
    fn a_legend_wrapped_at_the_margin_is_text() {
        let legend = split(
            "qH = held, qE = error in the filter chain. spoolctl --release all\nfrees the held ones, the others need a new filter.\n",
        );
        assert!(wrapped_text(&legend, 0));
        let set_in = split(
            "  qH = held, qE = error in the filter chain. spoolctl --release all\n  frees the held ones.\n",
        );
        assert!(!wrapped_text(&set_in, 0));
    }

    #[test]
    fn commands_under_one_another_are_no_paragraph() {
        let commands = split("find . -name '*.tmp' -delete now\nsudo systemctl restart spool\n");
        assert!(!wrapped_text(&commands, 0));
        let one = split("qH = held, qE = error in the filter chain. spoolctl --release all\n");
        assert!(!wrapped_text(&one, 0));
    }
}
