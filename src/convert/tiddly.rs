//! TiddlyWiki tiddlers saved as `.tid` text in (a `title:`/`tags:`/
//! `created:` field header, then wikitext), MoinMoin's lines out: the
//! header as a comment and its `title:` as the page title, `!` headings
//! as `== ... ==` ones (the title is the page's top), `*`/`#` items
//! (`#*` nested) as `*` and `1.` items set in by depth, a `{{{` block
//! right under an item set in with it, `|!Head|` rows as `||` ones,
//! `; term` over `: definition` as a term with its definition hanging
//! under it, `@@.warning` blocks as `Warning:` text, `''bold''` and
//! `//italic//` as MoinMoin's `'''` and `''`, `[[text|target]]` as
//! MoinMoin's `[[target|text]]`.

use super::lines::{Line, take_comment};
use super::pairs::{Before, Pair};
use crate::doc::{Block, Meta};

/// The fields TiddlyWiki writes in a tiddler's header.
const FIELDS: [&str; 12] = [
    "title", "tags", "created", "modified", "creator", "modifier", "type", "revision", "bag",
    "list", "caption", "draft.of",
];

/// The lines of the field header heading the tiddler (`start..end`).
fn header(lines: &[Line]) -> Option<(usize, usize)> {
    let start = lines.iter().position(|l| !l.blank())?;
    let end = (start..lines.len())
        .find(|&k| field(&lines[k]).is_none())
        .unwrap_or(lines.len());
    let run = &lines[start..end];
    let has = |key: &str| run.iter().any(|l| field(l).is_some_and(|(k, _)| k == key));
    let stamped = run.iter().any(|l| {
        field(l).is_some_and(|(k, v)| {
            (k == "created" || k == "modified")
                && v.len() >= 14
                && v.chars().all(|c| c.is_ascii_digit())
        })
    }) || run
        .iter()
        .any(|l| field(l) == Some(("type", "text/vnd.tiddlywiki")));
    let closed = lines.get(end).is_some_and(|l| l.blank());
    (has("title") && stamped && closed).then_some((start, end))
}

/// A `key: value` line of the header, the key one TiddlyWiki writes.
fn field<'a>(l: &'a Line) -> Option<(&'a str, &'a str)> {
    let (key, value) = l.text.split_once(": ")?;
    (l.indent == 0 && FIELDS.contains(&key)).then(|| (key, value.trim()))
}

/// Whether the text is a tiddler: a header of TiddlyWiki's fields with a
/// `title:`, a `created:`/`modified:` time stamp or the wikitext type,
/// and a blank line under it.
pub fn page(lines: &[Line]) -> bool {
    header(lines).is_some()
}

/// Rewrites a tiddler's lines for MoinMoin's reading (nothing if the
/// text is not one): the header taken out as a comment, its title into
/// `meta` (when the page has none).
pub fn prepare(lines: &mut [Line], meta: &mut Meta) -> Vec<Block> {
    let Some((start, end)) = header(lines) else {
        return Vec::new();
    };
    if meta.title.is_none() {
        meta.title = lines[start..end].iter().find_map(|l| match field(l) {
            Some(("title", v)) if !v.is_empty() => Some(v.to_string()),
            _ => None,
        });
    }
    let comment = take_comment(&mut lines[start..end]);
    body(&mut lines[end..]);
    vec![comment]
}

/// Rewrites the wikitext lines under the header.
fn body(lines: &mut [Line]) {
    // the indentation of the text of the list item the lines are under
    let mut item: Option<usize> = None;
    let mut i = 0;
    while i < lines.len() {
        if lines[i].indent == 0 && lines[i].text == "{{{" {
            let close = (i + 1..lines.len()).find(|&k| lines[k].text == "}}}");
            let close = close.unwrap_or(lines.len() - 1);
            if let Some(set) = item {
                for l in &mut lines[i..=close] {
                    l.indent += set;
                }
            }
            i = close + 1;
            continue;
        }
        let l = &mut lines[i];
        item = if l.indent == 0 { list_item(l) } else { None };
        if item.is_some() {
        } else if l.indent == 0 {
            line(lines, i);
        } else {
            l.text = inline(&l.text);
        }
        i += 1;
    }
}

/// A `*`/`#` item line rewritten as a plain one set in by depth; the
/// indentation of its text.
fn list_item(l: &mut Line) -> Option<usize> {
    let marks = l.text.chars().take_while(|c| "*#".contains(*c)).count();
    let rest = l.text[marks..].strip_prefix(' ')?;
    if marks == 0 || rest.trim().is_empty() {
        return None;
    }
    let last = l.text.as_bytes()[marks - 1];
    let marker = if last == b'#' { "1." } else { "*" };
    l.indent = 3 * (marks - 1);
    l.text = format!("{marker} {}", inline(rest.trim_start()));
    Some(l.indent + marker.len() + 1)
}

/// The other line kinds at the margin: headings, table rows, terms and
/// definitions, `@@` blocks; any other line's marks.
fn line(lines: &mut [Line], i: usize) {
    let text = lines[i].text.clone();
    let bangs = text.chars().take_while(|&c| c == '!').count();
    if (1..=5).contains(&bangs) && !text[bangs..].trim().is_empty() {
        let marks = "=".repeat(bangs + 1);
        lines[i].text = format!("{marks} {} {marks}", inline(text[bangs..].trim()));
    } else if text.starts_with('|') && text.ends_with('|') && text.len() > 2 {
        lines[i].text = row(&text);
    } else if let Some(term) = text.strip_prefix("; ") {
        lines[i].text = inline(term.trim());
    } else if let Some(def) = text.strip_prefix(": ").filter(|_| after_term(lines, i)) {
        lines[i].text = inline(def.trim());
        lines[i].indent = 3;
    } else if let Some(class) = text.strip_prefix("@@.") {
        lines[i].text.clear();
        if let Some(label) = label(class)
            && let Some(next) = lines.get_mut(i + 1).filter(|l| !l.blank())
        {
            next.text = format!("{label}: {}", next.text);
        } else {
            lines[i].text = text;
        }
    } else if text == "@@" {
        lines[i].text.clear();
    } else {
        lines[i].text = inline(&text);
    }
}

/// Whether the line above `lines[i]` is a `; term` (already rewritten)
/// or another definition.
fn after_term(lines: &[Line], i: usize) -> bool {
    i > 0
        && !lines[i - 1].blank()
        && (lines[i - 1].raw.starts_with("; ") || lines[i - 1].raw.starts_with(": "))
}

/// The admonition label of an `@@.class` block's class.
fn label(class: &str) -> Option<&'static str> {
    match class.trim().to_lowercase().as_str() {
        "warning" | "danger" | "caution" => Some("Warning"),
        "note" | "info" => Some("Note"),
        "tip" | "hint" => Some("Tip"),
        "important" => Some("Important"),
        _ => None,
    }
}

/// A `|!Head |cell |` row as MoinMoin's `||Head ||cell ||`.
fn row(text: &str) -> String {
    let inner = &text[1..text.len() - 1];
    let cells: Vec<String> = inner
        .split('|')
        .map(|c| inline(c.trim().trim_start_matches('!')))
        .collect();
    format!("||{}||", cells.join("||"))
}

/// A line's inline marks as MoinMoin's, `{{{code}}}` spans kept as
/// written.
fn inline(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find("{{{") {
        let Some(close) = rest[open..].find("}}}") else {
            break;
        };
        out.push_str(&marks(&rest[..open]));
        out.push_str(&rest[open..open + close + 3]);
        rest = &rest[open + close + 3..];
    }
    out.push_str(&marks(rest));
    out
}

/// `''bold''` as `'''bold'''`, `//italic//` (no `://` of an address) as
/// `''italic''`, `[[text|target]]` as `[[target|text]]`; each pair the
/// nearest two marks, and from a mark opening none on the text kept.
fn marks(text: &str) -> String {
    const BOLD: Pair = Pair {
        nearest: true,
        ..Pair::new("''", "'''")
    };
    const ITALIC: Pair = Pair {
        nearest: true,
        before: Before::Not(&[':']),
        ..Pair::new("//", "''")
    };
    links(&ITALIC.rewrite(&BOLD.rewrite(text)))
}

/// `[[text|target]]` links as `[[target|text]]`.
fn links(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find("[[") {
        let Some(close) = rest[open..].find("]]") else {
            break;
        };
        let inner = &rest[open + 2..open + close];
        out.push_str(&rest[..open]);
        match inner.split_once('|') {
            Some((shown, target)) => out.push_str(&format!("[[{target}|{shown}]]")),
            None => out.push_str(&format!("[[{inner}]]")),
        }
        rest = &rest[open + close + 2..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn header_headings_lists_and_marks() {
        let text = "created: 20250101120000000\ntitle: Feed the fish\ntags: Pets\n\n\
                    !! Steps\n# Net ''one'' fish\n{{{\nfeed --all\n}}}\n#* //gently//\n\
                    |!A |!B |\n; Owner\n: Us\n@@.warning\nHot water.\n@@\n[[Tank|TankPage]]\n";
        let mut lines = split(text);
        assert!(page(&lines));
        let mut meta = Meta::default();
        assert_eq!(prepare(&mut lines, &mut meta).len(), 1);
        assert_eq!(meta.title.as_deref(), Some("Feed the fish"));
        let got: Vec<(usize, &str)> = lines.iter().map(|l| (l.indent, l.text.as_str())).collect();
        assert_eq!(
            &got[4..],
            [
                (0, "=== Steps ==="),
                (0, "1. Net '''one''' fish"),
                (3, "{{{"),
                (3, "feed --all"),
                (3, "}}}"),
                (3, "* ''gently''"),
                (0, "||A||B||"),
                (0, "Owner"),
                (3, "Us"),
                (0, ""),
                (0, "Warning: Hot water."),
                (0, ""),
                (0, "[[TankPage|Tank]]"),
            ]
        );
    }

    #[test]
    fn only_a_tiddler_header() {
        assert!(!page(&split("title: Notes\nOwner: me\n\nText\n")));
        assert!(!page(&split(
            "Title: Notes\ncreated: 20250101120000000\n\nText\n"
        )));
        assert!(page(&split(
            "title: N\ntype: text/vnd.tiddlywiki\n\nText\n"
        )));
        assert_eq!(
            marks("see https://x.example/a//b"),
            "see https://x.example/a//b"
        );
    }
}
