//! Paired inline marks (`**bold**`, `//italic//`, `=fixed=`) in, under a
//! wiki's rules for where a pair may open and close: the pair opening at
//! a place in a line (its text and length), or a line with every pair of
//! one mark rewritten as another's.

/// What may stand right before an opening mark.
#[derive(Clone, Copy)]
pub enum Before {
    /// Anything.
    Any,
    /// Anything but one of these (`:` keeps the `//` of an address).
    Not(&'static [char]),
    /// The start of the line or one of these: the mark opens a word.
    WordStart(&'static [char]),
}

/// One kind of paired mark, what it is written as, and its rules.
#[derive(Clone, Copy)]
pub struct Pair {
    /// The mark opening and closing the pair.
    pub mark: &'static str,
    /// The mark written on each side of the pair's text.
    pub to: &'static str,
    /// Whether the text is literal (a code span), not read for marks.
    pub code: bool,
    /// What may stand right before the opening mark.
    pub before: Before,
    /// What may not follow the opening mark (a space: no pair).
    pub not_first: &'static [char],
    /// What may not stand right before the closing mark.
    pub not_last: &'static [char],
    /// If set, the closing mark is followed by the end of the line, white
    /// space or one of these (no mark closing inside a word).
    pub then: Option<&'static str>,
    /// Whether only the nearest closing mark may close the pair (else the
    /// nearest that keeps the rules).
    pub nearest: bool,
}

/// A pair found: its text between the marks, and its length with them.
pub struct Span<'a> {
    pub pair: &'a Pair,
    pub text: &'a str,
    pub len: usize,
}

impl Pair {
    /// `mark` written as `to`, with no rules but a text not empty.
    pub const fn new(mark: &'static str, to: &'static str) -> Pair {
        Pair {
            mark,
            to,
            code: false,
            before: Before::Any,
            not_first: &[],
            not_last: &[],
            then: None,
            nearest: false,
        }
    }

    /// The pair opening `rest` (`before`: the line's text before it),
    /// closed later in `rest`.
    pub fn at<'a>(&'a self, before: &str, rest: &'a str) -> Option<Span<'a>> {
        let opens = match self.before {
            Before::Any => true,
            Before::Not(signs) => !before.ends_with(signs),
            Before::WordStart(signs) => before.is_empty() || before.ends_with(signs),
        };
        let after = rest.strip_prefix(self.mark).filter(|_| opens)?;
        if after.starts_with(self.not_first) {
            return None;
        }
        let closes = |k: usize| {
            let next = after[k + self.mark.len()..].chars().next();
            k > 0
                && !after[..k].ends_with(self.not_last)
                && self
                    .then
                    .is_none_or(|signs| next.is_none_or(|c| c.is_whitespace() || signs.contains(c)))
        };
        let mut ends = after.match_indices(self.mark).map(|(k, _)| k);
        let end = if self.nearest {
            ends.next().filter(|&k| closes(k))
        } else {
            ends.find(|&k| closes(k))
        }?;
        Some(Span {
            pair: self,
            text: &after[..end],
            len: end + 2 * self.mark.len(),
        })
    }

    /// The text with each pair of the mark as a pair of `to`s, their text
    /// as typed; from the first mark opening no pair on, the text kept.
    pub fn rewrite(&self, text: &str) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(open) = rest.find(self.mark) {
            let Some(span) = self.at(&rest[..open], &rest[open..]) else {
                break;
            };
            out.push_str(&rest[..open]);
            out.push_str(&span.wrap(span.text));
            rest = &rest[open + span.len..];
        }
        out.push_str(rest);
        out
    }
}

impl Span<'_> {
    /// The pair written: `text` (its text as the caller writes it) between
    /// the pair's `to` marks.
    pub fn wrap(&self, text: &str) -> String {
        format!("{}{text}{}", self.pair.to, self.pair.to)
    }
}

/// The first of `pairs` opening `rest` (`before`: the text before it).
pub fn at<'a>(pairs: &'a [Pair], before: &str, rest: &'a str) -> Option<Span<'a>> {
    pairs.iter().find_map(|p| p.at(before, rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TIGHT: Pair = Pair {
        not_first: &[' '],
        not_last: &[' '],
        ..Pair::new("**", "*")
    };

    fn found(pair: &Pair, before: &str, rest: &str) -> Option<(String, usize)> {
        pair.at(before, rest).map(|s| (s.text.to_string(), s.len))
    }

    #[test]
    fn a_pair_needs_text_and_its_closing_mark() {
        let plain = Pair::new("**", "*");
        assert_eq!(found(&plain, "", "**a b** c"), Some(("a b".into(), 7)));
        assert_eq!(found(&plain, "", "** a **"), Some((" a ".into(), 7)));
        assert_eq!(found(&plain, "", "**a"), None);
        assert_eq!(found(&plain, "", "**"), None);
        // the empty pair is passed over for the next closing mark
        assert_eq!(found(&plain, "", "****b**"), Some(("**b".into(), 7)));
        assert_eq!(found(&plain, "", "x**a**"), None);
    }

    #[test]
    fn spaces_inside_the_marks() {
        assert_eq!(found(&TIGHT, "", "** a**"), None);
        assert_eq!(found(&TIGHT, "", "**a **b**"), Some(("a **b".into(), 9)));
        assert_eq!(found(&TIGHT, "", "**a ** b"), None);
    }

    #[test]
    fn what_stands_around_the_marks() {
        let word = Pair {
            before: Before::WordStart(&[' ', '(']),
            then: Some(".,"),
            ..TIGHT
        };
        assert!(found(&word, "", "**a**").is_some());
        assert!(found(&word, "see (", "**a**.").is_some());
        assert!(found(&word, "x", "**a**").is_none());
        assert_eq!(found(&word, "", "**a**b c**"), Some(("a**b c".into(), 10)));
        assert!(found(&word, "", "**a**b").is_none());
        let url = Pair {
            before: Before::Not(&[':']),
            ..Pair::new("//", "*")
        };
        assert!(found(&url, "https:", "//x//").is_none());
        assert!(found(&url, "so ", "//x//").is_some());
    }

    #[test]
    fn only_the_nearest_closing_mark() {
        let nearest = Pair {
            nearest: true,
            ..Pair::new("''", "'''")
        };
        assert_eq!(found(&nearest, "", "''''b''"), None);
        assert_eq!(
            found(&Pair::new("''", "'''"), "", "''''b''").unwrap().0,
            "''b"
        );
    }

    #[test]
    fn rewriting_a_line() {
        let italic = Pair {
            nearest: true,
            before: Before::Not(&[':']),
            ..Pair::new("//", "''")
        };
        assert_eq!(italic.rewrite("a //b// c //d//"), "a ''b'' c ''d''");
        assert_eq!(italic.rewrite("a //b// //"), "a ''b'' //");
        // from an address on, nothing more is read
        assert_eq!(
            italic.rewrite("see http://x/a //b//"),
            "see http://x/a //b//"
        );
        let both = [TIGHT, Pair::new("//", "_")];
        let span = at(&both, "", "//x//").unwrap();
        assert_eq!(span.wrap("X"), "_X_");
        assert_eq!(span.len, 5);
    }
}
