//! A page as `pod2text` prints Perl's POD in (`NAME` at the margin over
//! `name - purpose` set in by four, `=head1` names at the margin,
//! `=head2` names set in by two, text by four, verbatim text by eight,
//! `=item` tags by four over their text by eight); out, the same lines
//! with the `NAME` line as the title, the section names as headings
//! (capitals in title case), the text at the margin, command-like tags
//! and `C<>` code (printed `"code"`) as code, `<url>` as the bare URL.

use super::classify::code_like;
use super::lines::Line;
use super::manpage::{code_tags, mark};
use crate::doc::Block;

/// Marks up `lines[from..]` when they are `pod2text` output; the `NAME`
/// line over the title, kept as a comment, when they are.
pub fn prepare(lines: &mut Vec<Line>, from: usize) -> Option<Block> {
    let (head, name) = page(lines, from)?;
    short_tags(lines, name + 1);
    let comment = lines[head].take_comment();
    let text = lines[name].text.clone();
    mark(&mut lines[name], 1, &text);
    for k in name + 1..lines.len() {
        let l = &lines[k];
        if l.blank() {
            continue;
        }
        if l.indent == 0 {
            let text = title_case(&l.text);
            mark(&mut lines[k], 2, &text);
        } else if let Some(n) = subheading(lines, k) {
            let text = lines[k].text.clone();
            mark(&mut lines[k], n, &text);
        } else if tag(lines, k) {
            lines[k].text = plain_emphasis(&lines[k].text);
        }
    }
    code_tags(lines, name + 1, 4);
    for l in lines[name + 1..].iter_mut() {
        if !l.text.starts_with("``") {
            l.text = code_quotes(&l.text);
        }
        l.text = bare_urls(&l.text);
        if l.indent >= 4 && l.raw.starts_with("    ") {
            l.raw = &l.raw[4..];
            l.indent -= 4;
        } else if l.indent >= 4 && !l.raw.starts_with(char::is_whitespace) {
            // (the text of a short tag, on its own line: `short_tags`)
            l.indent -= 4;
        }
    }
    Some(comment)
}

/// Splits each short `=item` tag printed on one line with its text
/// (`    -q  Quiet.`: the tag set in by four, after a blank line or a
/// section name, its text
/// two spaces or more after it at a column four more, or eight, in)
/// into the tag's line and the text's, the text where its wrapped
/// lines are.
fn short_tags(lines: &mut Vec<Line>, from: usize) {
    let mut k = from.max(1);
    while k < lines.len() {
        if let Some((tag, col)) =
            short_tag(&lines[k]).filter(|_| lines[k - 1].blank() || lines[k - 1].indent == 0)
        {
            let l = &lines[k];
            // (the text as typed: the raw line after its tag and spaces)
            let after = l.raw.trim_start().get(tag.len()..).unwrap_or("");
            let under = Line::new(l.no, after.trim_start(), col, after.trim().to_string());
            lines[k].text = tag;
            lines.insert(k + 1, under);
        }
        k += 1;
    }
}

/// The tag and the text's column of a line set in by four that reads
/// `tag  text`: a tag of no spaces (or options joined by `, `) that ends
/// with no stop, two spaces or more, and text opening with a capital at
/// column 8 or 12.
fn short_tag(l: &Line) -> Option<(String, usize)> {
    let (tag, rest) = l.text.split_once("  ")?;
    let text = rest.trim_start();
    let col = l.indent + tag.chars().count() + 2 + (rest.len() - text.len());
    let one = tag
        .split(", ")
        .all(|w| !w.is_empty() && !w.contains(char::is_whitespace));
    let ok = l.indent == 4
        && one
        && !tag.ends_with(['.', ':', ',', ';'])
        && (col == 8 || col == 12)
        && text.starts_with(char::is_uppercase);
    ok.then(|| (tag.to_string(), col))
}

/// The `NAME` line and the `name - purpose` line under it, when
/// `lines[from..]` read as `pod2text` output: `NAME` first, at the
/// margin, the name line set in by four, and every other line at the
/// margin a short section name (two or more of them).
pub fn page(lines: &[Line], from: usize) -> Option<(usize, usize)> {
    let head = (from..lines.len()).find(|&k| !lines[k].blank())?;
    let name = (head + 1..lines.len()).find(|&k| !lines[k].blank())?;
    if lines[head].text != "NAME" || lines[head].indent != 0 {
        return None;
    }
    let n = &lines[name];
    if n.indent != 4 || !n.text.contains(" - ") {
        return None;
    }
    let margin: Vec<&Line> = lines[name..]
        .iter()
        .filter(|l| !l.blank() && l.indent == 0)
        .collect();
    let names = margin
        .iter()
        .all(|l| l.text.split_whitespace().count() <= 6 && !l.text.ends_with(['.', ',', ':', ';']));
    (names && margin.len() >= 2).then_some((head, name))
}

/// The depth of the `=head2` (set in by one or two) or `=head3` name (by
/// three) at `lines[k]`: after a blank line, right over text set in by
/// four or more.
fn subheading(lines: &[Line], k: usize) -> Option<usize> {
    let l = &lines[k];
    let set_off = after_break(lines, k)
        && lines
            .get(k + 1)
            .is_some_and(|n| !n.blank() && n.indent >= 4);
    let depth = match l.indent {
        1 | 2 => 3,
        3 => 4,
        _ => return None,
    };
    set_off.then_some(depth)
}

/// Whether `lines[k]` follows a blank line or a heading marked up.
fn after_break(lines: &[Line], k: usize) -> bool {
    lines[k - 1].blank()
        || lines[k - 1].text.starts_with("= ")
        || lines[k - 1].text.starts_with("==")
}

/// Whether `lines[k]` is an `=item` tag: set in by four, after a blank
/// line, right over its text set in by eight.
fn tag(lines: &[Line], k: usize) -> bool {
    lines[k].indent == 4
        && after_break(lines, k)
        && lines
            .get(k + 1)
            .is_some_and(|n| !n.blank() && n.indent == 8)
}

/// A section name in capitals in title case (`SEE ALSO` as `See
/// Also`); other names as they are.
fn title_case(text: &str) -> String {
    if text.chars().any(char::is_lowercase) {
        return text.to_string();
    }
    const SMALL: &[&str] = &[
        "a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to",
    ];
    let words: Vec<String> = text
        .split(' ')
        .enumerate()
        .map(|(i, w)| {
            let lower = w.to_lowercase();
            if i > 0 && SMALL.contains(&lower.as_str()) {
                return lower;
            }
            let mut c = lower.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        })
        .collect();
    words.join(" ")
}

/// A tag with `pod2text`'s stars around its `I<>` words taken off
/// (`--size *N*` as `--size N`), when it then reads as a command.
fn plain_emphasis(text: &str) -> String {
    let mut plain = String::new();
    let mut rest = text;
    while let Some(at) = rest.find('*') {
        let word = |c: char| c.is_alphanumeric() || c == '_' || c == '-';
        let inner = &rest[at + 1..];
        let len = inner.find(|c: char| !word(c)).unwrap_or(inner.len());
        let opens = rest[..at].chars().last().is_none_or(|c| " =[,".contains(c));
        if opens && len > 0 && inner[len..].starts_with('*') {
            plain.push_str(&rest[..at]);
            plain.push_str(&inner[..len]);
            rest = &inner[len + 1..];
        } else {
            plain.push_str(&rest[..at + 1]);
            rest = inner;
        }
    }
    plain.push_str(rest);
    if code_like(&plain) {
        plain
    } else {
        text.to_string()
    }
}

/// `text` with `pod2text`'s `"code"` (its rendering of `C<code>`) as
/// ``` ``code`` ``` where the quoted text reads as code: a command, or a
/// single word with more than letters in it (`xfs_quota`, `a.conf`).
fn code_quotes(text: &str) -> String {
    let parts: Vec<&str> = text.split('"').collect();
    if parts.len() < 3 {
        return text.to_string();
    }
    let mut out = String::from(parts[0]);
    let mut i = 1;
    while i < parts.len() {
        let inner = parts[i];
        let closed = i + 1 < parts.len();
        let opens = out.is_empty() || out.ends_with([' ', '(']);
        let shuts = parts.get(i + 1).is_some_and(|n| {
            n.is_empty() || n.starts_with([' ', '.', ',', ';', ':', ')', '?', '!'])
        });
        if closed && opens && shuts && code(inner) {
            out.push_str(&format!("``{inner}``{}", parts[i + 1]));
            i += 2;
        } else {
            out.push('"');
            out.push_str(inner);
            i += 1;
        }
    }
    out
}

/// Whether quoted text reads as code.
fn code(inner: &str) -> bool {
    !inner.is_empty()
        && inner.trim() == inner
        && !inner.contains('`')
        && (code_like(inner)
            || (!inner.contains(' ')
                && inner.chars().any(|c| !c.is_alphabetic())
                && inner.chars().any(char::is_alphabetic)))
}

/// `text` with URLs in angle brackets (`<https://x/>`, as `pod2text`
/// prints `L<https://x/>`) bare.
fn bare_urls(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("<http") {
        let Some(end) = rest[at..].find('>') else {
            break;
        };
        let url = &rest[at + 1..at + end];
        if url.contains(' ') {
            out.push_str(&rest[..at + 1]);
            rest = &rest[at + 1..];
            continue;
        }
        out.push_str(&rest[..at]);
        out.push_str(url);
        rest = &rest[at + end + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn a_pod2text_page_is_marked_up() {
        let text = "NAME\n    kite - fly one\n\nUSAGE\n    Run \"kite_up\" or see <https://k.example/>.\n\n  Windy days\n    Hold on.\n\n    --wind *N*\n        The speed.\n\nSEE ALSO\n    tail(1)\n";
        let mut lines = split(text);
        assert!(prepare(&mut lines, 0).is_some());
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts[0], "");
        assert_eq!(texts[1], "= kite - fly one =");
        assert_eq!(texts[3], "== Usage ==");
        assert_eq!(texts[4], "Run ``kite_up`` or see https://k.example/.");
        assert_eq!(lines[4].indent, 0);
        assert_eq!(texts[6], "=== Windy days ===");
        assert_eq!(texts[9], "``--wind N``");
        assert_eq!(lines[10].indent, 4);
        assert_eq!(texts[12], "== See Also ==");
        let mut man = split("NAME\n       kite - fly\n\nUSAGE\n       x\n");
        assert!(prepare(&mut man, 0).is_none());
        let mut prose = split("NAME\n    kite - fly\n\nThis is a sentence.\nMore\n");
        assert!(prepare(&mut prose, 0).is_none());
    }

    #[test]
    fn quotes_read_as_code_only_around_code() {
        assert_eq!(code_quotes("use \"a.conf\" now"), "use ``a.conf`` now");
        assert_eq!(code_quotes("the \"systems\" rota"), "the \"systems\" rota");
        assert_eq!(title_case("SEE ALSO"), "See Also");
        assert_eq!(plain_emphasis("--size=*N* [*unit*]"), "--size=N [unit]");
        assert_eq!(title_case("BUGS AND LIMITS"), "Bugs and Limits");
    }
}
