//! Inline source text: a paragraph's text in, characters with their
//! backslash escapes marked out, plus docutils' character classes for the
//! inline-markup recognition rules and helpers to emit text nodes.

use crate::doc::Inline;

/// Source text with backslash escapes taken out.
pub struct Src {
    pub c: Vec<char>,
    pub esc: Vec<bool>,
    pub line: u32,
    /// Positions of the newlines, for line numbers.
    newlines: Vec<usize>,
    /// Per end-string, the smallest start from which a search failed: any
    /// later search fails too (keeps unmatched start-strings linear).
    pub no_end_from: std::cell::RefCell<Vec<(&'static str, usize)>>,
}

impl Src {
    pub fn new(text: &str, line: u32) -> Self {
        let mut c = Vec::with_capacity(text.len());
        let mut esc = Vec::with_capacity(text.len());
        let mut it = text.chars();
        while let Some(ch) = it.next() {
            if ch == '\\' {
                if let Some(n) = it.next() {
                    c.push(n);
                    esc.push(true);
                }
            } else {
                c.push(ch);
                esc.push(false);
            }
        }
        let newlines = c
            .iter()
            .enumerate()
            .filter(|(_, ch)| **ch == '\n')
            .map(|(i, _)| i)
            .collect();
        Src {
            c,
            esc,
            line,
            newlines,
            no_end_from: std::cell::RefCell::new(Vec::new()),
        }
    }

    pub fn len(&self) -> usize {
        self.c.len()
    }

    pub fn at(&self, k: usize) -> Option<char> {
        self.c.get(k).copied()
    }

    /// Unescaped text of a range (escaped white space dropped).
    pub fn text(&self, a: usize, b: usize) -> String {
        let mut s = String::new();
        for k in a..b.min(self.len()) {
            if self.esc[k] && self.c[k].is_whitespace() {
                continue;
            }
            s.push(self.c[k]);
        }
        s
    }

    /// Text of a range with the backslashes put back (inline literals).
    pub fn raw(&self, a: usize, b: usize) -> String {
        let mut s = String::new();
        for k in a..b.min(self.len()) {
            if self.esc[k] {
                s.push('\\');
            }
            s.push(self.c[k]);
        }
        s
    }

    /// Whether a search for `mark` from `from` is known to fail.
    pub fn search_failed(&self, mark: &str, from: usize) -> bool {
        self.no_end_from
            .borrow()
            .iter()
            .any(|(m, f)| *m == mark && from >= *f)
    }

    /// Records that a search for `mark` from `from` failed.
    pub fn note_failed(&self, mark: &'static str, from: usize) {
        let mut memo = self.no_end_from.borrow_mut();
        match memo.iter_mut().find(|(m, _)| *m == mark) {
            Some(f) => f.1 = f.1.min(from),
            None => memo.push((mark, from)),
        }
    }

    pub fn line_at(&self, k: usize) -> u32 {
        let n = self.newlines.partition_point(|&p| p < k);
        self.line.saturating_add(n as u32)
    }

    pub fn is(&self, k: usize, s: &str) -> bool {
        s.chars()
            .enumerate()
            .all(|(i, ch)| self.at(k + i) == Some(ch))
    }

    /// The start-string rule for a start at `k`.
    pub fn start_ok(&self, k: usize) -> bool {
        k == 0 || {
            let p = self.c[k - 1];
            p.is_whitespace() || is_opener(p) || is_delimiter(p)
        }
    }

    /// The end-string rule for an end-string finishing before `k`.
    pub fn end_ok(&self, k: usize) -> bool {
        match self.at(k) {
            None => true,
            Some(n) => {
                n.is_whitespace()
                    || self.esc[k]
                    || is_closer(n)
                    || is_delimiter(n)
                    || matches!(n, '\\' | '.' | ',' | ';' | '!' | '?')
            }
        }
    }

    /// A start-string between matching quotes, or at the end of the text.
    pub fn quoted(&self, k: usize, end: usize) -> bool {
        if k == 0 {
            return false;
        }
        match self.at(end) {
            None => true,
            Some(post) => matching(self.c[k - 1], post),
        }
    }
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '(' | '<' | '[' | '{')
        || matches!(
            c,
            '\u{2018}'
                | '\u{201c}'
                | '\u{ab}'
                | '\u{2039}'
                | '\u{201a}'
                | '\u{201e}'
                | '\u{2019}'
                | '\u{201d}'
                | '\u{bb}'
                | '\u{203a}'
        )
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | ')' | '>' | ']' | '}')
        || matches!(
            c,
            '\u{2019}'
                | '\u{201d}'
                | '\u{bb}'
                | '\u{203a}'
                | '\u{2018}'
                | '\u{201c}'
                | '\u{ab}'
                | '\u{2039}'
                | '\u{201b}'
                | '\u{201f}'
        )
}

/// docutils `punctuation_chars.delimiters`: `\-/:` in ASCII, Unicode
/// dashes and other punctuation beyond it.
fn is_delimiter(c: char) -> bool {
    matches!(c, '-' | '/' | ':' | '\\')
        || matches!(c, '\u{a1}' | '\u{b7}' | '\u{bf}')
        || ('\u{2010}'..='\u{2017}').contains(&c)
        || ('\u{2020}'..='\u{2027}').contains(&c)
        || ('\u{2030}'..='\u{2038}').contains(&c)
        || ('\u{203b}'..='\u{2044}').contains(&c)
        || ('\u{3001}'..='\u{3003}').contains(&c)
}

/// docutils `punctuation_chars.match_chars`: `b` closes the opener `a`
/// (its paired closer, or one of the quote pairs of European usage).
fn matching(a: char, b: char) -> bool {
    let closers: &[char] = match a {
        '"' => &['"'],
        '\'' => &['\''],
        '(' => &[')'],
        '<' => &['>'],
        '[' => &[']'],
        '{' => &['}'],
        '\u{ab}' => &['\u{bb}'],
        '\u{2018}' => &['\u{2019}', '\u{201a}'],
        '\u{201c}' => &['\u{201d}', '\u{201e}'],
        '\u{2039}' => &['\u{203a}'],
        '\u{201a}' => &['\u{201b}', '\u{2018}', '\u{2019}'],
        '\u{201e}' => &['\u{201f}', '\u{201c}', '\u{201d}'],
        '\u{bb}' => &['\u{ab}', '\u{bb}'],
        '\u{2019}' => &['\u{2018}', '\u{2019}'],
        '\u{201d}' => &['\u{201c}', '\u{201d}'],
        '\u{203a}' => &['\u{2039}', '\u{203a}'],
        _ => &[],
    };
    closers.contains(&b)
}

/// Removes backslash escapes from text (escaped white space vanishes).
pub fn unescape(s: &str) -> String {
    let src = Src::new(s, 0);
    src.text(0, src.len())
}

/// Appends text, newlines as soft breaks, merging with a previous text.
pub fn push_text(out: &mut Vec<Inline>, text: &str) {
    for (k, part) in text.split('\n').enumerate() {
        if k > 0 {
            out.push(Inline::SoftBreak);
        }
        if part.is_empty() {
            continue;
        }
        if let Some(Inline::Text(t)) = out.last_mut() {
            t.push_str(part);
        } else {
            out.push(Inline::Text(part.to_string()));
        }
    }
}
