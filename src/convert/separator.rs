//! Lines drawn across the text: a line and the page's lines in, whether
//! it is a separator (`----------`, MoinMoin's `----` rule over the text
//! going on) rather than a block or a heading's underline.

use super::lines::Line;

/// A line of one mark repeated (`----------`) ending its run of lines
/// (not taken for the underline of a heading), or a bare `--` with blank
/// lines on both sides (a mail's signature mark has its name right under
/// it): a separator drawn in the text, not a block of it.
pub(super) fn separator(lines: &[Line], i: usize) -> bool {
    let alone = |k: Option<&Line>| k.is_none_or(Line::blank);
    let gapped = i == 0 || lines[i - 1].blank();
    drawn(&lines[i].text) && (alone(lines.get(i + 1)) || rule_over_text(lines, i))
        || (lines[i].text == "--" && gapped && alone(lines.get(i + 1)))
}

/// A line of one mark repeated (`-----`, `====`), three or more.
fn drawn(t: &str) -> bool {
    t.len() >= 3
        && t.chars()
            .all(|c| c == t.chars().next().unwrap_or(' ') && "-=*_~#".contains(c))
}

/// MoinMoin's `----` rule with the text going on right under it: four
/// or more dashes after a blank line, and no other drawn line in the run
/// under it (that would make it a table's frame).
fn rule_over_text(lines: &[Line], i: usize) -> bool {
    let t = &lines[i].text;
    let after_gap = i == 0 || lines[i - 1].blank();
    let framed = lines[i + 1..super::body::chunk_end(lines, i)]
        .iter()
        .any(|l| drawn(&l.text));
    t.len() >= 4 && t.chars().all(|c| c == '-') && after_gap && !framed
}

#[cfg(test)]
mod tests {
    #[test]
    fn two_dashes_alone_between_gaps_are_a_separator() {
        let sep = |text: &str, i: usize| super::separator(&crate::convert::lines::split(text), i);
        assert!(sep("Done.\n\n--\n\nNEXT PART\n", 2));
        // a signature mark with the name right under it is not
        assert!(!sep("Thanks,\nAda\n\n--\nAda Byrne\n", 3));
    }

    #[test]
    fn a_dash_rule_over_text_is_a_rule_not_a_frame() {
        let rule = |text: &str, i: usize| {
            let lines = crate::convert::lines::split(text);
            super::rule_over_text(&lines, i)
        };
        assert!(rule("Done.\n\n----\nCall the desk.\n", 2));
        assert!(rule("----\nCall the desk.\n", 0));
        // a frame round rows, the underline of a line, three dashes
        assert!(!rule("\n----------\nA     B\n----------\n", 1));
        assert!(!rule("Title\n-----\nText.\n", 1));
        assert!(!rule("\n---\nText.\n", 1));
    }
}
