//! `SUMMARY.md` in mdBook's format: the file in, menu entries out. Part
//! titles (`# Part`), prefix and suffix chapters, nested lists of links,
//! draft chapters (`[Title]()`) and separators (`---`). An entry naming a
//! file that does not exist is an error with its line.

use super::nav::{NavItem, NavKind};
use super::{Book, normalize};
use crate::config::Config;
use crate::error::{BuildError, BuildErrors};
use crate::markup::lines::LineStarts;
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};
use std::path::Path;

/// Reads `SUMMARY.md` into menu entries.
pub fn read(config: &Config, book: &Book, path: &Path) -> Result<Vec<NavItem>, BuildErrors> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| BuildError::new(path, 0, format!("cannot read: {e}")))?;
    let mut r = Reader {
        book,
        path,
        lines: LineStarts::new(&text),
        errors: vec![],
        stack: vec![vec![]],
        link: None,
        heading: None,
    };
    for (event, range) in Parser::new(&text).into_offset_iter() {
        r.event(event, range.start);
    }
    let _ = config;
    if !r.errors.is_empty() {
        return Err(BuildErrors(r.errors));
    }
    Ok(r.stack.pop().unwrap_or_default())
}

struct Reader<'a> {
    book: &'a Book,
    path: &'a Path,
    lines: LineStarts,
    errors: Vec<BuildError>,
    /// Children being collected at each open list level.
    stack: Vec<Vec<NavItem>>,
    /// The link being read: destination, title text, line.
    link: Option<(String, String, u32)>,
    heading: Option<(HeadingLevel, String)>,
}

impl Reader<'_> {
    fn line(&self, offset: usize) -> u32 {
        self.lines.line(offset)
    }

    fn event(&mut self, event: Event<'_>, offset: usize) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => self.heading = Some((level, String::new())),
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, title)) = self.heading.take() {
                    let is_book_title =
                        level == HeadingLevel::H1 && title.trim().eq_ignore_ascii_case("summary");
                    if !is_book_title {
                        self.push(NavItem::other(NavKind::Part, title.trim().to_string()));
                    }
                }
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                self.link = Some((dest_url.into_string(), String::new(), self.line(offset)))
            }
            Event::End(TagEnd::Link) => {
                if let Some((dest, title, line)) = self.link.take() {
                    let item = self.entry(&dest, title.trim(), line);
                    self.push(item);
                }
            }
            Event::Start(Tag::List(_)) => self.stack.push(vec![]),
            Event::End(TagEnd::List(_)) => {
                let children = self.stack.pop().unwrap_or_default();
                let parent = self.stack.last_mut().and_then(|level| level.last_mut());
                match parent {
                    Some(p) if p.kind != NavKind::Part && p.kind != NavKind::Separator => {
                        p.children.extend(children)
                    }
                    _ => self.stack.last_mut().expect("root level").extend(children),
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, title, _)) = &mut self.link {
                    title.push_str(&t);
                } else if let Some((_, title)) = &mut self.heading {
                    title.push_str(&t);
                }
            }
            Event::Rule => self.push(NavItem::other(NavKind::Separator, String::new())),
            _ => {}
        }
    }

    fn push(&mut self, item: NavItem) {
        self.stack.last_mut().expect("root level").push(item);
    }

    fn entry(&mut self, dest: &str, title: &str, line: u32) -> NavItem {
        let dest = dest.trim();
        if dest.is_empty() {
            return NavItem::other(NavKind::Draft, title.to_string());
        }
        if dest.contains("://") {
            return NavItem {
                url: Some(dest.to_string()),
                ..NavItem::other(NavKind::External, title.to_string())
            };
        }
        let file = normalize(dest.split('#').next().unwrap_or(dest));
        let docname = super::docname(Path::new(&file));
        match self
            .book
            .by_docname(&docname)
            .filter(|&p| self.book.pages[p].source == Path::new(&file))
        {
            Some(p) => NavItem::page(title.to_string(), p, vec![]),
            None => {
                let msg = format!(
                    "`{file}` does not exist: create it, or remove the entry (or make it a draft: `[{title}]()`)"
                );
                self.errors.push(BuildError::new(self.path, line, msg));
                NavItem::other(NavKind::Draft, title.to_string())
            }
        }
    }
}
