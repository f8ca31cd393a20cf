//! The headers of a mail pasted as an SOP (`Subject:`, `From:`, `Date:`
//! lines heading the text): the subject, its `Re:` and `Fwd:` taken off,
//! as the page title; the headers kept as they were in one comment.

use super::lines::Line;
use crate::doc::{Block, Meta};

const NAMES: [&str; 8] = [
    "subject",
    "from",
    "to",
    "cc",
    "date",
    "sent",
    "reply-to",
    "message-id",
];

/// Takes the mail headers heading `lines` out of them when they are a run
/// of header lines with a subject among them and a blank line after:
/// into `meta.title` (when the page has none) the title the text boxes
/// (`-----` over `CHECKING THE PUMPS` over `-----`, the heading that
/// titles the page where it stands), else the subject; the header lines
/// back as one comment (no word of the text is lost).
pub fn headers(lines: &mut [Line], meta: &mut Meta) -> Vec<Block> {
    let start = lines.iter().position(|l| !l.blank()).unwrap_or(lines.len());
    let end = (start..lines.len())
        .find(|&k| header(&lines[k].text).is_none())
        .unwrap_or(lines.len());
    let run = &lines[start..end];
    let subject = run.iter().find_map(|l| match header(&l.text) {
        Some(("subject", v)) if !v.is_empty() => Some(v),
        _ => None,
    });
    let closed = lines.get(end).is_none_or(Line::blank);
    let Some(subject) = subject.filter(|_| closed && meta.title.is_none()) else {
        return Vec::new();
    };
    let title = boxed_title(&lines[end..]).unwrap_or_else(|| bare_subject(subject).to_string());
    meta.title = Some(title);
    vec![super::lines::take_comment(&mut lines[start..end])]
}

/// The title the text under the headers boxes, if it boxes one: the
/// text of the first heading drawn between two rules of ten marks or more
/// (`-----`, `*****`, `+-----+`, with `|` or `*` sides or none). The mail
/// then names its page itself; the subject (`Re: the thread's first
/// words`) stays a header.
fn boxed_title(lines: &[Line]) -> Option<String> {
    let drawn = super::adorned::Drawn::default();
    (0..lines.len()).find_map(|i| {
        let h = super::adorned::adorned(lines, i, true, &drawn)?;
        (h.key.starts_with('o') && lines[i].text.len() >= 10).then_some(h.text)
    })
}

/// A mail header line at the margin: its name in lower case, its value.
pub(super) fn header(text: &str) -> Option<(&'static str, &str)> {
    let (name, value) = text.split_once(':')?;
    let key = NAMES.into_iter().find(|n| n.eq_ignore_ascii_case(name))?;
    Some((key, value.trim()))
}

/// A subject without the `Re:`, `Fwd:` or `FW:` marks a reply or a
/// forward put before it.
fn bare_subject(mut s: &str) -> &str {
    loop {
        let lower = s.to_ascii_lowercase();
        let Some(mark) = ["re:", "fwd:", "fw:"]
            .iter()
            .find(|m| lower.starts_with(**m))
        else {
            return s;
        };
        s = s[mark.len()..].trim_start();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;
    use crate::doc::BlockKind;

    #[test]
    fn the_subject_titles_the_page() {
        let mut lines =
            split("From: Sam <sam@example.org>\nSubject: Re: Fwd: Reset the queue\n\nHi,\n");
        let mut meta = Meta::default();
        let comments = headers(&mut lines, &mut meta);
        assert_eq!(meta.title.as_deref(), Some("Reset the queue"));
        assert_eq!(comments.len(), 1);
        let BlockKind::Comment(kept) = &comments[0].kind else {
            panic!("{comments:?}");
        };
        assert!(kept.ends_with("\nSubject: Re: Fwd: Reset the queue"));
        assert!(lines[0].text.is_empty() && lines[1].text.is_empty());
        assert_eq!(lines[3].text, "Hi,");
    }

    #[test]
    fn header_like_lines_in_text_stay() {
        let mut meta = Meta::default();
        let mut lines = split("To: the on-call rota\nPlease restart it.\n");
        assert!(headers(&mut lines, &mut meta).is_empty());
        let mut lines = split("From: Sam\nDate: Monday\n\nNo subject.\n");
        assert!(headers(&mut lines, &mut meta).is_empty());
        assert_eq!(lines[0].text, "From: Sam");
    }

    #[test]
    fn a_boxed_title_titles_the_page() {
        let boxes = [
            "==========\nPUMP CHECK\n==========\n",
            "+--------------+\n|  PUMP CHECK  |\n+--------------+\n",
            "****************\n*  PUMP CHECK  *\n****************\n",
        ];
        for b in boxes {
            let mut meta = Meta::default();
            let text = format!("Subject: Re: pumps\n\nHi,\n\n{b}");
            let mut lines = split(&text);
            assert_eq!(headers(&mut lines, &mut meta).len(), 1);
            assert_eq!(meta.title.as_deref(), Some("PUMP CHECK"), "{b}");
        }
    }
}
