//! Source lines for the RST reader: tab expansion, indentation and the
//! docutils rules for cutting an indented block out of a run of lines.

/// One source line, tabs expanded and trailing white space removed, with
/// its 1-based line number in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ln {
    pub text: String,
    pub no: u32,
}

impl Ln {
    pub fn new(text: impl Into<String>, no: u32) -> Self {
        Ln {
            text: text.into(),
            no,
        }
    }

    pub fn is_blank(&self) -> bool {
        self.text.is_empty()
    }

    /// Leading spaces.
    pub fn indent(&self) -> usize {
        indent_of(&self.text)
    }
}

/// Leading spaces of a (tab-expanded) line.
pub fn indent_of(s: &str) -> usize {
    s.len() - s.trim_start_matches(' ').len()
}

/// Splits text into lines as docutils does: tabs to 8-column stops, form
/// feeds and vertical tabs to spaces, trailing white space removed.
pub fn split(text: &str, first_no: u32) -> Vec<Ln> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = Vec::new();
    for (i, raw) in text.split('\n').enumerate() {
        let mut line = crate::tabs::expand(raw, crate::tabs::Stops::DOCUTILS);
        let keep = line.trim_end().len();
        line.truncate(keep);
        out.push(Ln::new(line, first_no.saturating_add(i as u32)));
    }
    if text.ends_with('\n') {
        out.pop();
    }
    out
}

/// Removes `n` leading columns (at most the line's own indentation).
pub fn strip_indent(line: &Ln, n: usize) -> Ln {
    let cut = n.min(line.indent());
    Ln::new(&line.text[cut..], line.no)
}

/// Cuts characters off the start of a line (the first line of a list item
/// or explicit markup block after its marker); `cols` counts characters.
pub fn drop_chars(line: &Ln, cols: usize) -> Ln {
    let byte = line
        .text
        .char_indices()
        .nth(cols)
        .map_or(line.text.len(), |(b, _)| b);
    Ln::new(&line.text[byte..], line.no)
}

/// An indented block as `StringList.get_indented` returns it.
#[derive(Debug)]
pub struct Indented {
    pub lines: Vec<Ln>,
    /// Index just past the block in the input.
    pub end: usize,
    /// True when the block ended at a blank line or the end of input.
    pub blank_finish: bool,
}

/// Takes the indented block starting at `start` (`StringList.get_indented`).
/// With `first_indent`, the first line is taken whatever its indentation
/// and that many characters are cut from it. With `block_indent`, later
/// lines must be indented that much and lose exactly that; without, they
/// lose their common indentation. Leading and trailing blank lines go.
pub fn get_indented(
    lines: &[Ln],
    start: usize,
    until_blank: bool,
    first_indent: Option<usize>,
    block_indent: Option<usize>,
) -> Indented {
    let first_indent = first_indent.or(block_indent);
    let mut end = start;
    if first_indent.is_some() {
        end += 1;
    }
    let mut indent: Option<usize> = block_indent;
    let mut blank_finish = true;
    while end < lines.len() {
        let line = &lines[end];
        let short = block_indent.is_some_and(|b| line.indent() < b);
        if !line.is_blank() && (line.indent() == 0 || short) {
            blank_finish = end > start && lines[end - 1].is_blank();
            break;
        }
        if line.is_blank() {
            if until_blank {
                break;
            }
        } else if block_indent.is_none() {
            let li = line.indent();
            indent = Some(indent.map_or(li, |i| i.min(li)));
        }
        end += 1;
    }
    let end = end.min(lines.len());
    let mut block: Vec<Ln> = Vec::with_capacity(end.saturating_sub(start));
    for (k, line) in lines[start.min(end)..end].iter().enumerate() {
        match first_indent {
            Some(n) if k == 0 => block.push(drop_chars(line, n)),
            _ => block.push(strip_indent(line, indent.unwrap_or(0))),
        }
    }
    if first_indent.is_none() {
        trim_blank_start(&mut block);
    }
    trim_blank_end(&mut block);
    Indented {
        lines: block,
        end,
        blank_finish,
    }
}

/// Drops trailing blank lines.
pub fn trim_blank_end(lines: &mut Vec<Ln>) {
    while lines.last().is_some_and(Ln::is_blank) {
        lines.pop();
    }
}

/// Drops leading blank lines.
pub fn trim_blank_start(lines: &mut Vec<Ln>) {
    let n = lines.iter().take_while(|l| l.is_blank()).count();
    lines.drain(..n);
}

/// The lines joined with newlines.
pub fn join(lines: &[Ln]) -> String {
    let mut s = String::new();
    for (i, l) in lines.iter().enumerate() {
        if i > 0 {
            s.push('\n');
        }
        s.push_str(&l.text);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tabs_expand_to_eight_columns() {
        let l = split("a\tb\n\tc  \n", 1);
        assert_eq!(l[0].text, "a       b");
        assert_eq!(l[1].text, "        c");
        assert_eq!(l.len(), 2);
    }

    #[test]
    fn indented_block_strips_common_indent() {
        let l = split("- item\n  more\n   deeper\n\nnext", 1);
        let b = get_indented(&l, 0, false, Some(2), None);
        let t: Vec<_> = b.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(t, ["item", "more", " deeper"]);
        assert_eq!(b.end, 4);
        assert!(b.blank_finish);
    }
}
