//! Character rules over raw lines: tabs, trailing white space, CRLF, the
//! final newline, control characters, and look-alike characters (no-break
//! space, curly quotes, dashes) in literal text.

use crate::check::finding::Sink;
use crate::check::source::{Kind, Zone};

pub fn check(out: &mut Sink) {
    let src = out.src;
    for i in 0..src.lines.len() {
        let line = src.line(i);
        if let Some(b) = line.find('\t') {
            let msg = if src.zone(i) == Zone::Literal {
                "tab in a literal block: indent with spaces unless the command needs a tab"
            } else {
                "tab character: indent with spaces"
            };
            out.at("tabs", i, b..b + 1, msg.into());
        }
        let kept = line.trim_end_matches([' ', '\t']).len();
        if kept < line.len() {
            out.at(
                "trailing-whitespace",
                i,
                kept..line.len(),
                "trailing white space".into(),
            );
        }
        if src.crlf[i] {
            out.at(
                "crlf",
                i,
                line.len()..line.len(),
                "line ends with CR LF".into(),
            );
        }
        control_chars(out, i, line);
        look_alikes(out, i, line);
    }
    final_newline(out);
}

fn final_newline(out: &mut Sink) {
    let text = &out.src.text;
    let n = out.src.lines.len();
    if n == 0 {
        return;
    }
    if !text.ends_with('\n') {
        let len = out.src.line(n - 1).len();
        out.at(
            "final-newline",
            n - 1,
            len..len,
            "no newline at the end of the file".into(),
        );
        return;
    }
    let blanks = (0..n)
        .rev()
        .take_while(|&i| out.src.line(i).trim().is_empty())
        .count();
    if blanks > 0 && blanks < n {
        let msg = format!("{blanks} blank line(s) at the end of the file");
        out.at("final-newline", n - blanks, 0..0, msg);
    }
}

fn control_chars(out: &mut Sink, i: usize, line: &str) {
    let plain = |b: &u8| *b >= 0x20 && *b != 0x7f || *b == b'\t';
    if line.is_ascii() && line.as_bytes().iter().all(plain) {
        return;
    }
    for (b, c) in line.char_indices() {
        let name = match c {
            '\t' => continue,
            '\u{feff}' if i == 0 && b == 0 => "byte order mark",
            '\u{feff}' | '\u{200b}'..='\u{200d}' | '\u{2060}' => "zero-width character",
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => "bidirectional control",
            '\u{2028}' | '\u{2029}' => "Unicode line separator",
            '\u{ad}' => "soft hyphen",
            c if c.is_control() => "control character",
            _ => continue,
        };
        let msg = format!("{name} U+{:04X}", c as u32);
        out.at("control-chars", i, b..b + c.len_utf8(), msg);
    }
}

/// The name and ASCII replacement of a character that looks like ASCII.
pub fn look_alike(c: char) -> Option<(&'static str, &'static str)> {
    Some(match c {
        '\u{a0}' => ("no-break space", " "),
        '\u{2007}' => ("figure space", " "),
        '\u{202f}' => ("narrow no-break space", " "),
        '\u{2000}'..='\u{200a}' => ("typographic space", " "),
        '\u{3000}' => ("ideographic space", " "),
        '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' => ("curly quote", "'"),
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' => ("curly quote", "\""),
        '\u{ab}' | '\u{bb}' => ("guillemet", "\""),
        '\u{2010}' | '\u{2011}' => ("Unicode hyphen", "-"),
        '\u{2012}' | '\u{2013}' => ("en dash", "-"),
        '\u{2014}' | '\u{2015}' => ("em dash", "--"),
        '\u{2212}' => ("minus sign", "-"),
        '\u{ff0d}' => ("fullwidth hyphen", "-"),
        '\u{2026}' => ("ellipsis", "..."),
        _ => return None,
    })
}

fn look_alikes(out: &mut Sink, i: usize, line: &str) {
    if line.is_ascii() {
        return;
    }
    let src = out.src;
    let whole = src.zone(i) == Zone::Literal;
    let spans = &src.scan.literals[i];
    for (b, c) in line.char_indices() {
        let Some((name, ascii)) = look_alike(c) else {
            continue;
        };
        let in_literal = whole || spans.iter().any(|r| r.contains(&b));
        // Legacy text has no markup: any line may be a command, but only
        // spaces are reported there, quotes and dashes in prose are fine.
        let text_space = src.kind == Kind::Text && ascii == " ";
        if !(in_literal || text_space) {
            continue;
        }
        let place = if in_literal {
            "in literal text"
        } else {
            "in plain text"
        };
        let msg = format!("{name} U+{:04X} {place}: type `{ascii}`", c as u32);
        out.at("nbsp", i, b..b + c.len_utf8(), msg);
    }
}
