//! BBCode forum posts in (`[b]..[/b]`, `[list]` with `[*]` items,
//! `[code]` blocks, `[url=..]` links, `[quote=name]`), whether a page is
//! one and its text as Markdown out, for `mdtext` to read: a line in bold
//! alone (`[b][u]Setup[/u][/b]`) a heading, the `[size]` one the title,
//! `[b]Owner:[/b] team` lines the contact fields.

use super::classify::contact_field;
use super::lines::Line;
use super::mdtext::{Writer, code_span, escape, link};

/// Whether the page is a BBCode post: three closing tags or more of two
/// kinds or more among `[/b]`, `[/i]`, `[/u]`, `[/url]`, `[/code]`,
/// `[/list]`, `[/quote]`, `[/size]`.
pub fn page(lines: &[Line]) -> bool {
    const CLOSING: [&str; 8] = [
        "[/b]", "[/i]", "[/u]", "[/url]", "[/code]", "[/list]", "[/quote]", "[/size]",
    ];
    let counts: Vec<usize> = CLOSING
        .iter()
        .map(|c| lines.iter().map(|l| l.text.matches(c).count()).sum())
        .collect();
    counts.iter().sum::<usize>() >= 3 && counts.iter().filter(|&&n| n > 0).count() >= 2
}

/// The post as Markdown.
pub fn markdown(text: &str) -> String {
    let pieces = pieces(text);
    let mut w = Writer::default();
    let mut lists: Vec<bool> = Vec::new();
    let mut titled = false;
    let mut i = 0;
    while i < pieces.len() {
        let p = pieces[i].trim_end();
        let lone = |k: usize| pieces.get(k).is_none_or(|t| t.trim().is_empty());
        if p.trim().is_empty() {
            w.blank();
        } else if let Some(kind) = p.strip_prefix("[list") {
            lists.push(kind.starts_with('='));
        } else if p == "[/list]" {
            lists.pop();
            w.close_to(lists.len());
        } else if let Some(item) = p.strip_prefix("[*]") {
            w.item(lists.len(), lists.last() == Some(&true), &inline(item));
        } else if p.starts_with("[code]") {
            i = code(&pieces, i, &mut w);
            continue;
        } else if let Some(rest) = p.strip_prefix("[quote") {
            i = quote(&pieces, i, rest, &mut w);
            continue;
        } else if let Some(level) = heading(p).filter(|_| lone(i + 1) && (i == 0 || lone(i - 1))) {
            let level = if titled { level.max(2) } else { 1 };
            titled = true;
            w.heading(
                level,
                &inline(&strip_tags(p, &["b", "u", "size", "color", "font"])),
            );
        } else if let Some((name, value)) = field(p) {
            w.field(&name, &inline(&value));
        } else {
            w.line(&inline(p));
        }
        i += 1;
    }
    w.finish()
}

/// The lines of the text cut before each `[list]`, `[*]` and `[/list]`
/// tag and after each `[list]` and `[/list]` (outside `[code]`), so
/// that each opens a piece of its own.
fn pieces(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut code = false;
    for line in text.lines() {
        let mut cur = String::new();
        let mut rest = line;
        while !rest.is_empty() {
            if code {
                let end = rest.find("[/code]").map_or(rest.len(), |e| e + 7);
                cur.push_str(&rest[..end]);
                code = end == rest.len() && !rest.ends_with("[/code]");
                rest = &rest[end..];
                continue;
            }
            if rest.starts_with("[code]") {
                // a block opened after text on its line is a piece of its own
                if !rest.contains("[/code]") && !cur.trim().is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
                code = true;
                cur.push_str("[code]");
                rest = &rest[6..];
                continue;
            }
            let tag = ["[list]", "[list=", "[*]", "[/list]"]
                .iter()
                .find(|t| rest.starts_with(*t));
            if let Some(tag) = tag {
                if !cur.trim().is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
                cur.clear();
                if *tag != "[*]" {
                    let end = rest.find(']').map_or(rest.len(), |e| e + 1);
                    out.push(rest[..end].to_string());
                    rest = &rest[end..];
                    continue;
                }
            }
            let c = rest.chars().next().unwrap_or(' ');
            cur.push(c);
            rest = &rest[c.len_utf8()..];
        }
        if !cur.trim().is_empty() || line.trim().is_empty() {
            out.push(cur);
        }
    }
    out
}

/// The code block opened by `[code]` at `pieces[i]`: written; the piece
/// after its `[/code]`. A `[code]` closed on its line with text after it
/// is a code span, its line text.
fn code(pieces: &[String], i: usize, w: &mut Writer) -> usize {
    let first = &pieces[i]["[code]".len()..];
    if let Some(end) = first.find("[/code]")
        && !first[end + 7..].trim().is_empty()
    {
        w.line(&inline(&pieces[i]));
        return i + 1;
    }
    let mut body: Vec<&str> = Vec::new();
    let mut k = i;
    let mut text = first;
    loop {
        if let Some(end) = text.find("[/code]") {
            body.push(&text[..end]);
            break;
        }
        body.push(text);
        k += 1;
        match pieces.get(k) {
            Some(p) => text = p,
            None => break,
        }
    }
    if body.first().is_some_and(|l| l.trim().is_empty()) {
        body.remove(0);
    }
    if body.last().is_some_and(|l| l.trim().is_empty()) {
        body.pop();
    }
    w.code(&body);
    k + 1
}

/// The quote opened at `pieces[i]` (`rest`: its tag after `[quote`):
/// written with its author; the piece after its `[/quote]`.
fn quote(pieces: &[String], i: usize, rest: &str, w: &mut Writer) -> usize {
    let Some(close) = rest.find(']') else {
        w.line(&inline(&pieces[i]));
        return i + 1;
    };
    let name = rest[..close]
        .strip_prefix('=')
        .map(|n| n.trim_matches('"').to_string());
    let mut lines = Vec::new();
    let mut text = rest[close + 1..].to_string();
    let mut k = i;
    loop {
        if let Some(end) = text.find("[/quote]") {
            lines.push(inline(&text[..end]));
            break;
        }
        lines.push(inline(&text));
        k += 1;
        match pieces.get(k) {
            Some(p) => text = p.clone(),
            None => break,
        }
    }
    w.quote(&lines, name.as_deref());
    k + 1
}

/// A line all in bold (in `[size]`, `[u]` or `[color]` tags or not) and
/// not a label (`[b]Note:[/b]`): a heading, 1 if its size is set.
fn heading(line: &str) -> Option<usize> {
    let bold = strip_tags(line, &["u", "size", "color", "font"]);
    let inner = bold.strip_prefix("[b]")?.strip_suffix("[/b]")?;
    let plain = strip_tags(inner, &["i"]);
    (!plain.is_empty() && !plain.ends_with(':') && !plain.contains('['))
        .then_some(if line.contains("[size") { 1 } else { 2 })
}

/// The line with these style tags (`[b]`, `[size=..]`, ...) taken off.
fn strip_tags(line: &str, tags: &[&str]) -> String {
    let mut out = line.to_string();
    for tag in tags {
        out = out.replace(&format!("[/{tag}]"), "");
        while let Some(a) = out.find(&format!("[{tag}")) {
            let rest = &out[a + 1 + tag.len()..];
            if !(rest.starts_with(']') || rest.starts_with('=')) {
                break;
            }
            let Some(e) = out[a..].find(']') else { break };
            out.replace_range(a..a + e + 1, "");
        }
    }
    out.trim().to_string()
}

/// `[b]Owner:[/b] team`: the contact field's name and value.
fn field(line: &str) -> Option<(String, String)> {
    let (name, value) = line.strip_prefix("[b]")?.split_once("[/b]")?;
    let name = name.strip_suffix(':')?;
    contact_field(&format!("{name}:"))?;
    Some((name.to_string(), value.trim().to_string()))
}

/// A line of BBCode text as Markdown: `[b]` strong, `[i]` and `[u]`
/// emphasis, `[code]` spans, `[url]` links; the tags of size and colour
/// dropped, others kept as typed.
pub fn inline(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find('[') {
        out.push_str(&escape(&rest[..at]));
        let r = &rest[at..];
        let Some(close) = r.find(']') else {
            out.push_str(&escape(r));
            return out;
        };
        let (tag, after) = (&r[1..close], &r[close + 1..]);
        let (name, arg) = tag.split_once('=').unwrap_or((tag, ""));
        let name = name.to_ascii_lowercase();
        let spanned = |end: &str| {
            after
                .find(end)
                .map(|e| (&after[..e], &after[e + end.len()..]))
        };
        rest = match name.as_str() {
            "b" | "/b" => mark(&mut out, "**", after),
            "i" | "/i" | "u" | "/u" | "em" | "/em" => mark(&mut out, "*", after),
            "s" | "/s" => mark(&mut out, "~~", after),
            "size" | "/size" | "color" | "/color" | "font" | "/font" => after,
            "code" | "img" => match spanned(&format!("[/{name}]")) {
                Some((inner, next)) => {
                    out.push_str(&code_span(inner).replace('\n', " "));
                    next
                }
                None => mark(&mut out, "", after),
            },
            "url" => match spanned("[/url]") {
                Some((inner, next)) if !arg.is_empty() => {
                    out.push_str(&link(&inline(inner), arg.trim_matches('"')));
                    next
                }
                Some((inner, next)) => {
                    out.push_str(&link("", inner));
                    next
                }
                None => after,
            },
            _ => {
                out.push_str(&escape(&r[..close + 1]));
                after
            }
        };
    }
    out.push_str(&escape(rest));
    out
}

/// Writes a mark of emphasis; the text after the tag.
fn mark<'a>(out: &mut String, mark: &str, after: &'a str) -> &'a str {
    out.push_str(mark);
    after
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn inline_tags() {
        assert_eq!(
            inline("a [b]big[/b] [i]one[/i], see [url=https://x.org]the site[/url]"),
            "a **big** *one*, see [the site](https://x.org)"
        );
        assert_eq!(inline("run [code]ls -l[/code] [x]"), "run `ls -l` \\[x\\]");
    }

    #[test]
    fn lists_code_and_headings() {
        let text = "[size=120][b]The Title[/b][/size]\n\n[b]Owner:[/b] Team\n\n\
                    [b][u]Steps[/u][/b]\n\n[list=1][*]One:\n[code]\nls\n[/code]\n\
                    [*]Two\n[list][*]a[/list]\nmore\n[/list]\n";
        assert!(page(&split(text)));
        assert_eq!(
            markdown(text),
            "# The Title\n\n**Owner:** Team\n\n## Steps\n\n1. One:\n   ```\n   ls\n   ```\n\
             1. Two\n   * a\n\n   more\n"
        );
        assert!(!page(&split("See [b]this[/b] and [x].\n")));
    }
}
