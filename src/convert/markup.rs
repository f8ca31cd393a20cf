//! RST markup some legacy text already has: lines in, blocks out for an
//! admonition directive (`.. note:: text`) with its indented body, and a
//! field list (`:name: value`) as a definition list whose terms keep the
//! colon, as docutils shows a field name.

use super::body::{Ctx, blocks, nested, next_nonblank};
use super::inline;
use super::lines::Line;
use crate::doc::{AdmonitionKind, Block, BlockKind, DefinitionItem, Inline};

/// `.. note:: text`: the admonition kind and the text after `::`.
pub fn directive(text: &str) -> Option<(AdmonitionKind, &str)> {
    let (name, rest) = text.strip_prefix(".. ")?.split_once("::")?;
    let known = [
        "note",
        "warning",
        "important",
        "tip",
        "caution",
        "danger",
        "hint",
        "attention",
    ];
    if !known.contains(&name) {
        return None;
    }
    Some((AdmonitionKind::from_name(name)?, rest.trim()))
}

/// A line that is only `::`, RST's expanded form of a literal block's
/// mark: the lines indented under it (after blank lines) as one literal
/// block, the mark itself dropped. None when nothing deeper follows.
pub fn bare_literal(lines: &[Line], i: usize) -> Option<(Vec<Block>, usize)> {
    let own = lines[i].indent;
    let first = next_nonblank(lines, i + 1).filter(|&n| lines[n].indent > own)?;
    let mut end = first + 1;
    while let Some(n) = next_nonblank(lines, end) {
        if lines[n].indent <= own {
            break;
        }
        end = n + 1;
    }
    Some(super::literal::literal(lines, first, end))
}

/// `.. seealso:: page.txt`, also written `.. see-also: `page.txt`_`: the
/// target named (a reference's quotes dropped). Sphinx knows the
/// directive, docutils does not, so it becomes a note that says so.
pub fn see_also(text: &str) -> Option<&str> {
    let rest = text.strip_prefix(".. ")?;
    let (name, rest) = rest.split_once(':')?;
    let name = name.trim().to_ascii_lowercase();
    if !matches!(name.as_str(), "seealso" | "see-also" | "see also") {
        return None;
    }
    let rest = rest.strip_prefix(':').unwrap_or(rest).trim();
    let named = rest.strip_prefix('`').and_then(|r| r.strip_suffix("`_"));
    Some(named.filter(|n| !n.contains('`')).unwrap_or(rest))
}

/// Where the lines indented under a directive at `lines[i]` end, and how
/// deep its first body line is, if one follows right under it.
fn body_end(lines: &[Line], i: usize) -> (usize, Option<usize>) {
    let own = lines[i].indent;
    let deeper = lines.get(i + 1).filter(|l| !l.blank()).map(|l| l.indent);
    // after a blank line the body goes on only as deep as its first lines
    // (a flush-left directive in an indented page ends where the page's
    // own indentation comes back)
    let floor = deeper.filter(|&d| d > own).unwrap_or(own + 1);
    let mut end = i + 1;
    while end < lines.len() {
        if lines[end].blank() {
            match next_nonblank(lines, end) {
                Some(n) if lines[n].indent >= floor => end = n,
                _ => break,
            }
        } else if lines[end].indent > own {
            end += 1;
        } else {
            break;
        }
    }
    (end, deeper)
}

/// The admonition directive at `lines[i]` and the lines indented under it.
pub fn admonition(lines: &[Line], i: usize, ctx: &mut Ctx) -> (Vec<Block>, usize) {
    if let Some(target) = see_also(&lines[i].text) {
        return see_also_block(lines, i, target, ctx);
    }
    let Some((kind, rest)) = directive(&lines[i].text) else {
        return (Vec::new(), i + 1);
    };
    let own = lines[i].indent;
    let (end, deeper) = body_end(lines, i);
    let mut body: Vec<Line> = lines[i..end].to_vec();
    let first = &mut body[0];
    first.text = rest.to_string();
    first.raw = first.raw.get(first.raw.len() - rest.len()..).unwrap_or("");
    first.indent = deeper.unwrap_or(own + 3);
    let (saved_base, saved_item) = (ctx.base, ctx.item);
    (ctx.base, ctx.item) = (first.indent, !rest.is_empty());
    let inner = blocks(&body, ctx);
    (ctx.base, ctx.item) = (saved_base, saved_item);
    let block = BlockKind::Admonition {
        kind,
        title: None,
        blocks: inner,
    };
    (vec![Block::new(lines[i].no, block)], end)
}

/// A note saying `See also: target`, then what is indented under the
/// directive.
fn see_also_block(lines: &[Line], i: usize, target: &str, ctx: &mut Ctx) -> (Vec<Block>, usize) {
    let (end, deeper) = body_end(lines, i);
    let no = lines[i].no;
    let mut inner = Vec::new();
    let mut first = vec![Inline::Text("See also:".into())];
    if !target.is_empty() {
        first.push(Inline::Text(" ".into()));
        first.extend(inline::parse(target, no));
    }
    inner.push(Block::new(no, BlockKind::Paragraph(first)));
    if end > i + 1 {
        let base = deeper.unwrap_or(lines[i].indent + 3);
        inner.extend(nested(&lines[i + 1..end], base, ctx));
    }
    let block = BlockKind::Admonition {
        kind: AdmonitionKind::Note,
        title: None,
        blocks: inner,
    };
    (vec![Block::new(no, block)], end)
}

/// `:name: value`: the name and the value.
pub fn field(text: &str) -> Option<(&str, &str)> {
    let rest = text.strip_prefix(':')?;
    let (name, value) = rest.split_once(": ").or_else(|| {
        let name = rest.strip_suffix(':')?;
        Some((name, ""))
    })?;
    let ok = !name.is_empty()
        && name.len() <= 30
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || "_-.".contains(c));
    ok.then(|| (name, value.trim()))
}

/// A run of `:name: value` fields (values may wrap onto deeper or plain
/// lines) from `lines[i]`; contact fields among them (`:Owner: team`)
/// also go into the page's metadata, as a contact block's do.
pub fn fields(lines: &[Line], i: usize, ctx: &mut Ctx) -> (Vec<Block>, usize) {
    let mut items: Vec<DefinitionItem> = Vec::new();
    let mut values: Vec<String> = Vec::new();
    let mut k = i;
    while k < lines.len() {
        let l = &lines[k];
        if l.blank() {
            match next_nonblank(lines, k) {
                Some(n) if field(&lines[n].text).is_some() => k = n,
                _ => break,
            }
            continue;
        }
        if let Some((name, value)) = field(&l.text) {
            items.push(DefinitionItem {
                line: l.no,
                term: vec![Inline::Text(format!("{name}:"))],
                classifiers: Vec::new(),
                definition: Vec::new(),
            });
            values.push(value.to_string());
        } else if l.indent > lines[i].indent
            && let Some(v) = values.last_mut()
        {
            v.push(' ');
            v.push_str(&l.text);
        } else {
            break;
        }
        k += 1;
    }
    for (item, value) in items.iter_mut().zip(values) {
        if let Some(Inline::Text(name)) = item.term.first() {
            let name = name.trim_end_matches(':');
            super::contact::set_meta(ctx.meta, name, &inline::drop_markers(&value));
        }
        let content = inline::parse(&value, item.line);
        if !content.is_empty() {
            item.definition = vec![Block::new(item.line, BlockKind::Paragraph(content))];
        }
    }
    (
        vec![Block::new(lines[i].no, BlockKind::DefinitionList(items))],
        k,
    )
}

/// An RST hyperlink typed in the text at `text[i]`, after white space or
/// a bracket (`` `the runbook <https://x.org/rb>`_ ``, or `__`): the text
/// before, the mark, the inside (`the runbook <https://x.org/rb>`) and
/// the rest.
pub(super) fn link(text: &str, i: usize) -> Option<(&str, super::inline::Mark, &str, &str)> {
    let opens = i == 0 || text[..i].ends_with([' ', '\t', '(', '[', '"']);
    let rest = text[i..].strip_prefix('`').filter(|_| opens)?;
    let close = rest.find(">`_")?;
    let inner = &rest[..close + 1];
    let (label, url) = inner.rsplit_once(" <")?;
    let url = url.strip_suffix('>')?;
    // a page of the same site by its path (`ops/oven`, `./Flour`), not
    // a placeholder in angle brackets (`<here>`)
    let page = url.contains('/')
        && url
            .chars()
            .all(|c| c.is_alphanumeric() || "-_/.#:%".contains(c));
    if label.trim().is_empty()
        || inner.contains('`')
        || !(super::inline::opens_address(url) || page)
    {
        return None;
    }
    let mut end = i + 1 + close + 3;
    if text[end..].starts_with('_') {
        end += 1;
    }
    Some((
        &text[..i],
        super::inline::Mark::Rst,
        &text[i + 1..i + 1 + inner.len()],
        &text[end..],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rst_links_typed_in_text() {
        let text = "see `the runbook <https://x.org/rb>`__, then";
        let (before, _, inner, after) = link(text, 4).expect("a link");
        assert_eq!(
            (before, inner, after),
            ("see ", "the runbook <https://x.org/rb>", ", then")
        );
        assert!(link("`code <here>`_", 0).is_none());
        assert!(link("`the oven <ops/oven>`_", 0).is_some());
        assert!(link("a`b <https://x.org>`_", 1).is_none());
        assert!(link("`x`_", 0).is_none());
    }

    #[test]
    fn directives_and_fields() {
        assert_eq!(
            directive(".. warning:: Mind it"),
            Some((AdmonitionKind::Warning, "Mind it"))
        );
        assert_eq!(directive(".. title: X"), None);
        assert_eq!(directive(".. seealso:: other.txt"), None);
        assert_eq!(see_also(".. seealso:: other.txt"), Some("other.txt"));
        assert_eq!(see_also(".. see-also:  `b.txt`_"), Some("b.txt"));
        assert_eq!(see_also(".. See also: the manual"), Some("the manual"));
        assert_eq!(see_also(".. title: X"), None);
        assert_eq!(field(":id: the key"), Some(("id", "the key")));
        assert_eq!(field(":not a field: x"), None);
        assert_eq!(field("::"), None);
    }

    #[test]
    fn flush_left_directive_ends_where_the_page_indent_returns() {
        let text = "   Intro text here.\n\n.. note:: first line\n        goes on here.\n\n   Back in the page.\n";
        let doc = crate::convert::read(text).doc;
        let kinds: Vec<_> = doc
            .blocks
            .iter()
            .map(|b| std::mem::discriminant(&b.kind))
            .collect();
        assert_eq!(kinds.len(), 3);
        assert!(
            matches!(doc.blocks[1].kind, BlockKind::Admonition { ref blocks, .. } if blocks.len() == 1)
        );
        assert!(matches!(doc.blocks[2].kind, BlockKind::Paragraph(_)));
    }
}
