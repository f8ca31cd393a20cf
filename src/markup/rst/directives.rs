//! What each known directive builds: a parsed [`Directive`] in, blocks out
//! (admonitions, code, images, toctrees, topics, containers, ...).

use super::Parser;
use super::directive::Directive;
use super::lines::{Ln, join};
use crate::doc::{AdmonitionKind, Block, BlockKind, Image, Inline, TocEntry, Toctree};

impl Parser<'_> {
    /// Builds the blocks of a known directive.
    pub(super) fn run_directive(&mut self, d: Directive, out: &mut Vec<Block>) {
        if let Some(kind) = AdmonitionKind::from_name(&d.name) {
            return self.admonition(&d, kind, out);
        }
        if let Some(prefix) = super::pydomain::object_prefix(&d.name) {
            return self.py_object(&d, prefix, out);
        }
        match d.name.as_str() {
            "module" | "py:module" | "currentmodule" | "py:currentmodule" | "highlight"
            | "sectnum" | "section-numbering" | "default-role" | "role" => self.setting(&d),
            "code-block" | "sourcecode" | "code" => self.code_directive(&d, out),
            "literalinclude" | "include" => self.include(&d, out),
            "image" => {
                let img = self.image(&d);
                self.push(out, Block::new(d.line, BlockKind::Image(img)));
            }
            "figure" => self.figure(&d, out),
            "contents" => self.contents(&d, out),
            "topic" | "sidebar" => self.topic(&d, out),
            "rubric" | "centered" => self.title_line(&d, out),
            "container" | "compound" | "epigraph" | "highlights" | "pull-quote"
            | "target-notes" | "parsed-literal" => self.wrapper(&d, out),
            "glossary" | "hlist" | "line-block" | "only" | "header" | "footer" | "rst-class" => {
                self.spliced(&d, out)
            }
            "raw" => self.raw(&d, out),
            "table" | "csv-table" | "list-table" => self.table_directive(&d, out),
            "toctree" => {
                let t = toctree(&d);
                self.push(out, Block::new(d.line, BlockKind::Toctree(t)));
            }
            "math" => self.math_block(&d, out),
            "versionadded" | "versionchanged" | "deprecated" | "versionremoved" => {
                self.version_note(&d, out)
            }
            _ => {}
        }
    }

    fn admonition(&mut self, d: &Directive, kind: AdmonitionKind, out: &mut Vec<Block>) {
        let line = d.line;
        let title = (kind == AdmonitionKind::Generic).then(|| self.inline(d.arg(), line));
        let blocks = self.body(&d.content, false);
        let b = BlockKind::Admonition {
            kind,
            title,
            blocks,
        };
        self.push(out, Block::new(line, b));
    }

    /// Directives that set how the rest of the page is read and build
    /// nothing.
    fn setting(&mut self, d: &Directive) {
        match d.name.as_str() {
            "module" | "py:module" | "currentmodule" | "py:currentmodule" => {
                let name = d.arg().trim();
                self.py_module = (!name.is_empty() && name != "None").then(|| name.to_string());
            }
            "highlight" => {
                self.highlight = lang_of(d.arg());
            }
            "sectnum" | "section-numbering" => {
                self.sectnum = Some(super::sectnum::SectNum::from_directive(d));
            }
            "default-role" => {
                self.default_role = d.args.first().cloned();
                self.default_role_set = true;
            }
            "role" => {
                let (name, base) = d.arg().split_once('(').unwrap_or((d.arg(), ""));
                let base = base.trim_end().trim_end_matches(')').trim();
                let name = name.trim().to_ascii_lowercase();
                self.custom_roles.push((name, base.to_ascii_lowercase()));
            }
            _ => {}
        }
    }

    fn contents(&mut self, d: &Directive, out: &mut Vec<Block>) {
        let line = d.line;
        // docutils titles the table of contents unless it is local.
        let title = match (d.args.is_empty(), d.flag("local")) {
            (false, _) => Some(self.inline(d.arg(), line)),
            (true, false) => Some(vec![Inline::Text("Contents".into())]),
            (true, true) => None,
        };
        let depth = d.option("depth").and_then(|v| v.parse().ok());
        self.contents_target(d, out);
        let kind = BlockKind::Contents {
            title,
            depth,
            local: d.flag("local"),
        };
        self.push(out, Block::new(line, kind));
    }

    fn topic(&mut self, d: &Directive, out: &mut Vec<Block>) {
        let line = d.line;
        let title = self.inline(d.arg(), line);
        let mut blocks = self.body(&d.content, false);
        if let Some(sub) = d.option("subtitle").filter(|s| !s.trim().is_empty()) {
            let sub = self.inline(sub, line);
            blocks.insert(0, Block::new(line, BlockKind::Paragraph(sub)));
        }
        let kind = BlockKind::Topic {
            class: d.name.clone(),
            title,
            blocks,
        };
        self.push(out, Block::new(line, kind));
    }

    /// `rubric` and `centered`: one line of inline markup.
    fn title_line(&mut self, d: &Directive, out: &mut Vec<Block>) {
        let line = d.line;
        let kind = match d.name.as_str() {
            "rubric" => BlockKind::Rubric(self.inline(d.arg(), line)),
            _ => BlockKind::Paragraph(vec![Inline::Strong(self.inline(d.arg(), line))]),
        };
        self.push(out, Block::new(line, kind));
    }

    /// Directives whose content becomes one container or quote block.
    fn wrapper(&mut self, d: &Directive, out: &mut Vec<Block>) {
        let line = d.line;
        let kind = match d.name.as_str() {
            "container" | "compound" => {
                let mut classes: Vec<String> = d
                    .args
                    .iter()
                    .flat_map(|a| a.split_whitespace().map(String::from))
                    .collect();
                if d.name == "compound" {
                    classes.insert(0, "compound".into());
                }
                let blocks = self.body(&d.content, false);
                BlockKind::Container { classes, blocks }
            }
            // Page decoration Sphinx does not show; read for the
            // references and targets it holds.
            "target-notes" => {
                self.target_notes = true;
                BlockKind::Container {
                    classes: vec![super::targetnotes::CLASS.into()],
                    blocks: Vec::new(),
                }
            }
            // Kept as inlines until references are resolved (footnote
            // numbers), then made a literal block by `parsed_literals`.
            "parsed-literal" => {
                let inl = self.inline(&join(&d.content), line);
                BlockKind::Container {
                    classes: vec![PARSED_LITERAL.into()],
                    blocks: vec![Block::new(line, BlockKind::Paragraph(inl))],
                }
            }
            // `epigraph`, `highlights`, `pull-quote`.
            _ => {
                let blocks = self.body(&d.content, false);
                BlockKind::BlockQuote {
                    blocks,
                    attribution: None,
                }
            }
        };
        self.push(out, Block::new(line, kind));
    }

    /// Directives whose content blocks take the directive's place.
    fn spliced(&mut self, d: &Directive, out: &mut Vec<Block>) {
        let titles = match d.name.as_str() {
            "glossary" | "hlist" | "line-block" => false,
            "only" if only_html(d.arg()) => self.depth == 1,
            // Read for the references and targets they hold.
            "header" | "footer" => {
                self.body(&d.content, false);
                return;
            }
            // docutils' `class` (Sphinx's name for it): the classes are
            // not kept, the content is.
            "rst-class" => self.depth == 1,
            _ => return,
        };
        for b in self.body(&d.content, titles) {
            self.push(out, b);
        }
    }

    fn code_directive(&mut self, d: &Directive, out: &mut Vec<Block>) {
        let lang = d.args.first().and_then(|a| lang_of(a)).or_else(|| {
            if d.name == "code-block" || d.name == "sourcecode" {
                self.highlight.clone()
            } else {
                None
            }
        });
        let code = join(&d.content);
        let caption = self.caption(d);
        let kind = BlockKind::CodeBlock {
            lang,
            code,
            caption,
            linenos: d.flag("linenos") || d.flag("number-lines"),
        };
        self.push(out, Block::new(d.line, kind));
    }

    pub(super) fn image(&mut self, d: &Directive) -> Image {
        let src: String = d.arg().split_whitespace().collect();
        Image {
            alt: d.option("alt").map_or_else(|| src.clone(), String::from),
            src,
            title: None,
            width: d.option("width").map(String::from),
            height: d.option("height").map(String::from),
            target: d.option("target").map(|t| t.split_whitespace().collect()),
            line: d.line,
        }
    }

    fn figure(&mut self, d: &Directive, out: &mut Vec<Block>) {
        let image = self.image(d);
        let mut blocks = self.body(&d.content, false).into_iter();
        let mut caption = Vec::new();
        let mut legend = Vec::new();
        match blocks.next() {
            Some(Block {
                kind: BlockKind::Paragraph(c),
                ..
            }) => caption = c,
            Some(Block {
                kind: BlockKind::Comment(_),
                ..
            })
            | None => {}
            Some(other) => {
                self.error(
                    d.line,
                    "Figure caption must be a paragraph or empty comment.",
                );
                legend.push(other);
            }
        }
        legend.extend(blocks);
        let kind = BlockKind::Figure {
            image,
            caption,
            legend,
        };
        self.push(out, Block::new(d.line, kind));
    }

    fn raw(&mut self, d: &Directive, out: &mut Vec<Block>) {
        let html = d.arg().split_whitespace().any(|f| f == "html");
        if !html {
            return;
        }
        if !self.opts.raw_html {
            self.warn(d.line, "\"raw\" directive disabled.");
            return;
        }
        self.push(out, Block::new(d.line, BlockKind::Html(join(&d.content))));
    }

    fn version_note(&mut self, d: &Directive, out: &mut Vec<Block>) {
        let version = d.arg();
        let label = match d.name.as_str() {
            "versionadded" => format!("Added in version {version}"),
            "versionchanged" => format!("Changed in version {version}"),
            "versionremoved" => format!("Removed in version {version}"),
            _ => format!("Deprecated since version {version}"),
        };
        let mut blocks = Vec::new();
        let mut lead = Vec::new();
        if let Some(text) = d.args.get(1) {
            lead = self.inline(text, d.line);
        }
        let mut body = self.body(&d.content, false);
        if lead.is_empty()
            && let Some(Block {
                kind: BlockKind::Paragraph(c),
                ..
            }) = body.first()
        {
            lead = c.clone();
            body.remove(0);
        }
        let marker = if lead.is_empty() { "." } else { ": " };
        let mut first = vec![Inline::Role {
            role: "versionmodified".into(),
            title: None,
            content: vec![Inline::Text(format!("{label}{marker}"))],
        }];
        first.extend(lead);
        blocks.push(Block::new(d.line, BlockKind::Paragraph(first)));
        blocks.extend(body);
        let kind = BlockKind::Container {
            classes: vec![d.name.clone()],
            blocks,
        };
        self.push(out, Block::new(d.line, kind));
    }
}

/// The language named by `highlight`/`code-block` (`none` and `text`: plain).
fn lang_of(arg: &str) -> Option<String> {
    match arg.trim() {
        "" | "none" | "text" => None,
        l => Some(l.to_string()),
    }
}

/// Sphinx `only`: true when the expression holds for the HTML builder.
fn only_html(expr: &str) -> bool {
    let tags = ["html", "format_html", "builder_html"];
    let mut toks: Vec<String> = Vec::new();
    for w in expr
        .replace('(', " ( ")
        .replace(')', " ) ")
        .split_whitespace()
    {
        toks.push(w.to_string());
    }
    let mut pos = 0;
    or_expr(&toks, &mut pos, &tags)
}

fn or_expr(t: &[String], pos: &mut usize, tags: &[&str]) -> bool {
    let mut v = and_expr(t, pos, tags);
    while t.get(*pos).is_some_and(|w| w == "or") {
        *pos += 1;
        v |= and_expr(t, pos, tags);
    }
    v
}

fn and_expr(t: &[String], pos: &mut usize, tags: &[&str]) -> bool {
    let mut v = not_expr(t, pos, tags);
    while t.get(*pos).is_some_and(|w| w == "and") {
        *pos += 1;
        v &= not_expr(t, pos, tags);
    }
    v
}

fn not_expr(t: &[String], pos: &mut usize, tags: &[&str]) -> bool {
    match t.get(*pos).map(String::as_str) {
        Some("not") => {
            *pos += 1;
            !not_expr(t, pos, tags)
        }
        Some("(") => {
            *pos += 1;
            let v = or_expr(t, pos, tags);
            if t.get(*pos).is_some_and(|w| w == ")") {
                *pos += 1;
            }
            v
        }
        Some(w) => {
            *pos += 1;
            tags.contains(&w)
        }
        None => false,
    }
}

/// The entries and options of a `toctree`.
fn toctree(d: &Directive) -> Toctree {
    let glob = d.flag("glob");
    let entries = d
        .content
        .iter()
        .filter(|l| !l.is_blank())
        .map(|l| toc_entry(l, glob))
        .collect();
    Toctree {
        caption: d.option("caption").map(String::from),
        maxdepth: d.option("maxdepth").and_then(|v| v.parse().ok()),
        hidden: d.flag("hidden"),
        titlesonly: d.flag("titlesonly"),
        numbered: d.flag("numbered"),
        entries,
    }
}

fn toc_entry(l: &Ln, glob: bool) -> TocEntry {
    let t = l.text.trim();
    if let Some(open) = t.rfind('<').filter(|_| t.ends_with('>')) {
        let title = t[..open].trim();
        if !title.is_empty() {
            return TocEntry {
                line: l.no,
                title: Some(title.to_string()),
                target: t[open + 1..t.len() - 1].trim().to_string(),
                glob: false,
            };
        }
    }
    let is_glob = glob && t.contains(['*', '?', '[']);
    TocEntry {
        line: l.no,
        title: None,
        target: t.to_string(),
        glob: is_glob,
    }
}

impl Parser<'_> {
    /// The implicit target a table of contents makes of its title (or of
    /// "contents"), unless the name is taken. The writer gives the table
    /// itself the id `contents`.
    fn contents_target(&mut self, d: &Directive, out: &mut Vec<Block>) {
        let title = match d.args.is_empty() {
            true => "contents".to_string(),
            false => crate::doc::inlines_text(&self.inline(d.arg(), d.line)),
        };
        let norm = super::normalize_name(&title);
        if self.targets.has_name(&norm) {
            return;
        }
        let id = self.unique_id(&norm);
        self.targets.implicit(&norm, &id);
        if id != "contents" {
            self.flush_pending(out);
            out.push(Block::new(d.line, BlockKind::Anchor(id)));
        }
    }

    /// A code block's `caption` option: inline markup, kept as its text.
    pub(super) fn caption(&mut self, d: &Directive) -> Option<String> {
        let caption = d.option("caption")?.to_string();
        Some(crate::doc::inlines_text(&self.inline(&caption, d.line)))
    }
}

/// The class of the container a parsed literal waits in.
const PARSED_LITERAL: &str = "\u{0}parsed-literal";

/// Turns the waiting parsed literals into literal blocks of their text.
pub(super) fn parsed_literals(blocks: &mut [Block]) {
    crate::doc::walk_blocks_mut(blocks, &mut |b| {
        if let BlockKind::Container { classes, blocks } = &b.kind
            && classes.iter().any(|c| c == PARSED_LITERAL)
        {
            let code = match blocks.first().map(|p| &p.kind) {
                Some(BlockKind::Paragraph(inl)) => literal_text(inl),
                _ => String::new(),
            };
            b.kind = super::block::code_block(b.line, None, code).kind;
        }
    });
}

/// The text of a parsed literal's inlines, its line breaks kept.
fn literal_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for i in inlines {
        match i {
            Inline::SoftBreak | Inline::HardBreak => out.push('\n'),
            other => out.push_str(&crate::doc::inline_text(other)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_expressions() {
        assert!(only_html("html"));
        assert!(!only_html("latex"));
        assert!(only_html("not latex"));
        assert!(only_html("html or latex"));
        assert!(!only_html("html and (latex or epub)"));
    }
}
