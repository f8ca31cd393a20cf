//! Unit tests of the RST reader, one or more per construct: made-up input
//! and its tree in a compact rendering.

use super::parse;
use crate::doc::{Block, BlockKind, Document, Inline, ListKind};
use crate::markup::Options;

/// The compact rendering of a document: one block a line, children
/// indented, diagnostics last.
pub fn render(doc: &Document) -> String {
    let mut s = String::new();
    blocks(&doc.blocks, 0, &mut s);
    for d in &doc.diagnostics {
        s.push_str(&format!(
            "!{}: {}\n",
            d.line,
            d.message.lines().next().unwrap_or("")
        ));
    }
    s
}

fn line(s: &mut String, depth: usize, text: &str) {
    s.push_str(&"  ".repeat(depth));
    s.push_str(text);
    s.push('\n');
}

fn blocks(bs: &[Block], d: usize, s: &mut String) {
    for b in bs {
        block(b, d, s);
    }
}

fn block(b: &Block, d: usize, s: &mut String) {
    match &b.kind {
        BlockKind::Heading {
            level,
            ids,
            content,
        } => line(
            s,
            d,
            &format!("h{level}#{} {}", ids.join("#"), inl(content)),
        ),
        BlockKind::Paragraph(c) => line(s, d, &format!("p {}", inl(c))),
        BlockKind::CodeBlock { lang, code, .. } => line(
            s,
            d,
            &format!(
                "pre{} {:?}",
                lang.as_deref().map(|l| format!(":{l}")).unwrap_or_default(),
                code
            ),
        ),
        BlockKind::BlockQuote {
            blocks: bq,
            attribution,
        } => {
            line(s, d, "quote");
            blocks(bq, d + 1, s);
            if let Some(a) = attribution {
                line(s, d + 1, &format!("-- {}", inl(a)));
            }
        }
        BlockKind::List(l) => {
            let kind = match l.kind {
                ListKind::Bullet => "ul".to_string(),
                k => format!("ol:{k:?}:{}", l.start),
            };
            line(s, d, &kind);
            for it in &l.items {
                line(s, d + 1, "li");
                blocks(&it.blocks, d + 2, s);
            }
        }
        BlockKind::DefinitionList(items) => {
            line(s, d, "dl");
            for it in items {
                let cls: Vec<String> = it
                    .classifiers
                    .iter()
                    .map(|c| format!(" : {}", inl(c)))
                    .collect();
                line(s, d + 1, &format!("dt {}{}", inl(&it.term), cls.concat()));
                blocks(&it.definition, d + 2, s);
            }
        }
        BlockKind::FieldList(fields) => {
            line(s, d, "fields");
            for f in fields {
                line(s, d + 1, &format!(":{}:", inl(&f.name)));
                blocks(&f.body, d + 2, s);
            }
        }
        BlockKind::OptionList(items) => {
            line(s, d, "options");
            for it in items {
                line(s, d + 1, &it.options.join(", "));
                blocks(&it.description, d + 2, s);
            }
        }
        BlockKind::LineBlock(lines) => {
            line(s, d, "lines");
            for l in lines {
                line(
                    s,
                    d + 1 + usize::from(l.indent),
                    &format!("| {}", inl(&l.content)),
                );
            }
        }
        BlockKind::Table(t) => {
            line(s, d, &format!("table head={}", t.header_rows));
            for r in &t.rows {
                line(s, d + 1, "tr");
                for c in r {
                    line(s, d + 2, &format!("td {}x{}", c.colspan, c.rowspan));
                    blocks(&c.blocks, d + 3, s);
                }
            }
        }
        BlockKind::Admonition {
            kind,
            title,
            blocks: bs,
        } => {
            let t = title
                .as_ref()
                .map(|t| format!(" {}", inl(t)))
                .unwrap_or_default();
            line(s, d, &format!("{}{t}", kind.name()));
            blocks(bs, d + 1, s);
        }
        BlockKind::Topic {
            class,
            title,
            blocks: bs,
        } => {
            line(s, d, &format!("{class} {}", inl(title)));
            blocks(bs, d + 1, s);
        }
        BlockKind::Container {
            classes,
            blocks: bs,
        } => {
            line(s, d, &format!("div.{}", classes.join(".")));
            blocks(bs, d + 1, s);
        }
        BlockKind::Footnote {
            label,
            blocks: bs,
            backrefs,
            ..
        } => {
            line(s, d, &format!("footnote [{label}] refs={}", backrefs.len()));
            blocks(bs, d + 1, s);
        }
        BlockKind::Toctree(t) => {
            let e: Vec<String> = t
                .entries
                .iter()
                .map(|e| match &e.title {
                    Some(ti) => format!("{ti}<{}>", e.target),
                    None => format!("{}{}", e.target, if e.glob { "*" } else { "" }),
                })
                .collect();
            line(s, d, &format!("toctree {:?} {}", t.maxdepth, e.join(" ")));
        }
        BlockKind::Problem { message, .. } => line(
            s,
            d,
            &format!("problem {}", message.lines().next().unwrap_or("")),
        ),
        BlockKind::Comment(c) => line(s, d, &format!("comment {c:?}")),
        BlockKind::Anchor(id) => line(s, d, &format!("anchor #{id}")),
        BlockKind::ThematicBreak => line(s, d, "hr"),
        other => line(s, d, &format!("{other:?}")),
    }
}

/// Inlines in a compact form.
pub fn inl(c: &[Inline]) -> String {
    c.iter().map(one).collect()
}

fn one(i: &Inline) -> String {
    match i {
        Inline::Text(t) => t.clone(),
        Inline::SoftBreak => " ".into(),
        Inline::HardBreak => "\\n".into(),
        Inline::Emphasis(c) => format!("*{}*", inl(c)),
        Inline::Strong(c) => format!("**{}**", inl(c)),
        Inline::Code(t) => format!("`{t}`"),
        Inline::Link { url, content, .. } => format!("[{}]({url})", inl(content)),
        Inline::XRef {
            kind,
            target,
            content,
            ..
        } => {
            format!(
                "{{{kind:?}:{target}{}}}",
                content
                    .as_ref()
                    .map(|c| format!("|{}", inl(c)))
                    .unwrap_or_default()
            )
        }
        Inline::Role {
            role,
            content,
            title,
        } => {
            format!(
                ":{role}:[{}{}]",
                inl(content),
                title.as_ref().map(|t| format!("|{t}")).unwrap_or_default()
            )
        }
        Inline::Anchor { id, content } => format!("[#{id} {}]", inl(content)),
        Inline::FootnoteRef { label, .. } => format!("[^{label}]"),
        Inline::Problem { text, .. } => format!("!{{{text}}}"),
        Inline::Image(img) => format!("img({})", img.src),
        other => format!("{other:?}"),
    }
}

fn r(src: &str) -> String {
    render(&parse(src, &Options::default()))
}

/// Dumps a file: `RST_DUMP=path cargo test --lib rst::tests::dump -- --ignored --nocapture`.
#[test]
#[ignore]
fn dump() {
    if let Ok(path) = std::env::var("RST_DUMP") {
        let text = std::fs::read_to_string(path).unwrap();
        print!("{}", r(&text));
    }
}

/// Writes the compact tree of every `.rst` under `RST_JSON_SRC` to
/// `RST_JSON_OUT` (for comparing with docutils by script).
#[test]
#[ignore]
fn dump_json() {
    let (Ok(src), Ok(out)) = (std::env::var("RST_JSON_SRC"), std::env::var("RST_JSON_OUT")) else {
        return;
    };
    for e in walkdir::WalkDir::new(&src).into_iter().flatten() {
        if e.path().extension().is_some_and(|x| x == "rst") {
            let text = std::fs::read_to_string(e.path()).unwrap();
            let doc = parse(&text, &Options::default());
            let rel = e.path().strip_prefix(&src).unwrap();
            let dest = std::path::Path::new(&out).join(rel).with_extension("txt");
            std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
            std::fs::write(dest, render(&doc)).unwrap();
        }
    }
}
