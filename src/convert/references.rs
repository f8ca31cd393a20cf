//! The body of a part that lists other pages (`Related articles:`,
//! `Further reading`) in, a bullet list out: each line there names one
//! article (`KB0212 - Clock skew at login`), an item, not a term and its
//! definition nor a paragraph of lines run together.

use super::body::Ctx;
use super::classify::list_marker;
use super::lines::Line;
use crate::doc::Block;

/// The names of parts that list other pages, lower case, no colon.
const PARTS: &[&str] = &[
    "related articles",
    "related documents",
    "related pages",
    "related links",
    "related",
    "further reading",
];

/// Whether a part's name (`Related articles`, with or without its colon)
/// is one of those that list other pages.
pub(super) fn part_name(name: &str) -> bool {
    let name = name.trim().trim_end_matches(':').trim_end().to_lowercase();
    PARTS.contains(&name.as_str())
}

/// The bullet list for the run `lines[i..end]` in such a part: two lines
/// or more, one under the other at the same indentation, each starting
/// with a capital, a digit or an address (a name, not a sentence going on
/// from the line above) and none ending with `:` or `,`.
pub fn list(lines: &[Line], i: usize, end: usize, ctx: &Ctx) -> Option<Block> {
    let chunk = &lines[i..end];
    let named = |l: &Line| {
        let t = &l.text;
        l.indent == chunk[0].indent
            && list_marker(t).is_none()
            && t.chars().count() <= 100
            && !t.ends_with([':', ','])
            && (t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || t.contains("://"))
    };
    if !part_name(&ctx.section) || chunk.len() < 2 || !chunk.iter().all(named) {
        return None;
    }
    Some(super::list::line_items(chunk))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_that_list_pages() {
        assert!(part_name("Related articles:") && part_name("further reading"));
        assert!(!part_name("Resolution") && !part_name("Related work to do"));
    }
}
