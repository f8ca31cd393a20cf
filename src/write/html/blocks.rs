//! Block elements: sections, paragraphs, lists, code, admonitions and the
//! other containers of the model, each as Sphinx writes it.

use super::{TocNode, Writer};
use crate::doc::*;

impl Writer<'_> {
    /// The top level of a page: headings open `<section>` elements that
    /// close at the next heading of the same or a higher level.
    pub fn top_blocks(&mut self, blocks: &[Block]) {
        let mut open: Vec<u8> = Vec::new();
        for b in blocks {
            if let BlockKind::Heading {
                level,
                ids,
                content,
            } = &b.kind
            {
                while open.last().is_some_and(|l| l >= level) {
                    open.pop();
                    self.raw("</section>\n");
                }
                open.push(*level);
                self.section_heading(*level, ids, content);
            } else {
                self.block(b);
            }
        }
        for _ in open {
            self.raw("</section>\n");
        }
    }

    fn section_heading(&mut self, level: u8, ids: &[String], content: &[Inline]) {
        let id = ids.first().map(String::as_str).unwrap_or("");
        self.raw("<section id=\"");
        self.attr(id);
        self.raw("\">\n");
        for extra in ids.iter().skip(1) {
            self.raw("<span id=\"");
            self.attr(extra);
            self.raw("\"></span>");
        }
        self.heading(level, None, id, content);
    }

    fn heading(&mut self, level: u8, own_id: Option<&str>, link_id: &str, content: &[Inline]) {
        let level = level.clamp(1, 6);
        self.raw(&format!("<h{level}"));
        if let Some(id) = own_id {
            self.raw(" id=\"");
            self.attr(id);
            self.raw("\"");
        }
        self.raw(">");
        self.inlines(content);
        self.raw("<a class=\"headerlink\" href=\"#");
        self.attr(link_id);
        self.raw("\" title=\"Link to this heading\">¶</a>");
        self.raw(&format!("</h{level}>\n"));
    }

    pub fn blocks(&mut self, blocks: &[Block]) {
        for b in blocks {
            self.block(b);
        }
    }

    /// Blocks of a tight container: a lone paragraph is written bare.
    fn tight_blocks(&mut self, blocks: &[Block], tight: bool) {
        if tight
            && let [
                Block {
                    kind: BlockKind::Paragraph(inlines),
                    ..
                },
                rest @ ..,
            ] = blocks
        {
            self.inlines(inlines);
            self.raw("\n");
            self.blocks(rest);
            return;
        }
        self.blocks(blocks);
    }

    fn block(&mut self, b: &Block) {
        match &b.kind {
            BlockKind::Heading {
                level,
                ids,
                content,
            } => {
                let id = ids.first().map(String::as_str).unwrap_or("");
                self.heading(*level, Some(id), id, content)
            }
            BlockKind::Paragraph(inlines) => self.paragraph(inlines, None),
            BlockKind::CodeBlock {
                lang,
                code,
                caption,
                ..
            } => self.code(lang.as_deref(), code, caption.as_deref()),
            BlockKind::List(list) => self.list(list),
            BlockKind::DefinitionList(items) => self.definition_list(items),
            BlockKind::FieldList(fields) => self.field_list(fields),
            BlockKind::OptionList(items) => self.option_list(items),
            BlockKind::LineBlock(lines) => self.line_block(lines),
            BlockKind::Table(t) => self.table(t),
            BlockKind::Rubric(inlines) => self.paragraph(inlines, Some("rubric")),
            BlockKind::Image(img) => self.image(img, true),
            BlockKind::ThematicBreak => self.raw("<hr>\n"),
            BlockKind::Html(html) => self.raw(html),
            BlockKind::Anchor(id) => {
                self.raw("<span id=\"");
                self.attr(id);
                self.raw("\"></span>\n");
            }
            BlockKind::Problem { source, .. } => {
                self.raw("<pre class=\"literal-block problem\">");
                self.text(source);
                self.raw("</pre>\n");
            }
            BlockKind::Comment(_) => {}
            BlockKind::BlockQuote { .. }
            | BlockKind::Admonition { .. }
            | BlockKind::Topic { .. }
            | BlockKind::Container { .. }
            | BlockKind::Figure { .. }
            | BlockKind::Footnote { .. }
            | BlockKind::Toctree(_)
            | BlockKind::Contents { .. } => self.container_block(b),
        }
    }

    /// Blocks that hold other blocks (quotes, admonitions, topics,
    /// containers, figures, footnotes) or list the pages and sections
    /// (toctrees, tables of contents).
    fn container_block(&mut self, b: &Block) {
        match &b.kind {
            BlockKind::BlockQuote {
                blocks,
                attribution,
            } => self.quote(blocks, attribution.as_deref()),
            BlockKind::Admonition {
                kind,
                title,
                blocks,
            } => self.admonition(*kind, title.as_deref(), blocks),
            BlockKind::Topic {
                class,
                title,
                blocks,
            } => self.topic(class, title, blocks),
            BlockKind::Container { classes, blocks } => {
                self.raw("<div class=\"");
                self.attr(&classes.join(" "));
                self.raw("\">\n");
                self.blocks(blocks);
                self.raw("</div>\n");
            }
            BlockKind::Figure {
                image,
                caption,
                legend,
            } => self.figure(image, caption, legend),
            BlockKind::Footnote {
                label,
                id,
                backrefs,
                blocks,
            } => self.footnote(label, id, backrefs, blocks),
            BlockKind::Toctree(tree) => self.toctree(tree),
            BlockKind::Contents {
                title,
                depth,
                local,
            } => self.contents(b.line, title.as_deref(), *depth, *local),
            _ => {}
        }
    }

    pub fn paragraph(&mut self, inlines: &[Inline], class: Option<&str>) {
        match class {
            Some(c) => self.raw(&format!("<p class=\"{c}\">")),
            None => self.raw("<p>"),
        }
        self.inlines(inlines);
        self.raw("</p>\n");
    }

    fn code(&mut self, lang: Option<&str>, code: &str, caption: Option<&str>) {
        let lang_name = lang.filter(|l| self.hl.knows(l)).unwrap_or("text");
        self.raw("<div class=\"highlight-");
        self.attr(lang_name);
        self.raw(" notranslate\">");
        if let Some(c) = caption {
            self.raw("<div class=\"code-block-caption\"><span class=\"caption-text\">");
            self.text(c);
            self.raw("</span></div>");
        }
        self.raw("<div class=\"highlight\"><pre>");
        let html = self.hl.highlight(code, lang);
        self.raw(&html);
        self.raw("</pre></div></div>\n");
    }

    fn quote(&mut self, blocks: &[Block], attribution: Option<&[Inline]>) {
        self.raw("<blockquote>\n<div>");
        self.blocks(blocks);
        if let Some(a) = attribution {
            self.raw("<p class=\"attribution\">—");
            self.inlines(a);
            self.raw("</p>\n");
        }
        self.raw("</div></blockquote>\n");
    }

    fn list(&mut self, list: &List) {
        let (tag, class) = match list.kind {
            ListKind::Bullet => ("ul", ""),
            ListKind::Arabic => ("ol", "arabic"),
            ListKind::LowerAlpha => ("ol", "loweralpha"),
            ListKind::UpperAlpha => ("ol", "upperalpha"),
            ListKind::LowerRoman => ("ol", "lowerroman"),
            ListKind::UpperRoman => ("ol", "upperroman"),
        };
        let simple = if list.tight { "simple" } else { "" };
        let classes = [class, simple]
            .iter()
            .filter(|c| !c.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        self.raw(&format!("<{tag}"));
        if !classes.is_empty() {
            self.raw(&format!(" class=\"{classes}\""));
        }
        if tag == "ol" && list.start != 1 {
            self.raw(&format!(" start=\"{}\"", list.start));
        }
        self.raw(">\n");
        for item in &list.items {
            self.raw("<li>");
            if let Some(done) = item.task {
                let checked = if done { " checked" } else { "" };
                self.raw(&format!("<input type=\"checkbox\" disabled{checked}> "));
            }
            self.tight_blocks(&item.blocks, list.tight);
            self.raw("</li>\n");
        }
        self.raw(&format!("</{tag}>\n"));
    }

    fn definition_list(&mut self, items: &[DefinitionItem]) {
        self.raw("<dl>\n");
        for item in items {
            self.raw("<dt>");
            self.inlines(&item.term);
            for c in &item.classifiers {
                // As Sphinx: the " : " separator comes from the stylesheet.
                self.raw("<span class=\"classifier\">");
                self.inlines(c);
                self.raw("</span>");
            }
            self.raw("</dt>\n<dd>");
            self.blocks(&item.definition);
            self.raw("</dd>\n");
        }
        self.raw("</dl>\n");
    }

    fn field_list(&mut self, fields: &[Field]) {
        self.raw("<dl class=\"field-list simple\">\n");
        for (i, field) in fields.iter().enumerate() {
            let parity = if i % 2 == 0 {
                "field-odd"
            } else {
                "field-even"
            };
            self.raw(&format!("<dt class=\"{parity}\">"));
            self.inlines(&field.name);
            self.raw(&format!(
                "<span class=\"colon\">:</span></dt>\n<dd class=\"{parity}\">"
            ));
            self.blocks(&field.body);
            self.raw("</dd>\n");
        }
        self.raw("</dl>\n");
    }

    fn option_list(&mut self, items: &[OptionItem]) {
        self.raw("<dl class=\"option-list\">\n");
        for item in items {
            self.raw("<dt><kbd>");
            for (i, opt) in item.options.iter().enumerate() {
                if i > 0 {
                    self.raw(", ");
                }
                self.raw("<span class=\"option\">");
                self.text(opt);
                self.raw("</span>");
            }
            self.raw("</kbd></dt>\n<dd>");
            self.blocks(&item.description);
            self.raw("</dd>\n");
        }
        self.raw("</dl>\n");
    }

    fn line_block(&mut self, lines: &[Line]) {
        self.raw("<div class=\"line-block\">\n");
        let mut depth = 0u8;
        for line in lines {
            while depth < line.indent {
                self.raw("<div class=\"line-block\">\n");
                depth += 1;
            }
            while depth > line.indent {
                self.raw("</div>\n");
                depth -= 1;
            }
            self.raw("<div class=\"line\">");
            self.inlines(&line.content);
            self.raw("</div>\n");
        }
        for _ in 0..depth {
            self.raw("</div>\n");
        }
        self.raw("</div>\n");
    }

    fn admonition(&mut self, kind: AdmonitionKind, title: Option<&[Inline]>, blocks: &[Block]) {
        let name = kind.name();
        if kind == AdmonitionKind::Generic {
            self.raw("<div class=\"admonition\">\n");
        } else {
            self.raw(&format!("<div class=\"admonition {name}\">\n"));
        }
        self.raw("<p class=\"admonition-title\">");
        match title {
            Some(t) => self.inlines(t),
            None => self.raw(kind.default_title()),
        }
        self.raw("</p>\n");
        self.blocks(blocks);
        self.raw("</div>\n");
    }

    fn topic(&mut self, class: &str, title: &[Inline], blocks: &[Block]) {
        self.raw("<aside class=\"");
        self.attr(class);
        self.raw("\">\n<p class=\"");
        self.attr(class);
        self.raw("-title\">");
        self.inlines(title);
        self.raw("</p>\n");
        self.blocks(blocks);
        self.raw("</aside>\n");
    }

    fn figure(&mut self, image: &Image, caption: &[Inline], legend: &[Block]) {
        self.raw("<figure>\n");
        self.image(image, false);
        if !caption.is_empty() || !legend.is_empty() {
            self.raw("<figcaption>\n");
            if !caption.is_empty() {
                self.paragraph(caption, Some("caption"));
            }
            if !legend.is_empty() {
                self.raw("<div class=\"legend\">\n");
                self.blocks(legend);
                self.raw("</div>\n");
            }
            self.raw("</figcaption>\n");
        }
        self.raw("</figure>\n");
    }

    fn footnote(&mut self, label: &str, id: &str, backrefs: &[String], blocks: &[Block]) {
        self.raw("<aside class=\"footnote brackets\" id=\"");
        self.attr(id);
        self.raw(
            "\" role=\"doc-footnote\">\n<span class=\"label\"><span class=\"fn-bracket\">[</span>",
        );
        match backrefs {
            [one] => {
                self.raw("<a role=\"doc-backlink\" href=\"#");
                self.attr(one);
                self.raw("\">");
                self.text(label);
                self.raw("</a>");
            }
            _ => self.text(label),
        }
        self.raw("<span class=\"fn-bracket\">]</span></span>\n");
        if backrefs.len() > 1 {
            // As docutils: "(1,2)" linking back to each reference.
            self.raw("<span class=\"backrefs\">(");
            for (i, r) in backrefs.iter().enumerate() {
                if i > 0 {
                    self.raw(",");
                }
                self.raw("<a role=\"doc-backlink\" href=\"#");
                self.attr(r);
                self.raw(&format!("\">{}</a>", i + 1));
            }
            self.raw(")</span>\n");
        }
        self.blocks(blocks);
        self.raw("</aside>\n");
    }

    fn toctree(&mut self, tree: &Toctree) {
        if tree.hidden {
            return;
        }
        let nodes = self.resolver.toctree(tree);
        self.raw("<div class=\"toctree-wrapper compound\">\n");
        if let Some(c) = &tree.caption {
            self.raw("<p class=\"caption\" role=\"heading\"><span class=\"caption-text\">");
            self.text(c);
            self.raw("</span></p>\n");
        }
        if !nodes.is_empty() {
            self.toc_list(&nodes, 1);
        }
        self.raw("</div>\n");
    }

    fn toc_list(&mut self, nodes: &[TocNode], depth: usize) {
        self.raw("<ul>\n");
        for n in nodes {
            self.raw(&format!(
                "<li class=\"toctree-l{depth}\"><a class=\"reference {}\" href=\"",
                if n.external { "external" } else { "internal" }
            ));
            self.href(&n.url);
            self.raw("\">");
            self.text(&n.title);
            self.raw("</a>");
            if !n.children.is_empty() {
                self.toc_list(&n.children, depth + 1);
            }
            self.raw("</li>\n");
        }
        self.raw("</ul>\n");
    }

    /// The `contents` directive: the headings after it (all of the page, or
    /// only those of its own section when `local`).
    fn contents(&mut self, line: u32, title: Option<&[Inline]>, depth: Option<u8>, local: bool) {
        let headings = contents_headings(&self.doc.blocks, line, local);
        self.raw("<nav class=\"contents\" id=\"contents\">\n");
        if let Some(t) = title {
            self.paragraph(t, Some("topic-title"));
        }
        let base = headings.first().map_or(1, |h| h.0);
        let max = depth.map_or(u8::MAX, |d| base.saturating_add(d.saturating_sub(1)));
        let shown: Vec<_> = headings.into_iter().filter(|h| h.0 <= max).collect();
        self.contents_list(&shown);
        self.raw("</nav>\n");
    }

    fn contents_list(&mut self, headings: &[(u8, String, &[Inline])]) {
        if headings.is_empty() {
            return;
        }
        self.raw("<ul class=\"simple\">\n");
        let mut i = 0;
        while i < headings.len() {
            let (l, id, content) = &headings[i];
            let end = headings[i + 1..]
                .iter()
                .position(|h| h.0 <= *l)
                .map_or(headings.len(), |p| i + 1 + p);
            self.raw("<li><p><a class=\"reference internal\" href=\"#");
            self.attr(id);
            self.raw("\">");
            self.inlines_plain(content);
            self.raw("</a></p>\n");
            self.contents_list(&headings[i + 1..end]);
            self.raw("</li>\n");
            i = end;
        }
        self.raw("</ul>\n");
    }
}

/// The headings a `contents` directive on `line` lists: (level, id, title).
fn contents_headings(blocks: &[Block], line: u32, local: bool) -> Vec<(u8, String, &[Inline])> {
    let all: Vec<(u8, u32, String, &[Inline])> = blocks
        .iter()
        .filter_map(|b| match &b.kind {
            BlockKind::Heading {
                level,
                ids,
                content,
            } => Some((
                *level,
                b.line,
                ids.first().cloned().unwrap_or_default(),
                content.as_slice(),
            )),
            _ => None,
        })
        .collect();
    let selected: Vec<_> = if local {
        let owner = all.iter().rev().find(|h| h.1 < line).map(|h| h.0);
        let after = all.iter().filter(|h| h.1 > line);
        match owner {
            Some(level) => after.take_while(|h| h.0 > level).collect(),
            None => after.collect(),
        }
    } else {
        // Sphinx keeps the page's top section a section (no doc-title
        // promotion), so a document-wide table of contents lists it too.
        all.iter().collect()
    };
    selected
        .into_iter()
        .map(|(l, _, id, c)| (*l, id.clone(), *c))
        .collect()
}
