//! The Markdown writer: a [`Document`] in, CommonMark text out, with the
//! metadata as YAML front matter, fenced code blocks, definition lists as
//! `Term` then `: definition`, admonitions as Markdown inside a
//! `<div class="admonition note">`, and paragraphs filled to 80 columns.

use super::md_inline::{
    code_span, destination, escape, fix_start, longest_run, render, render_block,
};
use super::wrap::fill;
use crate::doc::{
    AdmonitionKind, Block, BlockKind, DefinitionItem, Document, Inline, Line, List, ListItem,
    ListKind, Meta, Table, Toctree,
};

const WIDTH: usize = 80;

/// Writes `doc` as Markdown.
pub fn write(doc: &Document) -> String {
    let mut lines = front_matter(&doc.meta, doc.title());
    let refs = super::refs::numbered(&doc.blocks);
    let md = Md {
        refs: &refs,
        page: &doc.blocks,
    };
    lines.extend(md.blocks_in(&doc.blocks, WIDTH, Some(&mut Vec::new())));
    super::finish(lines)
}

/// YAML front matter between `---` lines; long strings folded. Front
/// matter, when there is any, names the page: the `title` given, or else
/// the page's first heading.
fn front_matter(meta: &Meta, title: Option<String>) -> Vec<String> {
    let mut fields = super::meta_fields(meta);
    if fields.is_empty() {
        return Vec::new();
    }
    if let Some(t) = title.filter(|_| fields.iter().all(|(k, _)| *k != "title")) {
        fields.insert(0, ("title", t));
    }
    let mut out = vec!["---".to_string()];
    for (key, value) in fields {
        // the list itself, not its joined text: a name may hold `, `
        // (`bastion02 (the CA, offline)`)
        let listed = match key {
            "servers" => Some(&meta.servers),
            "tags" => Some(&meta.tags),
            "aliases" => Some(&meta.aliases),
            _ => None,
        };
        if let Some(values) = listed {
            out.push(format!("{key}:"));
            for v in values {
                out.push(format!("  - {}", yaml_scalar(v.replace('\n', " ").trim())));
            }
            continue;
        }
        let line = match key {
            "weight" | "draft" => format!("{key}: {value}"),
            _ => format!("{key}: {}", yaml_scalar(&value)),
        };
        if line.len() <= WIDTH {
            out.push(line);
        } else {
            out.push(format!("{key}: >-"));
            let keep = |w: &str, _: bool| w.to_string();
            out.extend(
                fill(&value, WIDTH - 2, &keep)
                    .into_iter()
                    .map(|l| format!("  {l}")),
            );
        }
    }
    out.push("---".into());
    out.push(String::new());
    out
}

fn yaml_scalar(value: &str) -> String {
    serde_yaml_ng::to_string(value)
        .map(|s| s.trim_end().to_string())
        .unwrap_or_else(|_| format!("{value:?}"))
}

/// The Markdown writer of one page: the addresses its links give by
/// reference, numbered in order (`refs::numbered`), and the page's blocks
/// (whose headings a table of contents lists).
struct Md<'a> {
    refs: &'a [String],
    page: &'a [Block],
}

impl Md<'_> {
    fn blocks(&self, list: &[Block], width: usize) -> Vec<String> {
        self.blocks_in(list, width, None)
    }

    /// A block's lines: a contents block of the page's top level is the
    /// list of its headings (which the Markdown reader folds back into the
    /// block); one further in, which the reader would not, a comment.
    fn top_or_block(&self, b: &Block, width: usize) -> Vec<String> {
        if let BlockKind::Contents {
            title,
            depth,
            local,
        } = &b.kind
            && let Some(at) = self.page.iter().position(|p| std::ptr::eq(p, b))
        {
            let title = title.as_deref().map(|t| render(t, self.refs));
            return super::md_contents::lines(self.page, at, title, *depth, *local);
        }
        self.block(&b.kind, width)
    }

    /// The blocks; at the top of the page (`defined`: the numbers of the
    /// addresses already given) each block is followed by the addresses of
    /// the links it writes by reference, `[N]: url`.
    fn blocks_in(
        &self,
        list: &[Block],
        width: usize,
        mut defined: Option<&mut Vec<usize>>,
    ) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut prev: Option<&BlockKind> = None;
        for b in list {
            let lines = self.top_or_block(b, width);
            if lines.is_empty() {
                continue;
            }
            if !out.is_empty() {
                out.push(String::new());
                let merge = match (prev, &b.kind) {
                    (Some(BlockKind::List(a)), BlockKind::List(n)) => {
                        (a.kind == ListKind::Bullet) == (n.kind == ListKind::Bullet)
                    }
                    // a fence at the margin ends a list by itself
                    _ => false,
                };
                if merge {
                    out.push("<!-- -->".into());
                    out.push(String::new());
                }
            }
            out.extend(lines);
            if let Some(defined) = defined.as_deref_mut() {
                out.extend(self.definitions_after(b, defined));
            }
            prev = Some(&b.kind);
        }
        out
    }

    /// `[N]: url` for each address `b` links to by reference that has no
    /// such line yet, after an empty line.
    fn definitions_after(&self, b: &Block, defined: &mut Vec<usize>) -> Vec<String> {
        let mut out = Vec::new();
        for url in super::refs::urls(std::slice::from_ref(b), true) {
            let Some(n) = super::refs::number(self.refs, &url).filter(|n| !defined.contains(n))
            else {
                continue;
            };
            defined.push(n);
            if out.is_empty() {
                out.push(String::new());
            }
            out.push(format!("[{n}]: {}", destination(&url)));
        }
        out
    }

    fn block(&self, kind: &BlockKind, width: usize) -> Vec<String> {
        use BlockKind as K;
        match kind {
            K::Heading { level, content, .. } => self.heading(*level, content),
            K::Paragraph(c) => self.paragraph(c, width),
            K::CodeBlock { lang, code, .. } => fenced(lang.as_deref().unwrap_or(""), code),
            K::BlockQuote {
                blocks: inner,
                attribution,
            } => self.block_quote(inner, attribution.as_deref(), width),
            K::List(list) => self.list_lines(list, width),
            K::DefinitionList(items) => self.definitions(items, width),
            K::FieldList(fields) => self.definitions(
                &fields
                    .iter()
                    .map(|f| DefinitionItem {
                        line: f.line,
                        term: f.name.clone(),
                        classifiers: Vec::new(),
                        definition: f.body.clone(),
                    })
                    .collect::<Vec<_>>(),
                width,
            ),
            K::OptionList(items) => self.definitions(
                &items
                    .iter()
                    .map(|o| DefinitionItem {
                        line: o.line,
                        term: vec![Inline::Code(o.options.join(", "))],
                        classifiers: Vec::new(),
                        definition: o.description.clone(),
                    })
                    .collect::<Vec<_>>(),
                width,
            ),
            K::LineBlock(lines) => self.line_block(lines),
            K::Table(t) => self.table(t, width),
            K::Rubric(c) => vec![format!("**{}**", render(c, self.refs))],
            K::Image(img) => vec![format!("![{}]({})", escape(&img.alt), img.src)],
            K::ThematicBreak => vec!["***".into()],
            K::Html(h) => h.lines().map(|l| l.trim_end().to_string()).collect(),
            K::Anchor(id) => vec![format!("<a id=\"{id}\"></a>")],
            K::Toctree(t) => toctree(t),
            K::Contents { .. } => vec!["<!-- contents -->".into()],
            K::Problem { source, .. } => fenced("", source),
            K::Comment(text) => vec![format!("<!-- {} -->", text.replace("--", "- -"))],
            K::Admonition { .. }
            | K::Topic { .. }
            | K::Container { .. }
            | K::Figure { .. }
            | K::Footnote { .. } => self.container(kind, width),
        }
    }

    /// Blocks that hold other blocks: admonitions, topics, containers,
    /// figures and footnotes.
    fn container(&self, kind: &BlockKind, width: usize) -> Vec<String> {
        use BlockKind as K;
        match kind {
            K::Admonition {
                kind,
                title,
                blocks: inner,
            } => self.admonition(*kind, title.as_deref(), inner, width),
            K::Topic {
                title,
                blocks: inner,
                ..
            } => {
                let mut l = vec![format!("**{}**", render(title, self.refs)), String::new()];
                l.extend(self.blocks(inner, nested(width)));
                l
            }
            K::Container { blocks: inner, .. } => self.blocks(inner, nested(width)),
            K::Figure {
                image,
                caption,
                legend,
            } => {
                let mut l = vec![
                    format!("![{}]({})", escape(&image.alt), image.src),
                    String::new(),
                ];
                l.extend(self.paragraph(&[Inline::Emphasis(caption.clone())], width));
                if !legend.is_empty() {
                    l.push(String::new());
                    l.extend(self.blocks(legend, nested(width)));
                }
                l
            }
            K::Footnote {
                label,
                blocks: inner,
                ..
            } => self.footnote(label, inner, width),
            _ => Vec::new(),
        }
    }

    /// An ATX heading; none when it has no text.
    fn heading(&self, level: u8, content: &[Inline]) -> Vec<String> {
        let text = render(content, self.refs)
            .trim()
            .trim_end_matches('#')
            .to_string();
        if text.is_empty() {
            return Vec::new();
        }
        vec![format!(
            "{} {text}",
            "#".repeat(usize::from(level.clamp(1, 6)))
        )]
    }

    fn block_quote(
        &self,
        inner: &[Block],
        attribution: Option<&[Inline]>,
        width: usize,
    ) -> Vec<String> {
        let mut lines = self.blocks(inner, nested(width));
        if let Some(a) = attribution {
            lines.push(String::new());
            lines.extend(fill(
                &format!("— {}", render(a, self.refs)),
                WIDTH - 2,
                &fix_start,
            ));
        }
        quote(&lines)
    }

    /// Lines kept apart by hard breaks, indents as non-breaking spaces.
    fn line_block(&self, lines: &[Line]) -> Vec<String> {
        let n = lines.len();
        lines
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let pad = "&nbsp;".repeat(usize::from(l.indent) * 4);
                let brk = if i + 1 < n { "\\" } else { "" };
                fix_start(
                    &format!("{pad}{}{brk}", render(&l.content, self.refs)),
                    i == 0,
                )
            })
            .collect()
    }

    /// `[^label]: ` and the footnote's text, indented under it.
    fn footnote(&self, label: &str, inner: &[Block], width: usize) -> Vec<String> {
        let body = self.blocks(inner, nested(width));
        let mut l = Vec::new();
        for (i, line) in body.iter().enumerate() {
            l.push(match i {
                0 => format!("[^{label}]: {line}"),
                _ if line.is_empty() => String::new(),
                _ => format!("    {line}"),
            });
        }
        l
    }

    fn paragraph(&self, content: &[Inline], width: usize) -> Vec<String> {
        fill(&render_block(content, self.refs), width, &fix_start)
    }

    /// An admonition as an HTML `div` of the admonition's class around
    /// Markdown blocks: CommonMark readers keep its kind (GitHub alerts read as
    /// plain quotes outside GitHub), and sopbook's reader folds it back.
    fn admonition(
        &self,
        kind: AdmonitionKind,
        title: Option<&[Inline]>,
        inner: &[Block],
        width: usize,
    ) -> Vec<String> {
        let class = match kind {
            AdmonitionKind::Generic => "admonition".to_string(),
            k => format!("admonition {}", k.name()),
        };
        let mut lines = vec![format!("<div class=\"{class}\">"), String::new()];
        if let Some(title) = title.filter(|t| !t.is_empty()) {
            lines.push(format!("**{}**", render(title, self.refs)));
            lines.push(String::new());
        }
        lines.extend(self.blocks(inner, width));
        lines.push(String::new());
        lines.push("</div>".into());
        lines
    }

    fn definitions(&self, items: &[DefinitionItem], width: usize) -> Vec<String> {
        let mut out = Vec::new();
        for (n, item) in items.iter().enumerate() {
            if n > 0 {
                out.push(String::new());
            }
            let mut term = render(&item.term, self.refs).trim().to_string();
            for c in &item.classifiers {
                term.push_str(&format!(" *{}*", render(c, self.refs)));
            }
            let term = fix_start(&term, true);
            let body = self.blocks(&item.definition, nested(width));
            out.push(term);
            if body.is_empty() {
                continue;
            }
            out.extend(hang(": ", &body));
        }
        out
    }

    fn list_lines(&self, list: &List, width: usize) -> Vec<String> {
        let mut out = Vec::new();
        let ordered = list.kind != ListKind::Bullet;
        for (n, item) in list.items.iter().enumerate() {
            let marker = if ordered {
                format!("{}. ", list.start as usize + n)
            } else {
                "- ".to_string()
            };
            let tight = list.tight && list.items.iter().all(crate::write::compact);
            let body = match tight {
                // a tight item's sub-list right under its text, no blank line
                true => item
                    .blocks
                    .iter()
                    .flat_map(|b| self.item_body(&one(item, b), nested(width)))
                    .collect(),
                false => self.item_body(item, nested(width)),
            };
            let simple = item.blocks.len() <= 1 && (n == 0 || list.items[n - 1].blocks.len() <= 1);
            if n > 0 && !(tight || (list.tight && simple)) {
                out.push(String::new());
            }
            if body.is_empty() {
                out.push(marker.trim_end().to_string());
                continue;
            }
            out.extend(hang(&marker, &body));
        }
        out
    }

    /// An item's blocks, a task item's after its box.
    fn item_body(&self, item: &ListItem, width: usize) -> Vec<String> {
        crate::write::item_body(item, width, |b, w| self.blocks(b, w))
    }

    fn table(&self, t: &Table, _width: usize) -> Vec<String> {
        let cell = |c: &crate::doc::Cell| {
            let text: Vec<String> = c
                .blocks
                .iter()
                .map(|b| match &b.kind {
                    BlockKind::Paragraph(i) => render(i, self.refs),
                    BlockKind::CodeBlock { code, .. } => code_span(code),
                    other => escape(&plain_text(other)),
                })
                .collect();
            text.join(" ").replace('|', "\\|")
        };
        let rows: Vec<Vec<String>> = t
            .rows
            .iter()
            .map(|r| r.iter().map(cell).collect())
            .collect();
        let ncols = rows.iter().map(Vec::len).max().unwrap_or(0);
        if ncols == 0 {
            return Vec::new();
        }
        let line = |r: &[String]| {
            let mut cells: Vec<String> = r.to_vec();
            cells.resize(ncols, String::new());
            format!("| {} |", cells.join(" | "))
        };
        // Markdown has one header row: a header of several rows is joined
        // into it column by column, so no header text is lost
        let header_rows = t.header_rows.max(1).min(rows.len());
        let mut out = vec![line(&joined_header(&rows[..header_rows], ncols))];
        out.push(format!("|{}", " --- |".repeat(ncols)));
        out.extend(rows[header_rows..].iter().map(|r| line(r)));
        out
    }
}

/// A toctree as a list of links.
fn toctree(t: &Toctree) -> Vec<String> {
    t.entries
        .iter()
        .map(|e| {
            let title = e
                .title
                .as_deref()
                .map(escape)
                .unwrap_or_else(|| escape(&e.target));
            format!("- [{title}]({})", e.target)
        })
        .collect()
}

fn fenced(lang: &str, code: &str) -> Vec<String> {
    // tabs kept as typed: a fence is exact to the character (a Makefile's
    // recipe, a `<<-` here-document), and shows at the same columns
    let mut body: Vec<String> = code.lines().map(|l| l.trim_end().to_string()).collect();
    while body.last().is_some_and(|l| l.is_empty()) {
        body.pop();
    }
    while body.first().is_some_and(|l| l.is_empty()) {
        body.remove(0);
    }
    if body.is_empty() {
        return Vec::new();
    }
    let fence = "`".repeat(3.max(longest_run(code, '`') + 1));
    let mut out = vec![format!("{fence}{lang}")];
    out.extend(body);
    out.push(fence);
    out
}

fn quote(lines: &[String]) -> Vec<String> {
    lines
        .iter()
        .map(|l| {
            if l.is_empty() {
                ">".into()
            } else {
                format!("> {l}")
            }
        })
        .collect()
}

/// Lines with `marker` before the first and its width of spaces before
/// the others.
fn hang(marker: &str, body: &[String]) -> Vec<String> {
    let pad = " ".repeat(marker.len());
    body.iter()
        .enumerate()
        .map(|(i, l)| match i {
            0 => format!("{marker}{l}"),
            _ if l.is_empty() => String::new(),
            _ => format!("{pad}{l}"),
        })
        .collect()
}

/// The item with only the block `b`, its task box kept for its first.
fn one(item: &ListItem, b: &Block) -> ListItem {
    let first = std::ptr::eq(b, &item.blocks[0]);
    ListItem {
        line: item.line,
        task: item.task.filter(|_| first),
        blocks: vec![b.clone()],
    }
}

/// One header row from several: each column's non-empty cells, top
/// down, parted by a space.
fn joined_header(rows: &[Vec<String>], ncols: usize) -> Vec<String> {
    (0..ncols)
        .map(|c| {
            let parts: Vec<&str> = rows
                .iter()
                .filter_map(|r| r.get(c).map(String::as_str))
                .filter(|s| !s.is_empty())
                .collect();
            parts.join(" ")
        })
        .collect()
}

fn plain_text(kind: &BlockKind) -> String {
    let mut out = String::new();
    crate::doc::walk_blocks(&[Block::new(0, kind.clone())], &mut |v| {
        if let crate::doc::Visit::Inline(Inline::Text(t)) = v {
            out.push_str(t);
            out.push(' ');
        }
    });
    out.trim().to_string()
}

/// The width left for blocks nested one level deeper.
fn nested(width: usize) -> usize {
    width.saturating_sub(4).max(30)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::{Cell, Inline};

    #[test]
    fn a_header_of_two_rows_is_joined_into_one() {
        let cell = |t: &str| Cell {
            colspan: 1,
            rowspan: 1,
            blocks: vec![Block::new(
                1,
                BlockKind::Paragraph(vec![Inline::Text(t.into())]),
            )],
        };
        let row = |a: &str, b: &str| vec![cell(a), cell(b)];
        let t = Table {
            header_rows: 2,
            rows: vec![row("Disk", "Size"), row("", "(TB)"), row("sda", "4")],
            ..Table::default()
        };
        assert_eq!(
            Md {
                refs: &[],
                page: &[],
            }
            .table(&t, 80),
            ["| Disk | Size (TB) |", "| --- | --- |", "| sda | 4 |"]
        );
    }

    #[test]
    fn a_contents_block_is_its_list_at_the_top_and_a_comment_further_in() {
        let contents = || {
            let kind = BlockKind::Contents {
                title: None,
                depth: None,
                local: false,
            };
            Block::new(2, kind)
        };
        let heading = |line, level, t: &str| {
            let content = vec![Inline::Text(t.into())];
            let ids = Vec::new();
            Block::new(
                line,
                BlockKind::Heading {
                    level,
                    ids,
                    content,
                },
            )
        };
        let quote = BlockKind::BlockQuote {
            blocks: vec![contents()],
            attribution: None,
        };
        let doc = Document {
            blocks: vec![
                heading(1, 1, "Pump"),
                contents(),
                heading(3, 2, "Priming"),
                Block::new(4, quote),
            ],
            ..Document::default()
        };
        let md = write(&doc);
        assert!(
            md.contains("**Contents**\n\n- [Priming](#priming)\n\n</nav>\n"),
            "{md}"
        );
        assert!(md.contains("> <!-- contents -->"), "{md}");
        let back = crate::markup::markdown::parse(&md);
        assert!(
            matches!(back.blocks[1].kind, BlockKind::Contents { .. }),
            "{md}"
        );
    }
}
