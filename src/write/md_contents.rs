//! The Markdown table of contents: the page's blocks and a `contents`
//! block (its place, title and options) in; out, the lines of a `<nav
//! class="contents">` holding the title in bold over a nested list of links
//! to the headings, by the ids Markdown readers give them (GitHub's).

use super::md_inline::escape;
use crate::doc::{Block, BlockKind, inlines_text, slugify};
use crate::markup::markdown::HeadingIds;

/// A heading of the page: level, place among the page's blocks, id and
/// text.
struct Entry {
    level: u8,
    at: usize,
    id: String,
    text: String,
}

/// The lines of the table of contents that is the page's block `at`: the
/// headings after it in its own section (`local`), or else all the page's
/// but its title (a lone top heading above the list, which docutils makes
/// the document's title), down to `depth` levels. `title` is the title as
/// Markdown, `Contents` when none is given. Places, not line numbers, say
/// what is above: the converter moves a contents list typed above the
/// title under it.
pub fn lines(
    blocks: &[Block],
    at: usize,
    title: Option<String>,
    depth: Option<u8>,
    local: bool,
) -> Vec<String> {
    let all = headings(blocks);
    let mut shown: Vec<&Entry> = if local {
        let owner = all.iter().rev().find(|h| h.at < at).map(|h| h.level);
        let after = all.iter().filter(|h| h.at > at);
        match owner {
            Some(level) => after.take_while(|h| h.level > level).collect(),
            None => after.collect(),
        }
    } else {
        all.iter().collect()
    };
    let page_title = all
        .first()
        .is_some_and(|f| f.at < at && all.iter().filter(|h| h.level <= f.level).count() == 1);
    if page_title && shown.first().is_some_and(|h| h.at == all[0].at) {
        shown.remove(0);
    }
    let base = shown.iter().map(|h| h.level).min().unwrap_or(1);
    let max = depth.map_or(u8::MAX, |d| base.saturating_add(d.saturating_sub(1)));
    shown.retain(|h| h.level <= max);
    if shown.is_empty() {
        return vec!["<!-- contents -->".into()];
    }
    let mut attrs = String::new();
    if let Some(d) = depth {
        attrs.push_str(&format!(" data-depth=\"{d}\""));
    }
    if local {
        attrs.push_str(" data-local=\"true\"");
    }
    let title = title.unwrap_or_else(|| "Contents".into());
    let mut out = vec![
        format!("<nav class=\"contents\"{attrs}>"),
        String::new(),
        format!("**{title}**"),
        String::new(),
    ];
    list(&shown, 0, &mut out);
    out.push(String::new());
    out.push("</nav>".into());
    out
}

/// The page's headings with their ids: the text's slug, a repeated one
/// numbered (`-1`, `-2`) by the Markdown reader's own [`HeadingIds`].
fn headings(blocks: &[Block]) -> Vec<Entry> {
    let mut ids = HeadingIds::default();
    let mut out = Vec::new();
    for (at, b) in blocks.iter().enumerate() {
        let BlockKind::Heading { level, content, .. } = &b.kind else {
            continue;
        };
        let text = inlines_text(content).trim().to_string();
        if text.is_empty() {
            continue;
        }
        let id = ids.unique(slugify(&text));
        out.push(Entry {
            level: *level,
            at,
            id,
            text,
        });
    }
    out
}

/// The entries as a bullet list of links, each heading's subheadings a
/// list under it.
fn list(entries: &[&Entry], indent: usize, out: &mut Vec<String>) {
    let mut i = 0;
    while i < entries.len() {
        let e = entries[i];
        let end = entries[i + 1..]
            .iter()
            .position(|h| h.level <= e.level)
            .map_or(entries.len(), |p| i + 1 + p);
        out.push(format!(
            "{}- [{}](#{})",
            " ".repeat(indent),
            escape(&e.text),
            e.id
        ));
        list(&entries[i + 1..end], indent + 2, out);
        i = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::Inline;

    fn heading(line: u32, level: u8, text: &str) -> Block {
        let kind = BlockKind::Heading {
            level,
            ids: Vec::new(),
            content: vec![Inline::Text(text.into())],
        };
        Block::new(line, kind)
    }

    fn contents(line: u32) -> Block {
        let kind = BlockKind::Contents {
            title: None,
            depth: None,
            local: false,
        };
        Block::new(line, kind)
    }

    #[test]
    fn lists_the_sections_under_the_title() {
        // the list typed above the title (line 1) and moved under it
        let blocks = vec![
            heading(2, 1, "Disk swap"),
            contents(1),
            heading(5, 2, "Before you start"),
            heading(9, 2, "Swapping"),
            heading(12, 3, "Checks"),
            heading(15, 2, "Checks"),
        ];
        let got = lines(&blocks, 1, None, None, false);
        let want = [
            "<nav class=\"contents\">",
            "",
            "**Contents**",
            "",
            "- [Before you start](#before-you-start)",
            "- [Swapping](#swapping)",
            "  - [Checks](#checks)",
            "- [Checks](#checks-1)",
            "",
            "</nav>",
        ];
        assert_eq!(got, want);
        assert_eq!(
            lines(&blocks[..2], 1, None, None, false),
            ["<!-- contents -->"]
        );
    }

    #[test]
    fn a_local_list_keeps_to_its_section() {
        let blocks = vec![
            heading(1, 1, "Disk swap"),
            heading(9, 2, "Swapping"),
            contents(10),
            heading(12, 3, "Checks"),
            heading(13, 4, "Lights"),
            heading(15, 2, "After"),
        ];
        let got = lines(&blocks, 2, Some("In short".into()), Some(1), true);
        let want = [
            "<nav class=\"contents\" data-depth=\"1\" data-local=\"true\">",
            "",
            "**In short**",
            "",
            "- [Checks](#checks)",
            "",
            "</nav>",
        ];
        assert_eq!(got, want);
        // a page of two top headings has no title: both are listed
        let blocks = vec![heading(1, 1, "One"), contents(2), heading(3, 1, "Two")];
        let got = lines(&blocks, 1, None, None, false);
        assert_eq!(
            (got[4].as_str(), got[5].as_str()),
            ("- [One](#one)", "- [Two](#two)")
        );
    }
}
