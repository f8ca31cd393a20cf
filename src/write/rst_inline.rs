//! Inline content in, reStructuredText inline markup out: escapes what
//! docutils would read as markup and separates markup from adjacent words.

use crate::doc::{Inline, XRefKind, inlines_text};

/// A piece of output: plain (escaped) text, or one inline construct.
struct Piece {
    text: String,
    markup: bool,
}

/// Renders inlines as one line of RST text (soft breaks as spaces).
pub fn render(inlines: &[Inline]) -> String {
    let mut pieces = Vec::new();
    for i in inlines {
        piece(i, &mut pieces);
    }
    join(pieces)
}

fn join(pieces: Vec<Piece>) -> String {
    let mut out = String::new();
    let mut prev_markup = false;
    for p in pieces {
        if p.text.is_empty() {
            continue;
        }
        let last = out.chars().last();
        let first = p.text.chars().next();
        let before_ok = |c: char| c.is_whitespace() || "'\"([{<-/:".contains(c);
        let after_ok = |c: char| c.is_whitespace() || "'\")]}>-/:.,;!?\\".contains(c);
        let need = match (last, first) {
            (Some(l), Some(_)) if p.markup && !before_ok(l) => true,
            (Some(_), Some(f)) if prev_markup && !after_ok(f) => true,
            _ => false,
        };
        if need {
            out.push_str("\\ ");
        }
        out.push_str(&p.text);
        prev_markup = p.markup;
    }
    out
}

fn plain(text: String) -> Piece {
    Piece {
        text,
        markup: false,
    }
}

fn markup(text: String) -> Piece {
    Piece { text, markup: true }
}

fn wrapped(open: &str, inner: &[Inline], close: &str) -> Piece {
    // inside a span every mark is escaped: one could close it early
    let text = escape_with(&inlines_text(inner), true);
    if text.trim().is_empty() || text.starts_with(' ') || text.ends_with(' ') {
        return plain(text);
    }
    markup(format!("{open}{text}{close}"))
}

fn piece(inline: &Inline, out: &mut Vec<Piece>) {
    match inline {
        Inline::Text(t) => out.push(plain(escape(t))),
        Inline::Emphasis(c) => out.push(wrapped("*", c, "*")),
        Inline::Strong(c) => out.push(wrapped("**", c, "**")),
        Inline::Strikethrough(c) => out.push(plain(escape(&inlines_text(c)))),
        Inline::Code(code) => out.push(code_piece(code)),
        Inline::Link { url, content, .. } => out.push(link(url, content)),
        Inline::XRef {
            kind,
            target,
            content,
            ..
        } => out.push(xref(*kind, target, content.as_deref())),
        Inline::Image(img) => out.push(plain(escape(&img.alt))),
        Inline::Anchor { content, .. } => out.push(wrapped("_`", content, "`")),
        Inline::FootnoteRef { label, .. } => out.push(markup(format!("[{label}]_"))),
        Inline::Role { role, content, .. } => {
            out.push(wrapped(&format!(":{role}:`"), content, "`"))
        }
        Inline::Html(_) => {}
        Inline::SoftBreak | Inline::HardBreak => out.push(plain(" ".into())),
        Inline::Problem { text, .. } => out.push(plain(escape(text))),
    }
}

fn code_piece(code: &str) -> Piece {
    let code = code.replace('\n', " ");
    if code.trim().is_empty() || code.contains("``") || code.starts_with(' ') || code.ends_with(' ')
    {
        return plain(escape(&code));
    }
    markup(format!("``{code}``"))
}

fn link(url: &str, content: &[Inline]) -> Piece {
    let text = inlines_text(content);
    let bare = text == url || url.strip_prefix("mailto:") == Some(text.as_str());
    if bare && !url.contains(['\\', '`', '*', '|', ' ']) {
        return plain(text);
    }
    if text.trim().is_empty() {
        return markup(format!("`<{url}>`__"));
    }
    let by_reference = super::refs::by_reference(url, &text);
    let text = escape(&text).replace('<', "\\<");
    if by_reference {
        return markup(format!("`{text}`__"));
    }
    markup(format!("`{text} <{url}>`__"))
}

fn xref(kind: XRefKind, target: &str, content: Option<&[Inline]>) -> Piece {
    let role = match kind {
        XRefKind::Ref => "ref",
        XRefKind::Doc => "doc",
        XRefKind::Term => "term",
    };
    match content {
        Some(c) => {
            let text = escape(&inlines_text(c)).replace('<', "\\<");
            markup(format!(":{role}:`{text} <{target}>`"))
        }
        None => markup(format!(":{role}:`{target}`")),
    }
}

/// Escapes characters docutils would read as inline markup: a `*`,
/// `` ` `` or `|` only where it could open a span (not right after a
/// letter or digit, not before white space: `app* (`, `a | b` stay as
/// they are; with no span opened, no closing mark counts), a `_` only
/// where it could end a reference (`name_ `), not inside `a}_b`.
pub fn escape(text: &str) -> String {
    escape_with(text, false)
}

/// [`escape`], or with `all` every `*`, `` ` `` and `|` escaped.
fn escape_with(text: &str, all: bool) -> String {
    // (most text has none of the marks escaped below)
    if !text.contains(['\\', '*', '`', '|', '_']) {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let opens = !alnum(prev) && !next.is_some_and(char::is_whitespace);
        let esc = match c {
            '\\' => true,
            '*' | '`' | '|' => all || prev.is_none() || opens,
            '_' => !alnum(next),
            _ => false,
        };
        if esc {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped_and_separated() {
        let inl = vec![
            Inline::Text("run_ *now* on".into()),
            Inline::Code("ls".into()),
            Inline::Text("s".into()),
        ];
        assert_eq!(render(&inl), "run\\_ \\*now* on\\ ``ls``\\ s");
        let inl = vec![Inline::Text("see a ".into()), Inline::Code("ls".into())];
        assert_eq!(render(&inl), "see a ``ls``");
        let inl = vec![Inline::Text("app* (a | b) x|y *".into())];
        assert_eq!(render(&inl), "app* (a | b) x|y \\*");
        let inl = vec![Inline::Emphasis(vec![Inline::Text("a* b".into())])];
        assert_eq!(render(&inl), "*a\\* b*");
    }

    #[test]
    fn bare_urls_stay_bare() {
        let url = "https://example.org/a_b_".to_string();
        let inl = vec![Inline::Link {
            url: url.clone(),
            title: None,
            content: vec![Inline::Text(url.clone())],
            line: 1,
        }];
        assert_eq!(render(&inl), url);
    }
}
