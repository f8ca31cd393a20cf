//! Numbered items typed with their text glued to the number's full stop
//! (`3.Running the export` between `2. Contacts` and `4. Cleaning up`):
//! the page's lines in, the space after the stop put back, so the line is
//! the item it is among its neighbours.

use super::classify::list_marker;
use super::lines::Line;

/// Puts the space back after the number of each line of `lines` typed
/// `N.Word` (a capital after the stop) whose neighbours at its margin,
/// the items before and after it, are numbered `N-1.` and `N+1.`: one
/// slip of the keyboard in a numbered run, not a version (`2.Final`
/// alone) or a name.
pub fn spaces(lines: &mut [Line]) {
    for i in 0..lines.len() {
        let Some((n, at)) = glued(&lines[i].text) else {
            continue;
        };
        let number = |k: Option<usize>| {
            k.and_then(|k| list_marker(&lines[k].text))
                .filter(|m| m.0 == '1')
                .map(|m| m.1)
        };
        let before = number(neighbour(lines, i, (0..i).rev()));
        let after = number(neighbour(lines, i, i + 1..lines.len()));
        if n >= 2 && before == Some(n - 1) && after == Some(n + 1) {
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
    #[test]
    fn a_glued_item_among_its_numbers_gets_its_space() {
        let fixed = |text: &str| {
            let mut lines = crate::convert::lines::split(text);
            super::spaces(&mut lines);
            lines.into_iter().map(|l| l.text).collect::<Vec<_>>()
        };
        let run = fixed("1. Ask\n2.Wait here\n3. Go\n");
        assert_eq!(run[1], "2. Wait here");
        // alone, or out of turn, it is kept as typed
        assert_eq!(
            fixed("Release 2.Final is out.\n")[0],
            "Release 2.Final is out."
        );
        assert_eq!(fixed("1. Ask\n5.Wait\n3. Go\n")[1], "5.Wait");
    }
}
