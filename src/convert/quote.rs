//! Lines quoted with `>` (a reply pasted from a mail or a ticket, a
//! Markdown block quote) in, a block quote of what they say out.

use super::body::{Ctx, Parsed, blocks};
use super::inline;
use super::lines::{Line, split};
use crate::doc::{Block, BlockKind};

/// The block quote whose lines start at `lines[i]`: a run of lines at one
/// indentation, each `> text` or a lone `>`, the first with words (or,
/// set in under a colon, anything: the excerpt's literal block). The
/// quoted text is read as body text of its own (paragraphs, lists, a
/// quote in the quote); a quoted note is the note alone.
pub fn block(lines: &[Line], i: usize, ctx: &mut Ctx) -> Option<Parsed> {
    let own = lines[i].indent;
    let quoted = |l: &Line| l.indent == own && quoted_line(&l.text);
    let first = lines[i].text.strip_prefix("> ")?;
    // (a zsh prompt before a command is a session's, `> ssh web04 ...`)
    if super::classify::prompt(&lines[i].text) {
        return None;
    }
    // (an excerpt set in under a colon is kept as typed whatever its
    // first words are, `> *** A TAPE ERROR ...`; a quote read as text
    // opens with words)
    let excerpt = set_in_under_colon(lines, i);
    if !excerpt && !first.starts_with(|c: char| c.is_alphanumeric() || c == '>') {
        return None;
    }
    let end = (i..lines.len())
        .find(|&k| !quoted(&lines[k]))
        .unwrap_or(lines.len());
    if excerpt {
        return Some(super::literal::literal(lines, i, end));
    }
    let text: String = lines[i..end]
        .iter()
        .map(|l| format!("{}\n", l.text.strip_prefix('>').unwrap_or("").trim_end()))
        .collect();
    let mut inner = split(&text);
    for (l, orig) in inner.iter_mut().zip(&lines[i..end]) {
        // one space after the `>` belongs to the mark
        l.indent = l.indent.saturating_sub(1);
        l.no = orig.no;
    }
    let mut quote = blocks(&inner, ctx);
    // `> Note: ...` only sets a note off: the note itself
    if let [b] = &quote[..]
        && matches!(b.kind, BlockKind::Admonition { .. })
    {
        return Some((vec![quote.remove(0)], end));
    }
    let kind = BlockKind::BlockQuote {
        blocks: quote,
        attribution: None,
    };
    Some((vec![Block::new(lines[i].no, kind)], end))
}

/// Whether the quoted lines at `lines[i]` are set in deeper than the
/// text right above them, which ends with `:` (`The vendor's advisory
/// said:` over `    > Firmware 2.61 ...`) or announces an example as a
/// colon would (`... mail us, e.g.` over `    > Is the wiki down?`,
/// `intro::announces_example`): an excerpt pasted as it came, marks and
/// line breaks kept, so a literal block, not a quote. Set out to the
/// left of a colon line after a blank line (a dump's text at three
/// spaces over its literal blocks at one: `   Then wipe it:` / blank /
/// ` > request system zeroize`) they are that lead-in's literal block
/// all the same: a quote is never pulled out left of the text it
/// stands in.
fn set_in_under_colon(lines: &[Line], i: usize) -> bool {
    (0..i).rev().find(|&k| !lines[k].blank()).is_some_and(|k| {
        let above = &lines[k].text;
        let set_out = lines[i].indent < lines[k].indent && k + 1 < i && above.ends_with(':');
        ((above.ends_with(':') || super::intro::announces_example(above))
            && lines[i].indent > lines[k].indent)
            || set_out
    })
}

/// The line a mail puts over the text it quotes (`On Monday, Sam
/// <sam@example.org> wrote:`), with the lines it is wrapped over, right
/// above `> ` lines: a paragraph of its own, and the index of the first
/// quoted line.
pub fn attribution(lines: &[Line], i: usize) -> Option<Parsed> {
    let quoted = |l: &Line| l.text.starts_with("> ");
    let k = (i..lines.len()).find(|&k| lines[k].blank() || quoted(&lines[k]))?;
    if k == i || !quoted(&lines[k]) || !said(&lines[k - 1].text) || k - i > 3 {
        return None;
    }
    let text: Vec<&str> = lines[i..k].iter().map(|l| l.text.as_str()).collect();
    let para = inline::paragraph(&text.join(" "), lines[i].no);
    Some((vec![para], k))
}

/// Whether `text` is a line of a quoted message: `> text` or a lone `>`.
pub fn quoted_line(text: &str) -> bool {
    text == ">" || text.starts_with("> ")
}

/// Whether `text` ends by saying who wrote the lines quoted under it
/// (`... wrote:`, `... writes:`).
pub fn said(text: &str) -> bool {
    text.ends_with(" wrote:") || text.ends_with(" writes:")
}

#[cfg(test)]
mod tests {
    use crate::convert::read;
    use crate::doc::BlockKind;

    #[test]
    fn quoted_lines_make_a_quote() {
        let doc = read("Title\n=====\n\nShe wrote:\n\n> Can you renew it?\n> The alert fired.\n>\n> > Older text.\n\nThanks.\n").doc;
        let quote = doc.blocks.iter().find_map(|b| match &b.kind {
            BlockKind::BlockQuote { blocks, .. } => Some(blocks),
            _ => None,
        });
        let quote = quote.expect("a quote");
        assert!(matches!(quote[0].kind, BlockKind::Paragraph(_)));
        assert!(matches!(quote[1].kind, BlockKind::BlockQuote { .. }));
    }

    #[test]
    fn the_attribution_stands_over_the_quote() {
        let doc = read(
            "Title\n=====\n\nOn Monday, Sam\n<sam@example.org> wrote:\n> Renew it.\n\nDone.\n",
        )
        .doc;
        assert!(matches!(doc.blocks[1].kind, BlockKind::Paragraph(_)));
        assert!(matches!(doc.blocks[2].kind, BlockKind::BlockQuote { .. }));
    }

    #[test]
    fn a_quoted_note_is_the_note() {
        let doc = read(
            "Title\n=====\n\nText.\n\n> Note: the login is not affected,\n> only the local one.\n",
        )
        .doc;
        assert!(matches!(
            doc.blocks.last().map(|b| &b.kind),
            Some(BlockKind::Admonition { .. })
        ));
    }

    #[test]
    fn quoted_lines_set_in_under_a_colon_are_kept_as_typed() {
        let doc =
            read("Title\n=====\n\nThe notice said:\n\n    > Renew it\n    > soon.\n\nDone.\n").doc;
        let code = doc.blocks.iter().find_map(|b| match &b.kind {
            BlockKind::CodeBlock { code, .. } => Some(code.as_str()),
            _ => None,
        });
        assert_eq!(code, Some("> Renew it\n> soon.\n"));
    }

    #[test]
    fn quoted_lines_set_out_left_of_a_colon_lead_are_kept_as_typed() {
        let doc =
            read("Title\n=====\n\n   Then wipe the spare:\n\n > wipe all now\n\n   Done.\n").doc;
        let quoted = doc
            .blocks
            .iter()
            .any(|b| matches!(b.kind, BlockKind::BlockQuote { .. }));
        assert!(!quoted);
    }

    #[test]
    fn a_redirect_is_no_quote() {
        let doc = read("Title\n=====\n\nEmpty the log:\n\n    > /var/log/app.log\n").doc;
        let quoted = doc
            .blocks
            .iter()
            .any(|b| matches!(b.kind, BlockKind::BlockQuote { .. }));
        assert!(!quoted);
    }
}
