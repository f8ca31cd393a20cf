//! The `References` list at the foot of a `links -dump` page (`  22.
//! http://example.org/`) and the `[22]` markers glued to link text in the
//! body: lines in, each marker whose number the list gives written with
//! the text after it as a `[[address|text]]` link the inline reader reads
//! (one glued after its link's text dropped); the list's `N.` or `[N]`
//! entries written as bullets.

use super::classify::{adornment, contact_field, note_icon};
use super::lines::Line;
use std::collections::HashMap;

/// Writes the page's listed markers as links in the lines above its
/// `References` list; a note icon's line and a contact field's (whose
/// value becomes metadata) keep their markers, which are dropped later.
pub fn link(lines: &mut [Line]) {
    let refs = list(lines);
    if !refs.is_empty() || lines.iter().any(|l| glued_marker(&l.text)) {
        carry_wrapped(lines, &refs);
    }
    if refs.is_empty() {
        return;
    }
    for l in lines.iter_mut() {
        if l.indent == 0 && l.text == "References" {
            break;
        }
        if note_icon(&l.text).is_none() && contact_field(&l.text).is_none() {
            l.text = link_markers(&l.text, &refs);
        }
    }
}

/// Moves each marker the dump wrapped away from its link text (`kept
/// in the [31]` over `verdictstore repository`, `(see [72]` over
/// `http://...`) down to the word it marks: a `[N]` ending a line, after
/// a space and a word, with the paragraph going on below at the same
/// margin. The dump glues its marker to the link's first word, so one
/// left at a line's end is that word's, not an author's footnote (both
/// scored ideals with the shape drop it). A listed marker is glued to
/// the next line for `link_markers`; an unlisted one goes, as
/// `inline::drop_markers` would take it glued.
fn carry_wrapped(lines: &mut [Line], refs: &HashMap<u32, String>) {
    for i in 1..lines.len() {
        let (above, below) = lines.split_at_mut(i);
        let (Some(l), Some(next)) = (above.last_mut(), below.first_mut()) else {
            continue;
        };
        if next.blank() || next.indent != l.indent || next.text.starts_with('[') {
            continue;
        }
        let Some((kept, n)) = line_end_marker(&l.text) else {
            continue;
        };
        if let Some(n) = n.parse::<u32>().ok().filter(|n| refs.contains_key(n)) {
            next.text.insert_str(0, &format!("[{n}]"));
        }
        l.text.truncate(kept);
    }
}

/// Whether `text` has a marker the way `links -dump` sets one, glued
/// to the link's first word (`see [12]verdictstore`): a page with none
/// and no `References` list is no dump, and a `[N]` closing one of its
/// lines is the author's footnote.
fn glued_marker(text: &str) -> bool {
    text.match_indices('[').any(|(open, _)| {
        let free = text[..open]
            .chars()
            .next_back()
            .is_none_or(|c| c == ' ' || c == '(');
        let after = &text[open + 1..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let rest = after[digits..].strip_prefix(']');
        free && (1..=4).contains(&digits)
            && rest.is_some_and(|r| r.starts_with(|c: char| c.is_alphanumeric()))
    })
}

/// A `[N]` marker closing `text` after a space and a word (`kept in the
/// [31]`): the length of the text before the space, and the number.
fn line_end_marker(text: &str) -> Option<(usize, &str)> {
    let open = text.strip_suffix(']')?.rfind('[')?;
    let n = &text[open + 1..text.len() - 1];
    let before = text[..open].strip_suffix(' ')?;
    let word = before.ends_with(|c: char| c.is_alphabetic());
    let digits = (1..=4).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit());
    (word && digits).then_some((before.len(), n))
}

/// Clears the `Visible links` line a `links -dump` puts over the
/// `References` list closing the page, dump furniture no reader wants.
pub fn drop_furniture(lines: &mut [Line]) {
    let Some(head) = references(lines) else {
        return;
    };
    if let Some(first) = lines[head + 1..].iter_mut().find(|l| !l.blank())
        && first.text == "Visible links"
    {
        first.text.clear();
    }
}

/// Writes the entries of the `References` list closing `lines[from..]`
/// as bullets (`* https://...`): their numbers only matched the markers,
/// which are links or gone by now. Takes out the entries of the note
/// icons given as the wiki's file pages (`[5]Note.png` over `5.
/// https://.../File:Note.png`), whose lines become admonitions: a human
/// converting the page keeps neither (two scored ideals). The image's own
/// address (`.../images/Note.png`) stays a reference like the others, as
/// eight scored ideals keep it.
pub fn bullets(lines: &mut Vec<Line>, from: usize) {
    let refs = list(&lines[from..]);
    let Some(head) = references(&lines[from..]).map(|h| h + from) else {
        return;
    };
    if refs.is_empty() {
        return;
    }
    let icons: Vec<u32> = lines[from..head]
        .iter()
        .filter_map(|l| icon_marker(&l.text))
        .collect();
    let mut k = head + 1;
    while k < lines.len() {
        let entry = numbered(&lines[k].text).map(|(n, url)| {
            let n: u32 = n.parse().unwrap_or(0);
            let page = url.contains("/File:");
            (
                icons.contains(&n) && page && url.ends_with(".png"),
                url.to_string(),
            )
        });
        match entry {
            Some((true, _)) => {
                lines.remove(k);
                continue;
            }
            Some((false, url)) => lines[k].text = format!("* {url}"),
            None => {}
        }
        k += 1;
    }
}

/// The flush-left `References` line heading the page's last list.
fn references(lines: &[Line]) -> Option<usize> {
    lines
        .iter()
        .rposition(|l| l.indent == 0 && l.text == "References")
}

/// The marker number of a note icon's line (`[5]Note.png` gives 5).
fn icon_marker(text: &str) -> Option<u32> {
    note_icon(text)?;
    let (n, _) = text.strip_prefix('[')?.split_once(']')?;
    n.parse().ok()
}

/// An entry of a `References` list split at its number: `N. address`,
/// or `[N] address` as the marker stands in the text.
fn numbered(text: &str) -> Option<(&str, &str)> {
    let bracketed = text
        .strip_prefix('[')
        .and_then(|t| t.split_once("] "))
        .filter(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    bracketed.or_else(|| text.split_once(". "))
}

/// The numbered addresses of a `References` list closing the page: a
/// flush-left `References` line (underlined or not), then only blank
/// lines and `N. address` or `[N] address` lines (an address with no
/// white space, `://` in it) to the end.
pub fn list(lines: &[Line]) -> HashMap<u32, String> {
    let Some(head) = references(lines) else {
        return HashMap::new();
    };
    let mut out = HashMap::new();
    let mut body = &lines[head + 1..];
    if body.first().is_some_and(|l| adornment(&l.text).is_some()) {
        body = &body[1..];
    }
    for l in body.iter().filter(|l| !l.blank()) {
        let entry = numbered(&l.text).and_then(|(n, url)| {
            let url = url.trim();
            let ok = url.contains("://")
                && !url.contains(char::is_whitespace)
                && !url.contains(['|', '[', ']']);
            ok.then(|| Some((n.parse::<u32>().ok()?, url.to_string())))?
        });
        match entry {
            Some((n, url)) => out.insert(n, url),
            None => return HashMap::new(),
        };
    }
    out
}

/// `text` with each `[N]` marker the list gives an address for, and the
/// link text after it, written as a MoinMoin link (`[[address|text]]`)
/// the inline reader makes a link of. The dump does not mark where the
/// link text ends: it is the word after the marker and the capitalised
/// words that follow it (`[3]Fedora Project wiki` links `Fedora
/// Project`), after an article the word after it too (`[4]the list`), up
/// to a punctuation mark. A listed marker glued after a word
/// (`trailing`) goes; other markers stay for `inline::drop_markers`.
fn link_markers(text: &str, refs: &HashMap<u32, String>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        // where the inline reader opens a `[[` link, as the dump's markers
        // stand: after a space or an opening bracket or quote; elsewhere
        // the marker is glued after a word
        let at_link = out.is_empty() || out.ends_with([' ', '(', '"', '\'', '<']);
        let taken = if at_link {
            linked(after, refs).map(|(link, taken)| {
                out.push_str(&link);
                taken
            })
        } else {
            trailing(&out, after, refs)
        };
        match taken {
            Some(taken) => rest = &after[taken..],
            None => {
                out.push('[');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// How much of `after` a listed marker glued to the end of a word takes
/// (`the vendor portal[7], part type`, `the normal release[1].`): its
/// `N]`, when a space, a closing mark or the line's end follows. The
/// dump put it after the link's text, which it leaves unmarked; both
/// ideals with such markers drop them. A name's index (`sdb1[1]`,
/// `systemd[1]:`) has a digit, `_` or `:` about it, or no listed number.
fn trailing(out: &str, after: &str, refs: &HashMap<u32, String>) -> Option<usize> {
    let (n, next) = after.split_once(']')?;
    let listed = n.parse::<u32>().is_ok_and(|n| refs.contains_key(&n));
    let word = out
        .rsplit(|c: char| !c.is_alphanumeric() && c != '_')
        .next()
        .unwrap_or("");
    let letters = !word.is_empty() && word.chars().all(char::is_alphabetic);
    let ends = next.is_empty() || next.starts_with([' ', '.', ',', ';', ')']);
    (listed && letters && ends).then_some(n.len() + 1)
}

/// The link for the marker whose `[` comes just before `after`, and how
/// much of `after` it takes.
fn linked(after: &str, refs: &HashMap<u32, String>) -> Option<(String, usize)> {
    let (n, body) = after.split_once(']')?;
    let url = refs.get(&n.parse::<u32>().ok()?)?;
    const ARTICLES: [&str; 7] = ["the", "a", "an", "this", "our", "your", "its"];
    let mut end = 0;
    let mut article = false;
    for (k, word) in body.split(' ').enumerate() {
        let bare = word.trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '"', '\'']);
        // an address shown as its own text is a link as it stands
        if k == 0 && bare.contains("://") {
            return None;
        }
        let capital = word.starts_with(char::is_uppercase);
        let went_on = capital || (k == 1 && article);
        article = k == 0 && ARTICLES.contains(&bare.to_ascii_lowercase().as_str());
        if bare.is_empty() || bare.contains(['[', ']', '|']) || (k > 0 && !went_on) {
            break;
        }
        end = word.as_ptr() as usize - body.as_ptr() as usize + bare.len();
        if bare.len() < word.len() {
            break;
        }
    }
    (end > 0).then(|| (format!("[[{url}|{}]]", &body[..end]), n.len() + 1 + end))
}

/// A web address alone on its line (after the dump's `[12]` marker or a
/// footnote's `[12] `, if any): a link to follow, not text to type.
pub(super) fn link_line(text: &str) -> bool {
    let t = text.trim_start_matches(|c: char| c == '[' || c == ']' || c.is_ascii_digit());
    // (a footnote's `[2] http://...` as well as the dump's `[2]http://...`)
    let t = if t.len() < text.len() {
        t.trim_start()
    } else {
        t
    };
    !t.contains(char::is_whitespace) && t.contains("://")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn markers_link_to_the_listed_addresses() {
        let text = "Read the [1]Pump Guide first, then [2]this. [3]Gone\n\nReferences\n\n   1. https://a.example/guide\n   2. https://b.example/\n";
        let refs = list(&split(text));
        assert_eq!(refs.len(), 2);
        let out = link_markers(
            "Read the [1]Pump Guide, then [2]the list. [3]Gone x[1]y \"[1]https://a.example/guide\"",
            &refs,
        );
        assert_eq!(
            out,
            "Read the [[https://a.example/guide|Pump Guide]], then [[https://b.example/|the list]]. [3]Gone x[1]y \"[1]https://a.example/guide\""
        );
        assert!(list(&split("References\n\n 1. not an address\n")).is_empty());
    }

    #[test]
    fn bracketed_entries_and_markers_after_words() {
        let text = "Ask at the front desk[2], or read the log[1].\nsdb1[1] and x_y[2] stay\n\nReferences\n----------\n[1] https://a.example/log\n[2] https://a.example/desk\n";
        let mut lines = split(text);
        let refs = list(&lines);
        assert_eq!(refs.len(), 2);
        link(&mut lines);
        assert_eq!(lines[0].text, "Ask at the front desk, or read the log.");
        assert_eq!(lines[1].text, "sdb1[1] and x_y[2] stay");
        bullets(&mut lines, 0);
        assert_eq!(lines[5].text, "* https://a.example/log");
        assert_eq!(lines[6].text, "* https://a.example/desk");
    }

    #[test]
    fn markers_wrapped_from_their_words_follow_them() {
        let text = "   kept in the [1]\n   verdict repository (see [9]\n   http://x.example/a).\n   list = [3]\n   next\n\nReferences\n\n   1. https://a.example/v\n";
        let mut lines = split(text);
        link(&mut lines);
        assert_eq!(lines[0].text, "kept in the");
        assert_eq!(
            lines[1].text,
            "[[https://a.example/v|verdict]] repository (see"
        );
        assert_eq!(lines[2].text, "http://x.example/a).");
        assert_eq!(lines[3].text, "list = [3]");
    }

    #[test]
    fn a_footnote_ending_a_line_stays_on_a_page_that_is_no_dump() {
        let text = "as the standard [1]\nsays, the relay waits.\n";
        let mut lines = split(text);
        link(&mut lines);
        assert_eq!(lines[0].text, "as the standard [1]");
        let dump = format!("{text}see the [4]Relay Guide.\n");
        let mut lines = split(&dump);
        link(&mut lines);
        assert_eq!(lines[0].text, "as the standard");
        assert!(glued_marker("([4]Relay") && !glued_marker("sdb[1]x") && !glued_marker("[1] x"));
    }

    #[test]
    fn furniture_and_icon_addresses_go() {
        let text = "Feed\n\n   [2]Tip.png\n   Less is more.\n\nReferences\n\n   Visible links\n   1. https://a.example/\n   2. https://a.example/File:Tip.png\n   3. https://a.example/File:Fish.png\n";
        let mut lines = split(text);
        drop_furniture(&mut lines);
        assert!(lines[7].blank());
        assert_eq!(list(&lines).len(), 3);
        bullets(&mut lines, 0);
        let texts: Vec<&str> = lines[8..].iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            ["* https://a.example/", "* https://a.example/File:Fish.png"]
        );
    }

    #[test]
    fn icon_images_by_their_own_address_stay() {
        let text = "Feed\n\n   [2]Tip.png\n   Less is more.\n\nReferences\n\n   1. https://a.example/\n   2. https://a.example/images/Tip.png\n";
        let mut lines = split(text);
        bullets(&mut lines, 0);
        let texts: Vec<&str> = lines[7..].iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            ["* https://a.example/", "* https://a.example/images/Tip.png"]
        );
    }
}
