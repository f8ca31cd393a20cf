//! Fields typed in lower case (`owner: web team`, `shard: one of the
//! pieces the index is split into`): a chunk of lines in, whether it is
//! a block of them; a line in, its name and value.

use super::classify::list_marker;
use super::lines::Line;

/// Whether `lines[i..]` up to the next blank line are a block of fields
/// typed in lower case at one margin, some values wrapped onto lines set
/// deeper (`service: mirror sync` / `host: util01` / `source: the feed,
/// key in the` / `    password store`) or onto a line at the margin that
/// goes on with the value (`kept under` / `/var/lib/quarry/shards/`):
/// three fields or more, each of its own name, a value of words among
/// them (a config's `port: 8080` lines have none), nothing else. Set in
/// under a lead-in (`it prints:`), such lines are a program's output.
pub(super) fn chunk(lines: &[Line], i: usize) -> bool {
    let chunk = &lines[i..super::body::chunk_end(lines, i)];
    let Some(margin) = chunk.first().map(|l| l.indent) else {
        return false;
    };
    let field = |l: &Line| l.indent == margin && field(&l.text).is_some();
    let deeper = |l: &Line| l.indent > margin && list_marker(&l.text).is_none() && !l.code_like();
    // (a value wrapped at the margin: the line above ends no sentence or
    // lead-in, and this one names nothing and is no command unless the
    // value leaves off on a word it goes on from)
    let at_margin = |above: &Line, l: &Line| {
        l.indent == margin
            && list_marker(&l.text).is_none()
            && !l.text.contains(": ")
            && !above.text.ends_with(['.', ':', '!', '?'])
            && (!l.code_like() || super::fieldwrap::goes_on(&above.text, &l.text, margin, margin))
    };
    // (a set, not a scan back for each name: a block may be long)
    let mut seen = std::collections::HashSet::new();
    let own_names = chunk
        .iter()
        .filter_map(|l| self::field(&l.text))
        .all(|(name, _)| seen.insert(name));
    let fields = chunk.iter().filter(|l| field(l)).count();
    let worded = chunk
        .iter()
        .filter_map(|l| self::field(&l.text))
        .any(|(_, v)| v.split_whitespace().count() >= 3);
    field(&chunk[0])
        && fields >= 3
        && own_names
        && !led_in(lines, i)
        && worded
        && chunk
            .windows(2)
            .all(|w| field(&w[1]) || deeper(&w[1]) || at_margin(&w[0], &w[1]))
}

/// Whether `lines[i]`, set in, comes after a blank line under a
/// shallower line ending with `:`: what that line leads in.
fn led_in(lines: &[Line], i: usize) -> bool {
    let above = (i.saturating_sub(3)..i).rev().find(|&k| !lines[k].blank());
    above.is_some_and(|k| lines[k].indent < lines[i].indent && lines[k].text.ends_with(':'))
}

/// Whether a field's name is typed in lower case (`owner`, `on call`).
pub(super) fn lower_case(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase()) && !name.contains(char::is_uppercase)
}

/// A `name: value` line with a short lower-case name and a value, under
/// fields typed in lower case (`owner: web team` over `boxes: mc01-mc04`).
pub(super) fn field(text: &str) -> Option<(&str, &str)> {
    super::contact::short_field(text).filter(|(name, value)| lower_case(name) && !value.is_empty())
}

#[cfg(test)]
mod tests {
    use super::chunk;
    use crate::convert::lines::split;

    #[test]
    fn lower_fields_set_in_wrap_at_their_margin() {
        let text = "  kiln: the big oven in the back room\n  shelf: one of the six racks, kept in\n  \
                    /srv/kiln/shelves/\n  cone: the heat a firing reaches\n";
        assert!(chunk(&split(text), 0));
        // (a sentence ended above: the line under it is text of its own)
        let stopped = text.replace("kept in\n", "kept in.\n");
        assert!(!chunk(&split(&stopped), 0));
        // (a config's values are no words)
        let config = "  port: 8080\n  host: kiln01\n  user: potter\n";
        assert!(!chunk(&split(config), 0));
        // (a program's report under its lead-in, a name again and again)
        let led = format!("It prints:\n\n{text}");
        assert!(!chunk(&split(&led), 2));
        let again = "  fail: the kiln is too hot now\n  fail: the shelf cracked\n  ok: cone 6\n";
        assert!(!chunk(&split(again), 0));
    }
}
