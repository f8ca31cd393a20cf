//! A listing the writer notes line by line: a page's lines and the first
//! line of a run set in under a colon in, whether every line of the run
//! set deeper is the writer's `->` note on the line above it out.

use super::classify::list_marker;
use super::lines::Line;

/// Whether the lines from `i` to the blank line are a listing the writer
/// notes on line by line (`connect() failed ...` over `    -> the
/// service is down`): none left of the first, which is no list item,
/// and every line set deeper opening with an arrow (`->`, `=>`), as the
/// writer's note on a command does; one of them at least.
pub(super) fn listing(lines: &[Line], i: usize) -> bool {
    let own = lines[i].indent;
    let run = lines[i..].iter().take_while(|l| !l.blank());
    let mut notes = 0;
    for l in run {
        if l.indent < own {
            return false;
        }
        if l.indent > own {
            if !(l.text.starts_with("-> ") || l.text.starts_with("=> ")) {
                return false;
            }
            notes += 1;
        }
    }
    notes > 0 && list_marker(&lines[i].text).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deeper_arrow_notes_make_a_listing() {
        let text = "Codes:\n  E41 jam\n      -> clear it\n  E57 toner\n";
        let lines = crate::convert::lines::split(text);
        assert!(listing(&lines, 1));
        let text = "Codes:\n  E41 jam\n      clear it\n";
        let lines = crate::convert::lines::split(text);
        assert!(!listing(&lines, 1));
    }
}
