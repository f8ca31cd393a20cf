//! Slips of the typing hand in a list: a page's lines in, a `*` bullet
//! typed without its space among `* ` items (`*Overlapping blocks` between
//! `* Compactor halted` and `* Changing retention`) written with it out.

use super::lines::Line;

/// Writes `*Word` as `* Word` where the line is one of a run of `* `
/// items: right under one at the same indent, with another right under it
/// or the run ending there (a blank line or the page's end). The text must
/// read as an item's (a capital, then a small letter, no other `*`), not
/// emphasis (`*not*`) nor a glob.
pub fn bullets(lines: &mut [Line], from: usize) {
    for i in from.max(1)..lines.len() {
        if !slipped(&lines[i].text) {
            continue;
        }
        let indent = lines[i].indent;
        let item = |l: &Line| l.indent == indent && l.text.starts_with("* ");
        let above = item(&lines[i - 1]);
        let below = lines.get(i + 1).is_none_or(|l| l.blank() || item(l));
        if above && below {
            let rest = lines[i].text[1..].to_string();
            lines[i].text = format!("* {rest}");
        }
    }
}

/// `*Overlapping blocks`: a `*` glued to a capitalised word, no other `*`.
fn slipped(text: &str) -> bool {
    let Some(rest) = text.strip_prefix('*') else {
        return false;
    };
    let mut chars = rest.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.next().is_some_and(char::is_lowercase)
        && !rest.contains('*')
}

#[cfg(test)]
mod tests {
    use crate::convert::lines::split;

    fn fixed(text: &str) -> Vec<String> {
        let mut lines = split(text);
        super::bullets(&mut lines, 0);
        lines.into_iter().map(|l| l.text).collect()
    }

    #[test]
    fn a_bullet_without_its_space_among_items_is_one() {
        let text = "* Pumps\n*Valves\n* Gauges\n";
        assert_eq!(fixed(text), ["* Pumps", "* Valves", "* Gauges"]);
        let last = "* Pumps\n*Valves\n\nDone.\n";
        assert_eq!(fixed(last)[1], "* Valves");
    }

    #[test]
    fn emphasis_and_lone_lines_stay() {
        let emphasis = "* Pumps\n*Never* open\n";
        assert_eq!(fixed(emphasis)[1], "*Never* open");
        let lone = "Pumps\n*Valves\n";
        assert_eq!(fixed(lone)[1], "*Valves");
        let deeper = "* Pumps\n  *Valves\n";
        assert_eq!(fixed(deeper)[1], "*Valves");
    }
}
