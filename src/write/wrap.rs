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
/// begins the first line. Where a later line would begin with such a word
/// (a dash, `1.`), the word before it goes down too, if it fits, so the
/// text needs no escape.
pub fn fill(text: &str, width: usize, fix_start: &dyn Fn(&str, bool) -> String) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line: Vec<String> = Vec::new();
    let line_width = |l: &[String]| {
        l.iter()
            .map(|w| w.width() + 1)
            .sum::<usize>()
            .saturating_sub(1)
    };
    // the width of `line`, kept as words go on it
    let mut filled = 0;
    for word in words(text) {
        let w = word.width();
        if !line.is_empty() && filled + 1 + w <= width {
            line.push(word.to_string());
            filled += 1 + w;
            continue;
        }
        let mut next = vec![fix_start(word, lines.is_empty() && line.is_empty())];
        if line.len() > 1 && next[0] != word {
            let last = &line[line.len() - 1];
            if fix_start(last, false) == *last && last.width() + 1 + w <= width {
                next = vec![line.pop().unwrap_or_default(), word.to_string()];
            }
        }
        if !line.is_empty() {
            lines.push(line.join(" "));
        }
        line = next;
        filled = line_width(&line);
    }
    if !line.is_empty() {
        lines.push(line.join(" "));
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

    #[test]
    fn word_needing_escape_takes_the_word_before_down() {
        let esc = |w: &str, _: bool| {
            if w == "-" {
                format!("\\{w}")
            } else {
                w.to_string()
            }
        };
        let lines = fill("aaa bbb ccc - ddd", 11, &esc);
        assert_eq!(lines, ["aaa bbb", "ccc - ddd"]);
        let lines = fill("aaa - ddd", 3, &esc);
        assert_eq!(lines, ["aaa", "\\-", "ddd"]);
    }
}
