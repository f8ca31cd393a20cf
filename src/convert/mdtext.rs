//! Markdown text written for a wiki page the converter reads through its
//! Markdown reading (BBCode forum posts, TWiki topics, WikiCreole pages):
//! a page's text in, when one of those readers takes it, the page read
//! by `mdpage` out; and the writer those readers share, which takes
//! headings, list items by depth, code blocks, tables, contact fields and
//! lines of text and sets them down as Markdown, and the inline pieces
//! (escaped text, code spans, links).

use super::Converted;
use super::lines::Line;

/// The page read through Markdown, if a BBCode, TWiki or WikiCreole
/// reader takes it (`lines`: the page's lines, for their detection).
pub fn read(text: &str, lines: &[Line]) -> Option<Converted> {
    let md = if super::bbcode::page(lines) {
        super::bbcode::markdown(text)
    } else if super::twiki::page(lines) {
        super::twiki::markdown(text)
    } else if super::creole::page(lines) {
        super::creole::markdown(text)
    } else {
        return None;
    };
    // (a quote's `> — name` line is read back as its attribution)
    Some(super::mdpage::read(&md))
}

/// Markdown text being written, with the list items open at its end.
#[derive(Default)]
pub struct Writer {
    out: Vec<String>,
    /// The column of the text of each open list item, outermost first.
    items: Vec<usize>,
    /// Whether the last line is a contact field's (`**Owner:** team`):
    /// a line of text after it goes on with its value.
    field: bool,
}

impl Writer {
    /// An empty line, if the last is not one; a contact field's value
    /// ends there.
    pub fn blank(&mut self) {
        self.field = false;
        if self.out.last().is_some_and(|l| !l.trim().is_empty()) {
            self.out.push(String::new());
        }
    }

    /// A heading (`level` 1 the title), out of any list.
    pub fn heading(&mut self, level: usize, text: &str) {
        self.end_lists();
        self.blank();
        self.out
            .push(format!("{} {}", "#".repeat(level.clamp(1, 6)), text.trim()));
        self.blank();
    }

    /// A list item at `depth` (1 the outermost; one deeper than the
    /// items open at most), numbered or not, its first line of text.
    pub fn item(&mut self, depth: usize, ordered: bool, text: &str) {
        self.field = false;
        let depth = depth.clamp(1, self.items.len() + 1);
        self.items.truncate(depth - 1);
        let lead = self.items.last().copied().unwrap_or(0);
        let marker = if ordered { "1. " } else { "* " };
        self.out
            .push(format!("{}{marker}{}", " ".repeat(lead), text.trim()));
        self.items.push(lead + marker.len());
    }

    /// The items deeper than `depth` closed; a line of text after them
    /// is the outer item's.
    pub fn close_to(&mut self, depth: usize) {
        if self.items.len() > depth {
            self.items.truncate(depth);
            self.blank();
        }
    }

    /// Every list item closed: what follows is at the margin.
    pub fn end_lists(&mut self) {
        if !self.items.is_empty() {
            self.items.clear();
            self.blank();
        }
    }

    /// Whether a list item is open.
    pub fn in_list(&self) -> bool {
        !self.items.is_empty()
    }

    /// A line of text, in the innermost open item; after a contact
    /// field, more of its value.
    pub fn line(&mut self, text: &str) {
        let text = text.trim();
        if self.field
            && let Some(last) = self.out.last_mut()
        {
            last.push(' ');
            last.push_str(text);
            return;
        }
        let lead = self.items.last().copied().unwrap_or(0);
        self.out
            .push(format!("{}{}", " ".repeat(lead), guard(text)));
    }

    /// A contact field, `**Name:** value` (`value` Markdown already).
    pub fn field(&mut self, name: &str, value: &str) {
        self.field = false;
        self.line(&format!("**{}:** {}", escape(name.trim()), value.trim()));
        self.field = true;
    }

    /// A code block of these lines, kept as they are, in the innermost
    /// open item.
    pub fn code(&mut self, lines: &[&str]) {
        self.field = false;
        let lead = " ".repeat(self.items.last().copied().unwrap_or(0));
        let longest = lines.iter().map(|l| run_of(l, '`')).max().unwrap_or(0);
        let fence = "`".repeat(longest.max(2) + 1);
        if !self.in_list() {
            self.blank();
        }
        self.out.push(format!("{lead}{fence}"));
        for l in lines {
            let l = l.trim_end();
            self.out.push(if l.is_empty() {
                String::new()
            } else {
                format!("{lead}{l}")
            });
        }
        self.out.push(format!("{lead}{fence}"));
        if !self.in_list() {
            self.blank();
        }
    }

    /// A table, its first row the header (cells Markdown already), out
    /// of any list.
    pub fn table(&mut self, rows: &[Vec<String>]) {
        let width = rows.iter().map(Vec::len).max().unwrap_or(0);
        if width == 0 {
            return;
        }
        self.end_lists();
        self.blank();
        for (i, r) in rows.iter().enumerate() {
            let cells: Vec<String> = (0..width)
                .map(|k| r.get(k).map_or("", |c| c.trim()).replace('|', "\\|"))
                .collect();
            self.out.push(format!("| {} |", cells.join(" | ")));
            if i == 0 {
                self.out.push(format!("|{}", "---|".repeat(width)));
            }
        }
        self.blank();
    }

    /// A quote of these lines of text (Markdown already), `— name`
    /// under them when it is someone's.
    pub fn quote(&mut self, lines: &[String], name: Option<&str>) {
        self.blank();
        let lead = " ".repeat(self.items.last().copied().unwrap_or(0));
        for l in lines {
            self.out
                .push(format!("{lead}> {}", l.trim()).trim_end().into());
        }
        if let Some(name) = name {
            self.out.push(format!("{lead}>"));
            self.out.push(format!("{lead}> — {}", escape(name.trim())));
        }
        self.blank();
    }

    /// A thematic break, out of any list.
    pub fn rule(&mut self) {
        self.end_lists();
        self.blank();
        // (`***`, not `---`: a page opening with a rule is no front matter)
        self.out.push("***".into());
        self.blank();
    }

    /// The Markdown text.
    pub fn finish(self) -> String {
        let mut text = self.out.join("\n");
        text.truncate(text.trim_end().len());
        text.push('\n');
        text
    }
}

/// The longest run of `c` in `text`.
fn run_of(text: &str, c: char) -> usize {
    text.split(|x| x != c).map(str::len).max().unwrap_or(0)
}

/// Text as Markdown shows it as typed: its marks escaped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\`*_[]<>|~&".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A line of text that would open a block in Markdown (`# x`, `- x`,
/// `1. x`, `> x`, `: x`, `===`) with its first mark escaped.
fn guard(text: &str) -> String {
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    let numbered = digits > 0 && text[digits..].starts_with(['.', ')']);
    let marked = text.starts_with(['#', '>', ':', '='])
        || ["- ", "+ "].iter().any(|m| text.starts_with(m))
        || text == "-"
        || text.starts_with("--");
    if numbered {
        format!("{}\\{}", &text[..digits], &text[digits..])
    } else if marked {
        format!("\\{text}")
    } else {
        text.to_string()
    }
}

/// `text` as a code span, its fence longer than any run of backticks in
/// it.
pub fn code_span(text: &str) -> String {
    let ticks = "`".repeat(run_of(text, '`') + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{ticks}{pad}{text}{pad}{ticks}")
}

/// A link to `url` showing `label` (Markdown already); an empty label
/// shows the address.
pub fn link(label: &str, url: &str) -> String {
    let url = url.trim().replace(' ', "%20").replace(')', "%29");
    if label.trim().is_empty() {
        format!("<{url}>")
    } else {
        format!("[{}]({url})", label.trim())
    }
}

/// Whether `text` opens with a web address.
pub fn address(text: &str) -> bool {
    ["http://", "https://", "ftp://", "mailto:"]
        .iter()
        .any(|p| text.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_nest_and_code_sits_in_them() {
        let mut w = Writer::default();
        w.item(1, true, "one");
        w.code(&["ls `x`"]);
        w.item(2, false, "deeper");
        w.close_to(1);
        w.line("more of one");
        w.end_lists();
        w.line("after");
        assert_eq!(
            w.finish(),
            "1. one\n   ```\n   ls `x`\n   ```\n   * deeper\n\n   more of one\n\nafter\n"
        );
    }

    #[test]
    fn fields_take_their_wrapped_values() {
        let mut w = Writer::default();
        w.field("Owner", "Team");
        w.line("and friends");
        w.blank();
        w.line("Text");
        assert_eq!(w.finish(), "**Owner:** Team and friends\n\nText\n");
    }

    #[test]
    fn escapes_and_spans() {
        assert_eq!(escape("a *b* [c]"), "a \\*b\\* \\[c\\]");
        assert_eq!(guard("# not a heading"), "\\# not a heading");
        assert_eq!(guard("12. not a step"), "12\\. not a step");
        assert_eq!(guard("-- Name"), "\\-- Name");
        assert_eq!(code_span("a`b"), "``a`b``");
        assert_eq!(
            link("the site", "https://x.org/a b"),
            "[the site](https://x.org/a%20b)"
        );
    }
}
