//! Section titles (underlined, or over- and underlined) and transitions:
//! adornment lines in, `Heading` and `ThematicBreak` blocks out, with the
//! level decided by the order in which adornment styles first appear.

use super::Parser;
use super::block::is_adornment;
use super::lines::Ln;
use crate::doc::{Block, BlockKind};
use unicode_width::UnicodeWidthStr;

impl Parser<'_> {
    /// `lines[i]` is text and `lines[i + 1]` an adornment: a section title,
    /// or `None` when the underline is too short to be one.
    pub(super) fn underlined_title(
        &mut self,
        lines: &[Ln],
        i: usize,
        out: &mut Vec<Block>,
        titles: bool,
    ) -> Option<usize> {
        let title = lines[i].text.trim_end();
        let under = &lines[i + 1];
        let under_text = under.text.trim_end();
        let ulen = under_text.chars().count();
        if title.width() > ulen {
            if ulen < 4 {
                return None;
            }
            self.warn(under.no, "Title underline too short.");
        }
        if !titles {
            self.unexpected_title(lines, i, 2, out);
            return Some(i + 2);
        }
        let style = (under_text.chars().next().unwrap_or('='), false);
        self.section(title, style, lines[i].no, out);
        Some(i + 2)
    }

    /// `Unexpected section title.`: shown as a literal block.
    fn unexpected_title(&mut self, lines: &[Ln], i: usize, n: usize, out: &mut Vec<Block>) {
        let end = (i + n).min(lines.len());
        let no = lines[end - 1].no;
        let msg = "Unexpected section title.";
        self.error(no, msg);
        let source = super::lines::join(&lines[i..end]);
        self.problem(out, lines[i].no, msg, source);
    }

    /// Adds a `Problem` block.
    pub(super) fn problem(&mut self, out: &mut Vec<Block>, line: u32, msg: &str, source: String) {
        let kind = BlockKind::Problem {
            message: msg.to_string(),
            source,
        };
        self.push(out, Block::new(line, kind));
    }

    /// A line of one punctuation character at the start of an element: an
    /// overline, a transition, or (when short) ordinary text.
    pub(super) fn adornment_line(
        &mut self,
        lines: &[Ln],
        i: usize,
        out: &mut Vec<Block>,
        titles: bool,
    ) -> Option<usize> {
        let marker = lines[i].text.trim_end();
        let short = marker.chars().count() < 4;
        if !titles {
            if marker == "::" || short {
                return None;
            }
            let msg = "Unexpected section title or transition.";
            self.error(lines[i].no, msg);
            self.problem(out, lines[i].no, msg, marker.to_string());
            return Some(i + 1);
        }
        let next = lines.get(i + 1);
        match next {
            None => {
                if short {
                    return None;
                }
                self.push(out, Block::new(lines[i].no, BlockKind::ThematicBreak));
                Some(i + 1)
            }
            Some(n) if n.is_blank() => {
                if short {
                    return None;
                }
                self.push(out, Block::new(lines[i].no, BlockKind::ThematicBreak));
                Some(i + 1)
            }
            Some(n) if is_adornment(&n.text) => {
                if short {
                    return None;
                }
                let msg = "Invalid section title or transition marker.";
                self.error(lines[i].no, msg);
                let src = format!("{}\n{}", marker, n.text);
                self.problem(out, lines[i].no, msg, src);
                Some(i + 2)
            }
            Some(_) => self.overlined_title(lines, i, out),
        }
    }

    /// Overline, title, underline.
    fn overlined_title(&mut self, lines: &[Ln], i: usize, out: &mut Vec<Block>) -> Option<usize> {
        let over = lines[i].text.trim_end();
        let short = over.chars().count() < 4;
        let title = lines[i + 1].text.trim();
        let Some(under) = lines.get(i + 2) else {
            if short {
                return None;
            }
            return Some(self.bad_title(lines, i, 2, "Incomplete section title.", out));
        };
        let under_text = under.text.trim_end();
        if !is_adornment(under_text) {
            if short {
                return None;
            }
            let msg = "Missing matching underline for section title overline.";
            return Some(self.bad_title(lines, i, 3, msg, out));
        }
        if under_text != over {
            if short {
                return None;
            }
            let msg = "Title overline & underline mismatch.";
            return Some(self.bad_title(lines, i, 3, msg, out));
        }
        if lines[i + 1].text.trim_end().width() > over.chars().count() {
            if short {
                return None;
            }
            self.warn(lines[i].no, "Title overline too short.");
        }
        let style = (over.chars().next().unwrap_or('='), true);
        self.section(title, style, lines[i + 1].no, out);
        Some(i + 3)
    }

    /// A malformed title: a severe error and its text as a literal block.
    fn bad_title(
        &mut self,
        lines: &[Ln],
        i: usize,
        n: usize,
        msg: &str,
        out: &mut Vec<Block>,
    ) -> usize {
        let end = (i + n).min(lines.len());
        self.error(lines[i].no, msg);
        let source = super::lines::join(&lines[i..end]);
        self.problem(out, lines[i].no, msg, source);
        end
    }

    /// Opens a section: checks the level and adds the heading.
    fn section(&mut self, title: &str, style: (char, bool), line: u32, out: &mut Vec<Block>) {
        let level = match self.styles.iter().position(|s| *s == style) {
            Some(k) if k <= self.section_level => k + 1,
            None if self.styles.len() == self.section_level => {
                self.styles.push(style);
                self.styles.len()
            }
            _ => {
                let msg = "Title level inconsistent:";
                self.error(line, msg);
                self.problem(out, line, msg, title.to_string());
                return;
            }
        };
        self.section_level = level;
        let content = self.inline(title, line);
        let text = crate::doc::inlines_text(&content);
        let id = self.unique_id(&text);
        self.targets.implicit(&super::normalize_name(&text), &id);
        self.has_title = true;
        let level = level.min(255) as u8;
        let kind = BlockKind::Heading {
            level,
            ids: vec![id],
            content,
        };
        self.push(out, Block::new(line, kind));
    }
}
