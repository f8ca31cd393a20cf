//! Reference names and element ids as docutils makes them: names are
//! lowercased with white space folded, ids are ASCII slugs.

/// `docutils.nodes.fully_normalize_name`: lowercase, white space folded.
pub fn normalize_name(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// `docutils.nodes.make_id`: lowercase ASCII letters and digits, runs of
/// anything else to one `-`, leading digits and hyphens dropped.
pub fn make_id(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut dash = false;
    for c in text.to_lowercase().chars() {
        let folded = fold(c);
        let mut pushed = false;
        for f in folded.chars() {
            if f.is_ascii_alphanumeric() {
                if dash && !out.is_empty() {
                    out.push('-');
                }
                dash = false;
                out.push(f);
                pushed = true;
            }
        }
        if !pushed && !folded.is_empty() {
            dash = true;
        }
        if folded.is_empty() && !c.is_alphanumeric() {
            dash = true;
        }
    }
    let start = out
        .find(|c: char| !(c.is_ascii_digit() || c == '-'))
        .unwrap_or(out.len());
    out[start..].to_string()
}

/// ASCII folding of common Latin letters (what NFKD plus dropping
/// non-ASCII leaves); letters without a fold vanish.
fn fold(c: char) -> &'static str {
    const TABLE: &[(&str, &str)] = &[
        ("àáâãäåāăą", "a"),
        ("çćĉċč", "c"),
        ("ďđ", "d"),
        ("èéêëēĕėęě", "e"),
        ("ĝğġģ", "g"),
        ("ĥħ", "h"),
        ("ìíîïĩīĭįı", "i"),
        ("ĵ", "j"),
        ("ķ", "k"),
        ("ĺļľŀł", "l"),
        ("ñńņňŉ", "n"),
        ("òóôõöøōŏő", "o"),
        ("ŕŗř", "r"),
        ("śŝşš", "s"),
        ("ţťŧ", "t"),
        ("ùúûüũūŭůűų", "u"),
        ("ŵ", "w"),
        ("ýÿŷ", "y"),
        ("źżž", "z"),
        ("æ", "ae"),
        ("œ", "oe"),
        ("ß", "sz"),
        ("þ", "th"),
        ("ð", "d"),
    ];
    if c.is_ascii() {
        return match c {
            'a'..='z' | '0'..='9' => ascii_str(c),
            _ => " ",
        };
    }
    for (set, to) in TABLE {
        if set.contains(c) {
            return to;
        }
    }
    if c.is_alphanumeric() { "" } else { " " }
}

fn ascii_str(c: char) -> &'static str {
    const ALNUM: &str = "abcdefghijklmnopqrstuvwxyz0123456789";
    let i = ALNUM.find(c).unwrap_or(0);
    &ALNUM[i..i + 1]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_follow_docutils() {
        assert_eq!(make_id("Restart the Hub"), "restart-the-hub");
        assert_eq!(make_id("1. Intro"), "intro");
        assert_eq!(make_id("What's `db01`?"), "what-s-db01");
        assert_eq!(make_id("Émile  Zola"), "emile-zola");
        assert_eq!(make_id("--"), "");
        assert_eq!(make_id("foo_bar"), "foo-bar");
    }

    #[test]
    fn names_fold_space_and_case() {
        assert_eq!(normalize_name("  Foo\n  Bar "), "foo bar");
    }
}
