//! Inline elements: text, emphasis, literals, links, cross-references,
//! roles and footnote references.

use super::Writer;
use crate::doc::*;

impl Writer<'_> {
    pub fn inlines(&mut self, inlines: &[Inline]) {
        for i in inlines {
            self.inline(i);
        }
    }

    /// Inline content without links, for text placed inside a link.
    pub fn inlines_plain(&mut self, inlines: &[Inline]) {
        for i in inlines {
            match i {
                Inline::Link { content, .. } | Inline::Anchor { content, .. } => {
                    self.inlines_plain(content)
                }
                Inline::XRef { .. } | Inline::FootnoteRef { .. } => self.text(&inline_text(i)),
                other => self.inline(other),
            }
        }
    }

    fn wrap(&mut self, open: &str, close: &str, content: &[Inline]) {
        self.raw(open);
        self.inlines(content);
        self.raw(close);
    }

    fn inline(&mut self, i: &Inline) {
        match i {
            Inline::Text(t) => self.text(t),
            Inline::Emphasis(c) => self.wrap("<em>", "</em>", c),
            Inline::Strong(c) => self.wrap("<strong>", "</strong>", c),
            Inline::Strikethrough(c) => self.wrap("<del>", "</del>", c),
            Inline::Code(t) => {
                self.raw("<code class=\"docutils literal notranslate\">");
                self.text(t);
                self.raw("</code>");
            }
            Inline::Link {
                url,
                title,
                content,
                ..
            } => self.link(url, title.as_deref(), content),
            Inline::XRef {
                kind,
                target,
                content,
                ..
            } => self.xref(*kind, target, content.as_deref()),
            Inline::Image(img) => self.image(img, false),
            Inline::Anchor { id, content } => {
                self.raw("<span class=\"target\" id=\"");
                self.attr(id);
                self.raw("\">");
                self.inlines(content);
                self.raw("</span>");
            }
            Inline::FootnoteRef {
                label, id, backref, ..
            } => {
                self.raw("<a class=\"footnote-reference brackets\" href=\"#");
                self.attr(id);
                self.raw("\" id=\"");
                self.attr(backref);
                self.raw("\" role=\"doc-noteref\"><span class=\"fn-bracket\">[</span>");
                self.text(label);
                self.raw("<span class=\"fn-bracket\">]</span></a>");
            }
            Inline::Role {
                role,
                title,
                content,
            } => self.role(role, title.as_deref(), content),
            Inline::Html(html) => self.raw(html),
            Inline::SoftBreak => self.raw("\n"),
            Inline::HardBreak => self.raw("<br>\n"),
            Inline::Problem { text, .. } => {
                self.raw("<span class=\"problematic\">");
                self.text(text);
                self.raw("</span>");
            }
        }
    }

    fn link(&mut self, url: &str, title: Option<&str>, content: &[Inline]) {
        let external = url.contains("://") || url.starts_with("mailto:");
        let href = self.resolver.link(url);
        let class = if external {
            "reference external"
        } else {
            "reference internal"
        };
        self.raw(&format!("<a class=\"{class}\" href=\""));
        self.href(&href);
        self.raw("\"");
        if let Some(t) = title {
            self.raw(" title=\"");
            self.attr(t);
            self.raw("\"");
        }
        self.raw(">");
        self.inlines_plain(content);
        self.raw("</a>");
    }

    fn xref(&mut self, kind: XRefKind, target: &str, content: Option<&[Inline]>) {
        let class = match kind {
            XRefKind::Ref => "std std-ref",
            XRefKind::Doc => "doc",
            XRefKind::Term => "xref std std-term",
        };
        match self.resolver.xref(kind, target) {
            Some((url, title)) => {
                self.raw("<a class=\"reference internal\" href=\"");
                self.href(&url);
                self.raw(&format!("\"><span class=\"{class}\">"));
                match content {
                    Some(c) => self.inlines_plain(c),
                    None => self.text(&title),
                }
                self.raw("</span></a>");
            }
            None => {
                self.raw(&format!("<span class=\"xref {class} problematic\">"));
                match content {
                    Some(c) => self.inlines_plain(c),
                    None => self.text(target),
                }
                self.raw("</span>");
            }
        }
    }

    fn role(&mut self, role: &str, title: Option<&str>, content: &[Inline]) {
        let (open, close) = match role {
            "kbd" => ("<kbd class=\"kbd docutils literal notranslate\">", "</kbd>"),
            "sub" | "subscript" => ("<sub>", "</sub>"),
            "sup" | "superscript" => ("<sup>", "</sup>"),
            "command" | "program" => ("<strong class=\"command\">", "</strong>"),
            "file" | "samp" => (
                "<code class=\"file docutils literal notranslate\">",
                "</code>",
            ),
            "guilabel" | "menuselection" => ("<span class=\"guilabel\">", "</span>"),
            "abbr" => {
                self.raw("<abbr");
                if let Some(t) = title {
                    self.raw(" title=\"");
                    self.attr(t);
                    self.raw("\"");
                }
                self.raw(">");
                self.inlines(content);
                self.raw("</abbr>");
                return;
            }
            "emphasis" => ("<em>", "</em>"),
            "strong" => ("<strong>", "</strong>"),
            "literal" | "code" => ("<code class=\"docutils literal notranslate\">", "</code>"),
            _ => {
                self.raw("<span class=\"");
                self.attr(role);
                self.raw("\">");
                self.inlines(content);
                self.raw("</span>");
                return;
            }
        };
        self.wrap(open, close, content);
    }

    pub fn image(&mut self, img: &Image, block: bool) {
        if let Some(t) = &img.target {
            let href = self.resolver.link(t);
            self.raw("<a class=\"reference image-reference\" href=\"");
            self.href(&href);
            self.raw("\">");
        }
        let src = self.resolver.link(&img.src);
        self.raw("<img src=\"");
        self.href(&src);
        self.raw("\" alt=\"");
        self.attr(&img.alt);
        self.raw("\"");
        for (name, value) in [
            ("title", &img.title),
            ("width", &img.width),
            ("height", &img.height),
        ] {
            if let Some(v) = value {
                self.raw(&format!(" {name}=\""));
                self.attr(v);
                self.raw("\"");
            }
        }
        self.raw(">");
        if img.target.is_some() {
            self.raw("</a>");
        }
        if block {
            self.raw("\n");
        }
    }
}
