//! Bullet, enumerated, definition, field and option lists and line blocks:
//! lines in, list blocks out, item bodies parsed as nested bodies.

use super::Parser;
use super::block::is_adornment;
use super::enumerator::{Enumerator, enumerator, make_enumerator};
use super::lines::{Ln, get_indented};
use crate::doc::{
    Block, BlockKind, DefinitionItem, Field, Inline, Line, List, ListItem, ListKind, OptionItem,
};

/// The bullet character and the marker length of a bullet item.
pub fn bullet(s: &str) -> Option<(char, usize)> {
    let c = s.chars().next()?;
    if !matches!(c, '-' | '+' | '*' | '\u{2022}' | '\u{2023}' | '\u{2043}') {
        return None;
    }
    let rest = &s[c.len_utf8()..];
    let spaces = rest.len() - rest.trim_start_matches(' ').len();
    (rest.is_empty() || spaces > 0).then_some((c, 1 + spaces))
}

/// A field-list marker `:name: `: the name and the marker length in chars.
pub fn field_marker(s: &str) -> Option<(String, usize)> {
    let rest = s.strip_prefix(':')?;
    if rest.starts_with([':', ' ']) || rest.is_empty() {
        return None;
    }
    let chars: Vec<char> = rest.chars().collect();
    let mut k = 0;
    while k < chars.len() {
        match chars[k] {
            '\\' => k += 2,
            ':' => {
                let after = chars.get(k + 1);
                if after.is_none() || after == Some(&' ') {
                    if chars[k - 1] == ' ' || (k >= 2 && chars[k - 2] == '\\') {
                        return None;
                    }
                    let name: String = chars[..k].iter().collect();
                    let spaces = chars[k + 1..].iter().take_while(|c| **c == ' ').count();
                    return Some((name, k + 2 + spaces));
                }
                if after == Some(&'`') {
                    return None;
                }
                k += 1;
            }
            _ => k += 1,
        }
    }
    None
}

/// Whether a line starts a body element other than a paragraph.
pub fn starts_construct(s: &str) -> bool {
    bullet(s).is_some()
        || enumerator(s, None).is_some()
        || field_marker(s).is_some()
        || super::options::option_marker(s).is_some()
        || s == ">>>"
        || s.starts_with(">>> ")
        || s == "|"
        || s.starts_with("| ")
        || s.starts_with("+-")
        || s == ".."
        || s.starts_with(".. ")
        || s == "__"
        || s.starts_with("__ ")
        || is_adornment(s)
}

impl Parser<'_> {
    /// Parses one list item body: the text after the marker and the lines
    /// indented under it. Returns the blocks, the end and the blank finish.
    fn item(&mut self, lines: &[Ln], i: usize, marker: usize) -> (Vec<Block>, usize, bool) {
        let rest_empty = lines[i].text.chars().count() <= marker;
        let block = if rest_empty {
            get_indented(lines, i, false, Some(marker), None)
        } else {
            get_indented(lines, i, false, None, Some(marker))
        };
        let blocks = self.body(&block.lines, false);
        (blocks, block.end, block.blank_finish)
    }

    pub(super) fn bullet_list(
        &mut self,
        lines: &[Ln],
        i: usize,
        out: &mut Vec<Block>,
    ) -> Option<usize> {
        let (ch, _) = bullet(&lines[i].text)?;
        let mut items = Vec::new();
        let mut j = i;
        let end = loop {
            let (_, marker) = bullet(&lines[j].text).unwrap_or((ch, 1));
            let (blocks, end, blank_finish) = self.item(lines, j, marker);
            items.push(list_item(lines[j].no, blocks));
            let k = skip_blank(lines, end);
            match lines.get(k).and_then(|l| bullet(&l.text)) {
                Some((c, _)) if c == ch => j = k,
                _ => {
                    if !blank_finish {
                        self.unindent_warning("Bullet list", lines, end);
                    }
                    break end;
                }
            }
        };
        self.push_list(out, lines[i].no, ListKind::Bullet, 1, items);
        Some(end)
    }

    pub(super) fn enumerated_list(
        &mut self,
        lines: &[Ln],
        i: usize,
        out: &mut Vec<Block>,
    ) -> Option<usize> {
        let first = enumerator(&lines[i].text, None)?;
        if !is_list_item(lines, i, &first) {
            return None;
        }
        let kind = first.kind.unwrap_or(ListKind::Arabic);
        let start = first.ordinal?;
        let mut items = Vec::new();
        let (mut j, mut e) = (i, first);
        let mut auto = first.kind.is_none();
        let end = loop {
            let (blocks, end, blank_finish) = self.item(lines, j, e.len);
            items.push(list_item(lines[j].no, blocks));
            let k = skip_blank(lines, end);
            let next = lines.get(k).and_then(|l| enumerator(&l.text, Some(kind)));
            let ok = next.is_some_and(|n| {
                n.format == first.format
                    && (n.kind.is_none()
                        || (n.kind == Some(kind)
                            && !auto
                            && n.ordinal.is_some()
                            && n.ordinal == e.ordinal.map(|o| o + 1)))
                    && is_list_item(lines, k, &n)
            });
            match next {
                Some(n) if ok => {
                    auto |= n.kind.is_none();
                    j = k;
                    e = n;
                }
                _ => {
                    if !blank_finish {
                        self.unindent_warning("Enumerated list", lines, end);
                    }
                    break end;
                }
            }
        };
        self.push_list(out, lines[i].no, kind, start, items);
        Some(end)
    }

    fn push_list(
        &mut self,
        out: &mut Vec<Block>,
        line: u32,
        kind: ListKind,
        start: u32,
        mut items: Vec<ListItem>,
    ) {
        checklist(&mut items);
        let tight = items.iter().all(|it| {
            it.blocks.len() <= 1
                && it
                    .blocks
                    .iter()
                    .all(|b| matches!(b.kind, BlockKind::Paragraph(_)))
        });
        let list = List {
            kind,
            start,
            tight,
            items,
        };
        self.push(out, Block::new(line, BlockKind::List(list)));
    }

    pub(super) fn definition_list(
        &mut self,
        lines: &[Ln],
        i: usize,
        out: &mut Vec<Block>,
    ) -> usize {
        let mut items = Vec::new();
        let mut j = i;
        let end = loop {
            let term_line = &lines[j];
            let block = get_indented(lines, j + 1, false, None, None);
            let (term, classifiers) = self.term(&term_line.text, term_line.no);
            let definition = self.body(&block.lines, false);
            items.push(DefinitionItem {
                line: term_line.no,
                term,
                classifiers,
                definition,
            });
            let k = skip_blank(lines, block.end);
            let is_item = lines.get(k).is_some_and(|l| l.indent() == 0)
                && lines
                    .get(k + 1)
                    .is_some_and(|l| !l.is_blank() && l.indent() > 0)
                && !starts_construct(&lines[k].text);
            if !is_item {
                if !block.blank_finish {
                    self.unindent_warning("Definition list", lines, block.end);
                }
                break block.end;
            }
            j = k;
        };
        let kind = BlockKind::DefinitionList(items);
        self.push(out, Block::new(lines[i].no, kind));
        end
    }

    /// A definition-list term and its ` : classifier`s.
    fn term(
        &mut self,
        text: &str,
        line: u32,
    ) -> (Vec<crate::doc::Inline>, Vec<Vec<crate::doc::Inline>>) {
        let parts = split_classifiers(text);
        let term = self.inline(parts[0], line);
        let classifiers = parts[1..].iter().map(|p| self.inline(p, line)).collect();
        (term, classifiers)
    }

    pub(super) fn field_list(
        &mut self,
        lines: &[Ln],
        i: usize,
        out: &mut Vec<Block>,
    ) -> Option<usize> {
        field_marker(&lines[i].text)?;
        let mut fields = Vec::new();
        let mut j = i;
        let end = loop {
            let Some((name, len)) = field_marker(&lines[j].text) else {
                break j;
            };
            let block = get_indented(lines, j, false, Some(len), None);
            let name = self.inline(&name, lines[j].no);
            let body = self.body(&block.lines, false);
            fields.push(Field {
                line: lines[j].no,
                name,
                body,
            });
            let k = skip_blank(lines, block.end);
            if lines
                .get(k)
                .is_some_and(|l| field_marker(&l.text).is_some())
            {
                j = k;
            } else {
                if !block.blank_finish {
                    self.unindent_warning("Field list", lines, block.end);
                }
                break block.end;
            }
        };
        self.push(out, Block::new(lines[i].no, BlockKind::FieldList(fields)));
        Some(end)
    }

    pub(super) fn option_list(
        &mut self,
        lines: &[Ln],
        i: usize,
        out: &mut Vec<Block>,
    ) -> Option<usize> {
        super::options::option_marker(&lines[i].text)?;
        let mut items = Vec::new();
        let mut j = i;
        let end = loop {
            let Some((options, len)) = super::options::option_marker(&lines[j].text) else {
                break j;
            };
            let block = get_indented(lines, j, false, Some(len), None);
            if block.lines.iter().all(Ln::is_blank) {
                if items.is_empty() {
                    return None;
                }
                break j;
            }
            let description = self.body(&block.lines, false);
            items.push(OptionItem {
                line: lines[j].no,
                options,
                description,
            });
            let k = skip_blank(lines, block.end);
            if lines
                .get(k)
                .is_some_and(|l| super::options::option_marker(&l.text).is_some())
            {
                j = k;
            } else {
                if !block.blank_finish {
                    self.unindent_warning("Option list", lines, block.end);
                }
                break block.end;
            }
        };
        self.push(out, Block::new(lines[i].no, BlockKind::OptionList(items)));
        Some(end)
    }

    pub(super) fn line_block(
        &mut self,
        lines: &[Ln],
        i: usize,
        out: &mut Vec<Block>,
    ) -> Option<usize> {
        let is_line = |s: &str| s == "|" || s.starts_with("| ");
        if !is_line(&lines[i].text) {
            return None;
        }
        let mut raw: Vec<(Option<usize>, String, u32)> = Vec::new();
        let mut j = i;
        while j < lines.len() && is_line(&lines[j].text) {
            let t = &lines[j].text;
            let indent = (t.len() > 1).then(|| t[1..].len() - t[1..].trim_start().len() - 1);
            let block = get_indented(lines, j, true, Some(1 + indent.map_or(0, |n| n + 1)), None);
            raw.push((indent, super::lines::join(&block.lines), lines[j].no));
            j = block.end.max(j + 1);
            if j < lines.len() && lines[j].is_blank() {
                break;
            }
        }
        if j < lines.len() && !lines[j].is_blank() {
            // docutils reports the line after the block's first line.
            self.warn(lines[i].no + 1, "Line block ends without a blank line.");
        }
        let mut stack: Vec<usize> = Vec::new();
        let mut prev = 0;
        let mut out_lines = Vec::new();
        for (indent, text, no) in raw {
            let ind = indent.unwrap_or(prev);
            prev = ind;
            while stack.last().is_some_and(|&s| s > ind) {
                stack.pop();
            }
            if stack.last() != Some(&ind) {
                stack.push(ind);
            }
            let content = self.inline(&text, no);
            out_lines.push(Line {
                indent: (stack.len() - 1).min(255) as u8,
                content,
            });
        }
        self.push(
            out,
            Block::new(lines[i].no, BlockKind::LineBlock(out_lines)),
        );
        Some(j)
    }
}

/// docutils `is_enumerated_list_item`: the next line must be blank,
/// indented, or the next enumerator.
fn is_list_item(lines: &[Ln], i: usize, e: &Enumerator) -> bool {
    let Some(ord) = e.ordinal else {
        return false;
    };
    let Some(next) = lines.get(i + 1) else {
        return true;
    };
    if next.is_blank() || next.indent() > 0 {
        return true;
    }
    let kind = e.kind.unwrap_or(ListKind::Arabic);
    make_enumerator(ord + 1, kind, e.format)
        .is_some_and(|(n, a)| next.text.starts_with(&n) || next.text.starts_with(&a))
}

/// A list item, its task box not yet read.
fn list_item(line: u32, blocks: Vec<Block>) -> ListItem {
    ListItem {
        line,
        task: None,
        blocks,
    }
}

/// Reads a checklist: when the paragraph of every item opens with a task
/// box, `[ ] ` or `[x] ` (RST has no task lists; `sopbook convert` writes
/// checklists so), the items are tasks, their boxes taken off the text.
/// A list where only some items open so is left as docutils reads it, the
/// box as text (docutils' own to-do pages mix `[x]` with other marks).
fn checklist(items: &mut [ListItem]) {
    let opens = |it: &ListItem| match it.blocks.first().map(|b| &b.kind) {
        Some(BlockKind::Paragraph(inlines)) => task_box(&mut inlines.clone()).is_some(),
        _ => false,
    };
    if !items.iter().all(opens) {
        return;
    }
    for it in items {
        if let Some(BlockKind::Paragraph(inlines)) = it.blocks.first_mut().map(|b| &mut b.kind) {
            it.task = task_box(inlines);
        }
    }
}

/// Takes a task box and the space after it off the start of `inlines`
/// when more text follows; whether it is ticked.
fn task_box(inlines: &mut Vec<Inline>) -> Option<bool> {
    let n = inlines.len();
    let Some(Inline::Text(t)) = inlines.first_mut() else {
        return None;
    };
    let done = match t.get(..4)? {
        "[ ] " => false,
        "[x] " | "[X] " => true,
        _ => return None,
    };
    let rest = t[4..].trim_start().to_string();
    if !rest.is_empty() {
        *t = rest;
    } else if n > 1 {
        inlines.remove(0);
    } else {
        return None;
    }
    Some(done)
}

fn skip_blank(lines: &[Ln], mut k: usize) -> usize {
    while k < lines.len() && lines[k].is_blank() {
        k += 1;
    }
    k
}

/// Splits `term : classifier : classifier` (outside inline literals).
fn split_classifiers(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut in_literal = false;
    let mut k = 0;
    while k < bytes.len() {
        if bytes[k] == b'`' {
            in_literal = !in_literal;
        } else if !in_literal && bytes[k] == b' ' && text[k..].starts_with(" : ") {
            let left = text[start..k].trim_end();
            if !left.is_empty() {
                parts.push(left);
                start = k + 3;
                k += 3;
                continue;
            }
        }
        k += 1;
    }
    parts.push(text[start..].trim());
    parts
}
