//! A contact field's value that is a list of machine names too long for
//! one line (`Servers: app01, app02, db01,` wrapped on to `db02, db03`):
//! a bullet list of the names, one an item, as a careful human writes it.
//! Only in fields that list machines: a wrapped `Scope:` stays prose.

use crate::doc::{Block, BlockKind, Inline, ListItem};

/// The bullet list for a wrapped field `value` (the lines joined by
/// spaces): three names or more parted by `,` (a line break may stand
/// for one), each a single word with a digit or a `.` in it and not
/// ending with `.` (`app0[1-7]`, `build01.qa`, `value0{1,3}`).
pub fn wrapped_names(value: &str, line: u32) -> Option<Block> {
    let words: Vec<&str> = value.split_whitespace().collect();
    let parted = words.iter().filter(|w| w.ends_with(',')).count();
    if words.len() < 3 || parted + 2 < words.len() {
        return None;
    }
    let mut items = Vec::new();
    for name in split(value) {
        if !machine_name(&name) {
            return None;
        }
        let text = vec![Inline::Text(name)];
        items.push(ListItem {
            line,
            task: None,
            blocks: vec![Block::new(line, BlockKind::Paragraph(text))],
        });
    }
    Some(super::list::bullets(items))
}

/// The names in a value listing machines, parted by commas and spaces outside
/// braces and brackets (`app0{1,2}` is one name, as the shell reads it).
pub fn split(value: &str) -> Vec<String> {
    let mut names = vec![String::new()];
    let mut depth = 0usize;
    for c in value.chars() {
        match c {
            '{' | '[' | '(' => depth += 1,
            '}' | ']' | ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth == 0 && (c == ',' || c.is_whitespace()) {
            names.push(String::new());
        } else if let Some(last) = names.last_mut() {
            last.push(c);
        }
    }
    names.retain(|n| !n.is_empty());
    names
}

/// Whether a contact field of this name lists machines (`Servers`,
/// `Hosts`).
pub fn machines_field(name: &str) -> bool {
    let name = name.trim_end_matches(':').to_ascii_lowercase();
    ["server", "servers", "host", "hosts", "machines"].contains(&name.as_str())
}

/// A machine's name or a pattern of names: letters, digits and `.-_*`
/// with ranges in brackets, a letter first, a digit or `.` in it.
fn machine_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_alphabetic())
        && !name.ends_with('.')
        && name.contains(|c: char| c.is_ascii_digit() || c == '.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.*[]{},".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_keep_braces_whole() {
        assert_eq!(
            super::split("web0{1,2}.example.org, db01 [a,b]x"),
            ["web0{1,2}.example.org", "db01", "[a,b]x"]
        );
        assert_eq!(super::split(" , "), Vec::<String>::new());
    }
    #[test]
    fn a_wrapped_run_of_names_is_a_list() {
        let block = wrapped_names("web01, web02, db0[1-2], cache{1,2}.lab", 3).unwrap();
        let BlockKind::List(list) = block.kind else {
            panic!()
        };
        assert_eq!(list.items.len(), 4);
        for value in [
            "web01, web02",
            "web01, the build boxes, db01",
            "web01 web02 web03 web04",
            "see web01, web02 and web03.",
        ] {
            assert!(wrapped_names(value, 3).is_none(), "{value}");
        }
    }
}
