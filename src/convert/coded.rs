//! A two-column table as `links -dump` lays one out: the header line's
//! two names centred over their columns (set in past the rows), each row
//! a text and a one-word code in a second column that wanders by a few
//! places, a row's text wrapped onto the line under it. A table block out.

use super::classify::prompt;
use super::columns::expand;
use super::grid::{split, table};
use super::lines::Line;
use crate::doc::Block;

/// How far the second column's start may wander between rows.
const WANDER: usize = 8;

/// The table for the non-blank run `lines[i..end]`: a centred header of
/// two names, then at least three rows of a text and a one-word code.
pub fn parse(lines: &[Line], i: usize, end: usize) -> Option<Block> {
    let chunk = &lines[i..end];
    if chunk.len() < 4 || chunk.iter().any(|l| prompt(&l.text) || l.code_like()) {
        return None;
    }
    let head = split(&expand(chunk[0].raw));
    let base = chunk[1].indent;
    if head.len() != 2
        || chunk[0].indent < base + 4
        || !head.iter().all(|f| f.text.starts_with(char::is_alphabetic))
        || chunk[1..].iter().any(|l| l.indent != base)
    {
        return None;
    }
    let (lo, hi) = code_column(&chunk[1..])?;
    if head[1].start + WANDER < lo || head[1].start > hi + WANDER {
        return None;
    }
    let mut rows = vec![vec![head[0].text.clone(), head[1].text.clone()]];
    let mut nos = vec![chunk[0].no];
    for l in &chunk[1..] {
        let raw = expand(l.raw);
        match row(&raw, lo, hi) {
            Some((text, code)) => {
                rows.push(vec![text, code]);
                nos.push(l.no);
            }
            // a row's text wrapped onto the next line, short of the codes
            None if rows.len() > 1 && raw.trim_end().chars().count() < lo => {
                let cell = &mut rows.last_mut()?[0];
                cell.push(' ');
                cell.push_str(&l.text);
            }
            None => return None,
        }
    }
    (rows.len() >= 4).then(|| table(rows, nos))
}

/// Where the codes start: the first and last start of the second field
/// of the rows parted in two by a wide gap (at least three such rows,
/// every second field one word).
fn code_column(body: &[Line]) -> Option<(usize, usize)> {
    let starts: Vec<usize> = body
        .iter()
        .map(|l| split(&expand(l.raw)))
        .filter(|f| f.len() == 2 && !f[1].text.contains(' '))
        .map(|f| f[1].start)
        .collect();
    let lo = *starts.iter().min()?;
    let hi = *starts.iter().max()?;
    (starts.len() >= 3 && hi - lo <= WANDER).then_some((lo, hi))
}

/// A row: its text and the one-word code that ends the line, starting
/// inside the code column (after a wide gap or, for a long text, one space).
fn row(raw: &str, lo: usize, hi: usize) -> Option<(String, String)> {
    let trimmed = raw.trim_end();
    let at = trimmed.rfind(' ')? + 1;
    let start = trimmed[..at].chars().count();
    let text = trimmed[..at].trim();
    if start < lo || start > hi || text.is_empty() {
        return None;
    }
    Some((text.to_string(), trimmed[at..].to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split as lines;

    use crate::convert::table_cells as cells;

    #[test]
    fn codes_under_a_centred_header() {
        let text = concat!(
            "                 Where it came from              Tag\n",
            "   Weekly newsletter                             nl\n",
            "   Mailing list digest                               md\n",
            "   Conference talks and the slides shown there,  ct\n",
            "   with the recordings\n",
            "   Help desk                                     hd\n",
        );
        let l = lines(text);
        let c = cells(&parse(&l, 0, l.len()).expect("a table"));
        assert_eq!(c[0], ["Where it came from", "Tag"]);
        assert_eq!(c[1], ["Weekly newsletter", "nl"]);
        assert_eq!(
            c[3],
            [
                "Conference talks and the slides shown there, with the recordings",
                "ct"
            ]
        );
        assert_eq!(c.len(), 5);
    }

    #[test]
    fn a_header_flush_with_its_rows_or_long_second_cells_are_no_table() {
        let flush = "Name          Tag\nWeekly        nl\nDigest        md\nTalks         ct\n";
        let l = lines(flush);
        assert!(parse(&l, 0, l.len()).is_none());
        let prose = concat!(
            "          Host          What\n",
            "   web01         serves the pages\n",
            "   db01          keeps the data\n",
            "   mail01        sends the mail\n",
        );
        let l = lines(prose);
        assert!(parse(&l, 0, l.len()).is_none());
    }
}
