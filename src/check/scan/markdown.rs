//! Scans Markdown with pulldown-cmark's source offsets: code blocks, tables,
//! HTML, front matter and headings (ATX or setext), inline code spans.

use crate::check::source::{Heading, Html, Scan, Zone};
use crate::markup::markdown::admonition;
use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag};
use std::ops::Range;

pub fn scan(text: &str, lines: &[Range<usize>]) -> Scan {
    let mut s = prose(text, lines);
    // Closing tags of the admonition `div`s the reader folds, innermost last.
    let mut open: Vec<&'static str> = Vec::new();
    let at = |offset: usize| lines.partition_point(|r| r.end < offset).min(lines.len());
    for (event, range) in Parser::new_ext(text, options()).into_offset_iter() {
        if range.start >= text.len() {
            continue;
        }
        let (first, last) = (at(range.start), at(range.end.saturating_sub(1)));
        if last >= lines.len() {
            continue;
        }
        match event {
            Event::Start(Tag::CodeBlock(kind)) => {
                let fenced = matches!(kind, CodeBlockKind::Fenced(_));
                code_block(&mut s, text, lines, fenced, first, last);
            }
            Event::Start(Tag::Table(_)) => fill(&mut s, first, last, Zone::Table),
            Event::Start(Tag::MetadataBlock(_)) => fill(&mut s, first, last, Zone::Markup),
            Event::Start(Tag::HtmlBlock) => {
                fill(&mut s, first, last, Zone::Markup);
                if !admonition_tag(&mut open, &text[range.clone()]) {
                    html(&mut s, text, lines, first, &range);
                }
            }
            Event::InlineHtml(_) => html(&mut s, text, lines, first, &range),
            Event::Start(Tag::Heading { .. }) => heading(&mut s, text, &range, first, last),
            Event::Code(_) => code_span(&mut s, lines, first, last, &range),
            _ => {}
        }
    }
    s
}

/// A scan with every line prose or blank, nothing found yet.
fn prose(text: &str, lines: &[Range<usize>]) -> Scan {
    let blank = |r: &Range<usize>| text[r.clone()].trim().is_empty();
    Scan {
        zones: lines
            .iter()
            .map(|r| if blank(r) { Zone::Blank } else { Zone::Prose })
            .collect(),
        literals: vec![Vec::new(); lines.len()],
        ..Scan::default()
    }
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS
}

/// Marks a code block's lines literal, and a fenced block's fences markup.
fn code_block(
    s: &mut Scan,
    text: &str,
    lines: &[Range<usize>],
    fenced: bool,
    first: usize,
    last: usize,
) {
    fill(s, first, last, Zone::Literal);
    if fenced {
        s.zones[first] = Zone::Markup;
        let l = &text[lines[last].clone()];
        if last > first && is_fence(l) {
            s.zones[last] = Zone::Markup;
        }
    }
}

/// Records an ATX or setext heading and marks its lines.
fn heading(s: &mut Scan, text: &str, range: &Range<usize>, first: usize, last: usize) {
    fill(s, first, last, Zone::Heading);
    let setext = !text[range.clone()].trim_start().starts_with('#');
    s.headings.push(Heading {
        title: first,
        underline: setext.then_some(last),
        overline: None,
        mark: if setext { '=' } else { '#' },
    });
}

/// Records an inline code span, split over the lines it spans.
fn code_span(
    s: &mut Scan,
    lines: &[Range<usize>],
    first: usize,
    last: usize,
    range: &Range<usize>,
) {
    for (l, r) in lines.iter().enumerate().take(last + 1).skip(first) {
        let a = range.start.max(r.start) - r.start;
        let b = range.end.min(r.end) - r.start;
        s.literals[l].push(a..b.max(a));
    }
}

fn fill(s: &mut Scan, first: usize, last: usize, zone: Zone) {
    for z in &mut s.zones[first..=last] {
        if *z != Zone::Blank || zone == Zone::Literal {
            *z = zone;
        }
    }
}

fn is_fence(line: &str) -> bool {
    let t = line.trim();
    t.starts_with("```") || t.starts_with("~~~")
}

/// Whether an HTML block is the opening of an admonition the Markdown
/// reader folds (`<div class="admonition note">`), or the closing tag of
/// the innermost one open: markup sopbook reads, not raw HTML.
fn admonition_tag(open: &mut Vec<&'static str>, block: &str) -> bool {
    if let Some(close) = admonition::closing_tag(block) {
        open.push(close);
        return true;
    }
    if open.last().is_some_and(|close| block.trim() == *close) {
        open.pop();
        return true;
    }
    false
}

/// Records raw HTML that starts at `range`, unless it is a comment.
fn html(s: &mut Scan, text: &str, lines: &[Range<usize>], line: usize, range: &Range<usize>) {
    let raw = &text[range.clone()];
    let lead = raw.len() - raw.trim_start().len();
    if raw.trim_start().starts_with("<!--") || raw.trim().is_empty() {
        return;
    }
    let r = &lines[line];
    let start = range.start + lead - r.start;
    let end = (range.end.min(r.end) - r.start).max(start);
    if s.html.iter().any(|h| h.line == line) {
        return;
    }
    s.html.push(Html {
        line,
        span: start..end,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Scan {
        let mut lines = Vec::new();
        let mut start = 0;
        for l in text.split_inclusive('\n') {
            lines.push(start..start + l.trim_end_matches('\n').len());
            start += l.len();
        }
        scan(text, &lines)
    }

    #[test]
    fn code_tables_and_headings() {
        use Zone::*;
        let s = run("Title\n=====\n\n```sh\nls\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        assert_eq!(
            s.zones[..6],
            [Heading, Heading, Blank, Markup, Literal, Markup]
        );
        assert_eq!(s.zones[7..], [Table, Table, Table]);
        assert_eq!(s.headings[0].underline, Some(1));
    }

    #[test]
    fn inline_code_and_html() {
        let s = run("Run `ls -l` <b>now</b> <!-- note -->\n");
        assert_eq!(s.literals[0], vec![Range { start: 4, end: 11 }]);
        assert_eq!(s.html.len(), 1);
        assert_eq!(s.html[0].span, 12..15);
    }

    #[test]
    fn admonition_divs_the_reader_folds_are_not_raw_html() {
        let s = run(
            "<div class=\"admonition note\">\n\nMind the gap.\n\n</div>\n\n</div>\n\n\
                     <div class=\"admonition bogus\">\n\nText.\n",
        );
        let lines: Vec<usize> = s.html.iter().map(|h| h.line).collect();
        assert_eq!(lines, [6, 8], "a stray close and an unknown kind stay raw");
    }
}
