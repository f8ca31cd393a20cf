//! Slips of the typing hand in a list: a page's lines in, written as
//! meant out: a `*` bullet typed without its space among `* ` items
//! (`*Overlapping blocks` between `* Compactor halted` and `* Changing
//! retention`), and a numbered item glued to its number's full stop
//! (`3.Running the export` between `2. Contacts` and `4. Cleaning up`).

use super::classify::list_marker;
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
    super::classify::capitalised(rest) && !rest.contains('*')
}

/// Puts the space back after the number of each line of `lines` typed
/// `N.Word` (a capital after the stop) whose neighbours at its margin,
/// the items before and after it, are numbered `N-1.` and `N+1.`, or,
/// the last of its run (nothing after it at its margin), whose two items
/// before are `N-2.` and `N-1.` (`5.Roll back` under `3.` and `4.`): one
/// slip of the keyboard in a numbered run, not a version (`2.Final`
/// alone) or a name.
pub fn numbers(lines: &mut [Line]) {
    for i in 0..lines.len() {
        let Some((n, at)) = glued(&lines[i].text) else {
            continue;
        };
        let number = |k: Option<usize>| {
            k.and_then(|k| list_marker(&lines[k].text))
                .filter(|m| m.0 == '1')
                .map(|m| m.1)
        };
        let above = neighbour(lines, i, (0..i).rev());
        let below = neighbour(lines, i, i + 1..lines.len());
        let before = number(above);
        let between = n >= 2 && before == Some(n - 1) && number(below) == Some(n + 1);
        let last = || {
            let two_up = above.and_then(|a| neighbour(lines, a, (0..a).rev()));
            n >= 3 && below.is_none() && before == Some(n - 1) && number(two_up) == Some(n - 2)
        };
        if between || last() {
            lines[i].text.insert(at, ' ');
        }
    }
}

/// The number of a line typed `N.Word` and where the space goes.
fn glued(text: &str) -> Option<(u32, usize)> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let rest = text.get(digits..)?.strip_prefix('.')?;
    let capital = rest.chars().next().is_some_and(|c| c.is_ascii_uppercase());
    if !(1..=2).contains(&digits) || !capital {
        return None;
    }
    Some((text[..digits].parse().ok()?, digits + 1))
}

/// The first line among `range` back at (or out past) the margin of
/// `lines[i]`, blank lines and lines set in under an item passed over.
fn neighbour(lines: &[Line], i: usize, range: impl Iterator<Item = usize>) -> Option<usize> {
    let margin = lines[i].indent;
    let at = range
        .filter(|&k| !lines[k].blank())
        .find(|&k| lines[k].indent <= margin)?;
    (lines[at].indent == margin).then_some(at)
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

    #[test]
    fn a_glued_item_among_its_numbers_gets_its_space() {
        let spaced = |text: &str| {
            let mut lines = crate::convert::lines::split(text);
            super::numbers(&mut lines);
            lines.into_iter().map(|l| l.text).collect::<Vec<_>>()
        };
        let run = spaced("1. Ask\n2.Wait here\n3. Go\n");
        assert_eq!(run[1], "2. Wait here");
        // alone, or out of turn, it is kept as typed
        assert_eq!(
            spaced("Release 2.Final is out.\n")[0],
            "Release 2.Final is out."
        );
        assert_eq!(spaced("1. Ask\n5.Wait\n3. Go\n")[1], "5.Wait");
        // the last of a run, under two items in turn
        let last = spaced("  1. Ask\n  2. Wait\n     2.1 Sit\n  3.Go home\n\nDone\n");
        assert_eq!(last[3], "3. Go home");
        assert_eq!(spaced("1. Ask\n2.Wait\n")[1], "2.Wait");
        assert_eq!(spaced("1. Ask\n2. Wait\n3.Go\nThen rest.\n")[2], "3.Go");
    }
}
