//! Lines that each give a code and what it means (`OK - battery
//! passed`, `2 - not found`), two or more set alike, in; a definition
//! list out, one term a code.

use super::inline;
use super::lines::Line;
use crate::doc::{Block, BlockKind};

/// The end of the run of code lines starting at `lines[i]`, up to `end`:
/// two lines or more at its indentation.
pub fn run_end(lines: &[Line], i: usize, end: usize) -> Option<usize> {
    let e = (i..end)
        .find(|&k| lines[k].indent != lines[i].indent || pair(&lines[k].text).is_none())
        .unwrap_or(end);
    (e >= i + 2).then_some(e)
}

/// The run `lines[i..e]` as a definition list.
pub fn definitions(lines: &[Line], i: usize, e: usize) -> Block {
    let items = lines[i..e]
        .iter()
        .filter_map(|l| {
            let (code, meaning) = pair(&l.text)?;
            Some(inline::term(code, meaning, l.no))
        })
        .collect();
    Block::new(lines[i].no, BlockKind::DefinitionList(items))
}

/// A code and its meaning: a word of capitals or digits (`OK`, `E42`,
/// `0`), ` - `, then words.
fn pair(text: &str) -> Option<(&str, &str)> {
    let (code, meaning) = text.split_once(" - ")?;
    let ok = (1..=12).contains(&code.len())
        && code
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        && meaning.split_whitespace().count() >= 2;
    ok.then_some((code, meaning.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn codes_and_meanings() {
        let lines = split("OK - all good\nE2 - the disk is full\nDone.\n");
        assert_eq!(run_end(&lines, 0, 3), Some(2));
        let one = split("OK - all good\nDone.\n");
        assert!(run_end(&one, 0, 2).is_none());
        assert!(pair("Then - do it").is_none());
        assert!(pair("- a dash item").is_none());
    }
}
