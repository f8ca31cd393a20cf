//! Scans RST lines: explicit markup (directives, comments, targets), literal
//! blocks after `::` and in code directives, grid and simple tables, section
//! headings with their adornment, inline literals.

use super::is_blank;
use crate::check::source::{Heading, Html, Scan, Zone, indent};
use std::ops::Range;

/// Directives whose content is literal text.
const CODE_DIRECTIVES: &[&str] = &["code-block", "code", "sourcecode", "parsed-literal"];
/// Directives whose content is neither prose nor literal.
const MARKUP_DIRECTIVES: &[&str] = &["toctree", "raw", "csv-table", "list-table"];

pub fn scan(lines: &[&str]) -> Scan {
    let mut s = Scan {
        zones: vec![Zone::Blank; lines.len()],
        literals: vec![Vec::new(); lines.len()],
        ..Scan::default()
    };
    let mut i = 0;
    while i < lines.len() {
        i = step(lines, i, &mut s);
    }
    for (i, line) in lines.iter().enumerate() {
        if matches!(s.zones[i], Zone::Prose | Zone::Heading) {
            s.literals[i] = inline_literals(line);
        }
    }
    s
}

/// Classifies the construct starting at line `i`; returns the next line.
fn step(lines: &[&str], i: usize, s: &mut Scan) -> usize {
    let line = lines[i];
    if is_blank(line) {
        return i + 1;
    }
    let t = line.trim_start();
    if t == ".." || t.starts_with(".. ") {
        return explicit(lines, i, s);
    }
    if is_grid_border(t) {
        return mark_while(lines, i, s, Zone::Table, |l| {
            let t = l.trim_start();
            t.starts_with('+') || t.starts_with('|')
        });
    }
    if is_simple_border(t) {
        return simple_table(lines, i, s);
    }
    if let Some(next) = heading(lines, i, s) {
        return next;
    }
    if t.starts_with(">>>") {
        return mark_while(lines, i, s, Zone::Literal, |l| !is_blank(l));
    }
    paragraph(lines, i, s)
}

fn mark_while(
    lines: &[&str],
    i: usize,
    s: &mut Scan,
    zone: Zone,
    keep: impl Fn(&str) -> bool,
) -> usize {
    let mut j = i;
    while j < lines.len() && (j == i || keep(lines[j])) {
        s.zones[j] = zone;
        j += 1;
    }
    j
}

/// The end of the block indented more than `ind` that follows line `i`.
fn body_end(lines: &[&str], i: usize, ind: usize) -> usize {
    let mut end = i + 1;
    let mut j = i + 1;
    while j < lines.len() {
        if !is_blank(lines[j]) {
            if indent(lines[j]) <= ind {
                break;
            }
            end = j + 1;
        }
        j += 1;
    }
    end
}

/// A directive, comment, target, footnote or substitution definition.
fn explicit(lines: &[&str], i: usize, s: &mut Scan) -> usize {
    let ind = indent(lines[i]);
    let t = lines[i].trim_start();
    let rest = t.get(3..).unwrap_or("");
    let directive = rest.split_once("::").map(|(n, _)| n.trim()).filter(|n| {
        !n.is_empty() && !n.contains(' ') && !n.starts_with('_') && !n.starts_with('|')
    });
    let end = body_end(lines, i, ind);
    s.zones[i] = Zone::Markup;
    let Some(name) = directive.map(|n| n.rsplit(':').next().unwrap_or(n)) else {
        let is_comment = !rest.starts_with('_') && !rest.starts_with('[') && !rest.starts_with('|');
        if is_comment {
            mark_body(lines, i + 1, end, s, Zone::Markup);
            return end;
        }
        return i + 1;
    };
    if name == "raw" && rest.contains("html") {
        let start = lines[i].len() - t.len();
        s.html.push(Html {
            line: i,
            span: start..lines[i].trim_end().len(),
        });
    }
    let code = CODE_DIRECTIVES.contains(&name);
    if !code && !MARKUP_DIRECTIVES.contains(&name) {
        // Options, then content read as ordinary RST.
        return options_end(lines, i + 1, end, s);
    }
    let body = options_end(lines, i + 1, end, s);
    let zone = if code { Zone::Literal } else { Zone::Markup };
    mark_body(lines, body, end, s, zone);
    end
}

/// Marks the `:option:` lines right after a directive; returns where the
/// content starts.
fn options_end(lines: &[&str], from: usize, end: usize, s: &mut Scan) -> usize {
    let mut j = from;
    while j < end && !is_blank(lines[j]) && lines[j].trim_start().starts_with(':') {
        s.zones[j] = Zone::Markup;
        j += 1;
    }
    j
}

fn mark_body(lines: &[&str], from: usize, end: usize, s: &mut Scan, zone: Zone) {
    for (j, line) in lines.iter().enumerate().take(end).skip(from) {
        if !is_blank(line) {
            s.zones[j] = zone;
        }
    }
}

fn is_grid_border(t: &str) -> bool {
    let t = t.trim_end();
    t.len() > 2
        && t.starts_with('+')
        && t.ends_with('+')
        && t.contains(['-', '='])
        && t.chars().all(|c| matches!(c, '+' | '-' | '=' | ':'))
}

fn is_simple_border(t: &str) -> bool {
    let t = t.trim_end();
    t.starts_with('=') && t.contains(' ') && t.chars().all(|c| c == '=' || c == ' ')
}

/// A simple table: runs to a border line followed by a blank line.
fn simple_table(lines: &[&str], i: usize, s: &mut Scan) -> usize {
    let mut j = i;
    while j < lines.len() {
        s.zones[j] = if is_blank(lines[j]) {
            Zone::Blank
        } else {
            Zone::Table
        };
        let last = j + 1 >= lines.len() || is_blank(lines[j + 1]);
        if j > i && is_simple_border(lines[j].trim_start()) && last {
            return j + 1;
        }
        j += 1;
    }
    j
}

/// A line that could be a section adornment: one punctuation character
/// repeated, at least three times (two for `::` would be a literal marker).
pub fn adornment(line: &str) -> Option<char> {
    let t = line.trim_end();
    let c = t.chars().next()?;
    let ok = c.is_ascii_punctuation() && t.len() >= 3 && t.chars().all(|x| x == c);
    ok.then_some(c)
}

/// A section title at line `i` (with an overline, or underlined).
fn heading(lines: &[&str], i: usize, s: &mut Scan) -> Option<usize> {
    let get = |j: usize| lines.get(j).copied().filter(|l| !is_blank(l));
    if let Some(c) = adornment(lines[i]) {
        let title = get(i + 1)?;
        let under = get(i + 2).and_then(adornment);
        if under != Some(c) || adornment(title).is_some() {
            // A transition or a stray line of punctuation.
            s.zones[i] = Zone::Markup;
            return Some(i + 1);
        }
        for j in i..i + 3 {
            s.zones[j] = Zone::Heading;
        }
        s.headings.push(Heading {
            title: i + 1,
            underline: Some(i + 2),
            overline: Some(i),
            mark: c,
        });
        return Some(i + 3);
    }
    let c = get(i + 1).and_then(adornment)?;
    let under_len = lines[i + 1].trim_end().chars().count();
    let title_len = lines[i].trim().chars().count();
    if indent(lines[i]) > 0 || (under_len < 4 && under_len < title_len) {
        return None;
    }
    s.zones[i] = Zone::Heading;
    s.zones[i + 1] = Zone::Heading;
    s.headings.push(Heading {
        title: i,
        underline: Some(i + 1),
        overline: None,
        mark: c,
    });
    Some(i + 2)
}

/// A paragraph, and the literal block after it when it ends with `::`.
fn paragraph(lines: &[&str], i: usize, s: &mut Scan) -> usize {
    let mut j = i;
    while j < lines.len() && !is_blank(lines[j]) {
        s.zones[j] = Zone::Prose;
        j += 1;
    }
    let last = lines[j - 1];
    if !last.trim_end().ends_with("::") {
        return j;
    }
    let ind = indent(last);
    let end = body_end(lines, j - 1, ind);
    mark_body(lines, j, end, s, Zone::Literal);
    end
}

/// Byte ranges of ``inline literals`` in a line, delimiters included.
pub fn inline_literals(line: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = line[from..].find("``").map(|k| k + from) {
        let Some(close) = line[open + 2..].find("``").map(|k| k + open + 2) else {
            break;
        };
        out.push(open..close + 2);
        from = close + 2;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zones(text: &str) -> Vec<Zone> {
        let lines: Vec<&str> = text.lines().collect();
        scan(&lines).zones
    }

    #[test]
    fn literal_blocks_follow_double_colons() {
        use Zone::*;
        let z = zones("Run this::\n\n    ls -l\n  x\n\nDone.\n");
        assert_eq!(z, [Prose, Blank, Literal, Literal, Blank, Prose]);
        let z = zones(".. code-block:: sh\n   :linenos:\n\n   ls\n\nText\n");
        assert_eq!(z, [Markup, Markup, Blank, Literal, Blank, Prose]);
        let z = zones(".. note::\n\n   Careful::\n\n      rm x\n");
        assert_eq!(z, [Markup, Blank, Prose, Blank, Literal]);
    }

    #[test]
    fn headings_and_tables_are_found() {
        use Zone::*;
        let lines = [
            "=====", "Title", "=====", "", "Sub", "---", "", "+--+", "|a |", "+--+",
        ];
        let s = scan(&lines);
        assert_eq!(s.headings.len(), 2);
        assert_eq!(s.headings[1].mark, '-');
        assert_eq!(s.zones[7..], [Table, Table, Table]);
        let z = zones("===  ===\na    b\n===  ===\n\nText\n");
        assert_eq!(z, [Table, Table, Table, Blank, Prose]);
    }

    #[test]
    fn inline_literals_are_spans() {
        assert_eq!(
            inline_literals("a ``b`` c ``d"),
            vec![Range { start: 2, end: 7 }]
        );
    }
}
