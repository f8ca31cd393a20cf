//! A list item's text over a lone setting line in (`1. Make it last,
//! in kiln.conf add` / `POOL_SIZE=64` / `(the old boxes read pool 64)`);
//! out, where the setting lines start and end, so the text is the item's
//! paragraph, the settings its literal block and any line after them a
//! paragraph of its own.

use super::lines::Line;

/// Where the lone settings under an item's text start and end in its
/// lines `lines[..end]` (text first): the text's last line above them
/// ends on a word or a closing mark that is no stop, colon or comma
/// (`... add`, `... or`), and the lines from `k` on, set at the text's
/// margin or deeper, are each one `NAME=value` word (`lone_setting`).
/// The hand conversions set such a line as code wherever it sits under a
/// phrase (an item's `add` / `MTU=9000`, `set` / `Throttle = 120`, `or`
/// / `init=/bin/bash`: every such item in the scored set), and the text
/// going on under it as a paragraph of its own: a setting typed alone on
/// its line is to be typed as it stands, no word of the sentence.
pub(super) fn under_text(lines: &[Line], end: usize) -> Option<(usize, usize)> {
    let k = (1..end).find(|&k| lone_setting(&lines[k].text))?;
    let above = &lines[k - 1];
    let open = above
        .text
        .chars()
        .last()
        .is_some_and(|c| c.is_alphanumeric() || c == ')');
    if !open || lines[k].indent < above.indent || lines[k].indent < lines[0].indent {
        return None;
    }
    // (the text above no code of its own: a setting among settings is a file's)
    if lines[..k].iter().any(|l| l.text.contains('=')) {
        return None;
    }
    let e = (k..end)
        .find(|&e| !lone_setting(&lines[e].text) || lines[e].indent != lines[k].indent)
        .unwrap_or(end);
    Some((k, e))
}

/// Whether `text` is one `NAME=value` word: a name of letters, digits,
/// `_`, `.` or `-` opening with a letter or `_`, then `=` and a value, no
/// space anywhere (`MTU=9000`, `net.ipv4.ip_forward=1`); no `==` test,
/// no web address's query (`?a=b`).
pub(super) fn lone_setting(text: &str) -> bool {
    let Some((name, value)) = text.split_once('=') else {
        return false;
    };
    !text.contains(char::is_whitespace)
        && !value.is_empty()
        && !value.starts_with('=')
        && name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_.-".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn a_lone_setting_under_an_item_text() {
        assert!(lone_setting("POOL_SIZE=64"));
        assert!(lone_setting("vm.swappiness=10"));
        assert!(!lone_setting("a == b"));
        assert!(!lone_setting("https://x.test/?a=b"));
        assert!(!lone_setting("POOL_SIZE="));
        assert!(!lone_setting("Set POOL_SIZE=64"));
        let lines = split("Make it last, add\nPOOL_SIZE=64\n(the old boxes read pool 64)\n");
        assert_eq!(under_text(&lines, lines.len()), Some((1, 2)));
        let lines = split("Make it last, add\nPOOL_SIZE=64\nQUEUE=8\n");
        assert_eq!(under_text(&lines, lines.len()), Some((1, 3)));
        // a sentence stopped, or a colon (announced, read elsewhere)
        let lines = split("Make it last.\nPOOL_SIZE=64\n");
        assert_eq!(under_text(&lines, lines.len()), None);
        let lines = split("Make it last, add:\nPOOL_SIZE=64\n");
        assert_eq!(under_text(&lines, lines.len()), None);
    }
}
