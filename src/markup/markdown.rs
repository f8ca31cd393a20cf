//! Markdown reader: CommonMark text (with tables, footnotes, strikethrough,
//! task lists, heading ids, definition lists, GitHub alerts and admonition
//! `div`s) in, [`Document`] out, by folding pulldown-cmark's events into the
//! model.

pub mod admonition;
pub mod attribution;
mod contents;
mod table;

use super::frontmatter;
use super::lines::LineStarts;
use crate::doc::*;
use pulldown_cmark::{
    BlockQuoteKind, CodeBlockKind, Event, HeadingLevel, Options as CmarkOptions, Parser, Tag,
    TagEnd,
};
use std::collections::HashMap;
use table::convert_align;

/// Reads a Markdown page, front matter included.
pub fn parse(text: &str) -> Document {
    let split = frontmatter::split(text);
    let mut builder = Builder::new(split.body, split.line_offset);
    let parser = Parser::new_ext(split.body, cmark_options());
    for (event, range) in parser.into_offset_iter() {
        builder.event(event, range.start);
    }
    let mut doc = builder.finish();
    doc.blocks = contents::fold(admonition::fold(doc.blocks));
    doc.meta = split.meta;
    doc.diagnostics.splice(0..0, split.diagnostics);
    doc
}

fn cmark_options() -> CmarkOptions {
    CmarkOptions::ENABLE_TABLES
        | CmarkOptions::ENABLE_FOOTNOTES
        | CmarkOptions::ENABLE_STRIKETHROUGH
        | CmarkOptions::ENABLE_TASKLISTS
        | CmarkOptions::ENABLE_HEADING_ATTRIBUTES
        | CmarkOptions::ENABLE_GFM
        | CmarkOptions::ENABLE_DEFINITION_LIST
}

/// What an open container will become when it closes.
enum Open {
    Root,
    Paragraph,
    Heading {
        level: u8,
        id: Option<String>,
    },
    Quote(Option<BlockQuoteKind>),
    Code {
        lang: Option<String>,
        code: String,
    },
    Html(String),
    List {
        start: Option<u64>,
        items: Vec<ListItem>,
        loose: bool,
    },
    Item {
        task: Option<bool>,
    },
    Footnote(String),
    DefList(Vec<DefinitionItem>),
    DefTitle,
    DefBody,
    Table {
        align: Vec<Align>,
        rows: Vec<Vec<Cell>>,
        header_rows: usize,
    },
    Row(Vec<Cell>),
    Cell,
    Span(Tag<'static>),
    Link {
        url: String,
        title: String,
        image: bool,
    },
}

struct Frame {
    open: Open,
    line: u32,
    blocks: Vec<Block>,
    inlines: Vec<Inline>,
    /// A paragraph of its own closed here (a loose list item).
    paragraphs: bool,
}

/// The heading ids of one page, made unique as Markdown readers make
/// them (GitHub's way): a slug seen before gets `-1`, `-2`, ... The
/// Markdown writer's table of contents links by the same ids.
#[derive(Default)]
pub(crate) struct HeadingIds(HashMap<String, u32>);

impl HeadingIds {
    /// `base`, numbered when the page has had it before.
    pub(crate) fn unique(&mut self, base: String) -> String {
        let n = self.0.entry(base.clone()).or_insert(0);
        *n += 1;
        if *n == 1 {
            base
        } else {
            format!("{base}-{}", *n - 1)
        }
    }
}

struct Builder<'a> {
    text: &'a str,
    line_starts: LineStarts,
    line_offset: u32,
    stack: Vec<Frame>,
    ids: HeadingIds,
    footnote_refs: HashMap<String, u32>,
    diagnostics: Vec<Diagnostic>,
}

impl<'a> Builder<'a> {
    fn new(text: &'a str, line_offset: u32) -> Self {
        let root = Frame {
            open: Open::Root,
            line: 1,
            blocks: vec![],
            inlines: vec![],
            paragraphs: false,
        };
        Builder {
            text,
            line_starts: LineStarts::new(text),
            line_offset,
            stack: vec![root],
            ids: HeadingIds::default(),
            footnote_refs: HashMap::new(),
            diagnostics: vec![],
        }
    }

    fn line(&self, offset: usize) -> u32 {
        self.line_starts.line(offset) + self.line_offset
    }

    fn top(&mut self) -> &mut Frame {
        self.stack.last_mut().expect("root frame")
    }

    fn push_inline(&mut self, inline: Inline) {
        self.top().inlines.push(inline);
    }

    /// Adds a block to the innermost container, first closing any loose
    /// inline text there into a paragraph (tight list items).
    fn push_block(&mut self, block: Block) {
        let top = self.top();
        if !top.inlines.is_empty() {
            let inlines = std::mem::take(&mut top.inlines);
            let line = top.blocks.last().map_or(top.line, |b| b.line);
            top.blocks
                .push(Block::new(line, BlockKind::Paragraph(inlines)));
        }
        top.blocks.push(block);
    }

    fn event(&mut self, event: Event<'a>, offset: usize) {
        let line = self.line(offset);
        match event {
            Event::Start(tag) => self.start(tag, line),
            Event::End(end) => self.end(end),
            Event::Text(t) => match &mut self.top().open {
                Open::Code { code, .. } => code.push_str(&t),
                Open::Html(html) => html.push_str(&t),
                _ => self.push_inline(Inline::Text(t.into_string())),
            },
            Event::Code(t) | Event::InlineMath(t) | Event::DisplayMath(t) => {
                self.push_inline(Inline::Code(t.into_string()))
            }
            Event::Html(t) => match &mut self.top().open {
                Open::Html(html) => html.push_str(&t),
                _ => self.push_block(Block::new(line, BlockKind::Html(t.into_string()))),
            },
            Event::InlineHtml(t) => self.push_inline(Inline::Html(t.into_string())),
            Event::FootnoteReference(label) => self.footnote_ref(label.into_string(), line),
            Event::SoftBreak => self.push_inline(Inline::SoftBreak),
            Event::HardBreak => self.push_inline(Inline::HardBreak),
            Event::Rule => self.push_block(Block::new(line, BlockKind::ThematicBreak)),
            Event::TaskListMarker(done) => {
                if let Some(Frame {
                    open: Open::Item { task },
                    ..
                }) = self
                    .stack
                    .iter_mut()
                    .rev()
                    .find(|f| matches!(f.open, Open::Item { .. }))
                {
                    *task = Some(done);
                }
            }
        }
    }

    fn start(&mut self, tag: Tag<'a>, line: u32) {
        let open = match tag {
            Tag::Paragraph => Open::Paragraph,
            Tag::Heading { level, id, .. } => Open::Heading {
                level: heading_level(level),
                id: id.map(|s| s.into_string()),
            },
            Tag::BlockQuote(kind) => Open::Quote(kind),
            Tag::CodeBlock(kind) => Open::Code {
                lang: code_lang(&kind),
                code: String::new(),
            },
            Tag::HtmlBlock => Open::Html(String::new()),
            Tag::List(start) => Open::List {
                start,
                items: vec![],
                loose: false,
            },
            Tag::Item => Open::Item { task: None },
            Tag::FootnoteDefinition(label) => Open::Footnote(label.into_string()),
            Tag::DefinitionList => Open::DefList(vec![]),
            Tag::DefinitionListTitle => Open::DefTitle,
            Tag::DefinitionListDefinition => Open::DefBody,
            Tag::Table(align) => Open::Table {
                align: align.iter().map(convert_align).collect(),
                rows: vec![],
                header_rows: 0,
            },
            Tag::TableHead | Tag::TableRow => Open::Row(vec![]),
            Tag::TableCell => Open::Cell,
            Tag::Link {
                dest_url, title, ..
            } => Open::Link {
                url: dest_url.into_string(),
                title: title.into_string(),
                image: false,
            },
            Tag::Image {
                dest_url, title, ..
            } => Open::Link {
                url: dest_url.into_string(),
                title: title.into_string(),
                image: true,
            },
            Tag::Emphasis => Open::Span(Tag::Emphasis),
            Tag::Strong => Open::Span(Tag::Strong),
            Tag::Strikethrough => Open::Span(Tag::Strikethrough),
            Tag::Superscript => Open::Span(Tag::Superscript),
            Tag::Subscript => Open::Span(Tag::Subscript),
            Tag::MetadataBlock(_) => Open::Html(String::new()),
        };
        self.stack.push(Frame {
            open,
            line,
            blocks: vec![],
            inlines: vec![],
            paragraphs: false,
        });
    }

    fn end(&mut self, end: TagEnd) {
        let Some(frame) = self.stack.pop() else {
            return;
        };
        if self.stack.is_empty() {
            self.stack.push(frame);
            return;
        }
        let line = frame.line;
        match frame.open {
            Open::Root => {}
            Open::Paragraph => self.paragraph(frame.inlines, line),
            Open::Heading { level, id } => self.heading(level, id, frame.inlines, line),
            Open::Quote(kind) => self.quote(kind, frame, line),
            Open::Code { lang, code } => self.code_block(lang, code, line),
            Open::Html(html) => {
                if !matches!(end, TagEnd::MetadataBlock(_)) {
                    self.push_block(Block::new(line, BlockKind::Html(html)))
                }
            }
            Open::List {
                start,
                items,
                loose,
            } => self.list(start, items, loose, line),
            Open::Item { task } => {
                self.item(task, frame.paragraphs, frame.blocks, frame.inlines, line)
            }
            Open::Footnote(label) => self.footnote(label, frame.blocks, frame.inlines, line),
            Open::DefList(items) => {
                self.push_block(Block::new(line, BlockKind::DefinitionList(items)))
            }
            Open::DefTitle => self.def_title(frame.inlines, line),
            Open::DefBody => self.def_body(frame.blocks, frame.inlines),
            Open::Table {
                align,
                rows,
                header_rows,
            } => self.table(align, rows, header_rows, line),
            Open::Row(cells) => self.row(cells, matches!(end, TagEnd::TableHead)),
            Open::Cell => self.cell(frame.inlines, line),
            Open::Span(tag) => self.span(tag, frame.inlines),
            Open::Link { url, title, image } => self.link(url, title, image, frame.inlines, line),
        }
    }

    /// A paragraph closed on its own: the container it is in is loose.
    fn paragraph(&mut self, content: Vec<Inline>, line: u32) {
        self.push_block(Block::new(line, BlockKind::Paragraph(content)));
        self.top().paragraphs = true;
    }

    fn code_block(&mut self, lang: Option<String>, code: String, line: u32) {
        let kind = BlockKind::CodeBlock {
            lang,
            code,
            caption: None,
            linenos: false,
        };
        self.push_block(Block::new(line, kind))
    }

    fn heading(&mut self, level: u8, id: Option<String>, content: Vec<Inline>, line: u32) {
        let base = id.unwrap_or_else(|| slugify(&inlines_text(&content)));
        let id = self.ids.unique(base);
        self.push_block(Block::new(
            line,
            BlockKind::Heading {
                level,
                ids: vec![id],
                content,
            },
        ));
    }

    fn quote(&mut self, kind: Option<BlockQuoteKind>, frame: Frame, line: u32) {
        let mut blocks = frame.blocks;
        if !frame.inlines.is_empty() {
            blocks.push(Block::new(line, BlockKind::Paragraph(frame.inlines)));
        }
        let block = match kind {
            None => BlockKind::BlockQuote {
                attribution: attribution::take(&mut blocks, &["— "]),
                blocks,
            },
            Some(k) => {
                let kind = match k {
                    BlockQuoteKind::Note => AdmonitionKind::Note,
                    BlockQuoteKind::Tip => AdmonitionKind::Tip,
                    BlockQuoteKind::Important => AdmonitionKind::Important,
                    BlockQuoteKind::Warning => AdmonitionKind::Warning,
                    BlockQuoteKind::Caution => AdmonitionKind::Caution,
                };
                BlockKind::Admonition {
                    kind,
                    title: None,
                    blocks,
                }
            }
        };
        self.push_block(Block::new(line, block));
    }

    fn list(&mut self, start: Option<u64>, items: Vec<ListItem>, loose: bool, line: u32) {
        let kind = if start.is_some() {
            ListKind::Arabic
        } else {
            ListKind::Bullet
        };
        let start = start.map_or(1, |s| s.min(u64::from(u32::MAX)) as u32);
        let list = List {
            kind,
            start,
            tight: !loose,
            items,
        };
        self.push_block(Block::new(line, BlockKind::List(list)));
    }

    fn item(
        &mut self,
        task: Option<bool>,
        paragraphs: bool,
        mut blocks: Vec<Block>,
        inlines: Vec<Inline>,
        line: u32,
    ) {
        if !inlines.is_empty() {
            let line = blocks.last().map_or(line, |b| b.line);
            blocks.push(Block::new(line, BlockKind::Paragraph(inlines)));
        }
        if let Some(Frame {
            open: Open::List { items, loose, .. },
            ..
        }) = self.stack.last_mut()
        {
            *loose |= paragraphs;
            items.push(ListItem { line, task, blocks });
        }
    }

    fn footnote(&mut self, label: String, mut blocks: Vec<Block>, inlines: Vec<Inline>, line: u32) {
        if !inlines.is_empty() {
            blocks.push(Block::new(line, BlockKind::Paragraph(inlines)));
        }
        let count = self.footnote_refs.get(&label).copied().unwrap_or(0);
        let slug = slugify(&label);
        let backrefs = (1..=count).map(|n| backref_id(&slug, n)).collect();
        let block = BlockKind::Footnote {
            id: format!("fn-{slug}"),
            label,
            backrefs,
            blocks,
        };
        self.push_block(Block::new(line, block));
    }

    fn footnote_ref(&mut self, label: String, line: u32) {
        let n = self.footnote_refs.entry(label.clone()).or_insert(0);
        *n += 1;
        let slug = slugify(&label);
        let backref = backref_id(&slug, *n);
        self.push_inline(Inline::FootnoteRef {
            id: format!("fn-{slug}"),
            label,
            backref,
            line,
        });
    }

    fn def_title(&mut self, term: Vec<Inline>, line: u32) {
        if let Some(Frame {
            open: Open::DefList(items),
            ..
        }) = self.stack.last_mut()
        {
            items.push(DefinitionItem {
                line,
                term,
                classifiers: vec![],
                definition: vec![],
            });
        }
    }

    fn def_body(&mut self, mut blocks: Vec<Block>, inlines: Vec<Inline>) {
        if let Some(Frame {
            open: Open::DefList(items),
            line,
            ..
        }) = self.stack.last_mut()
        {
            if !inlines.is_empty() {
                blocks.insert(0, Block::new(*line, BlockKind::Paragraph(inlines)));
            }
            match items.last_mut() {
                Some(item) => item.definition.extend(blocks),
                None => items.push(DefinitionItem {
                    line: *line,
                    term: vec![],
                    classifiers: vec![],
                    definition: blocks,
                }),
            }
        }
    }

    fn span(&mut self, tag: Tag<'static>, content: Vec<Inline>) {
        let inline = match tag {
            Tag::Emphasis => Inline::Emphasis(content),
            Tag::Strong => Inline::Strong(content),
            Tag::Strikethrough => Inline::Strikethrough(content),
            Tag::Superscript => Inline::Role {
                role: "sup".into(),
                title: None,
                content,
            },
            _ => Inline::Role {
                role: "sub".into(),
                title: None,
                content,
            },
        };
        self.push_inline(inline);
    }

    fn link(&mut self, url: String, title: String, image: bool, content: Vec<Inline>, line: u32) {
        let title = (!title.is_empty()).then_some(title);
        let inline = if image {
            Inline::Image(Image {
                src: url,
                alt: inlines_text(&content),
                title,
                line,
                ..Image::default()
            })
        } else {
            Inline::Link {
                url,
                title,
                content,
                line,
            }
        };
        self.push_inline(inline);
    }

    fn finish(mut self) -> Document {
        while self.stack.len() > 1 {
            let open_line = self.top().line;
            self.diagnostics
                .push(Diagnostic::warning(open_line, "markdown element left open"));
            self.end(TagEnd::Paragraph);
        }
        let root = self.stack.pop().expect("root frame");
        let mut blocks = root.blocks;
        if !root.inlines.is_empty() {
            blocks.push(Block::new(root.line, BlockKind::Paragraph(root.inlines)));
        }
        let _ = self.text;
        Document {
            blocks,
            diagnostics: self.diagnostics,
            ..Document::default()
        }
    }
}

fn backref_id(slug: &str, n: u32) -> String {
    if n == 1 {
        format!("fnref-{slug}")
    } else {
        format!("fnref-{slug}-{n}")
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    level as u8
}

fn code_lang(kind: &CodeBlockKind<'_>) -> Option<String> {
    match kind {
        CodeBlockKind::Indented => None,
        CodeBlockKind::Fenced(info) => {
            let lang = info
                .split(|c: char| c.is_whitespace() || c == ',' || c == '{')
                .next()
                .unwrap_or("");
            (!lang.is_empty()).then(|| lang.to_string())
        }
    }
}

#[cfg(test)]
mod tests;
