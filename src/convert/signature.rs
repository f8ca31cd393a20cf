//! A mail signature at the foot of a page: the `-- ` line, then a name,
//! an address, a phone number under it. A paragraph of its words (`--
//! Pat Gardener pat@example.org`), not a literal block of `--` comments;
//! a line block would keep its lines, but Markdown reads one back as a
//! paragraph all the same.

use super::body::{Parsed, chunk_end, next_nonblank};
use super::classify::{code_like, prompt};
use super::inline;
use super::lines::Line;
use crate::doc::{Block, BlockKind};

/// The signature from the `--` line `i` as a paragraph: one to four
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
        t.split_whitespace().count() <= 6 && !prompt(t) && (address(t) || !code_like(t))
    };
    if under.is_empty() || under.len() > 4 || !under.iter().all(signed) {
        return None;
    }
    if next_nonblank(lines, end).is_some() {
        return None;
    }
    let text: Vec<&str> = lines[i..end].iter().map(|l| l.text.as_str()).collect();
    let para = BlockKind::Paragraph(inline::parse(&text.join(" "), lines[i].no));
    Some((vec![Block::new(lines[i].no, para)], end))
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
        assert!(matches!(&b[0].kind, BlockKind::Paragraph(_)));
        assert_eq!(end, 3);
        assert!(parse(&split("--\nselect count(*) from pets;\n"), 0).is_none());
        assert!(parse(&split("--\nPat Gardener\n\nMore text follows.\n"), 0).is_none());
    }
}
