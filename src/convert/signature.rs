//! A mail signature at the foot of a page: the `-- ` line, then a name,
//! an address, a phone number under it. Each line under the delimiter a
//! paragraph of its own (the `-- ` is the mail's mark, not text), so the
//! lines stay apart as signed; not a literal block of `--` comments, and
//! not a line block, which Markdown has not (it reads one back as a
//! single paragraph).

use super::body::{Parsed, chunk_end, next_nonblank};
use super::classify::{code_like, prompt};
use super::inline;
use super::lines::Line;
use crate::doc::{Block, BlockKind};

/// The signature from the `--` line `i` as paragraphs: one to four
/// short lines right under it, no command among them, and nothing after
/// them.
pub fn parse(lines: &[Line], i: usize) -> Option<Parsed> {
    if lines[i].text != "--" {
        return None;
    }
    let end = chunk_end(lines, i);
    let under = &lines[i + 1..end];
    let signed = |l: &Line| {
        let t = &l.text;
        // `Team | Company` lines set their parts apart with bars
        let parts = t.replace(" | ", ", ");
        parts.split_whitespace().count() <= 8 && !prompt(t) && (address(t) || !code_like(&parts))
    };
    if under.is_empty() || under.len() > 4 || !under.iter().all(signed) {
        return None;
    }
    if next_nonblank(lines, end).is_some() {
        return None;
    }
    let paras = under
        .iter()
        .map(|l| Block::new(l.no, BlockKind::Paragraph(inline::parse(&l.text, l.no))))
        .collect();
    Some((paras, end))
}

/// A mail or web address alone on its line (`pat@example.org`).
fn address(text: &str) -> bool {
    !text.contains(' ') && (text.contains('@') || text.starts_with("http"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn signature_or_comment() {
        let l = split("-- \nPat Gardener\npat@example.org\n");
        let (b, end) = parse(&l, 0).expect("a signature");
        assert_eq!(b.len(), 2);
        assert!(matches!(&b[1].kind, BlockKind::Paragraph(_)));
        assert_eq!(end, 3);
        assert!(parse(&split("--\nselect count(*) from pets;\n"), 0).is_none());
        assert!(parse(&split("--\nPat Gardener\n\nMore text follows.\n"), 0).is_none());
        let l = split("-- \nPat Gardener | Plots Ltd\n");
        assert_eq!(parse(&l, 0).map(|(b, _)| b.len()), Some(1));
    }
}
