//! Plain text of inline content, and element ids made from text.

use super::Inline;

/// The plain text of a run of inlines (soft breaks as spaces).
pub fn inlines_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for i in inlines {
        push_text(i, &mut out);
    }
    out
}

/// The plain text of one inline.
pub fn inline_text(inline: &Inline) -> String {
    let mut out = String::new();
    push_text(inline, &mut out);
    out
}

fn push_text(inline: &Inline, out: &mut String) {
    match inline {
        Inline::Text(t) | Inline::Code(t) => out.push_str(t),
        Inline::Emphasis(c)
        | Inline::Strong(c)
        | Inline::Strikethrough(c)
        | Inline::Link { content: c, .. }
        | Inline::Anchor { content: c, .. }
        | Inline::Role { content: c, .. } => {
            for i in c {
                push_text(i, out);
            }
        }
        Inline::XRef {
            content, target, ..
        } => match content {
            Some(c) => c.iter().for_each(|i| push_text(i, out)),
            None => out.push_str(target),
        },
        Inline::Image(img) => out.push_str(&img.alt),
        Inline::FootnoteRef { label, .. } => {
            out.push('[');
            out.push_str(label);
            out.push(']');
        }
        Inline::Problem { text, .. } => out.push_str(text),
        Inline::Html(_) => {}
        Inline::SoftBreak | Inline::HardBreak => out.push(' '),
    }
}

/// A GitHub-style heading id: lowercase, letters, digits, `-` and `_`
/// kept, spaces to `-`, other punctuation dropped. Never empty.
pub fn slugify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.trim().chars() {
        if c.is_alphanumeric() || c == '_' || c == '-' {
            out.extend(c.to_lowercase());
        } else if c.is_whitespace() {
            out.push('-');
        }
    }
    if out.is_empty() {
        "section".to_string()
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_follow_github() {
        assert_eq!(slugify("Restart the Koji hub"), "restart-the-koji-hub");
        assert_eq!(slugify("What's `db01`?"), "whats-db01");
        assert_eq!(slugify("  "), "section");
        assert_eq!(slugify("Émile Zola"), "émile-zola");
    }
}
