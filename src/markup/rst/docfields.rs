//! Sphinx's info fields in Python object descriptions: a description's
//! field lists (`:param x:`, `:type x:`, `:returns:`, `:raises E:`, ...)
//! in, the grouped fields Sphinx renders ("Parameters", "Returns",
//! "Raises", ...) out. Unknown fields keep their place, name capitalised.

use crate::doc::{Block, BlockKind, Field, Inline, List, ListItem, ListKind};

/// How a field name is grouped: its label, and whether entries name an
/// argument (`:param x:`) and may have a type.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Typed(&'static str),
    Grouped(&'static str),
    Plain(&'static str),
}

fn kind_of(name: &str) -> Option<Kind> {
    Some(match name {
        "param" | "parameter" | "arg" | "argument" | "keyword" | "kwarg" | "kwparam" => {
            Kind::Typed("Parameters")
        }
        "var" | "ivar" | "cvar" => Kind::Typed("Variables"),
        "raises" | "raise" | "exception" | "except" => Kind::Grouped("Raises"),
        "returns" | "return" => Kind::Plain("Returns"),
        "rtype" => Kind::Plain("Return type"),
        _ => return None,
    })
}

/// One group of fields being built.
struct Group {
    kind: Kind,
    line: u32,
    /// Argument, type (filled by `:type x:` later) and body.
    entries: Vec<(String, Option<Vec<Inline>>, Vec<Block>)>,
}

/// Rewrites the field lists among a description's blocks.
pub(super) fn transform(blocks: &mut [Block]) {
    for b in blocks {
        if let BlockKind::FieldList(fields) = &mut b.kind {
            *fields = regroup(std::mem::take(fields));
        }
    }
}

fn regroup(fields: Vec<Field>) -> Vec<Field> {
    let mut out: Vec<Result<Field, Group>> = Vec::new();
    let mut types: Vec<(&'static str, String, Vec<Inline>)> = Vec::new();
    for f in fields {
        let name = crate::doc::inlines_text(&f.name);
        let (ftype, arg) = match name.trim().split_once(char::is_whitespace) {
            Some((t, a)) => (t.to_string(), a.trim().to_string()),
            None => (name.trim().to_string(), String::new()),
        };
        if ftype == "meta" {
            continue;
        }
        if let ("type" | "vartype", false) = (ftype.as_str(), arg.is_empty()) {
            let of = if ftype == "type" {
                "Parameters"
            } else {
                "Variables"
            };
            types.push((of, arg, first_inlines(&f.body)));
            continue;
        }
        let kind = kind_of(&ftype).filter(|k| matches!(k, Kind::Plain(_)) == arg.is_empty());
        let Some(kind) = kind else {
            let mut shown = capitalise(&ftype);
            if !arg.is_empty() {
                shown = format!("{shown} {arg}");
            }
            out.push(Ok(Field {
                line: f.line,
                name: vec![Inline::Text(shown)],
                body: f.body,
            }));
            continue;
        };
        let (arg, ty) = split_typed(kind, &arg);
        let group = out.iter_mut().find_map(|g| match g {
            Err(g) if g.kind == kind => Some(g),
            _ => None,
        });
        match group {
            Some(g) => g.entries.push((arg, ty, f.body)),
            None => out.push(Err(Group {
                kind,
                line: f.line,
                entries: vec![(arg, ty, f.body)],
            })),
        }
    }
    out.into_iter()
        .map(|g| g.unwrap_or_else(|g| render(g, &types)))
        .collect()
}

/// `:param int x:`: the name and the type written before it.
fn split_typed(kind: Kind, arg: &str) -> (String, Option<Vec<Inline>>) {
    match (kind, arg.rsplit_once(char::is_whitespace)) {
        (Kind::Typed(_), Some((ty, name))) => (
            name.to_string(),
            Some(vec![Inline::Text(ty.trim().to_string())]),
        ),
        _ => (arg.to_string(), None),
    }
}

fn render(g: Group, types: &[(&'static str, String, Vec<Inline>)]) -> Field {
    let (label, typed) = match g.kind {
        Kind::Typed(l) => (l, true),
        Kind::Grouped(l) | Kind::Plain(l) => (l, false),
    };
    let name = vec![Inline::Text(label.to_string())];
    if let Kind::Plain(_) = g.kind {
        let body = g.entries.into_iter().flat_map(|(_, _, b)| b).collect();
        return Field {
            line: g.line,
            name,
            body,
        };
    }
    let mut paras: Vec<Block> = Vec::new();
    for (arg, ty, body) in g.entries {
        let ty = ty.or_else(|| {
            types
                .iter()
                .find(|(of, a, _)| typed && *of == label && *a == arg)
                .map(|(_, _, t)| t.clone())
        });
        entry_blocks(g.line, arg, ty, body, &mut paras);
    }
    let body = if paras.len() == 1 {
        paras
    } else {
        vec![bullet_list(g.line, paras)]
    };
    Field {
        line: g.line,
        name,
        body,
    }
}

/// One entry's blocks: `**arg** (*type*) -- text`, then the rest of its
/// body.
fn entry_blocks(
    line: u32,
    arg: String,
    ty: Option<Vec<Inline>>,
    body: Vec<Block>,
    paras: &mut Vec<Block>,
) {
    let mut inl = vec![Inline::Strong(vec![Inline::Text(arg)])];
    if let Some(t) = ty {
        inl.push(Inline::Text(" (".into()));
        inl.push(Inline::Emphasis(t));
        inl.push(Inline::Text(")".into()));
    }
    let mut rest = body.into_iter();
    let first = rest.next();
    match first.map(|b| b.kind) {
        Some(BlockKind::Paragraph(p)) => {
            inl.push(Inline::Text(" -- ".into()));
            inl.extend(p);
        }
        Some(other) => paras.push(Block::new(line, other)),
        None => {}
    }
    paras.push(Block::new(line, BlockKind::Paragraph(inl)));
    paras.extend(rest);
}

/// A tight bullet list, one item a block.
fn bullet_list(line: u32, blocks: Vec<Block>) -> Block {
    let items = blocks
        .into_iter()
        .map(|p| ListItem {
            line: p.line,
            task: None,
            blocks: vec![p],
        })
        .collect();
    Block::new(
        line,
        BlockKind::List(List {
            kind: ListKind::Bullet,
            start: 1,
            tight: true,
            items,
        }),
    )
}

fn first_inlines(body: &[Block]) -> Vec<Inline> {
    match body.first().map(|b| &b.kind) {
        Some(BlockKind::Paragraph(p)) => p.clone(),
        _ => Vec::new(),
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
