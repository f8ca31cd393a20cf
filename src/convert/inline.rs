//! Legacy text in, inlines out: the dump's `[N]` link markers removed, bare
//! URLs made links, white space folded.

use crate::doc::Inline;

/// Inlines of a run of text from line `line`.
pub fn parse(text: &str, line: u32) -> Vec<Inline> {
    let text = drop_markers(text);
    let mut out = Vec::new();
    let mut plain = String::new();
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            plain.push(' ');
        }
        match url_in(word) {
            Some((pre, url, post)) => {
                plain.push_str(pre);
                if !plain.is_empty() {
                    out.push(Inline::Text(std::mem::take(&mut plain)));
                }
                out.push(Inline::Link {
                    url: url.to_string(),
                    title: None,
                    content: vec![Inline::Text(url.to_string())],
                    line,
                });
                plain.push_str(post);
            }
            None => plain.push_str(word),
        }
    }
    if !plain.is_empty() {
        out.push(Inline::Text(plain));
    }
    out
}

/// Splits a word into text before a URL, the URL, and trailing punctuation.
fn url_in(word: &str) -> Option<(&str, &str, &str)> {
    let start = ["https://", "http://", "ftp://"]
        .iter()
        .filter_map(|p| word.find(p))
        .min()?;
    let pre = &word[..start];
    if !pre.is_empty() && !pre.ends_with(['(', '<', '"', '\'']) {
        return None;
    }
    let rest = &word[start..];
    let url = rest.trim_end_matches(['.', ',', ';', ':', ')', '>', '"', '\'', '!', '?']);
    if url.len() <= "https://".len() {
        return None;
    }
    Some((pre, url, &rest[url.len()..]))
}

/// Removes `[12]` link markers left by `links -dump`.
pub fn drop_markers(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        out.push_str(&rest[..open]);
        if digits > 0 && after[digits..].starts_with(']') {
            rest = &after[digits + 1..];
        } else {
            out.push('[');
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_go_and_urls_link() {
        assert_eq!(drop_markers("see [12]the wiki [x]"), "see the wiki [x]");
        let inl = parse("at (https://example.org/x).", 3);
        assert_eq!(inl.len(), 3);
        assert!(matches!(&inl[1], Inline::Link { url, .. } if url == "https://example.org/x"));
        assert_eq!(
            crate::doc::inlines_text(&inl),
            "at (https://example.org/x)."
        );
    }
}
