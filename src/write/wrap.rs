//! Line filling for the text writers: a rendered run of inline markup in,
//! lines of at most a given width out, broken only at plain spaces.

use unicode_width::UnicodeWidthStr;

/// Splits `text` into words at spaces that are not escaped (`\ `), keeping
/// each word whole.
fn words(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    let mut prev = '\0';
    for (i, c) in text.char_indices() {
        let breakable = (c == ' ' || c == '\n') && prev != '\\';
        if breakable {
            if let Some(s) = start.take() {
                out.push(&text[s..i]);
            }
        } else if start.is_none() {
            start = Some(i);
        }
        prev = c;
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

/// Fills `text` into lines no wider than `width` (a longer word gets a line
/// of its own). `fix_start` may rewrite a word that would begin a line, so
/// that it cannot be read as block markup; it gets the word and whether it
/// begins the first line.
pub fn fill(text: &str, width: usize, fix_start: &dyn Fn(&str, bool) -> String) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut line_width = 0;
    for word in words(text) {
        let w = word.width();
        if !line.is_empty() && line_width + 1 + w <= width {
            line.push(' ');
            line.push_str(word);
            line_width += 1 + w;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        let fixed = fix_start(word, lines.is_empty());
        line_width = fixed.width();
        line = fixed;
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_at_plain_spaces_only() {
        let keep = |w: &str, _: bool| w.to_string();
        let lines = fill("aaa bbb\\ ccc ddd", 8, &keep);
        assert_eq!(lines, ["aaa", "bbb\\ ccc", "ddd"]);
        let lines = fill("https://example.org/a/very/long/url x", 10, &keep);
        assert_eq!(lines, ["https://example.org/a/very/long/url", "x"]);
    }
}
