//! AsciiDoc's UI macros in a line's text in, the text with them written
//! in the marks plain text reads out: `kbd:[Ctrl+C]` the keys as an
//! inline literal (``` ``Ctrl+C`` ```), `btn:[Save]` the button's label and
//! `menu:File[Save As]` the menu path (`File > Save As`) in bold.

/// `text` with its `kbd:`, `btn:` and `menu:` macros rewritten; a macro
/// whose words hold marks of their own (`` ` ``, `*`) is left as typed.
pub fn rewrite(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some((at, len, shown)) = next_macro(rest) {
        out.push_str(&rest[..at]);
        out.push_str(&shown);
        rest = &rest[at + len..];
    }
    out.push_str(rest);
    out
}

/// The first macro in `text`: where it starts, its length and its words
/// as written out.
fn next_macro(text: &str) -> Option<(usize, usize, String)> {
    let mut from = 0;
    while let Some(found) = ["kbd:", "btn:", "menu:"]
        .iter()
        .filter_map(|m| text[from..].find(m).map(|k| (from + k, *m)))
        .min()
    {
        let (at, name) = found;
        let glued = text[..at].ends_with(|c: char| c.is_alphanumeric());
        if let Some((len, shown)) = macro_at(&text[at + name.len()..], name).filter(|_| !glued) {
            return Some((at, name.len() + len, shown));
        }
        from = at + name.len();
    }
    None
}

/// The macro named `name` whose target and `[...]` open `rest`: the
/// length of that part and the macro's words as written out.
fn macro_at(rest: &str, name: &str) -> Option<(usize, String)> {
    let open = rest.find('[')?;
    let target = &rest[..open];
    let close = open + rest[open..].find(']')?;
    let inner = rest[open + 1..close].trim();
    let ok = match name {
        "menu:" => !target.is_empty() && !target.contains(char::is_whitespace),
        _ => target.is_empty() && !inner.is_empty(),
    };
    if !ok || inner.contains(['`', '*', '[']) || target.contains(['`', '*']) {
        return None;
    }
    let shown = match name {
        "kbd:" => format!("``{inner}``"),
        "btn:" => format!("**{inner}**"),
        _ if inner.is_empty() => format!("**{target}**"),
        _ => format!("**{target} > {inner}**"),
    };
    Some((close + 1, shown))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn macros_as_plain_text_marks() {
        assert_eq!(
            rewrite("press kbd:[Ctrl+C], then btn:[Save]."),
            "press ``Ctrl+C``, then **Save**."
        );
        assert_eq!(
            rewrite("choose menu:File[Save As] now"),
            "choose **File > Save As** now"
        );
        assert_eq!(
            rewrite("the kbd:[] and xbtn:[a]"),
            "the kbd:[] and xbtn:[a]"
        );
        assert_eq!(rewrite("menu:a b[c]"), "menu:a b[c]");
    }
}
