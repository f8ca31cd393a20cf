//! Enumerated-list markers: a line in, the enumerator's format, sequence
//! (arabic, alphabetic, Roman) and ordinal out, as docutils parses them.

use crate::doc::ListKind;

/// How an enumerator is written: `1.`, `1)` or `(1)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnumFormat {
    Period,
    RParen,
    Parens,
}

/// A parsed enumerator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Enumerator {
    pub format: EnumFormat,
    /// `None` for `#`.
    pub kind: Option<ListKind>,
    pub ordinal: Option<u32>,
    /// Characters up to the item text.
    pub len: usize,
}

/// Parses an enumerator at the start of `s` (`expected`: the sequence of
/// the list being continued, which decides `i` and `v` alone).
pub fn enumerator(s: &str, expected: Option<ListKind>) -> Option<Enumerator> {
    let (format, inner, used) = if let Some(r) = s.strip_prefix('(') {
        let close = r.find(')')?;
        (EnumFormat::Parens, &r[..close], close + 2)
    } else {
        let end = s.find(['.', ')'])?;
        let f = if s[end..].starts_with('.') {
            EnumFormat::Period
        } else {
            EnumFormat::RParen
        };
        (f, &s[..end], end + 1)
    };
    if inner.is_empty() || !inner.is_ascii() {
        return None;
    }
    let rest = &s[used..];
    let spaces = rest.len() - rest.trim_start_matches(' ').len();
    if !(rest.is_empty() || spaces > 0) {
        return None;
    }
    let len = used + spaces;
    if inner == "#" {
        return Some(Enumerator {
            format,
            kind: None,
            ordinal: Some(1),
            len,
        });
    }
    let kind = sequence(inner, expected)?;
    Some(Enumerator {
        format,
        kind: Some(kind),
        ordinal: ordinal(inner, kind),
        len,
    })
}

pub fn sequence(text: &str, expected: Option<ListKind>) -> Option<ListKind> {
    let matches = |k: ListKind| match k {
        ListKind::Arabic => text.bytes().all(|b| b.is_ascii_digit()),
        ListKind::LowerAlpha => text.len() == 1 && text.bytes().all(|b| b.is_ascii_lowercase()),
        ListKind::UpperAlpha => text.len() == 1 && text.bytes().all(|b| b.is_ascii_uppercase()),
        ListKind::LowerRoman => text.bytes().all(|b| b"ivxlcdm".contains(&b)),
        ListKind::UpperRoman => text.bytes().all(|b| b"IVXLCDM".contains(&b)),
        ListKind::Bullet => false,
    };
    if let Some(e) = expected
        && matches(e)
    {
        return Some(e);
    }
    if text == "i" {
        return Some(ListKind::LowerRoman);
    }
    if text == "I" {
        return Some(ListKind::UpperRoman);
    }
    use ListKind::*;
    [Arabic, LowerAlpha, UpperAlpha, LowerRoman, UpperRoman]
        .into_iter()
        .find(|k| matches(*k))
}

pub fn ordinal(text: &str, kind: ListKind) -> Option<u32> {
    match kind {
        ListKind::Arabic => text.parse().ok(),
        ListKind::LowerAlpha | ListKind::UpperAlpha => {
            Some(u32::from(text.to_ascii_lowercase().as_bytes()[0] - b'a') + 1)
        }
        ListKind::LowerRoman | ListKind::UpperRoman => from_roman(&text.to_ascii_uppercase()),
        ListKind::Bullet => None,
    }
}

/// A strict Roman numeral (1..=4999), as docutils' `roman.fromRoman`.
pub fn from_roman(s: &str) -> Option<u32> {
    let mut total = 0u32;
    let mut rest = s;
    let table = [
        ("M", 1000),
        ("CM", 900),
        ("D", 500),
        ("CD", 400),
        ("C", 100),
        ("XC", 90),
        ("L", 50),
        ("XL", 40),
        ("X", 10),
        ("IX", 9),
        ("V", 5),
        ("IV", 4),
        ("I", 1),
    ];
    for (sym, val) in table {
        while let Some(r) = rest.strip_prefix(sym) {
            total += val;
            rest = r;
        }
    }
    (rest.is_empty() && total > 0 && to_roman(total).as_deref() == Some(s)).then_some(total)
}

/// The Roman numeral of `n` (1..=4999).
pub fn to_roman(mut n: u32) -> Option<String> {
    if n == 0 || n > 4999 {
        return None;
    }
    let table = [
        ("M", 1000),
        ("CM", 900),
        ("D", 500),
        ("CD", 400),
        ("C", 100),
        ("XC", 90),
        ("L", 50),
        ("XL", 40),
        ("X", 10),
        ("IX", 9),
        ("V", 5),
        ("IV", 4),
        ("I", 1),
    ];
    let mut s = String::new();
    for (sym, val) in table {
        while n >= val {
            s.push_str(sym);
            n -= val;
        }
    }
    Some(s)
}

/// The enumerator text for `n` in a sequence and format.
pub fn make_enumerator(n: u32, kind: ListKind, format: EnumFormat) -> Option<(String, String)> {
    let e = match kind {
        ListKind::Arabic => n.to_string(),
        ListKind::LowerAlpha | ListKind::UpperAlpha => {
            if !(1..=26).contains(&n) {
                return None;
            }
            let c = char::from(b'a' + (n - 1) as u8);
            if kind == ListKind::UpperAlpha {
                c.to_ascii_uppercase().to_string()
            } else {
                c.to_string()
            }
        }
        ListKind::LowerRoman => to_roman(n)?.to_lowercase(),
        ListKind::UpperRoman => to_roman(n)?,
        ListKind::Bullet => return None,
    };
    let wrap = |x: &str| match format {
        EnumFormat::Period => format!("{x}. "),
        EnumFormat::RParen => format!("{x}) "),
        EnumFormat::Parens => format!("({x}) "),
    };
    Some((wrap(&e), wrap("#")))
}
