//! A contact field's value that is a list of machine names too long for
//! one line (`Servers: app01, app02, db01,` wrapped on to `db02, db03`
//! set in under the value, a column of names laid out): a bullet list of
//! the names, one an item, as a careful human writes it. Only in fields
//! that list machines: a wrapped `Scope:` stays prose, and so does a
//! value the editor wrapped back to the field's margin or to a hanging
//! indent short of the value (`Servers: a.example, b.example,` over
//! `  c.example`: the value's one line, wrapped).

use crate::doc::{Block, BlockKind, Inline, ListItem};

/// The bullet list for a wrapped field `value` (the lines joined by
/// spaces): four names or more parted by `,` or by a line break (one of
/// them may stand for a `,` however it wraps; `breaks` more do when the
/// lines end without a comma: a column of names, one a line), each a
/// single word with a digit, a `.` or a `*` in it and not ending with `.`
/// (`app0[1-7]`, `build01.qa`, `value0{1,3}`). Three long names wrapped
/// (`db01.example.org, db02.example.org,` over `db03.example.org`) are
/// read as the one value, as a human keeps them, and so are names all
/// fully qualified (`edge01.ams.example.net`, two dots or more) parted by
/// commas only, however many: the hand conversions join those, and list
/// short ones (`app01`, `build01.qa`) and a column of names, one a line.
pub fn wrapped_names(value: &str, breaks: usize, line: u32) -> Option<Block> {
    let words: Vec<&str> = value.split_whitespace().collect();
    let parted = words.iter().filter(|w| w.ends_with(',')).count() + breaks.max(1);
    let qualified = |w: &&str| w.trim_end_matches(',').matches('.').count() >= 2;
    let joined = breaks == 0 && words.iter().all(qualified);
    if words.len() < 4 || parted + 1 < words.len() || joined {
        return None;
    }
    let mut items = Vec::new();
    for name in split(value) {
        if !host_word(&name) {
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

/// The names in a value listing machines, parted by commas outside braces
/// and brackets (`app0{1,2}` is one name, as the shell reads it); a part is
/// parted again at its spaces only when each word of it is a machine's
/// name (`db01 db02`), so words about the machines stay whole (`all hosts
/// with shell access`, `bapp02 (trigger keys)`).
pub fn split(value: &str) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut depth = 0usize;
    for c in value.chars() {
        match c {
            '{' | '[' | '(' => depth += 1,
            '}' | ']' | ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth == 0 && c == ',' {
            parts.push(String::new());
        } else if let Some(last) = parts.last_mut() {
            last.push(c);
        }
    }
    let mut names = Vec::new();
    for part in &parts {
        let words: Vec<&str> = part.split_whitespace().collect();
        if words.iter().all(|w| host_word(w)) {
            names.extend(words.iter().map(|w| w.to_string()));
        } else {
            names.push(words.join(" "));
        }
    }
    names
}

/// A word that names a machine or a pattern of them: a letter first, then
/// the marks of a name (`app01`, `proxy0*`, `fas*`, `db0[1-2].stg`).
fn host_word(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_alphabetic())
        && word.contains(|c: char| c.is_ascii_digit() || c == '.' || c == '*')
        && !word.ends_with('.')
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.*[]{},".contains(c))
}

/// Whether a contact field of this name lists machines (`Servers`,
/// `Hosts`).
pub fn machines_field(name: &str) -> bool {
    let name = name.trim_end_matches(':').to_ascii_lowercase();
    ["server", "servers", "host", "hosts", "machines"].contains(&name.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_keep_braces_whole() {
        assert_eq!(
            super::split("web0{1,2}.example.org, db01 db0[3-4]"),
            ["web0{1,2}.example.org", "db01", "db0[3-4]"]
        );
        assert_eq!(super::split("db01 db02, lb1"), ["db01", "db02", "lb1"]);
        assert_eq!(
            super::split("fas01, all hosts with shell access"),
            ["fas01", "all hosts with shell access"]
        );
        assert_eq!(
            super::split("bapp02 (trigger keys), proxy0*"),
            ["bapp02 (trigger keys)", "proxy0*"]
        );
        assert_eq!(super::split(" , "), Vec::<String>::new());
    }
    #[test]
    fn a_wrapped_run_of_names_is_a_list() {
        let block = wrapped_names("web01, web02, db0[1-2], cache{1,2}.lab", 1, 3).unwrap();
        let BlockKind::List(list) = block.kind else {
            panic!()
        };
        assert_eq!(list.items.len(), 4);
        for value in [
            "web01, web02",
            "web01, the build boxes, db01",
            "web01 web02 web03 web04",
            "see web01, web02 and web03.",
            "db01.example.org, db02.example.org, db03.example.org",
        ] {
            assert!(wrapped_names(value, 1, 3).is_none(), "{value}");
        }
        let qualified =
            "gw1.dc1.example.org, gw2.dc1.example.org, gw3.dc2.example.org, gw4.dc2.example.org";
        assert!(wrapped_names(qualified, 0, 3).is_none());
        // a column of names, one a line, no commas
        let column = "web01.lab web02.lab web03.lab db01.lab";
        assert!(wrapped_names(column, 3, 3).is_some());
        assert!(wrapped_names(column, 2, 3).is_none());
    }
}
