//! The single-bracket links and escapes of Trac and MoinMoin 1.x pages
//! (`[https://x.org the site]`, `[wiki:Team/OnCall on call]`, `!WikiName`)
//! and Jira's `[the site|https://x.org]`, at a place in a line of text;
//! the span they open out, for the inline reader.

use super::inline::{Mark, opens_address};

/// Whether `text` may hold one of these spans.
pub(super) fn marks_in(text: &str) -> bool {
    text.contains('[') || text.contains('!')
}

/// The span a Trac or MoinMoin mark opens at `text[i]`: `[https://x.org
/// the site]` a link, `[wiki:Page the page]` as MoinMoin's `[[Page|the
/// page]]` (the page is on a wiki this book does not hold), `!WikiName` the name as typed. Returns
/// the text before, the mark, the inside and the rest.
pub(super) fn span(text: &str, i: usize) -> Option<(&str, Mark, &str, &str)> {
    let rest = text.get(i..).filter(|r| r.starts_with(['!', '[']))?;
    let after_space = i == 0 || text[..i].ends_with([' ', '\t', '(', '"']);
    if let Some(word) = rest.strip_prefix('!').filter(|_| after_space) {
        let len = word
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(word.len());
        return camel(&word[..len]).then(|| (&text[..i], Mark::Typed, &word[..len], &word[len..]));
    }
    let r = rest.strip_prefix('[').filter(|r| !r.starts_with('['))?;
    let end = r.find(']')?;
    let (inner, after) = (r[..end].trim(), &r[end + 1..]);
    if inner.is_empty() || inner.contains('[') {
        return None;
    }
    if opens_address(inner) {
        return Some((&text[..i], Mark::External, inner, after));
    }
    // the page's name stays by its text, as `[[Page|text]]` is written
    inner.strip_prefix("wiki:")?;
    Some((&text[..i], Mark::WikiPage, inner, after))
}

/// Jira's `[the site|https://x.org]` or `[https://x.org]` at `text[i]`:
/// a link, its inside `text|address`.
pub(super) fn jira_link(text: &str, i: usize) -> Option<(&str, Mark, &str, &str)> {
    let r = text[i..]
        .strip_prefix('[')
        .filter(|r| !r.starts_with('['))?;
    let end = r.find(']')?;
    let inner = &r[..end];
    let url = inner.rsplit_once('|').map_or(inner, |(_, u)| u).trim();
    (opens_address(url) && !url.contains(char::is_whitespace))
        .then(|| (&text[..i], Mark::Labelled, inner, &r[end + 1..]))
}

/// A wiki name: capitals starting two runs of letters (`WikiName`,
/// `PostgreSQL`).
fn camel(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_uppercase())
        && word[1..].contains(|c: char| c.is_ascii_uppercase())
        && word.contains(|c: char| c.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bracket_links_and_escapes() {
        let s = span("see [https://x.org the site] now", 4).expect("a link");
        assert_eq!(
            (s.1, s.2, s.3),
            (Mark::External, "https://x.org the site", " now")
        );
        let s = span("[wiki:Team/OnCall on call]", 0).expect("a page");
        assert_eq!((s.1, s.2), (Mark::WikiPage, "wiki:Team/OnCall on call"));
        let s = span("its !PostgreSQL base", 4).expect("an escape");
        assert_eq!((s.1, s.2, s.3), (Mark::Typed, "PostgreSQL", " base"));
        assert!(span("!important", 0).is_none());
        assert!(span("[[Page]]", 0).is_none());
        assert!(span("[see below]", 0).is_none());
    }

    #[test]
    fn jira_links() {
        let s = jira_link("[the site|https://x.org/a+b] now", 0).expect("a link");
        assert_eq!((s.2, s.3), ("the site|https://x.org/a+b", " now"));
        assert!(jira_link("[the site|not a url]", 0).is_none());
    }
}
