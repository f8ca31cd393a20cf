//! A quoted sample under a sentence that points to it: the blocks read
//! so far and the next run of lines in, whether that run is the sample
//! the sentence breaks off on (`the log fills with lines like` over a
//! line set in on its own), a literal block; and the text of the
//! paragraph closing those blocks, which `literal` asks about too.

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
}
