//! A page's first line and the byline right under it (`last edited by
//! jkowal, March 2026`, `Revision 4`) in, whether the first line is the
//! page's title: the byline stands between it and the text, so neither
//! runs into a paragraph. A tagline in lower case (`what happened and
//! what to do next time`) under a title in capitals stands there too.

use super::lines::Line;

/// The words a byline starts with, lower case.
const STARTS: &[&str] = &[
    "last edited",
    "last updated",
    "last modified",
    "last changed",
    "last reviewed",
    "last revised",
    "revised by",
    "edited by",
    "updated by",
    "written by",
    "maintained by",
    "reviewed by",
    "author:",
    "revision",
    "rev.",
    "version",
    "issue",
    "updated",
];

/// Whether `lines[i]`, flush left and not a sentence, has a byline right
/// under it with a blank line (or the page's end) after that.
pub(super) fn over_byline(lines: &[Line], i: usize) -> bool {
    let l = &lines[i];
    l.indent == 0
        && !l.text.ends_with(['.', ':', ',', ';'])
        && l.text.split_whitespace().count() <= 12
        && !runs_on(&l.text)
        && lines
            .get(i + 1)
            .is_some_and(|b| (byline(b) || tagline(l, b) || aside(l, b)) && !runs_on(&b.text))
        && lines.get(i + 2).is_none_or(Line::blank)
}

/// Whether `b`, right under the title-like line `l`, is the page's
/// tagline: flush left, a few words opening in lower case, no sentence's
/// stop at its end, under a line opening with a capital.
fn tagline(l: &Line, b: &Line) -> bool {
    b.indent == 0
        && l.text.starts_with(|c: char| c.is_uppercase())
        && b.text.starts_with(|c: char| c.is_lowercase())
        && b.text.split_whitespace().count() <= 10
        && !b.text.ends_with(['.', ':', ',', ';', '?', '!'])
}

/// Whether `b`, right under the title-like line `l`, is a remark in
/// brackets about the page (`(keep this list in the order of the
/// checks)`): flush left, wholly in one pair of brackets, under a line
/// opening with a capital.
fn aside(l: &Line, b: &Line) -> bool {
    let inner = b.text.strip_prefix('(').and_then(|r| r.strip_suffix(')'));
    b.indent == 0
        && l.text.starts_with(|c: char| c.is_uppercase())
        && inner.is_some_and(|r| !r.contains(['(', ')']) && r.split_whitespace().count() <= 20)
}

/// Whether a line is a byline: flush left, twelve words at most (`Last
/// edited by Ann Lee, after the db02 outage in June.`), opening with one
/// of the words above, naming a date or who (a digit, or `by`).
fn byline(l: &Line) -> bool {
    let t = l.text.to_lowercase();
    l.indent == 0
        && t.split_whitespace().count() <= 12
        && STARTS.iter().any(|s| {
            t.strip_prefix(s).is_some_and(|r| {
                r.is_empty() || r.starts_with([' ', ':', ',']) || s.ends_with([':', '.'])
            })
        })
        && (t.contains(|c: char| c.is_ascii_digit()) || t.contains(" by "))
}

/// Whether a line ends with a word a sentence goes on after (`the pump
/// was`, `in 2024 and`): the line wraps prose, it is no title or byline.
fn runs_on(text: &str) -> bool {
    const ON: &[&str] = &[
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "for", "with", "was", "is",
        "are", "were", "be", "by", "from", "at", "as", "that", "which",
    ];
    let last = text.split_whitespace().last().unwrap_or("").to_lowercase();
    ON.contains(&last.as_str())
}

#[cfg(test)]
mod tests {
    use super::over_byline;
    use crate::convert::lines::split;

    #[test]
    fn a_title_over_its_byline() {
        let lines = split("Moving the wiki to new disks\nlast edited by akim, May 2024\n\nText.\n");
        assert!(over_byline(&lines, 0));
        let lines = split("Pump checks\nRevision 4, May 2025\n");
        assert!(over_byline(&lines, 0));
        let lines = split("Pump failed - 2024-05-02\nwhy it stopped and how we fixed it\n\n");
        assert!(over_byline(&lines, 0));
        let lines = split("Pump alarms\n(keep them in the order of the panel)\n\nText.\n");
        assert!(over_byline(&lines, 0));
        let lines = split("pump.example.org -- the pump\nLast revised 2019-04-01 by akim\n\n");
        assert!(over_byline(&lines, 0));
    }

    #[test]
    fn prose_is_no_title() {
        // a sentence running on, or a byline with text right under it
        let lines = split("The pump was\nupdated by the vendor in 2024 and\n\n");
        assert!(!over_byline(&lines, 0));
        let lines = split("Pump checks\nissues with the pump:\n");
        assert!(!over_byline(&lines, 0));
        let lines = split("We saw it.\nlast edited by akim, May 2024\n");
        assert!(!over_byline(&lines, 0));
        let lines = split("The pump failed\nbecause the fuse blew.\n\n");
        assert!(!over_byline(&lines, 0));
    }
}
