//! Section numbering (`sectnum` / `section-numbering`): the directive's
//! options in, the document's headings numbered in place ("1 ", "1.2 ", ...),
//! as docutils' `SectNum` transform does under Sphinx, where the page title
//! is a section like any other and is numbered too.

use super::directive::Directive;
use crate::doc::{Block, BlockKind, Inline};

/// How `sectnum` numbers sections.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SectNum {
    /// Levels to number (`None`: all).
    depth: Option<usize>,
    prefix: String,
    suffix: String,
    start: u32,
}

impl SectNum {
    /// The numbering a `sectnum` directive asks for.
    pub fn from_directive(d: &Directive) -> Self {
        SectNum {
            depth: d.option("depth").and_then(|v| v.trim().parse().ok()),
            prefix: d.option("prefix").unwrap_or("").to_string(),
            suffix: d.option("suffix").unwrap_or("").to_string(),
            start: d
                .option("start")
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(1),
        }
    }

    /// Puts a number before the title of every heading in `blocks`.
    pub fn apply(&self, blocks: &mut [Block]) {
        let mut counters: Vec<u32> = Vec::new();
        for b in blocks.iter_mut() {
            let BlockKind::Heading { level, content, .. } = &mut b.kind else {
                continue;
            };
            let level = usize::from((*level).max(1));
            // A level deeper than the next one is numbered as the next one,
            // as docutils nests sections.
            let level = level.min(counters.len() + 1);
            counters.truncate(level);
            if counters.len() < level {
                let first = if level == 1 { self.start } else { 1 };
                counters.push(first);
            } else if let Some(last) = counters.last_mut() {
                *last += 1;
            }
            if self.depth.is_some_and(|d| level > d) {
                continue;
            }
            let num: Vec<String> = counters.iter().map(u32::to_string).collect();
            let text = format!("{}{}{} ", self.prefix, num.join("."), self.suffix);
            let mark = Inline::Role {
                role: "sectnum".into(),
                title: None,
                content: vec![Inline::Text(text)],
            };
            content.insert(0, mark);
        }
    }
}
