//! A quoted sample under a sentence that points to it: the blocks read
//! so far and the next run of lines in, whether that run is the sample
//! the sentence breaks off on (`the log fills with lines like` over a
//! line set in on its own), a literal block; and the text of the
//! paragraph closing those blocks, which `literal` asks about too; and how
//! many lines of a run under a colon read as sentences.

use super::lines::Line;
use crate::doc::{Block, BlockKind, inlines_text};

/// Whether `chunk`, one line set in two columns or more, is what the
/// paragraph closing `prev` points to: that paragraph breaks off with no
/// stop on a word that wants more (`intro::open_ended`: `like`, `with`,
/// `as follows`), so the line set off under it is the thing shown, not a
/// paragraph of its own.
pub(super) fn sample(prev: &[Block], chunk: &[Line]) -> bool {
    let [line] = chunk else {
        return false;
    };
    line.indent >= 2
        && super::classify::list_marker(&line.text).is_none()
        && closing_text(prev).is_some_and(|t| {
            let t = t.trim_end();
            t.ends_with(char::is_alphabetic) && super::intro::open_ended(t)
        })
}

/// How many lines of `chunk`, set under a paragraph ending with `:`, read
/// as sentences: lines laid out in columns are no sentences, whatever
/// their words, nor a program's name and arguments (`cmdshape::typed`),
/// nor what a program's log wrote (`logline::written`, or set in,
/// `tagged`), nor the counts of its summary (`tally::counted`). An error
/// a program printed, set in, is the program's words and the few lines
/// it wraps onto (`dnf says:` / `    Error: Failed ...:` / `    repomd.xml
/// GPG signature verification error: ...`): none.
pub(super) fn sentences(chunk: &[Line]) -> usize {
    use super::logline::{error, tagged, written};
    let first = chunk.first();
    if chunk.len() <= 4 && first.is_some_and(|l| l.indent > 0 && error(&l.text)) {
        return 0;
    }
    let counts = super::tally::counted(chunk.iter().map(|l| l.text.as_str()));
    let count = |t: &str| counts && super::tally::tallied(t);
    chunk
        .iter()
        .filter(|l| {
            super::classify::prose(&l.text)
                && !super::columns::columns(&l.text)
                && !count(&l.text)
                && !super::cmdshape::typed(&l.text)
                && !written(&l.text)
                && (l.indent == 0 || !tagged(&l.text))
                && !l.code_like()
        })
        .count()
}

/// The text of the paragraph `prev` ends with, if it ends with one.
pub(super) fn closing_text(prev: &[Block]) -> Option<String> {
    match &prev.last()?.kind {
        BlockKind::Paragraph(c) => Some(inlines_text(c)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;
    use crate::doc::Inline;

    fn para(text: &str) -> Vec<Block> {
        vec![Block::new(
            1,
            BlockKind::Paragraph(vec![Inline::Text(text.into())]),
        )]
    }

    #[test]
    fn a_lone_line_set_in_under_a_pointing_word_is_a_sample() {
        let line = split("  Pump 2 - pressure low, retry in 30s.\n");
        assert!(sample(&para("the panel then shows lines like"), &line));
        assert!(!sample(&para("the panel then shows lines."), &line));
        assert!(!sample(
            &para("the panel shows lines like"),
            &split("Pump 2 low.\n")
        ));
        let two = split("  Pump 2 low.\n  Pump 3 low.\n");
        assert!(!sample(&para("the panel shows lines like"), &two));
    }

    #[test]
    fn an_error_a_program_printed_and_its_wrapped_line_are_no_sentences() {
        let printed =
            split("  Error: Failed to fetch repo 'main':\n  the mirror key has expired\n");
        assert_eq!(sentences(&printed), 0);
        let flush = split("Error: Failed to fetch repo 'main':\nthe mirror key has expired\n");
        assert_eq!(sentences(&flush), 2);
    }
}
