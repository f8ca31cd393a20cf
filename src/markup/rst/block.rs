//! The body-element loop: lines in, blocks out. It recognises each block by
//! its first line (and the second, for titles and definition lists) in the
//! order docutils' `Body` state tries its patterns.

use super::Parser;
use super::lines::{Ln, get_indented, join, trim_blank_end};
use crate::doc::{Block, BlockKind};

/// Nesting deeper than this is reported and shown as a literal block.
const MAX_DEPTH: u32 = 48;

/// `[!-/:-@[-`{-~]`: the characters of adornments and quoted literals.
pub fn is_punct7(c: char) -> bool {
    c.is_ascii_punctuation()
}

/// A line made of one repeated punctuation character (docutils `line`).
pub fn is_adornment(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if is_punct7(c) => s.trim_end().chars().all(|d| d == c),
        _ => false,
    }
}

impl Parser<'_> {
    /// Parses a run of lines (indentation already removed) into blocks.
    /// `titles`: section titles are allowed (document level).
    pub(super) fn body(&mut self, lines: &[Ln], titles: bool) -> Vec<Block> {
        let mut out = Vec::new();
        if self.depth >= MAX_DEPTH {
            if let Some(first) = lines.first() {
                self.error(first.no, "Nesting too deep.");
                let source = join(lines);
                out.push(Block::new(
                    first.no,
                    BlockKind::Problem {
                        message: "Nesting too deep.".into(),
                        source,
                    },
                ));
            }
            return out;
        }
        self.depth += 1;
        let mut i = 0;
        while i < lines.len() {
            if lines[i].is_blank() {
                i += 1;
                continue;
            }
            let next = self.element(lines, i, &mut out, titles);
            debug_assert!(next > i, "no progress at line {}", lines[i].no);
            i = next.max(i + 1);
        }
        self.flush_pending(&mut out);
        self.depth -= 1;
        out
    }

    /// Parses the element starting at `lines[i]`; returns the index after it.
    fn element(&mut self, lines: &[Ln], i: usize, out: &mut Vec<Block>, titles: bool) -> usize {
        let line = &lines[i];
        if line.indent() > 0 {
            return self.block_quote(lines, i, out);
        }
        let t = line.text.as_str();
        let tried = self
            .bullet_list(lines, i, out)
            .or_else(|| self.enumerated_list(lines, i, out))
            .or_else(|| self.field_list(lines, i, out))
            .or_else(|| self.option_list(lines, i, out))
            .or_else(|| self.doctest(lines, i, out))
            .or_else(|| self.line_block(lines, i, out))
            .or_else(|| self.grid_table(lines, i, out))
            .or_else(|| self.simple_table(lines, i, out))
            .or_else(|| self.explicit(lines, i, out))
            .or_else(|| self.anonymous_target(lines, i, out))
            .or_else(|| {
                if is_adornment(t) {
                    self.adornment_line(lines, i, out, titles)
                } else {
                    None
                }
            });
        match tried {
            Some(next) => next,
            None => self.text(lines, i, out, titles),
        }
    }

    /// A text line: paragraph, definition list or underlined section title.
    pub(super) fn text(
        &mut self,
        lines: &[Ln],
        i: usize,
        out: &mut Vec<Block>,
        titles: bool,
    ) -> usize {
        if let Some(next) = lines.get(i + 1) {
            if !next.is_blank() && next.indent() > 0 {
                return self.definition_list(lines, i, out);
            }
            if !next.is_blank() && is_adornment(&next.text) {
                if let Some(n) = self.underlined_title(lines, i, out, titles) {
                    return n;
                }
            }
        }
        self.paragraph(lines, i, out)
    }

    /// A paragraph from `lines[i]` to the next blank or indented line, and
    /// the literal block it announces with a final `::`.
    pub(super) fn paragraph(&mut self, lines: &[Ln], i: usize, out: &mut Vec<Block>) -> usize {
        let mut end = i + 1;
        let mut indented_at = None;
        while end < lines.len() && !lines[end].is_blank() {
            if lines[end].indent() > 0 {
                indented_at = Some(end);
                break;
            }
            end += 1;
        }
        let data = join(&lines[i..end]);
        let (text, literal_next) = literal_marker(&data);
        if let Some(at) = indented_at {
            if !literal_next {
                self.error(lines[at].no, "Unexpected indentation.");
            }
        }
        if !text.is_empty() || !literal_next {
            let content = self.inline(&text, lines[i].no);
            self.push(out, Block::new(lines[i].no, BlockKind::Paragraph(content)));
        }
        if literal_next {
            return self.literal_block(lines, end, out);
        }
        end
    }

    /// The literal block after a `::` paragraph, indented or quoted.
    fn literal_block(&mut self, lines: &[Ln], start: usize, out: &mut Vec<Block>) -> usize {
        let block = get_indented(lines, start, false, None, None);
        if !block.lines.is_empty() {
            let line = block.lines[0].no;
            let code = join(&block.lines);
            let lang = self.highlight.clone();
            self.push(out, code_block(line, lang, code));
            if !block.blank_finish {
                self.unindent_warning("Literal block", lines, block.end);
            }
            return block.end;
        }
        let mut k = start;
        while k < lines.len() && lines[k].is_blank() {
            k += 1;
        }
        let quote = lines
            .get(k)
            .and_then(|l| l.text.chars().next())
            .filter(|c| is_punct7(*c));
        let Some(q) = quote else {
            let no = lines.get(k).map_or_else(|| last_no(lines) + 1, |l| l.no);
            self.warn(no, "Literal block expected; none found.");
            return k;
        };
        let mut end = k;
        while end < lines.len() && !lines[end].is_blank() {
            if !lines[end].text.starts_with(q) {
                self.error(lines[end].no, "Inconsistent literal block quoting.");
                break;
            }
            end += 1;
        }
        let code = join(&lines[k..end]);
        let lang = self.highlight.clone();
        self.push(out, code_block(lines[k].no, lang, code));
        end
    }

    /// An indented block: block quotes, with attributions.
    fn block_quote(&mut self, lines: &[Ln], i: usize, out: &mut Vec<Block>) -> usize {
        let block = get_indented(lines, i, false, None, None);
        let mut rest = block.lines;
        while !rest.is_empty() {
            let (quote, attribution, after) = split_attribution(&rest);
            let line = quote.first().map_or(lines[i].no, |l| l.no);
            let blocks = self.body(&quote, false);
            let attribution = attribution.map(|a| {
                let no = a.first().map_or(line, |l| l.no);
                self.inline(&join(&a), no)
            });
            self.push(
                out,
                Block::new(
                    line,
                    BlockKind::BlockQuote {
                        blocks,
                        attribution,
                    },
                ),
            );
            rest = after;
            while rest.first().is_some_and(Ln::is_blank) {
                rest.remove(0);
            }
        }
        if !block.blank_finish {
            self.unindent_warning("Block quote", lines, block.end);
        }
        block.end
    }

    /// `... ends without a blank line; unexpected unindent.`
    pub(super) fn unindent_warning(&mut self, what: &str, lines: &[Ln], at: usize) {
        if what == "Explicit markup" {
            let t = lines.get(at).map_or("", |l| l.text.as_str());
            if t == ".." || t.starts_with(".. ") || t == "__" || t.starts_with("__ ") {
                return;
            }
        }
        let no = lines.get(at).map_or_else(|| last_no(lines) + 1, |l| l.no);
        self.warn(
            no,
            format!("{what} ends without a blank line; unexpected unindent."),
        );
    }

    /// `>>>` doctest blocks, to the next blank line.
    fn doctest(&mut self, lines: &[Ln], i: usize, out: &mut Vec<Block>) -> Option<usize> {
        let t = &lines[i].text;
        if !(t == ">>>" || t.starts_with(">>> ")) {
            return None;
        }
        let mut end = i;
        while end < lines.len() && !lines[end].is_blank() {
            end += 1;
        }
        let code = join(&lines[i..end]);
        self.push(out, code_block(lines[i].no, Some("pycon".into()), code));
        Some(end)
    }
}

/// The number of the last line, 0 when there is none.
pub fn last_no(lines: &[Ln]) -> u32 {
    lines.last().map_or(0, |l| l.no)
}

/// A plain code block.
pub fn code_block(line: u32, lang: Option<String>, code: String) -> Block {
    Block::new(
        line,
        BlockKind::CodeBlock {
            lang,
            code,
            caption: None,
            linenos: false,
        },
    )
}

/// Applies the `::` rules to paragraph text: returns the text to show and
/// whether a literal block follows.
pub fn literal_marker(data: &str) -> (String, bool) {
    let data = data.trim_end();
    if !data.ends_with("::") {
        return (data.to_string(), false);
    }
    let before = &data[..data.len() - 2];
    let slashes = before.len() - before.trim_end_matches('\\').len();
    if slashes % 2 == 1 {
        return (data.to_string(), false);
    }
    if before.is_empty() {
        return (String::new(), true);
    }
    if before.ends_with([' ', '\n']) {
        return (before.trim_end().to_string(), true);
    }
    (data[..data.len() - 1].to_string(), true)
}

/// Splits a block quote at its attribution (`-- Name` after a blank line):
/// returns the quote, the attribution lines and what follows them.
fn split_attribution(lines: &[Ln]) -> (Vec<Ln>, Option<Vec<Ln>>, Vec<Ln>) {
    let mut blank: Option<usize> = None;
    let mut seen = false;
    for (i, line) in lines.iter().enumerate() {
        if line.is_blank() {
            blank = Some(i);
            continue;
        }
        if seen && blank == Some(i.wrapping_sub(1)) {
            if let Some(skip) = attribution_start(&line.text) {
                if let Some((end, indent)) = check_attribution(lines, i) {
                    let mut a = Vec::new();
                    for (k, l) in lines[i..end].iter().enumerate() {
                        let cut = if k == 0 { skip } else { indent.min(l.indent()) };
                        a.push(Ln::new(&l.text[cut..], l.no));
                    }
                    let mut quote = lines[..i].to_vec();
                    trim_blank_end(&mut quote);
                    return (quote, Some(a), lines[end..].to_vec());
                }
            }
        }
        seen = true;
    }
    (lines.to_vec(), None, Vec::new())
}

/// `(---?(?!-)|\u2014) *(?=[^ \n])`: the byte length of the marker.
fn attribution_start(s: &str) -> Option<usize> {
    let rest = if let Some(r) = s.strip_prefix("---") {
        r
    } else if let Some(r) = s.strip_prefix("--") {
        r
    } else if let Some(r) = s.strip_prefix('\u{2014}') {
        r
    } else {
        return None;
    };
    if s.starts_with("--") && rest.starts_with('-') {
        return None;
    }
    let text = rest.trim_start_matches(' ');
    if text.is_empty() {
        return None;
    }
    Some(s.len() - text.len())
}

/// The end of an attribution and the indentation of its later lines.
fn check_attribution(lines: &[Ln], start: usize) -> Option<(usize, usize)> {
    let mut indent = None;
    let mut i = start + 1;
    while i < lines.len() {
        let l = &lines[i];
        if l.is_blank() {
            break;
        }
        match indent {
            None => indent = Some(l.indent()),
            Some(n) if n != l.indent() => return None,
            _ => {}
        }
        i += 1;
    }
    Some((i, indent.unwrap_or(0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn double_colon_rules() {
        assert_eq!(literal_marker("Paragraph::"), ("Paragraph:".into(), true));
        assert_eq!(literal_marker("Paragraph ::"), ("Paragraph".into(), true));
        assert_eq!(literal_marker("::"), ("".into(), true));
        assert_eq!(literal_marker("a\\::"), ("a\\::".into(), false));
        assert_eq!(literal_marker("plain"), ("plain".into(), false));
    }

    #[test]
    fn adornments() {
        assert!(is_adornment("====="));
        assert!(is_adornment("~"));
        assert!(!is_adornment("==-="));
        assert!(!is_adornment("abc"));
    }
}
