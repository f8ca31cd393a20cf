//! The reStructuredText writer: a [`Document`] in, RST text out, with the
//! metadata as a `.. key: value` comment header, the title over- and
//! underlined with `=`, sections `=`, `-`, `~`, literal blocks after `::`,
//! and paragraphs filled to 80 columns.

mod lists;
mod table;

use super::rst_inline::{escape, render};
use super::wrap::fill;
use crate::doc::{
    AdmonitionKind, Block, BlockKind, Document, Field, Image, Inline, Line, Meta, OptionItem,
    inlines_text,
};
use crate::tabs::{self, Stops};
use lists::{definitions, list_lines};
use table::table;
use unicode_width::UnicodeWidthStr;

const WIDTH: usize = 80;

/// Writes `doc` as reStructuredText.
pub fn write(doc: &Document) -> String {
    let mut lines = header(&doc.meta, has_contact_list(&doc.blocks));
    if !lines.is_empty() {
        lines.push(String::new());
    }
    let mut sections = Sections::default();
    lines.extend(blocks(&doc.blocks, Some(&mut sections), WIDTH));
    super::finish(lines)
}

/// The comment header: page metadata as `.. key: value` lines. SOP fields
/// are left out when the body already shows them as a definition list.
fn header(meta: &Meta, contact_in_body: bool) -> Vec<String> {
    let mut out = Vec::new();
    for (key, value) in super::meta_fields(meta) {
        if contact_in_body && super::is_contact_field(key) {
            continue;
        }
        out.push(format!(".. {key}: {value}"));
    }
    out
}

/// Whether the body shows SOP fields as a definition list (its terms
/// `Owner` or, from a field list, `Owner:`) or as a list of them
/// (`* Owner: web team`).
fn has_contact_list(blocks: &[Block]) -> bool {
    let field =
        |text: &str| super::is_contact_field(&text.trim().trim_end_matches(':').to_lowercase());
    blocks.iter().any(|b| match &b.kind {
        BlockKind::DefinitionList(items) => items.iter().any(|i| field(&inlines_text(&i.term))),
        BlockKind::List(list) => list.items.iter().any(|i| match i.blocks.first() {
            Some(Block {
                kind: BlockKind::Paragraph(c),
                ..
            }) => inlines_text(c)
                .split_once(':')
                .is_some_and(|(n, _)| field(n)),
            _ => false,
        }),
        _ => false,
    })
}

/// Maps source heading levels to consecutive RST section depths.
#[derive(Default)]
struct Sections {
    stack: Vec<u8>,
}

impl Sections {
    fn depth(&mut self, level: u8) -> usize {
        while self.stack.last().is_some_and(|&l| l >= level) {
            self.stack.pop();
        }
        self.stack.push(level);
        self.stack.len()
    }
}

/// The blocks; at the top of the page (`sections` given) the addresses of
/// the links a block writes by reference follow it as anonymous targets,
/// `__ url` (after a literal block its `::` paragraph introduces).
fn blocks(list: &[Block], mut sections: Option<&mut Sections>, width: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut prev: Option<&BlockKind> = None;
    let mut targets: Vec<String> = Vec::new();
    for (i, b) in list.iter().enumerate() {
        if matches!(b.kind, BlockKind::ThematicBreak)
            && (i == 0 || i + 1 == list.len() || matches!(prev, Some(BlockKind::ThematicBreak)))
        {
            continue;
        }
        let lines = match (&b.kind, sections.as_deref_mut()) {
            (BlockKind::Heading { level, content, .. }, Some(s)) => {
                heading(s.depth(*level), content)
            }
            (
                BlockKind::CodeBlock {
                    lang: None, code, ..
                },
                _,
            ) => {
                if let Some(last) = out.last_mut().filter(|_| ends_para_colon(prev)) {
                    last.push(':');
                    if let Some(moved) = rewrap_last(last, width) {
                        out.push(moved);
                    }
                    out.push(String::new());
                    out.extend(indent(&literal_lines(code), "    "));
                    prev = Some(&b.kind);
                    continue;
                }
                block(&b.kind, width)
            }
            _ => block(&b.kind, width),
        };
        if lines.is_empty() {
            continue;
        }
        let after_targets = !targets.is_empty();
        flush(&mut out, &mut targets);
        if sections.is_some() {
            targets = super::refs::urls(std::slice::from_ref(b), false);
        }
        if !out.is_empty() {
            out.push(String::new());
            let quote = after_targets && matches!(b.kind, BlockKind::BlockQuote { .. });
            if quote || needs_separator(prev, &b.kind) {
                out.push("..".into());
                out.push(String::new());
            }
        }
        out.extend(lines);
        prev = Some(&b.kind);
    }
    flush(&mut out, &mut targets);
    out
}

/// Anonymous targets, `__ url`, after an empty line.
fn flush(out: &mut Vec<String>, urls: &mut Vec<String>) {
    if !urls.is_empty() {
        out.push(String::new());
        out.extend(urls.drain(..).map(|u| format!("__ {u}")));
    }
}

/// Splits a line the added `:` pushed over `width` at its last plain
/// space; returns the moved word.
fn rewrap_last(line: &mut String, width: usize) -> Option<String> {
    if line.width() <= width {
        return None;
    }
    let cut = line
        .char_indices()
        .rev()
        .filter(|&(i, c)| c == ' ' && !line[..i].ends_with('\\'))
        .map(|(i, _)| i)
        .next()
        .filter(|&i| i > 0)?;
    let moved = line[cut + 1..].to_string();
    line.truncate(cut);
    Some(fix_start(&moved, false))
}

fn ends_para_colon(prev: Option<&BlockKind>) -> bool {
    match prev {
        Some(BlockKind::Paragraph(c)) => {
            let t = inlines_text(c);
            let t = t.trim_end();
            t.ends_with(':') && !t.ends_with("::")
        }
        _ => false,
    }
}

/// Whether two adjacent blocks would merge in RST without an empty comment.
fn needs_separator(prev: Option<&BlockKind>, next: &BlockKind) -> bool {
    use BlockKind as K;
    match (prev, next) {
        (Some(K::List(a)), K::List(b)) => a.kind == b.kind,
        (Some(K::Paragraph(_) | K::Heading { .. }), K::BlockQuote { .. }) => false,
        (Some(_), K::BlockQuote { .. }) => true,
        (Some(K::DefinitionList(_)), K::DefinitionList(_)) => true,
        (Some(K::FieldList(_)), K::FieldList(_)) => true,
        _ => false,
    }
}

fn heading(depth: usize, content: &[Inline]) -> Vec<String> {
    let text = render(content).trim().to_string();
    if text.is_empty() {
        return Vec::new();
    }
    let text = match text.split_once(' ') {
        Some((w, rest)) => format!("{} {rest}", fix_start(w, true)),
        None => fix_start(&text, true),
    };
    let chars = ['=', '=', '-', '~', '^', '"', '\''];
    let c = chars[depth.min(chars.len()) - 1];
    let rule: String = std::iter::repeat_n(c, text.width().max(1)).collect();
    let mut out = Vec::new();
    if depth == 1 {
        out.push(rule.clone());
    }
    out.push(text);
    out.push(rule);
    out
}

fn block(kind: &BlockKind, width: usize) -> Vec<String> {
    use BlockKind as K;
    match kind {
        K::Heading { content, .. } | K::Rubric(content) => {
            directive("rubric", &render(content), &[], &[], width)
        }
        K::Paragraph(c) => paragraph(c, width),
        K::CodeBlock { lang, code, .. } => code_block(lang.as_deref(), code),
        K::BlockQuote {
            blocks: inner,
            attribution,
        } => block_quote(inner, attribution.as_deref(), width),
        K::List(list) => list_lines(list, width),
        K::DefinitionList(items) => definitions(items, width),
        K::FieldList(fields) => field_list(fields, width),
        K::OptionList(items) => option_list(items, width),
        K::LineBlock(lines) => line_block(lines),
        K::Table(t) => table(t, width),
        K::Admonition {
            kind,
            title,
            blocks: inner,
        } => admonition(kind, title.as_deref(), inner, width),
        K::Topic {
            class,
            title,
            blocks: inner,
        } => topic(class, title, inner, width),
        K::Container {
            classes,
            blocks: inner,
        } => directive("container", &classes.join(" "), &[], inner, width),
        K::Image(img) => directive("image", &img.src, &super::image_options(img), &[], width),
        K::Figure {
            image,
            caption,
            legend,
        } => figure(image, caption, legend, width),
        K::ThematicBreak => vec!["----".into()],
        K::Html(html) => raw_html(html),
        K::Anchor(id) => vec![format!(".. _{id}:")],
        K::Footnote {
            label,
            blocks: inner,
            ..
        } => labelled(format!(".. [{label}]"), inner, width),
        K::Toctree(t) => toctree(t),
        K::Contents {
            title,
            depth,
            local,
        } => contents(title.as_deref(), *depth, *local, width),
        K::Problem { source, .. } => code_block(None, source),
        K::Comment(text) => comment(text),
    }
}

/// An indented block, its attribution under it after `-- `.
fn block_quote(inner: &[Block], attribution: Option<&[Inline]>, width: usize) -> Vec<String> {
    let mut lines = blocks(inner, None, nested(width));
    if let Some(a) = attribution {
        lines.push(String::new());
        lines.extend(fill(&format!("-- {}", render(a)), WIDTH - 4, &|w, _| {
            w.into()
        }));
    }
    indent(&lines, "    ")
}

/// Each field as `:name:` with its body indented under it.
fn field_list(fields: &[Field], width: usize) -> Vec<String> {
    fields
        .iter()
        .flat_map(|f| {
            let name = render(&f.name).replace(':', "\\:");
            labelled(format!(":{name}:"), &f.body, width)
        })
        .collect()
}

/// Each option line (`-v, --verbose`) with its description indented under it.
fn option_list(items: &[OptionItem], width: usize) -> Vec<String> {
    items
        .iter()
        .flat_map(|o| {
            let mut l = vec![o.options.join(", ")];
            l.extend(indent(&blocks(&o.description, None, nested(width)), "    "));
            l
        })
        .collect()
}

/// Each line after `| `, its indentation as four spaces a level.
fn line_block(lines: &[Line]) -> Vec<String> {
    lines
        .iter()
        .map(|l| {
            format!(
                "| {}{}",
                " ".repeat(usize::from(l.indent) * 4),
                render(&l.content)
            )
            .trim_end()
            .to_string()
        })
        .collect()
}

/// An admonition directive; a generic one takes its title (or `Note`) as
/// the argument.
fn admonition(
    kind: &AdmonitionKind,
    title: Option<&[Inline]>,
    inner: &[Block],
    width: usize,
) -> Vec<String> {
    let arg = match (kind, title) {
        (AdmonitionKind::Generic, t) => t.map(render).unwrap_or_else(|| "Note".into()),
        _ => String::new(),
    };
    directive(kind.name(), &arg, &[], inner, width)
}

/// A `topic`, or a `sidebar` for that class.
fn topic(class: &str, title: &[Inline], inner: &[Block], width: usize) -> Vec<String> {
    let name = if class == "sidebar" {
        "sidebar"
    } else {
        "topic"
    };
    directive(name, &render(title), &[], inner, width)
}

/// A `figure` directive: the caption as its first paragraph, the legend
/// after it.
fn figure(image: &Image, caption: &[Inline], legend: &[Block], width: usize) -> Vec<String> {
    let mut body = vec![Block::new(0, BlockKind::Paragraph(caption.to_vec()))];
    body.extend(legend.iter().cloned());
    directive(
        "figure",
        &image.src,
        &super::image_options(image),
        &body,
        width,
    )
}

fn raw_html(html: &str) -> Vec<String> {
    let mut l = vec![".. raw:: html".to_string(), String::new()];
    l.extend(indent(&literal_lines(html), "   "));
    l
}

fn contents(title: Option<&[Inline]>, depth: Option<u8>, local: bool, width: usize) -> Vec<String> {
    let mut opts = Vec::new();
    if let Some(d) = depth {
        opts.push(format!(":depth: {d}"));
    }
    if local {
        opts.push(":local:".into());
    }
    directive(
        "contents",
        &title.map(render).unwrap_or_default(),
        &opts,
        &[],
        width,
    )
}

fn comment(text: &str) -> Vec<String> {
    let mut l = vec!["..".to_string()];
    l.extend(indent(&literal_lines(text), "   "));
    l
}

fn paragraph(content: &[Inline], width: usize) -> Vec<String> {
    let text = render(content);
    let mut lines = fill(&text, width, &|w, first| {
        if first && is_enumerator(w) {
            w.to_string()
        } else {
            fix_start(w, first)
        }
    });
    if enumerated(&lines) {
        lines = fill(&text, width, &fix_start);
    }
    if let Some(last) = lines.last_mut()
        && last.ends_with("::")
    {
        let cut = last.len() - 1;
        last.insert(cut, '\\');
    }
    lines
}

/// Whether docutils reads these lines of a paragraph as an enumerated
/// list item: an enumerator (`T.`, `2)`) opens the first, and it is the
/// only one or the second opens with one too (a paragraph of more lines,
/// `T. Okafor said` over text, is text).
fn enumerated(lines: &[String]) -> bool {
    let opens = |l: &String| is_enumerator(l.split(' ').next().unwrap_or(""));
    lines.first().is_some_and(opens) && lines.get(1).is_none_or(opens)
}

/// Escapes a word that would make a paragraph's line read as other markup.
fn fix_start(word: &str, first: bool) -> String {
    let punct_run = word.len() >= 2
        && word.chars().all(|c| c.is_ascii_punctuation())
        && word.chars().all(|c| word.starts_with(c));
    let list_like = first
        && (matches!(word, "-" | "*" | "+" | "|" | ">>>" | "..")
            || word.starts_with("..")
            || word.starts_with(':')
            || word.starts_with('|')
            || is_enumerator(word));
    if punct_run || list_like {
        format!("\\{word}")
    } else {
        word.to_string()
    }
}

fn is_enumerator(word: &str) -> bool {
    let w = word.trim_start_matches('(');
    let Some(body) = w.strip_suffix(['.', ')']) else {
        return false;
    };
    !body.is_empty()
        && (body.chars().all(|c| c.is_ascii_digit())
            || body == "#"
            || (body.len() == 1 && body.chars().all(|c| c.is_ascii_alphabetic()))
            || body.chars().all(|c| "ivxlcdmIVXLCDM".contains(c)))
}

fn code_block(lang: Option<&str>, code: &str) -> Vec<String> {
    let body = literal_lines(code);
    if body.iter().all(|l| l.is_empty()) {
        return Vec::new();
    }
    let mut out = match lang {
        Some(l) if !l.is_empty() => vec![format!(".. code:: {l}"), String::new()],
        _ => vec!["::".to_string(), String::new()],
    };
    out.extend(indent(&body, "    "));
    out
}

/// Lines of preformatted text: tabs expanded (docutils would), trailing
/// white space and leading/trailing empty lines dropped.
fn literal_lines(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = text
        .lines()
        .map(|l| tabs::expand(l, Stops::PLAIN).trim_end().to_string())
        .collect();
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    while lines.first().is_some_and(|l| l.is_empty()) {
        lines.remove(0);
    }
    lines
}

fn indent(lines: &[String], prefix: &str) -> Vec<String> {
    lines
        .iter()
        .map(|l| {
            if l.is_empty() {
                String::new()
            } else {
                format!("{prefix}{l}")
            }
        })
        .collect()
}

fn directive(
    name: &str,
    arg: &str,
    options: &[String],
    body: &[Block],
    width: usize,
) -> Vec<String> {
    let mut out = vec![format!(".. {name}:: {arg}").trim_end().to_string()];
    out.extend(options.iter().map(|o| format!("   {o}")));
    let inner = blocks(body, None, nested(width));
    if !inner.is_empty() {
        out.push(String::new());
        out.extend(indent(&inner, "   "));
    }
    out
}

/// A first line (`:name:`, `.. [1]`) followed by blocks indented under it.
fn labelled(first: String, body: &[Block], width: usize) -> Vec<String> {
    let mut out = vec![first];
    let inner = blocks(body, None, nested(width));
    if !inner.is_empty() {
        out.push(String::new());
        out.extend(indent(&inner, "   "));
    }
    out.push(String::new());
    out
}

fn toctree(t: &crate::doc::Toctree) -> Vec<String> {
    let mut out = vec![".. toctree::".to_string()];
    if let Some(d) = t.maxdepth {
        out.push(format!("   :maxdepth: {d}"));
    }
    if let Some(c) = &t.caption {
        out.push(format!("   :caption: {c}"));
    }
    for (flag, name) in [
        (t.hidden, "hidden"),
        (t.titlesonly, "titlesonly"),
        (t.numbered, "numbered"),
        (t.entries.iter().any(|e| e.glob), "glob"),
    ] {
        if flag {
            out.push(format!("   :{name}:"));
        }
    }
    out.push(String::new());
    for e in &t.entries {
        out.push(match &e.title {
            Some(title) => format!("   {} <{}>", escape(title), e.target),
            None => format!("   {}", e.target),
        });
    }
    out
}

/// The width left for blocks nested one level deeper.
fn nested(width: usize) -> usize {
    width.saturating_sub(4).max(30)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::Inline;

    #[test]
    fn literal_colon_keeps_the_width() {
        let para = "word ".repeat(15) + "last:";
        let doc = Document {
            blocks: vec![
                Block::new(1, BlockKind::Paragraph(vec![Inline::Text(para)])),
                Block::new(
                    2,
                    BlockKind::CodeBlock {
                        lang: None,
                        code: "ls\n".into(),
                        caption: None,
                        linenos: false,
                    },
                ),
            ],
            ..Document::default()
        };
        let out = write(&doc);
        assert!(out.lines().all(|l| l.len() <= WIDTH), "{out}");
        assert!(out.contains("\nlast::\n\n    ls\n"), "{out}");
    }

    #[test]
    fn an_initial_is_escaped_only_where_docutils_reads_a_list() {
        let para = |t: &str| paragraph(&[Inline::Text(t.into())], 24);
        assert_eq!(para("T."), ["\\T."]);
        assert_eq!(para("T. Okafor has the key."), ["\\T. Okafor has the key."]);
        let long = para("T. Okafor has the key to the cold store.");
        assert_eq!(long, ["T. Okafor has the key to", "the cold store."]);
        // a second line opening with an enumerator makes a list of it again
        let listed = para("T. Okafor has the key to U. Poe's van.");
        assert_eq!(listed[0], "\\T. Okafor has the key");
    }
}
