//! A mail signature at the foot of a page: the `-- ` line, then a name,
//! an address, a phone number under it. Each line under the delimiter a
//! paragraph of its own (the `-- ` is the mail's mark, not text), so the
//! lines stay apart as signed; not a literal block of `--` comments, and
//! not a line block, which Markdown has not (it reads one back as a
//! single paragraph).

use super::body::{Parsed, chunk_end};
use super::classify::{code_like, prompt};
use super::lines::Line;

/// The signature from the `--` line `i` as paragraphs: one to four
/// short lines right under it, no command among them, and nothing after
/// them but the message replied to (`quoted_below`).
pub fn parse(lines: &[Line], i: usize) -> Option<Parsed> {
    if let Some(signed) = signed_line(lines, i) {
        return Some(signed);
    }
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
    if !quoted_below(lines, end) {
        return None;
    }
    let paras = under.iter().map(Line::paragraph).collect();
    Some((paras, end))
}

/// The page's last line `-- Name` (one to three capitalised words after
/// the mark, a line of its own), or `-- Name, team, date` (a name or a
/// lone handle before a comma, a few words after it), or `-- name, when`
/// (a short first part, a handle or a note's label, then a date or a team
/// after a comma): the writer signing off, a paragraph as written, `--`
/// kept; no SQL comment (`-- drop the old rows`, a statement's `;`), no
/// option.
fn signed_line(lines: &[Line], i: usize) -> Option<Parsed> {
    let name = lines[i].text.strip_prefix("-- ")?.trim_end();
    let end = chunk_end(lines, i);
    if !(signer(name) || dated(name)) || end != i + 1 || !quoted_below(lines, end) {
        return None;
    }
    Some((vec![lines[i].paragraph()], end))
}

/// Whether the text after a `-- ` names who signs: one to three
/// capitalised words, or those (or one lowercase handle, `ivarga`)
/// before a comma with eight words at most after it, no code among them,
/// or before the date signed (`CF 2022-03-28`).
fn signer<'t>(text: &'t str) -> bool {
    // (`-- CF 2022-03-28`: the date signed after the name, no comma)
    let dated = |(who, day): (&'t str, &'t str)| super::logline::day(day).then_some((who, day));
    let (who, rest) = (text.split_once(", "))
        .or_else(|| text.rsplit_once(' ').and_then(dated))
        .unwrap_or((text, ""));
    let words: Vec<&str> = who.split_whitespace().collect();
    let word = |w: &&str| w.chars().all(|c| c.is_alphabetic() || ".-'".contains(c));
    let capitalised = (1..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && word(w));
    let handle = words.len() == 1 && words.iter().all(word) && !rest.is_empty();
    let tail = rest.split_whitespace().count() <= 8 && !code_like(rest) && !prompt(rest);
    (capitalised || handle) && tail
}

/// Whether a `-- ` line's text reads as a sign-off with its date or
/// team: a first part of one to three words that opens with a letter,
/// then `, ` and more, fourteen words at most, no statement's `;` or `=`
/// nor other code.
fn dated(text: &str) -> bool {
    let Some((who, rest)) = text.split_once(", ") else {
        return false;
    };
    (1..=3).contains(&who.split_whitespace().count())
        && who.starts_with(|c: char| c.is_alphabetic())
        && text.split_whitespace().count() <= 14
        && !text.contains([';', '=', '`'])
        && !code_like(rest)
        && !prompt(text)
}

/// Whether nothing follows line `end` but the message a mail replies
/// to: `> ` lines (and lone `>`), under up to three lines whose last
/// says who wrote them (`On Monday, Sam <sam@example.org> wrote:`).
fn quoted_below(lines: &[Line], end: usize) -> bool {
    let rest: Vec<&Line> = lines[end..].iter().filter(|l| !l.blank()).collect();
    let quoted = |l: &&Line| super::quote::quoted_line(&l.text);
    let Some(q) = rest.iter().position(quoted) else {
        return rest.is_empty();
    };
    (q == 0 || (q <= 3 && super::quote::said(&rest[q - 1].text))) && rest[q..].iter().all(quoted)
}

/// A mail or web address alone on its line (`pat@example.org`).
fn address(text: &str) -> bool {
    !text.contains(' ') && (text.contains('@') || text.starts_with("http"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;
    use crate::doc::BlockKind;

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

    #[test]
    fn a_closing_dash_dash_name_is_a_paragraph() {
        let (b, end) = parse(&split("-- Olwen\n"), 0).expect("signed");
        assert!(matches!(&b[0].kind, BlockKind::Paragraph(_)));
        assert_eq!(end, 1);
        assert!(parse(&split("-- Olwen\n\nMore text.\n"), 0).is_none());
        assert!(parse(&split("-- drop the old rows\n"), 0).is_none());
        assert!(parse(&split("-- Olwen\nselect 1;\n"), 0).is_none());
        assert!(parse(&split("-- olwen, kiln crew, May 2011\n"), 0).is_some());
        assert!(parse(&split("-- Olwen Marsh, glaze room\n"), 0).is_some());
        assert!(parse(&split("-- rows, then $(date)\n"), 0).is_none());
        assert!(parse(&split("-- olwen, May 2019 \n"), 0).is_some());
        assert!(parse(&split("-- kites: 2019-05-01, three up (om)\n"), 0).is_some());
        assert!(parse(&split("-- drop the old rows, then the index\n"), 0).is_none());
        assert!(parse(&split("-- olwen, May 2019\nmore text\n"), 0).is_none());
        assert!(parse(&split("-- x, y = 2;\n"), 0).is_none());
        assert!(parse(&split("-- OM 2019-05-01\n"), 0).is_some());
        assert!(parse(&split("-- olwen 2019-05-01\n"), 0).is_some());
        assert!(parse(&split("-- drop rows 2019-05-01\n"), 0).is_none());
    }

    #[test]
    fn a_signature_over_the_message_replied_to() {
        let reply = "--\nOlwen Marsh\nTide Works\n\nOn Friday, Bram <bram@example.org> wrote:\n> Can you check the gauges?\n>\n> Bram\n";
        let (b, end) = parse(&split(reply), 0).expect("a signature");
        assert_eq!((b.len(), end), (2, 3));
        let (b, _) = parse(&split("-- Olwen\n\n> Is it done?\n"), 0).expect("signed");
        assert_eq!(b.len(), 1);
        // (text of the writer's own after it: no signature)
        let more = "--\nOlwen Marsh\n\nOn Friday, Bram wrote:\n> Is it done?\n\nIt is now.\n";
        assert!(parse(&split(more), 0).is_none());
        assert!(parse(&split("--\nOlwen Marsh\n\nSee below:\n> Is it done?\n"), 0).is_none());
    }
}
