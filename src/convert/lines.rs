//! Source text in, classified lines out: indentation in columns (tabs to
//! the next multiple of 8), text without surrounding white space, and the
//! `.. key: value` comment header split off as metadata.

use crate::doc::{Block, BlockKind, Meta};
use crate::tabs::{self, Stops};

/// One input line.
#[derive(Debug, Clone)]
pub struct Line<'a> {
    /// 1-based line number in the input.
    pub no: u32,
    /// The line as written, trailing white space removed.
    pub raw: &'a str,
    /// Leading white space in columns.
    pub indent: usize,
    /// The text without leading white space, U+00A0 as a space.
    pub text: String,
    /// Whether the line as typed ended with white space after its text:
    /// the break a wrapping editor (or the author going on typing) left,
    /// as flowed text marks a soft break, not one meant to end anything.
    pub soft: bool,
    /// The lines as written that a stage joined onto this one and took out
    /// of the list (the rest of an address the dump cut at its wrap): a
    /// literal block gives them back under `raw`, as they were typed.
    pub joined: Vec<&'a str>,
    /// `classify::code_like` of `text`, read when first asked.
    code: CodeLike,
}

/// A line's `classify::code_like`, kept with the text it was read from:
/// the detections ask it of the same line many times, and a line whose
/// text was edited since (`text` is written in many places) is read again.
#[derive(Debug, Clone, Default)]
struct CodeLike(std::cell::RefCell<Option<(String, bool)>>);

impl<'a> Line<'a> {
    /// A line numbered `no`, written `raw`, its `text` set `indent` columns in.
    pub fn new(no: u32, raw: &'a str, indent: usize, text: String) -> Line<'a> {
        Line {
            no,
            raw,
            indent,
            text,
            soft: false,
            joined: Vec::new(),
            code: CodeLike::default(),
        }
    }

    /// Joins `next`, taken out of the list, onto this line: its text after
    /// `sep`, its lines as written kept for a literal block.
    pub fn join(&mut self, next: Line<'a>, sep: &str) {
        self.text.push_str(sep);
        self.text.push_str(&next.text);
        self.joined.push(next.raw);
        self.joined.extend(next.joined);
    }

    /// Whether the line looks like a command or other preformatted text
    /// (`classify::code_like` of its text, read once while the text is
    /// unchanged).
    pub fn code_like(&self) -> bool {
        if let Some((text, code)) = &*self.code.0.borrow()
            && *text == self.text
        {
            return *code;
        }
        let code = super::classify::code_like(&self.text);
        *self.code.0.borrow_mut() = Some((self.text.clone(), code));
        code
    }

    /// The line's text as a paragraph of its own, numbered as the line.
    pub fn paragraph(&self) -> Block {
        super::inline::paragraph(&self.text, self.no)
    }

    pub fn blank(&self) -> bool {
        self.text.is_empty()
    }

    /// The line's text taken out (the line left blank) as a comment
    /// block at its line: markup the page keeps but does not show.
    pub fn take_comment(&mut self) -> Block {
        Block::new(self.no, BlockKind::Comment(std::mem::take(&mut self.text)))
    }
}

/// Splits `text` into lines.
pub fn split(text: &str) -> Vec<Line<'_>> {
    text.lines()
        .enumerate()
        .map(|(i, typed)| {
            let raw = typed.trim_end_matches(|c: char| c.is_whitespace());
            let body = raw.trim_start_matches([' ', '\t', '\u{a0}']);
            let indent = tabs::width(&raw[..raw.len() - body.len()], Stops::LEGACY);
            let text = raw.replace('\u{a0}', " ").trim().to_string();
            let mut line = Line::new(i as u32 + 1, raw, indent, text);
            line.soft = !raw.is_empty() && raw.len() < typed.trim_end_matches('\r').len();
            line
        })
        .collect()
}

/// Whether `text` (a line as typed) is shaped like a line of the
/// `.. key: value` header a page may open with.
pub(super) fn header_like(text: &str) -> bool {
    text.starts_with(".. ") && text.contains(':')
}

/// `text` with the indentation every line of the page shares taken off
/// (a page pasted or quoted indented as a whole, headings and all): the
/// page reads as the same page flush left. The `.. key: value` header
/// lines above it are left as written; only spaces are counted.
pub fn flush_left(text: &str) -> std::borrow::Cow<'_, str> {
    let body = text.split_inclusive('\n').skip_while(|l| header_like(l));
    let shift = body
        .clone()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start_matches(' ').len())
        .min()
        .unwrap_or(0);
    if shift == 0 {
        return std::borrow::Cow::Borrowed(text);
    }
    let head = text.len() - body.map(str::len).sum::<usize>();
    let mut out = text[..head].to_string();
    for l in text[head..].split_inclusive('\n') {
        let spaces = l.len() - l.trim_start_matches(' ').len();
        out.push_str(&l[spaces.min(shift)..]);
    }
    std::borrow::Cow::Owned(out)
}

/// `text` with the bullets a word processor or a PDF puts before list
/// items (`•`, `◦`, `▪`, ...) at a line's start written as the ASCII
/// markers plain text uses, one marker per bullet shape so that nesting
/// by shape survives: `•●·` as `*`, `◦○` as `-`, `▪■‣` as `+` (a dash
/// `–` starting a line may be a sentence's aside wrapped there: kept; so
/// is a bullet a program printed under the prompt line that ran it).
pub fn ascii_bullets(text: &str) -> std::borrow::Cow<'_, str> {
    const BULLETS: [(char, char); 8] = [
        ('•', '*'),
        ('●', '*'),
        ('·', '*'),
        ('◦', '-'),
        ('○', '-'),
        ('▪', '+'),
        ('■', '+'),
        ('‣', '+'),
    ];
    let marked = |line: &str| {
        let t = line.trim_start();
        let mut chars = t.chars();
        let first = chars.next()?;
        let ascii = BULLETS.iter().find(|(b, _)| *b == first)?.1;
        matches!(chars.next(), Some(' ' | '\t')).then_some(ascii)
    };
    if !text.lines().any(|l| marked(l).is_some()) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut above = "";
    for line in text.split_inclusive('\n') {
        // right under a shell's prompt line, a program's output
        // (`# systemctl status x` / `● x.service - ...`): kept as printed
        let output = super::classify::prompt(above.trim()) || systemd_unit_line(line);
        above = line;
        match marked(line).filter(|_| !output) {
            Some(ascii) => {
                let lead = line.len() - line.trim_start().len();
                let first = line[lead..].chars().next().map_or(0, char::len_utf8);
                out.push_str(&line[..lead]);
                out.push(ascii);
                // a word processor puts a tab after its bullet
                let rest = &line[lead + first..];
                out.push_str(
                    &rest
                        .strip_prefix('\t')
                        .map_or(rest.to_string(), |r| format!(" {r}")),
                );
            }
            None => out.push_str(line),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Whether `line` is the `●` line systemd prints before a unit's name
/// (`● x.service - ...` in `systemctl status`, `● x.mount loaded failed`
/// in `systemctl list-units`): a program's output, no bullet.
pub fn systemd_unit_line(line: &str) -> bool {
    const UNITS: [&str; 11] = [
        ".service",
        ".socket",
        ".mount",
        ".automount",
        ".timer",
        ".target",
        ".path",
        ".scope",
        ".slice",
        ".device",
        ".swap",
    ];
    let Some(rest) = line.trim_start().strip_prefix('●') else {
        return false;
    };
    let unit = rest.split_whitespace().next().unwrap_or("");
    let stem = UNITS.iter().find_map(|u| unit.strip_suffix(u));
    stem.is_some_and(|s| !s.is_empty() && !s.contains('/'))
}

/// Reads the `.. title: / .. slug: / .. date: / .. taxonomy:` header at the
/// top into `meta`; returns how many lines it took.
pub fn header(lines: &[Line], meta: &mut Meta) -> usize {
    let mut n = 0;
    for l in lines {
        let Some(rest) = l.raw.strip_prefix(".. ") else {
            break;
        };
        let Some((key, value)) = rest.split_once(':') else {
            break;
        };
        let value = value.trim().to_string();
        let slot = match key.trim() {
            "title" => &mut meta.title,
            "slug" => &mut meta.slug,
            "date" => &mut meta.date,
            "taxonomy" => &mut meta.taxonomy,
            "description" => &mut meta.description,
            _ => break,
        };
        if slot.is_some() || value.is_empty() {
            break;
        }
        *slot = Some(value);
        n += 1;
    }
    n
}

/// Whether the last line with text before `lines[i]` ends with `:`, so
/// announcing what follows.
pub fn after_colon_line(lines: &[Line], i: usize) -> bool {
    lines[..i]
        .iter()
        .rev()
        .find(|l| !l.blank())
        .is_some_and(|l| l.text.ends_with(':'))
}

/// The lines taken out of the text (left blank) into one comment block,
/// at the first one's line: markup the page keeps but does not show.
pub fn take_comment(lines: &mut [Line]) -> Block {
    let no = lines.first().map_or(0, |l| l.no);
    let taken: Vec<String> = lines
        .iter_mut()
        .map(|l| std::mem::take(&mut l.text))
        .collect();
    Block::new(no, BlockKind::Comment(taken.join("\n")))
}

/// The text of lines `from..to` with their common indentation removed,
/// exact otherwise (tabs kept where they are not part of the removed
/// indentation).
pub fn dedent(lines: &[Line]) -> String {
    let min = lines
        .iter()
        .filter(|l| !l.blank())
        .map(|l| l.indent)
        .min()
        .unwrap_or(0);
    let mut out = String::new();
    // (the margin the line above stands at, set in by spaces or a tab
    // read as theirs)
    let mut above: Option<usize> = None;
    for (k, l) in lines.iter().enumerate() {
        let sibling = tabbed_sibling(lines, k, above);
        if let Some(margin) = sibling {
            // (the tab's text typed at its sibling's margin)
            let typed = format!("{}{}", " ".repeat(margin), &l.raw[1..]);
            out.push_str(&strip_columns(&typed, min));
        } else if !l.blank() {
            out.push_str(&strip_columns(l.raw, min));
        }
        above = sibling.or_else(|| spaced(l));
        out.push('\n');
        for raw in &l.joined {
            out.push_str(&strip_columns(raw, min));
            out.push('\n');
        }
    }
    out
}

/// The margin of the line next to `lines[k]` when `lines[k]` is a
/// command or statement led by one tab among lines of the block set in
/// by one to seven spaces (`  virsh start web01` over `<TAB>virsh console
/// web01`): the writer's editor typed a tab where the sibling lines have
/// spaces, and the line stands at their margin, not eight columns in.
/// `above`: the margin of the line above when it is such a line (or a
/// tab read so); the first line of the block takes the one below's.
/// None when the line above opens a nested part (`acl purgers {`, a
/// `\\` or `:` going on), for the tab then sets the line deeper.
fn tabbed_sibling(lines: &[Line], k: usize, above: Option<usize>) -> Option<usize> {
    let l = &lines[k];
    let rest = l.raw.strip_prefix('\t')?;
    if rest.starts_with(char::is_whitespace) || !l.code_like() {
        return None;
    }
    match k.checked_sub(1).map(|a| &lines[a]).filter(|a| !a.blank()) {
        Some(a) if a.text.ends_with(['{', '(', '[', '\\', ':', ',']) => None,
        Some(_) => above,
        None => lines.get(k + 1).and_then(spaced),
    }
}

/// The indentation of a line set in by one to seven spaces, no tab
/// among them.
fn spaced(l: &Line) -> Option<usize> {
    let lead = l.raw.len() - l.raw.trim_start_matches(' ').len();
    let set_in = !l.blank() && (1..8).contains(&lead) && !l.raw[lead..].starts_with('\t');
    set_in.then_some(l.indent)
}

fn strip_columns(raw: &str, cols: usize) -> String {
    let mut col = 0;
    for (i, c) in raw.char_indices() {
        if col >= cols {
            return laid_out(&raw[i..], col, cols);
        }
        match c {
            ' ' | '\u{a0}' => col += 1,
            '\t' => {
                let next = col + 8 - col % 8;
                if next > cols {
                    return laid_out(
                        &format!("{}{}", " ".repeat(next - cols), &raw[i + 1..]),
                        cols,
                        cols,
                    );
                }
                col = next;
            }
            _ => return laid_out(&raw[i..], col, cols),
        }
    }
    String::new()
}

/// `rest`, the part of a line from column `col` on, its tabs inside
/// set out to the columns they reach on the line as typed (`cols` of its
/// indentation taken off): a tab after `rdb01-bin.000877` typed four in
/// reaches the column it did there, not one from the new margin. Set
/// out as spaces, as the RST writer sets them and docutils reads them, so
/// Markdown's code shows them so too.
fn laid_out(rest: &str, col: usize, cols: usize) -> String {
    if !rest.contains('\t') {
        return rest.to_string();
    }
    let pad = " ".repeat(col);
    let out = crate::tabs::expand(&format!("{pad}{rest}"), crate::tabs::Stops::PLAIN);
    // (a joined line typed left of the block's margin, `col` short of
    // `cols`, starts at the margin)
    format!("{}{}", " ".repeat(col.saturating_sub(cols)), &out[col..])
}

/// Whether the text opens more brackets than it closes.
pub fn unclosed(lines: &[Line]) -> bool {
    depth(lines) > 0
}

/// How many more brackets the text opens than it closes (a run's depth
/// adds to the one of the lines above it).
pub fn depth(lines: &[Line]) -> i32 {
    let mut depth = 0i32;
    for c in lines.iter().flat_map(|l| l.text.chars()) {
        match c {
            '{' | '(' | '[' => depth += 1,
            '}' | ')' | ']' => depth -= 1,
            _ => {}
        }
    }
    depth
}

/// Whether a sentence of `chunk` wraps from a line onto the next at the
/// depth of its first line (`... where result is one of` over `success,
/// failure or aborted.`): a line of prose fifty columns wide or more,
/// ending in a word, over one opening in lower case is a paragraph's
/// wrapping, not two of an outline's top points (a point set deeper may
/// wrap so).
pub fn wrapped_sentence(chunk: &[Line]) -> bool {
    chunk.windows(2).any(|w| {
        let (l, n) = (&w[0], &w[1]);
        n.indent == l.indent
            && l.indent == chunk[0].indent
            && l.text.chars().count() >= 50
            && l.text.ends_with(|c: char| c.is_alphanumeric())
            && n.text.starts_with(char::is_lowercase)
            && super::classify::prose(&l.text)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_wrapped_at_one_depth_is_no_outline() {
        let prose = split(
            "The kiosk shows the slides that the front desk picks for\nthe week, in the order they were uploaded.\n",
        );
        assert!(wrapped_sentence(&prose));
        let points = split(
            "Servers\n  web\n    the first of the two web servers, in the rack by\n    the door\n",
        );
        assert!(!wrapped_sentence(&points));
    }

    #[test]
    fn dedent_sets_inner_tabs_where_they_were_typed() {
        let lines = split("    north\t41 kg\n    south-annex\t38 kg\n");
        assert_eq!(dedent(&lines), "north       41 kg\nsouth-annex 38 kg\n");
        let lines = split("a\tb\n");
        assert_eq!(dedent(&lines), "a       b\n");
        let lines = split("        a\tb\n");
        assert_eq!(dedent(&lines), "a       b\n");
        // a line less indented than the margin taken off, as a joined
        // line of a cut command may be, keeps its tabs' columns
        assert_eq!(strip_columns("ab\tc", 4), "ab      c");
        assert_eq!(strip_columns("  x\ty", 4), "x     y");
    }

    #[test]
    fn word_processor_bullets() {
        assert_eq!(
            ascii_bullets("• one\n    ◦ sub\n•bold\n– aside\n"),
            "* one\n    - sub\n•bold\n– aside\n"
        );
        assert!(matches!(
            ascii_bullets("plain"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn code_like_is_read_again_after_an_edit() {
        let mut lines = split("sudo systemctl restart web");
        assert!(lines[0].code_like());
        lines[0].text = "Restart the web service when the disk is back.".into();
        assert!(!lines[0].code_like());
        lines[0].text.replace_range(.., "sudo reboot");
        assert!(lines[0].code_like());
    }

    #[test]
    fn header_and_indent() {
        let text = ".. title: Foo SOP\n.. slug: foo\nFoo\n\tbar\n   baz\u{a0}x";
        let lines = split(text);
        let mut meta = Meta::default();
        assert_eq!(header(&lines, &mut meta), 2);
        assert_eq!(meta.title.as_deref(), Some("Foo SOP"));
        assert_eq!(lines[3].indent, 8);
        assert_eq!(lines[4].text, "baz x");
        assert_eq!(dedent(&lines[3..5]), "     bar\nbaz\u{a0}x\n");
    }

    #[test]
    fn a_page_indented_as_a_whole_reads_flush_left() {
        let page = ".. title: T\n  Kites\n\n    fly\n  \n  high\n";
        assert_eq!(flush_left(page), ".. title: T\nKites\n\n  fly\n\nhigh\n");
        assert_eq!(flush_left("Kites\n  fly\n"), "Kites\n  fly\n");
        assert_eq!(flush_left("  \n"), "  \n");
        assert_eq!(flush_left("\t a\n b\n"), "\t a\n b\n");
    }
}
