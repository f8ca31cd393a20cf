//! `heading-style`: RST underlines as long as their titles and one adornment
//! per level across the whole book; Markdown ATX headings only.

use crate::check::finding::Sink;
use crate::check::source::{Heading, Kind, Source, width};
use std::collections::BTreeMap;

/// An RST adornment style: the character, and whether it has an overline.
pub type Style = (char, bool);

/// The adornment length a heading should have, for `--fix` too.
pub fn wanted_length(src: &Source, h: &Heading) -> usize {
    let title = src.line(h.title).trim_end();
    let lead = title.len() - title.trim_start().len();
    if h.overline.is_some() {
        width(title, 8) + lead
    } else {
        width(title.trim_start(), 8)
    }
}

/// Whether the adornment lines of `h` have the wanted length.
pub fn length_ok(src: &Source, h: &Heading) -> bool {
    let want = wanted_length(src, h);
    let title = src.line(h.title);
    let lens = [h.overline, h.underline]
        .into_iter()
        .flatten()
        .map(|j| width(src.line(j).trim_end(), 8));
    let plain = width(title.trim(), 8);
    lens.clone().all(|n| n == want) || (h.overline.is_some() && lens.clone().all(|n| n == plain))
}

/// Per page: adornment lengths in RST, setext headings in Markdown.
pub fn check(out: &mut Sink) {
    let src = out.src;
    for h in &src.scan.headings {
        match src.kind {
            Kind::Rst if !length_ok(src, h) => {
                let Some(u) = h.underline else { continue };
                let have = width(src.line(u).trim_end(), 8);
                let want = wanted_length(src, h);
                let msg = format!(
                    "underline is {have} characters for a title of {want}: make them equal"
                );
                out.at("heading-style", u, 0..src.line(u).trim_end().len(), msg);
            }
            Kind::Markdown if h.underline.is_some() => {
                let u = h.underline.unwrap_or(h.title);
                let msg = "setext heading: write it as an ATX heading (`# Title`)".to_string();
                out.at("heading-style", u, 0..src.line(u).trim_end().len(), msg);
            }
            _ => {}
        }
    }
}

/// The adornment styles of an RST page in order of first use: index 0 is
/// level 1, as docutils assigns them.
pub fn styles(src: &Source) -> Vec<(Style, usize)> {
    let mut seen: Vec<(Style, usize)> = Vec::new();
    for h in &src.scan.headings {
        let style = (h.mark, h.overline.is_some());
        if !seen.iter().any(|(s, _)| *s == style) {
            seen.push((style, h.underline.unwrap_or(h.title)));
        }
    }
    seen
}

/// Across the book: the style most pages use for each level is the book's;
/// pages that use another get a finding at their first heading of it.
pub fn check_book(sources: &[&Source], outs: &mut [Sink]) {
    let per_page: Vec<Vec<(Style, usize)>> = sources.iter().map(|s| styles(s)).collect();
    let depth = per_page.iter().map(Vec::len).max().unwrap_or(0);
    for level in 0..depth {
        let mut count: BTreeMap<Style, usize> = BTreeMap::new();
        for p in &per_page {
            if let Some((s, _)) = p.get(level) {
                *count.entry(*s).or_default() += 1;
            }
        }
        let Some((&book, &n)) = count.iter().max_by_key(|(_, n)| **n) else {
            continue;
        };
        let total: usize = count.values().sum();
        for (k, p) in per_page.iter().enumerate() {
            let Some(&(style, line)) = p.get(level) else {
                continue;
            };
            if style != book {
                let msg = format!(
                    "level {} heading {}; the book uses {} for level {} ({n} of {total} pages)",
                    level + 1,
                    describe(style),
                    describe(book),
                    level + 1
                );
                let len = outs[k].src.line(line).trim_end().len();
                outs[k].at("heading-style", line, 0..len, msg);
            }
        }
    }
}

fn describe((c, over): Style) -> String {
    let mark = if c == '`' {
        "`` ` ``".to_string()
    } else {
        format!("`{c}`")
    };
    if over {
        format!("over- and underlined with {mark}")
    } else {
        format!("underlined with {mark}")
    }
}
