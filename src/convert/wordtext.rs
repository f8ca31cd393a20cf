//! A Word document saved as plain text in (one line a paragraph, no
//! blank line between them; `1.<TAB>` steps and `•`/`o`/`§` bullets set
//! in by tabs; `Name:<TAB>value` fields and tab-separated rows), plain
//! text's lines out: each paragraph apart, a lone short line after a
//! gap set off as a heading, items set in by depth as plain `1.`/`*`
//! items, commands typed under a step or a line ending in `:` set in as
//! a literal block, field tabs as `Name: value` (a value carried on to
//! the line under its field run on to it), a contents list's page
//! numbers dropped.

use super::classify::{code_like, contact_field};
use super::lines::Line;
use crate::doc::Meta;

/// Whether the page is Word's plain text: two `N.<TAB>` steps or more at
/// the margin, and an `o`/`§` bullet or two `Name:<TAB>value` fields.
pub fn page(lines: &[Line]) -> bool {
    let steps = lines
        .iter()
        .filter(|l| l.indent == 0 && step(&l.text).is_some())
        .count();
    let bullets = lines
        .iter()
        .any(|l| ["o\t", "§\t"].iter().any(|b| l.text.starts_with(b)));
    let fields = lines
        .iter()
        .filter(|l| tab_field(&l.text).is_some())
        .count();
    steps >= 2 && (bullets || fields >= 2)
}

/// `1.<TAB>text`: the text.
fn step(text: &str) -> Option<&str> {
    let (n, rest) = text.split_once(".\t")?;
    (!n.is_empty() && n.len() <= 2 && n.chars().all(|c| c.is_ascii_digit())).then_some(rest)
}

/// A bullet item's text (`•` already made `*` by `lines::ascii_bullets`).
fn bullet(text: &str) -> Option<&str> {
    ["* ", "o\t", "§\t"]
        .iter()
        .find_map(|b| text.strip_prefix(b))
}

/// `Owner:<TAB>value` as `Owner: value`.
fn tab_field(text: &str) -> Option<String> {
    let (name, value) = text.split_once(":\t")?;
    let field = format!("{name}: {}", value.trim());
    (contact_field(&field).is_some() && !value.contains('\t')).then_some(field)
}

/// Rewrites a Word text page's lines (nothing if the text is not one).
pub fn prepare(lines: &mut Vec<Line>, from: usize, meta: &Meta) {
    if !page(&lines[from..]) {
        return;
    }
    let body = lines.split_off(from);
    let top = title(&body, meta);
    let mut r = Rewrite {
        out: Vec::with_capacity(body.len() * 2),
        items: Vec::new(),
        code: false,
        contents: false,
        fields: false,
        opening: true,
        last: Kind::Text,
    };
    for l in body {
        r.line(l);
    }
    let mut out = r.out;
    if let Some(no) = top {
        to_top(&mut out, no);
    }
    lines.extend(out);
}

/// The page's lines rewritten so far, and what the last ones were.
struct Rewrite<'a> {
    out: Vec<Line<'a>>,
    /// the text column of the item at each depth
    items: Vec<usize>,
    /// in a command set in under a step
    code: bool,
    /// under a `Contents` line
    contents: bool,
    /// in a run of contact fields
    fields: bool,
    /// in the lines heading the page, up to the first blank line
    opening: bool,
    last: Kind,
}

impl<'a> Rewrite<'a> {
    /// Takes the page's next line.
    fn line(&mut self, l: Line<'a>) {
        // (before a command ended above puts its blank line in)
        let prev_blank = self.prev_blank();
        if l.blank() {
            self.opening = false;
            self.items.clear();
            self.code = false;
            self.contents = false;
            self.out.push(l);
            return;
        }
        let marked = step(&l.text).map(|t| ("1.", t.to_string()));
        let marked = marked.or_else(|| bullet(&l.text).map(|t| ("*", t.to_string())));
        if let Some((marker, text)) = marked {
            return self.item(l, marker, &text);
        }
        if self.run_on(&l) {
            return;
        }
        let announced = self.out.last().is_some_and(|p| p.text.ends_with(':'));
        if l.indent == 0 && command(&l.text) && (self.code || announced) {
            return self.command(l);
        }
        self.end_code(l.no);
        self.items.clear();
        let kind = if tab_field(&l.text).is_some() || (l.indent > 0 && self.fields) {
            Kind::Field
        } else if l.text.contains('\t') && !self.contents {
            Kind::Row
        } else {
            Kind::Text
        };
        self.fields = kind == Kind::Field;
        let prev = std::mem::replace(&mut self.last, kind);
        match kind {
            Kind::Text => self.text(l, prev_blank),
            _ => self.field_or_row(l, !prev_blank && prev != kind),
        }
    }

    /// Runs `l` on into the field line above it when it carries on that
    /// field's value: under a bare `Contact:` (its value on the next
    /// line), or at the margin under a value that ends no sentence, the
    /// line opening in lower case or a digit or the value on a `,`
    /// (`Contact:<TAB>desk@example.org, or the front desk on` over
    /// `extension 4410`). No line that is a field or a row of its own.
    fn run_on(&mut self, l: &Line) -> bool {
        let fields = self.fields;
        let Some(last) = self.out.last_mut().filter(|p| !p.blank()) else {
            return false;
        };
        let field = contact_field(&last.text);
        let bare = last.text.ends_with(':') && field.is_some_and(|f| f.1.is_empty());
        let value = field.map_or(last.text.as_str(), |f| f.1);
        let opens = l
            .text
            .starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit());
        let carries = l.indent == 0
            && fields
            && !value.is_empty()
            && !value.ends_with(['.', '!', '?', ':', ';'])
            && (opens || value.ends_with(','));
        let own = l.text.contains('\t') || contact_field(&l.text).is_some();
        if own || !(bare || carries) {
            return false;
        }
        last.text = format!("{} {}", last.text, l.text.trim());
        self.fields = true;
        self.last = Kind::Field;
        true
    }

    /// A step or bullet, set in under the item a tab depth up.
    fn item(&mut self, mut l: Line<'a>, marker: &str, text: &str) {
        let depth = l.indent / 8;
        self.items.truncate(depth);
        let indent = if depth == 0 {
            0
        } else {
            self.items.last().copied().unwrap_or(0)
        };
        self.end_code(l.no);
        // (a field run ends at a step, a bullet or a command)
        self.fields = false;
        l.indent = indent;
        l.text = format!("{marker} {}", text.trim());
        self.items.push(indent + marker.len() + 1);
        self.out.push(l);
    }

    /// A command line, set in as a literal block under the item it is in.
    fn command(&mut self, mut l: Line<'a>) {
        if !self.code {
            self.out.push(blank(l.no));
        }
        l.indent = self.items.last().copied().unwrap_or(0) + 4;
        self.code = true;
        self.fields = false;
        self.out.push(l);
    }

    /// Ends a literal block with a blank line at line `no`.
    fn end_code(&mut self, no: u32) {
        if self.code {
            self.out.push(blank(no));
            self.code = false;
        }
    }

    /// A field (as `Name: value`) or table row, a blank line over it when
    /// it is `apart` from the text above.
    fn field_or_row(&mut self, mut l: Line<'a>, apart: bool) {
        if apart {
            self.out.push(blank(l.no));
        }
        if let Some(field) = tab_field(&l.text) {
            l.text = field;
        }
        self.out.push(l);
    }

    /// A paragraph, a contents entry or a heading.
    fn text(&mut self, mut l: Line<'a>, prev_blank: bool) {
        if self.contents
            && let Some((name, page)) = l.text.rsplit_once('\t')
            && page.chars().all(|c| c.is_ascii_digit())
        {
            l.text = format!("* {name}");
            self.out.push(l);
            return;
        }
        if !prev_blank {
            self.out.push(blank(l.no));
        }
        self.contents = l.text == "Contents" || l.text == "Table of Contents";
        let underline = (prev_blank && !self.opening && heading(&l.text))
            .then(|| Line::new(l.no, "", 0, "-".repeat(l.text.chars().count())));
        self.out.push(l);
        self.out.extend(underline);
    }

    fn prev_blank(&self) -> bool {
        self.out.last().is_none_or(|p| p.blank())
    }
}

/// A line typed as a command or its output: code, or lower case words
/// ending in no full stop (`zpool status tank`).
fn command(text: &str) -> bool {
    code_like(text)
        || (text.starts_with(|c: char| c.is_ascii_lowercase())
            && !text.ends_with(['.', ':', ',', ';']))
}

/// A lone short line after a gap: a heading (no sentence, no command).
fn heading(text: &str) -> bool {
    let words = text.split_whitespace().count();
    (1..=8).contains(&words)
        && text.starts_with(char::is_uppercase)
        && !text.ends_with(['.', ':', ';', ',', '?', '!'])
        && !text.contains('\t')
        && !code_like(text)
}

/// The line number of the title among the lines heading the page
/// (name, title, version): the longest with no digit, when it is not
/// the first already and the page has no title of its own.
fn title(lines: &[Line], meta: &Meta) -> Option<u32> {
    let start = lines.iter().position(|l| !l.blank())?;
    let end = (start..lines.len())
        .find(|&k| lines[k].blank())
        .unwrap_or(lines.len());
    if meta.title.is_some() || !(2..=4).contains(&(end - start)) {
        return None;
    }
    let best = (start..end)
        .filter(|&k| !lines[k].text.contains(|c: char| c.is_ascii_digit()))
        .max_by_key(|&k| lines[k].text.chars().count())?;
    (best > start).then_some(lines[best].no)
}

/// The line `no` moved to the top of `lines`, a blank line under it.
fn to_top(lines: &mut Vec<Line>, no: u32) {
    let top = lines.iter().position(|l| !l.blank()).unwrap_or(0);
    if let Some(k) = lines.iter().position(|l| l.no == no && !l.blank()) {
        let title = lines.remove(k);
        lines.insert(top, title);
        lines.insert(top + 1, blank(no));
    }
}

/// What a line of the page is, for the gaps between them.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Text,
    Field,
    Row,
}

/// A blank line at line `no`.
fn blank(no: u32) -> Line<'static> {
    Line::new(no, "", 0, String::new())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    fn fields(text: &str) -> Vec<String> {
        let page = format!("Steps\n1.\tOne.\n2.\tTwo.\n\n{text}");
        let mut lines = split(&page);
        prepare(&mut lines, 0, &Meta::default());
        let out = lines.iter().skip_while(|l| !l.text.contains(':'));
        out.filter(|l| !l.blank()).map(|l| l.text.clone()).collect()
    }

    #[test]
    fn a_value_carried_on_runs_on_to_its_field() {
        let wrapped = fields("Owner:\tPool team\nContact:\tdesk@example.org, or\nthe manager\n");
        assert_eq!(
            wrapped,
            [
                "Owner: Pool team",
                "Contact: desk@example.org, or the manager"
            ]
        );
        let bare =
            fields("Owner:\tPool team\nLocation:\tPlant room\nContact:\n\tdesk@example.org\n");
        let runs = [
            "Owner: Pool team",
            "Location: Plant room",
            "Contact: desk@example.org",
        ];
        assert_eq!(bare, runs);
        // a sentence ended, or a capital after it: a paragraph of its own
        let apart = fields("Owner:\tPool team\nContact:\tdesk@example.org.\nthe end\n");
        assert_eq!(apart.last().map(String::as_str), Some("the end"));
        let apart = fields("Owner:\tPool team\nContact:\tdesk@example.org\nThe end\n");
        assert_eq!(apart.last().map(String::as_str), Some("The end"));
    }

    #[test]
    fn a_field_run_ends_at_a_step() {
        // a command typed twice under a step after the fields: both lines
        // are the literal block's, neither runs on to the other
        let page = "Owner:\tPool team\nContact:\tdesk@example.org, or\n1.\tOne.\n2.\tRun:\nzpool status\nzpool status\n";
        let mut lines = split(page);
        prepare(&mut lines, 0, &Meta::default());
        let code: Vec<(usize, &str)> = lines
            .iter()
            .filter(|l| l.text.contains("zpool"))
            .map(|l| (l.indent, l.text.as_str()))
            .collect();
        assert_eq!(code, [(7, "zpool status"), (7, "zpool status")]);
    }
}
