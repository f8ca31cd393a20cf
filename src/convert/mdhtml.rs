//! A Markdown page's inline HTML: the document's inlines in, each tag
//! that names no HTML element (`<tag attr="v">`, `ssh <hostname>`) turned
//! into its text out: a legacy page means it as words, and a writer for
//! reStructuredText drops raw HTML.

use crate::doc::{Block, Inline, for_each_inlines};

/// Elements a Markdown page writes inline on purpose.
const ELEMENTS: &[&str] = &[
    "a", "abbr", "b", "br", "code", "del", "em", "i", "img", "ins", "kbd", "mark", "s", "samp",
    "small", "span", "strong", "sub", "sup", "tt", "u", "var",
];

/// Turns the inline tags of `blocks` that name no element into text.
pub fn unknown_tags_as_text(blocks: &mut [Block]) {
    for_each_inlines(blocks, &mut |inlines| as_text(inlines));
}

fn as_text(inlines: &mut [Inline]) {
    for i in inlines {
        match i {
            Inline::Html(html) if !element(html) => *i = Inline::Text(std::mem::take(html)),
            Inline::Emphasis(c) | Inline::Strong(c) | Inline::Strikethrough(c) => as_text(c),
            Inline::Link { content, .. } => as_text(content),
            _ => {}
        }
    }
}

/// Whether `html` is a comment or a tag of a known element.
fn element(html: &str) -> bool {
    let name: String = html
        .trim_start_matches('<')
        .trim_start_matches('/')
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    html.starts_with("<!") || ELEMENTS.contains(&name.to_ascii_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_naming_no_element_is_text() {
        assert!(element("<br/>") && element("</kbd>") && element("<!-- x -->"));
        assert!(!element("<hostname>") && !element("<tag attr=\"v\">"));
    }
}
