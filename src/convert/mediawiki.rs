//! MediaWiki source pasted as text: the page test (told from MoinMoin,
//! which shares its `== X ==` headings and `'''` marks), the lines its
//! markup puts around the text (`__TOC__`, a `<br/>` ending a line, `:`
//! indents) and its `#`/`*` items made the numbered and bulleted lines
//! plain text uses; its `{| ... |}` tables are read in `mwtable`.

use super::classify::code_like;
use super::inline::Mark;
use super::lines::Line;

/// MediaWiki's magic words that only steer the page's contents box.
const MAGIC: [&str; 4] = ["__TOC__", "__NOTOC__", "__FORCETOC__", "__NOEDITSECTION__"];

/// Whether the text is MediaWiki source: a line only MediaWiki writes (a
/// `{|` table, a `<syntaxhighlight>` or `<source lang=...>` block, a
/// magic word such as `__TOC__`), or, on a page of `== X ==` headings or
/// `'''` marks and none of MoinMoin's own (`{{{`, `<<Macro>>`, `||`
/// rows, `#format`), a `[https://x text]` link, a `<br/>` or `<code>`
/// tag, or two `#` items at the margin that read as steps (capitalised,
/// three words or more: not root prompts).
pub fn page(lines: &[Line]) -> bool {
    if lines.iter().any(|l| moin_only(&l.text)) {
        return false;
    }
    let own = lines.iter().any(|l| {
        let t = &l.text;
        (l.indent == 0 && t.starts_with("{|"))
            || starts_caseless(t, "<syntaxhighlight")
            || starts_caseless(t, "<source lang")
            || MAGIC.contains(&t.as_str())
    });
    if own {
        return true;
    }
    let marked = lines.iter().any(|l| {
        let t = &l.text;
        (l.indent == 0 && super::classify::moin_heading(t).is_some()) || t.contains("'''")
    });
    if !marked {
        return false;
    }
    let hinted = lines.iter().any(|l| {
        ["[http://", "[https://", "<br/>", "<br />", "<code>"]
            .iter()
            .any(|h| contains_caseless(&l.text, h))
    });
    // `# ` at the margin is a root prompt as often as a numbered item
    let items = || {
        lines
            .iter()
            .filter_map(|l| l.text.strip_prefix("# ").filter(|_| l.indent == 0))
            .filter(|t| {
                t.starts_with(char::is_uppercase)
                    && t.split_whitespace().count() >= 3
                    && !code_like(t)
            })
            .count()
    };
    hinted || items() >= 2
}

/// Whether `text` starts with `lower` (ASCII, lower case) in any case,
/// without building a lower-case copy of the line.
fn starts_caseless(text: &str, lower: &str) -> bool {
    text.as_bytes()
        .get(..lower.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(lower.as_bytes()))
}

/// Whether `text` holds `lower` (ASCII, lower case) in any case.
fn contains_caseless(text: &str, lower: &str) -> bool {
    text.as_bytes()
        .windows(lower.len())
        .any(|w| w.eq_ignore_ascii_case(lower.as_bytes()))
}

/// A line of MoinMoin's own markup, which MediaWiki never writes.
fn moin_only(text: &str) -> bool {
    ["#format ", "#acl ", "#pragma ", "{{{", "||"]
        .iter()
        .any(|p| text.starts_with(p))
        || text.find("<<").is_some_and(|a| {
            text[a..].contains(">>") && text[a + 2..].starts_with(char::is_uppercase)
        })
}

/// Rewrites the page's lines as plain text writes them: magic words
/// gone, a `<br/>` ending a line dropped (the line ends anyway), `#:
/// text` (an item's further paragraph) set in under the item, a lone
/// `: text` indent a paragraph of its own (a `; term` line over `: text`
/// lines a term and its definition),
/// `#`/`*` items as numbered and bulleted lines set in by their depth.
pub fn prepare(lines: &mut [Line]) {
    let mut term = false;
    for l in lines.iter_mut() {
        // `; term` over its `: definition` lines
        let defined = std::mem::replace(&mut term, false);
        if l.indent == 0
            && let Some(t) = l.text.strip_prefix(';').filter(|t| !t.contains(" : "))
        {
            l.text = t.trim().to_string();
            term = !l.text.is_empty();
            continue;
        }
        if MAGIC.contains(&l.text.as_str()) {
            l.text.clear();
            continue;
        }
        for tag in ["<br/>", "<br />", "<br>"] {
            if let Some(t) = l.text.strip_suffix(tag) {
                l.text = t.trim_end().to_string();
            }
        }
        if l.indent > 0 {
            continue;
        }
        // `#:`, `*:` or `:` (after the list marks of the item it goes on)
        let marks = l.text.chars().take_while(|c| "#*:".contains(*c)).count();
        if marks > 0 && l.text[..marks].ends_with(':') {
            let text = l.text[marks..].trim().to_string();
            if !text.is_empty() {
                l.indent = if defined && marks == 1 {
                    4
                } else {
                    3 * (marks - 1)
                };
                l.text = text;
                term = defined && marks == 1;
            }
        }
    }
    super::confluence::lists(lines);
}

/// Whether `text` may hold MediaWiki's own inline marks.
pub fn marks_in(text: &str) -> bool {
    [
        "<code>", "<tt>", "<nowiki>", "[http", "[ftp:", "[mailto:", "<br", "''",
    ]
    .iter()
    .any(|m| text.contains(m))
}

/// `text` with its `<br/>` line breaks as spaces (the model has no line
/// break; the words on either side stay apart).
pub fn unbroken(text: &str) -> String {
    ["<br/>", "<br />", "<br>"]
        .iter()
        .fold(text.to_string(), |t, tag| t.replace(tag, " "))
}

/// The span MediaWiki's marks open at `text[i]`: `<code>x</code>` (or
/// `<tt>`) an inline literal, `<nowiki>x</nowiki>` text as typed,
/// `[https://x.org the site]` a link. Returns the text before, the mark,
/// the inside and the rest.
pub(super) fn span(text: &str, i: usize) -> Option<(&str, Mark, &str, &str)> {
    let rest = text.get(i..)?;
    if rest.starts_with("''") {
        return quotes(text, i);
    }
    let (inner, close, mark) = if let Some(r) = rest.strip_prefix('[') {
        if !super::inline::opens_address(r) {
            return None;
        }
        (r, "]", Mark::External)
    } else {
        let tags = [
            ("<code>", "</code>", Mark::Code),
            ("<tt>", "</tt>", Mark::Code),
            ("<nowiki>", "</nowiki>", Mark::Typed),
        ];
        let (open, close, mark) = tags.into_iter().find(|(o, _, _)| rest.starts_with(o))?;
        (&rest[open.len()..], close, mark)
    };
    let end = inner.find(close)?;
    let body = inner[..end].trim();
    let after = &inner[end + close.len()..];
    (!body.is_empty() && !body.contains(['[', '<'])).then_some((&text[..i], mark, body, after))
}

/// MediaWiki's `''italic''` or `'''bold'''` span at `text[i]`, whatever
/// its words hold (`''syncrepl: rid=001 (68) exists''`): the marks are
/// the page's own, not quotes around a word.
fn quotes(text: &str, i: usize) -> Option<(&str, Mark, &str, &str)> {
    if text[..i].ends_with('\'') {
        return None;
    }
    let run = text[i..].chars().take_while(|&c| c == '\'').count();
    let mark = match run {
        2 => Mark::Emphasis,
        3 => Mark::Strong,
        _ => return None,
    };
    let fence = &text[i..i + run];
    let inner = &text[i + run..];
    let end = inner.find(fence)?;
    let body = &inner[..end];
    let after = &inner[end + run..];
    let ok = !body.is_empty()
        && !body.starts_with(char::is_whitespace)
        && !body.ends_with(char::is_whitespace)
        && !after.starts_with('\'');
    ok.then_some((&text[..i], mark, body, after))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn emphasis_holds_any_text() {
        let s = quotes("logs ''a: b=1 (68)'' again", 5).expect("a span");
        assert_eq!((s.1, s.2, s.3), (Mark::Emphasis, "a: b=1 (68)", " again"));
        let s = quotes("'''strong'''", 0).expect("a span");
        assert_eq!((s.1, s.2), (Mark::Strong, "strong"));
        assert!(quotes("it''s", 2).is_none());
    }

    #[test]
    fn mediawiki_pages_not_moin() {
        assert!(page(&split("== T ==\n\n{| class=\"wikitable\"\n! a\n|}\n")));
        assert!(page(&split("== T ==\n\nSee [https://x.org the site].\n")));
        assert!(page(&split("__TOC__\nText.\n")));
        assert!(!page(&split(
            "== T ==\n\nSee [https://x.org the site].\n{{{\nx\n}}}\n"
        )));
        assert!(!page(&split("== T ==\n\n'''Owner:''' Me<<BR>>\n")));
        assert!(!page(&split("== T ==\n\n# ./run --all\n# yum update\n")));
        assert!(page(&split(
            "== T ==\n\n# Log in to the host\n# Stop the service there\n"
        )));
    }

    #[test]
    fn quotes_mark_italic_and_bold_whatever_they_hold() {
        let got = span("logs ''rid=001 (68) x_y'' again", 5);
        assert_eq!(
            got,
            Some(("logs ", Mark::Emphasis, "rid=001 (68) x_y", " again"))
        );
        assert_eq!(span("'''Owner''' me", 0).map(|s| s.1), Some(Mark::Strong));
        assert!(span("'''Owner''' me", 1).is_none());
        assert!(span("it''s ''", 2).is_none());
    }

    #[test]
    fn lines_as_plain_text_writes_them() {
        let mut lines =
            split("__TOC__\nOwner: Me<br/>\n# one\n#: more\n## sub\n** deep\n;dns\n: the names\n");
        prepare(&mut lines);
        let got: Vec<(usize, &str)> = lines.iter().map(|l| (l.indent, l.text.as_str())).collect();
        assert_eq!(
            got,
            [
                (0, ""),
                (0, "Owner: Me"),
                (0, "1. one"),
                (3, "more"),
                (3, "1. sub"),
                (2, "* deep"),
                (0, "dns"),
                (4, "the names")
            ]
        );
    }
}
