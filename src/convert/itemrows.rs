//! Rows typed with spaces in a list item (`4. check the uplinks:` over
//! `Switch   Port   Peer` and its rows): the item's lines and where the
//! rows start in, whether they are what the step shows, kept as laid out.

use super::lines::Line;

/// Whether the run at `lines[i]`, in a list item (`item`), comes under
/// text ending with `:`, or announcing an example as a colon would
/// (`intro::announces_example`: `the hosts it touches, e.g.`): what the
/// step shows you (output to compare, a sheet to check against), kept as
/// laid out, as careful writers keep every such run in a step; only a
/// table drawn with rules is read as one there.
pub fn shown(lines: &[Line], i: usize, item: bool) -> bool {
    // (the line above found once, as `lines::after_colon_line` finds it)
    item && lines[..i]
        .iter()
        .rev()
        .find(|l| !l.blank())
        .is_some_and(|l| l.text.ends_with(':') || super::intro::announces_example(&l.text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn rows_under_a_colon_in_an_item_are_shown() {
        let l = split("check the ports:\n\nPort  Peer  Role\nte1   fw01  edge\n");
        assert!(shown(&l, 2, true));
        assert!(!shown(&l, 2, false));
        let l = split("the ports are these.\n\nPort  Peer  Role\n");
        assert!(!shown(&l, 2, true));
        let l = split("the ports it uses, e.g.\n\nPort  Peer  Role\n");
        assert!(shown(&l, 2, true));
    }
}
