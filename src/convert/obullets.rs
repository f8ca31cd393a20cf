//! The `o` bullets of groff's and man pages' plain-text lists (a lone
//! `o`, a space, then the item's text, wrapped lines set in under the
//! text), and runs of `-> ` arrows under a lead-in: a page's lines in,
//! those marker lines written with the `*` or `-` bullet plain text reads
//! out.

use super::lines::Line;

/// Writes each `o ` bullet of `lines[from..]` as `* `, on a page with two
/// or more of them: a line starting with a lone `o` after a blank line,
/// a lead-in ending with `:` or the lines of the item above (its text or
/// lines set in under it). A lone `o` opens no sentence.
pub fn prepare(lines: &mut [Line], from: usize) {
    let at: Vec<usize> = (from..lines.len())
        .filter(|&i| marked(&lines[i].text))
        .collect();
    arrows(lines, from);
    let many = at.len() >= 2;
    for &i in &at {
        let opens = many && (i == from || opens_item(lines, &at, i));
        if opens || under_bullet(lines, from, i) {
            let rest = lines[i].text[1..].trim_start().to_string();
            lines[i].text = format!("* {rest}");
        }
    }
}

/// Writes `-> ` arrows as `-` bullets, as wide, where two or more at one
/// indent run right under a lead-in ending with `:` set shallower
/// (`1. Announce it:` over `   -> the channel topic` / `   -> the status
/// page`). An arrow alone, or under a command, is its result or a prompt
/// going on (`mysql> SELECT` over `    -> FROM user`): kept.
fn arrows(lines: &mut [Line], from: usize) {
    let mut i = from.max(1);
    while i < lines.len() {
        let indent = lines[i].indent;
        let run = lines[i..]
            .iter()
            .take_while(|l| l.indent == indent && arrowed(&l.text))
            .count();
        let above = &lines[i - 1];
        if run >= 2 && !above.blank() && above.text.ends_with(':') && above.indent < indent {
            for l in &mut lines[i..i + run] {
                l.text = format!("-  {}", &l.text[3..]);
            }
        }
        i += run.max(1);
    }
}

/// Whether `text` starts with `-> ` and a word.
fn arrowed(text: &str) -> bool {
    text.strip_prefix("-> ")
        .is_some_and(|r| r.starts_with(|c: char| c.is_alphanumeric()))
}

/// Whether `text` starts with a lone `o` and a space, then words.
fn marked(text: &str) -> bool {
    text.strip_prefix("o ").is_some_and(|r| {
        r.trim_start()
            .starts_with(|c: char| c.is_alphanumeric() || c == '"')
    })
}

/// Whether the `o` line `lines[i]` is set deeper than the text of a `*`,
/// `-` or `+` bullet item over it, no blank line between (`  * the vault`
/// / `      o the shared folders first`; lynx's `*`, `+`, `o` levels):
/// the next level of a list in groff's marks, an item even alone on the
/// page.
fn under_bullet(lines: &[Line], from: usize, i: usize) -> bool {
    let indent = lines[i].indent;
    let item = (from..i)
        .rev()
        .take_while(|&k| !lines[k].blank())
        .find(|&k| lines[k].indent < indent);
    item.is_some_and(|k| {
        let t = &lines[k].text;
        ["* ", "- ", "+ "].iter().any(|m| t.starts_with(m)) && indent >= lines[k].indent + 4
    })
}

/// Whether the `o` line `lines[i]` starts an item: the line above is
/// blank, ends with `:`, or belongs to the item above (`at` holds the
/// page's `o` lines): an `o` line itself or set in deeper under one.
fn opens_item(lines: &[Line], at: &[usize], i: usize) -> bool {
    let above = &lines[i - 1];
    if above.blank() || above.text.ends_with(':') {
        return true;
    }
    let indent = lines[i].indent;
    let item = (0..i)
        .rev()
        .take_while(|&k| !lines[k].blank())
        .find(|&k| lines[k].indent <= indent);
    item.is_some_and(|k| at.contains(&k) && lines[k].indent == indent)
}

#[cfg(test)]
mod tests {
    use crate::convert::lines::split;

    fn marked(text: &str) -> Vec<String> {
        let mut lines = split(text);
        super::prepare(&mut lines, 0);
        lines.into_iter().map(|l| l.text).collect()
    }

    #[test]
    fn o_bullets_are_items() {
        let text = "Causes:\n\no a torn belt on the\n  second roller\no a jammed gate\n";
        assert_eq!(
            marked(text),
            [
                "Causes:",
                "",
                "* a torn belt on the",
                "second roller",
                "* a jammed gate"
            ]
        );
    }

    #[test]
    fn one_o_line_or_one_in_a_paragraph_is_text() {
        let one = "Causes:\n\no a torn belt\n";
        assert_eq!(marked(one)[2], "o a torn belt");
        // one set in under a bullet's text is that item's own item
        let nested = "* the belts\n      o the worn one first\n";
        assert_eq!(marked(nested)[1], "* the worn one first");
        let plus = "* the belts\n   + the rollers\n        o the worn one first\n";
        assert_eq!(marked(plus)[2], "* the worn one first");
        let level = "* the belts\n  o the worn one first\n";
        assert_eq!(marked(level)[1], "o the worn one first");
        let inside = "Set the dial to\no as the chart says\n\no a jammed gate\n";
        assert_eq!(marked(inside)[1], "o as the chart says");
        assert_eq!(marked(inside)[3], "* a jammed gate");
    }
}
