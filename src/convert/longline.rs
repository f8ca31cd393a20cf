//! A lone line right under a colon in, whether it is too wide to be the
//! page's prose: a sample the colon announces (a program's message, a
//! command) pasted on one line, kept as it came.

use super::classify::list_marker;
use super::dumprefs::link_line;
use super::lines::Line;
use super::literal::colon_before;
use crate::doc::Block;

/// The width, in characters, past which no writer who wraps the page's
/// prose lets a sentence run on one line.
const WIDE: usize = 100;

/// Whether `chunk`, one line alone (blank lines round it) right under a
/// paragraph ending with `:`, is what the colon announces because it is
/// wider than any prose line of a wrapped page (`If there is no rule you
/// get:` / `An error occurred (NoSuchThing) when calling the GetThing
/// operation: ...` at 150 characters): a message or a command pasted
/// whole, a literal block however its words read. Not on a page typed
/// without wrapping (`unwrapped`), where every paragraph is one long
/// line; nor a line a sentence's stop ends or splits (`... done. Then
/// ...`), a list item, or a web address alone, which stay text.
pub(super) fn pasted(prev: &[Block], chunk: &[Line], unwrapped: bool) -> bool {
    let [line] = chunk else {
        return false;
    };
    let text = line.text.trim_end();
    !unwrapped
        && colon_before(prev)
        && text.chars().count() >= WIDE
        && !text.ends_with('.')
        && !super::flushfields::inner_stop(text)
        && list_marker(text).is_none()
        && !link_line(text)
        && super::flushfields::field(text).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;
    use crate::doc::{BlockKind, Inline};

    fn para(text: &str) -> Vec<Block> {
        vec![Block::new(
            1,
            BlockKind::Paragraph(vec![Inline::Text(text.into())]),
        )]
    }

    const MESSAGE: &str = "Request failed (QuotaExceeded) while running the CreateVolumeSnapshot call: the project has no snapshot quota left";

    #[test]
    fn a_wide_line_under_a_colon_is_pasted() {
        assert!(pasted(
            &para("Without quota you see:"),
            &split(MESSAGE),
            false
        ));
    }

    #[test]
    fn a_short_line_no_colon_or_an_unwrapped_page_is_text() {
        let colon = para("Without quota you see:");
        assert!(!pasted(
            &colon,
            &split("Request failed: no quota left"),
            false
        ));
        assert!(!pasted(
            &para("Without quota you see."),
            &split(MESSAGE),
            false
        ));
        assert!(!pasted(&colon, &split(MESSAGE), true));
    }

    #[test]
    fn a_wide_sentence_or_address_is_text() {
        let colon = para("Then:");
        let sentences = "Wait for the snapshot job to finish on every node of the pool. Then run the check again and compare the totals it prints";
        assert!(!pasted(&colon, &split(sentences), false));
        let stop = format!("{MESSAGE}.");
        assert!(!pasted(&colon, &split(&stop), false));
        let url = format!("https://wiki.example.org/{}", "a".repeat(100));
        assert!(!pasted(&colon, &split(&url), false));
        let field = "Reviewers: Ann Berg, Bo Lind, Cai Moss, Dag Nyberg, Eli Ott, Fay Pohl, and whoever holds the rota that week";
        assert!(!pasted(&colon, &split(field), false));
    }
}
