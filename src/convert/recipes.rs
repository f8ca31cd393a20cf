//! Recipe names and the title over them: the lines of a flush-left page
//! and the headings found in, the headings out that a page of recipes
//! makes of its names typed in lower case right over a sentence of why
//! and the commands (`free space in the cache` / `Use when ...` / `$ df
//! -h`), when three or more of its blocks have that shape; and the page's
//! first line as its title, typed right over its text as the sections'
//! names are.

use super::body::next_nonblank;
use super::classify::{list_marker, prompt, sentence_opening};
use super::headings::{Found, found, free_lines, taken};
use super::headtext::heading_like;
use super::lines::Line;

/// The recipe names on `lines[from..]` none of `heads` is, keyed `b0`:
/// none unless three or more blocks read as recipes.
pub(super) fn heads(lines: &[Line], from: usize, heads: &[Found]) -> Vec<Found> {
    let free_line = free_lines(heads, lines.len());
    let free = |i: usize| free_line[i];
    let at: Vec<usize> = (from.max(1)..lines.len())
        .filter(|&i| free(i) && recipe(lines, i))
        .collect();
    if at.len() < 3 {
        return Vec::new();
    }
    at.into_iter()
        .map(|i| found(i, i + 1, lines[i].no, "b0".into(), &lines[i].text, true))
        .collect()
}

/// Whether `lines[i]` names a recipe: a short flush-left line after a
/// blank line, ending as a name does, over one to three lines of prose
/// flush left (a sentence opening with a capital, the last ending with a
/// stop or a colon), over the commands to its end (`$` lines, or lines set
/// in, the first a command).
fn recipe(lines: &[Line], i: usize) -> bool {
    let l = &lines[i];
    let ends = l
        .text
        .ends_with(|c: char| c.is_alphanumeric() || c == ')' || c == '"');
    if !(lines[i - 1].blank() && l.indent == 0 && ends && name(l)) {
        return false;
    }
    let why = lines[i + 1..]
        .iter()
        .take_while(|n| !n.blank() && n.indent == 0 && !command(n))
        .count();
    let k = i + 1 + why;
    (1..=3).contains(&why)
        && sentence_opening(&lines[i + 1].text)
        && lines[k - 1].text.ends_with(['.', ':'])
        && lines.get(k).is_some_and(command)
        && lines[k..]
            .iter()
            .take_while(|n| !n.blank())
            .all(|n| n.indent > 0 || prompt(&n.text))
}

/// Whether a line reads as a name: a title's words, no command, no item.
fn name(l: &Line) -> bool {
    heading_like(&l.text, false) && !l.code_like() && list_marker(&l.text).is_none()
}

/// Whether a line is a command: a `$` line, or one set in reading as code.
fn command(n: &Line) -> bool {
    prompt(&n.text) || (n.indent > 0 && n.code_like())
}

/// The page's first line on `lines[from..]` as its title, when it is
/// typed right over its text as the three or more section names `glued`
/// are and none of `heads` takes it: a name with no colon at its end.
pub(super) fn title(lines: &[Line], from: usize, heads: &[Found], glued: usize) -> Option<Found> {
    let i = next_nonblank(lines, from)?;
    let l = &lines[i];
    let over_text = lines
        .get(i + 1)
        .is_some_and(|n| !n.blank() && n.indent == 0);
    (glued >= 3
        && !taken(heads, i)
        && over_text
        && l.indent == 0
        && !l.text.ends_with(':')
        && name(l)
        && !super::contact::field_chunk(lines, i))
    .then(|| found(i, i + 1, l.no, "title".into(), &l.text, true))
}

#[cfg(test)]
mod tests {
    use crate::convert::headings::tests::texts as heads;

    const PAGE: &str = "Kiln tricks\nfor the two kilns in the back shed, kept by the pottery club.\n\n\
                        cool it down faster\nOpen the top vent once it reads under 400C.\n$ kilnctl vent open\n\n\
                        see the last firing\nEach firing leaves one log in the spool folder.\n\tkilnctl log --last\n\n\
                        why does it stop at cone 5\nThe relay trips when the fuse box is shared:\n$ kilnctl relay status\n";

    #[test]
    fn three_names_over_why_and_commands_are_headings() {
        assert_eq!(
            heads(PAGE),
            [
                "Kiln tricks",
                "cool it down faster",
                "see the last firing",
                "why does it stop at cone 5"
            ]
        );
    }

    #[test]
    fn two_such_blocks_or_no_commands_make_none() {
        // (a sentence wrapped at its first line is no name over its why;
        // the page's first line, well short of the line under it, is
        // its title all the same, headtext::title_over_text)
        let two = PAGE.replace("The relay trips", "the relay trips");
        assert_eq!(heads(&two), ["Kiln tricks"]);
        let said = PAGE.replace("$ kilnctl", "then kilnctl");
        assert_eq!(heads(&said), ["Kiln tricks"]);
    }
}
