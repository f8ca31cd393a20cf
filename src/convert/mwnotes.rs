//! MediaWiki lines in, the same lines set out as plain text reads them:
//! an item's `#:` / `*:` further paragraphs and a line of `[[File:...]]`
//! images each set apart by blank lines (paragraphs of their own, not
//! points run into the item or a caption into the sentence under it),
//! `<ref>` notes taken out into [`Notes`] (a mark left where each is
//! cited), and the `<references/>` line that lists them dropped.

use super::lines::Line;
use super::mwrefs::{Notes, join_open};

/// Sets the item paragraphs and image lines of `lines[from..]` apart by
/// blank lines, and takes the notes out (see the module's words).
pub fn set_apart(lines: &mut Vec<Line<'_>>, from: usize) -> Notes {
    let mut notes = Notes::default();
    let mut k = from;
    let mut code = false;
    while k < lines.len() {
        // the lines of a `<syntaxhighlight>`, `<source>` or `<pre>` block stay
        let was = code;
        code = code_block(&lines[k].text, code);
        if was || code {
            k += 1;
            continue;
        }
        let text = lines[k].text.trim();
        if matches!(text, "<references/>" | "<references />") {
            lines[k].text.clear();
        } else if text.contains("<ref") {
            join_open(lines, k);
            lines[k].text = notes.cite(&lines[k].text, lines[k].no);
        }
        let image = image_line(&lines[k].text);
        let apart = image || (lines[k].indent == 0 && continued(&lines[k].text));
        let blank = |l: &Line<'_>| Line::new(l.no, "", 0, String::new());
        if apart && k > from && !lines[k - 1].blank() {
            let b = blank(&lines[k]);
            lines.insert(k, b);
            k += 1;
        }
        if image && lines.get(k + 1).is_some_and(|n| !n.blank()) {
            let b = blank(&lines[k]);
            lines.insert(k + 1, b);
        }
        k += 1;
    }
    notes
}

/// Whether the lines after `text` are in a code block, given whether
/// `text` is: opened by a `<syntaxhighlight>`, `<source>` or `<pre>`
/// tag, closed by its end tag.
fn code_block(text: &str, inside: bool) -> bool {
    let t = text.to_ascii_lowercase();
    let opens = ["<syntaxhighlight", "<source", "<pre"]
        .iter()
        .any(|o| t.starts_with(o));
    let closes = ["</syntaxhighlight>", "</source>", "</pre>"]
        .iter()
        .any(|c| t.ends_with(c));
    (inside || opens) && !closes
}

/// `#: text`, `*#: text`: a further paragraph of the item it follows
/// (list marks, then a `:`); a bare `: text` indent is not one.
fn continued(text: &str) -> bool {
    let marks = text.chars().take_while(|c| "#*:".contains(*c)).count();
    marks >= 2
        && text[..marks].ends_with(':')
        && text[..marks].contains(['#', '*'])
        && !text[marks..].trim().is_empty()
}

/// Whether a line holds only `[[File:...]]` or `[[Image:...]]` links.
fn image_line(text: &str) -> bool {
    let mut rest = text.trim();
    if rest.is_empty() {
        return false;
    }
    while !rest.is_empty() {
        let Some(end) = rest.find("]]").filter(|_| image_link(rest)) else {
            return false;
        };
        rest = rest[end + 2..].trim_start();
    }
    true
}

/// Whether `text` opens with a `[[File:` or `[[Image:` link.
pub fn image_link(text: &str) -> bool {
    let Some(inner) = text.strip_prefix("[[") else {
        return false;
    };
    let head: String = inner.chars().take(6).collect::<String>().to_lowercase();
    head.starts_with("file:") || head.starts_with("image:")
}

/// The words of an image link's inside (`File:x.png|thumb|200px|The
/// tray`): its caption and alt text before the file's name in brackets
/// (`The tray (File:x.png)`), the layout options (`thumb`, `right`,
/// `200px`, `link=`) dropped; the name alone when it has no caption.
pub fn image_words(inner: &str) -> String {
    let mut parts = inner.split('|').map(str::trim);
    let target = parts.next().unwrap_or_default();
    let words: Vec<&str> = parts
        .filter(|p| !layout(p))
        .map(|p| p.strip_prefix("alt=").unwrap_or(p))
        .filter(|p| !p.is_empty())
        .collect();
    match words.last() {
        Some(caption) => format!("{caption} ({target})"),
        None => target.to_string(),
    }
}

/// Whether an image link's part only lays it out: `thumb`, `frameless`,
/// `right`, `200px`, `x120px`, `upright=0.5`, `link=...`, `class=...`.
fn layout(part: &str) -> bool {
    const WORDS: [&str; 18] = [
        "thumb",
        "thumbnail",
        "frame",
        "framed",
        "frameless",
        "border",
        "left",
        "right",
        "center",
        "centre",
        "none",
        "upright",
        "baseline",
        "middle",
        "top",
        "bottom",
        "text-top",
        "text-bottom",
    ];
    let p = part.to_ascii_lowercase();
    let size = p
        .strip_suffix("px")
        .is_some_and(|s| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit() || c == 'x'));
    let keyed = ["upright=", "link=", "class=", "page=", "lang=", "thumb="]
        .iter()
        .any(|k| p.starts_with(k));
    WORDS.contains(&p.as_str()) || size || keyed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn image_links_keep_their_words() {
        assert_eq!(
            image_words("File:a.png|thumb|200px|The tray"),
            "The tray (File:a.png)"
        );
        assert_eq!(image_words("Image:b.jpg|right"), "Image:b.jpg");
        assert_eq!(
            image_words("File:c.png|alt=A latch"),
            "A latch (File:c.png)"
        );
        assert!(image_line("[[File:a.png|thumb|x]] [[Image:b.png]]"));
        assert!(!image_line("See [[File:a.png]]"));
        assert!(!image_line("[[Team/OnCall]]"));
    }

    #[test]
    fn paragraphs_set_apart() {
        let mut lines =
            split("# one\n#: more\n#: again\n: plain\n[[File:a.png|x]]\nText\n<references/>\n");
        let _ = set_apart(&mut lines, 0);
        let got: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            got,
            [
                "# one",
                "",
                "#: more",
                "",
                "#: again",
                ": plain",
                "",
                "[[File:a.png|x]]",
                "",
                "Text",
                ""
            ]
        );
        let mut code = split("<pre>\n#: kept <ref>x</ref>\n</pre>\nText\n#: more\n");
        let _ = set_apart(&mut code, 0);
        let got: Vec<&str> = code.iter().map(|l| l.text.as_str()).collect();
        let want = [
            "<pre>",
            "#: kept <ref>x</ref>",
            "</pre>",
            "Text",
            "",
            "#: more",
        ];
        assert_eq!(got, want);
    }
}
