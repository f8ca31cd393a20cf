//! Inline content in, CommonMark inline markup out, with the escapes that
//! keep plain text plain.

use crate::doc::{Inline, inlines_text};

/// Renders inlines as one line of Markdown (soft and hard breaks as spaces).
pub fn render(inlines: &[Inline]) -> String {
    render_with(inlines, false)
}

/// [`render`]; `strict` inside an emphasis, where any `*` could close it.
fn render_with(inlines: &[Inline], strict: bool) -> String {
    let mut out = String::new();
    for i in inlines {
        push(i, &mut out, strict);
    }
    out
}

fn push(inline: &Inline, out: &mut String, strict: bool) {
    match inline {
        Inline::Text(t) => out.push_str(&escape_with(t, strict)),
        Inline::Emphasis(c) => delimited("*", c, out),
        Inline::Strong(c) => delimited("**", c, out),
        Inline::Strikethrough(c) => delimited("~~", c, out),
        Inline::Code(code) => out.push_str(&code_span(code)),
        Inline::Link { url, content, .. } => out.push_str(&link(url, content)),
        Inline::XRef {
            target, content, ..
        } => {
            let text = content
                .as_deref()
                .map(render)
                .unwrap_or_else(|| escape(target));
            out.push_str(&format!("[{text}]({})", destination(target)));
        }
        Inline::Image(img) => out.push_str(&format!(
            "![{}]({})",
            escape(&img.alt),
            destination(&img.src)
        )),
        Inline::Anchor { id, content } => {
            out.push_str(&format!("<a id=\"{id}\"></a>"));
            out.push_str(&render(content));
        }
        Inline::FootnoteRef { label, .. } => out.push_str(&format!("[^{label}]")),
        Inline::Role { role, content, .. } => match role.as_str() {
            "kbd" | "sub" | "sup" | "abbr" => {
                out.push_str(&format!("<{role}>{}</{role}>", render(content)))
            }
            "command" | "file" | "literal" | "samp" | "program" => {
                out.push_str(&code_span(&inlines_text(content)))
            }
            _ => out.push_str(&render(content)),
        },
        Inline::Html(h) => out.push_str(h),
        Inline::SoftBreak | Inline::HardBreak => out.push(' '),
        Inline::Problem { text, .. } => out.push_str(&escape(text)),
    }
}

fn delimited(delim: &str, content: &[Inline], out: &mut String) {
    let inner = render_with(content, true);
    if inner.trim().is_empty() || inner.starts_with(' ') || inner.ends_with(' ') {
        out.push_str(&inner);
    } else {
        out.push_str(&format!("{delim}{inner}{delim}"));
    }
}

/// A code span with a fence longer than any backtick run inside it.
pub fn code_span(code: &str) -> String {
    let code = code.replace('\n', " ");
    let longest = longest_run(&code, '`');
    let fence = "`".repeat(longest + 1);
    let pad = if code.starts_with('`') || code.ends_with('`') || code.trim().is_empty() {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{code}{pad}{fence}")
}

/// The longest run of `c` in `text`.
pub fn longest_run(text: &str, c: char) -> usize {
    let (mut best, mut run) = (0, 0);
    for ch in text.chars() {
        run = if ch == c { run + 1 } else { 0 };
        best = best.max(run);
    }
    best
}

fn link(url: &str, content: &[Inline]) -> String {
    let text = inlines_text(content);
    let bare = text == url || url.strip_prefix("mailto:") == Some(text.as_str());
    if bare && url.contains(':') && !url.contains([' ', '<', '>', '`']) {
        return format!("<{url}>");
    }
    format!("[{}]({})", render(content), destination(url))
}

fn destination(url: &str) -> String {
    if url.contains([' ', '(', ')', '<', '>']) {
        format!("<{}>", url.replace('<', "%3C").replace('>', "%3E"))
    } else {
        url.to_string()
    }
}

/// Escapes characters CommonMark would read as inline markup.
pub fn escape(text: &str) -> String {
    escape_with(text, false)
}

/// [`escape`]; with `all` every `*` escaped, not only one that could open
/// an emphasis (after a letter or digit before punctuation, or before
/// white space, a `*` opens nothing: `app0*:80`, `relay* hosts`).
fn escape_with(text: &str, all: bool) -> String {
    let chars: Vec<char> = text.chars().collect();
    let tildes = text.matches('~').count() >= 2;
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let esc = match c {
            '\\' | '`' | '[' | ']' => true,
            '*' => all || prev.is_none() || star_opens(prev, next),
            '_' => !alnum(prev) || !alnum(next),
            '<' => next.is_some_and(|n| n.is_ascii_alphabetic() || "/!?".contains(n)),
            '&' => entity_at(&chars[i..]),
            '~' => tildes,
            _ => false,
        };
        if esc {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Whether a `*` between `prev` and `next` may open an emphasis: it is
/// left-flanking, or at the end of the text, where the next piece is
/// unknown.
fn star_opens(prev: Option<char>, next: Option<char>) -> bool {
    match next {
        None => true,
        Some(n) if n.is_whitespace() => false,
        Some(n) if n.is_ascii_punctuation() => !prev.is_some_and(char::is_alphanumeric),
        Some(_) => true,
    }
}

fn entity_at(chars: &[char]) -> bool {
    let body: String = chars[1..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == '#')
        .collect();
    !body.is_empty() && chars.get(body.len() + 1) == Some(&';')
}

/// Escapes a word that would make a line begin a block construct.
pub fn fix_start(word: &str, _first: bool) -> String {
    let first = word.chars().next().unwrap_or(' ');
    let run = word.chars().all(|c| c == first);
    // `#` to `######` alone open a heading; `#channel` opens nothing
    let heading = first == '#' && run && word.len() <= 6;
    let starts_block = heading
        || matches!(first, '>' | '|' | ':')
        || (matches!(first, '-' | '+' | '*' | '=' | '_' | ':') && (word.len() == 1 || run))
        || word.starts_with("```")
        || word.starts_with("~~~");
    if starts_block {
        return format!("\\{word}");
    }
    let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
    let rest = &word[digits.len()..];
    // `1.` alone opens a list; `10.5.1.2` does not
    if !digits.is_empty() && digits.len() <= 9 && (rest == "." || rest == ")") {
        return format!("{digits}\\{rest}");
    }
    word.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_heading_mark_is_escaped_at_a_line_start() {
        assert_eq!(fix_start("#", true), "\\#");
        assert_eq!(fix_start("###", true), "\\###");
        assert_eq!(fix_start("#ops-team", true), "#ops-team");
        assert_eq!(fix_start("#######", true), "#######");
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape("a *b* [1] snake_case _x"),
            "a \\*b* \\[1\\] snake_case \\_x"
        );
        assert_eq!(escape("Q&A &amp; <div>"), "Q&A \\&amp; \\<div>");
        assert_eq!(
            escape("app0*:80 relay* a*b .*' *"),
            "app0*:80 relay* a\\*b .\\*' \\*"
        );
        let em = [Inline::Emphasis(vec![Inline::Text("a* b".into())])];
        assert_eq!(render(&em), "*a\\* b*");
        assert_eq!(fix_start("1.", true), "1\\.");
        assert_eq!(fix_start("#fedora-admin", false), "#fedora-admin");
        assert_eq!(fix_start("-v", false), "-v");
        assert_eq!(fix_start("2)", false), "2\\)");
        assert_eq!(fix_start("10.5.1.2", false), "10.5.1.2");
    }

    #[test]
    fn code_spans_fence_backticks() {
        assert_eq!(code_span("a`b"), "``a`b``");
        assert_eq!(code_span("`x"), "`` `x ``");
    }
}
