//! Page metadata from RST: the `.. title: / .. slug: / .. date: /
//! .. taxonomy:` comment header, and the "Contact Information" section's
//! definition or field list (owner, contact, location, servers, purpose).

use crate::doc::{Block, BlockKind, Meta, inlines_text};

/// Reads one header comment (`title: Some title`) into `meta`.
pub fn header_comment(text: &str, meta: &mut Meta) {
    let Some((key, value)) = text.split_once(':') else {
        return;
    };
    let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
    if value.is_empty() {
        return;
    }
    let slot = match key.trim().to_ascii_lowercase().as_str() {
        "title" => &mut meta.title,
        "slug" => &mut meta.slug,
        "date" => &mut meta.date,
        "taxonomy" => &mut meta.taxonomy,
        _ => return,
    };
    if slot.is_none() {
        *slot = Some(value);
    }
}

/// Fills SOP fields from the list that follows a "Contact Information"
/// heading (the list stays in the body).
pub fn contact(blocks: &[Block], meta: &mut Meta) {
    let Some(at) = blocks.iter().position(|b| match &b.kind {
        BlockKind::Heading { content, .. } => inlines_text(content)
            .trim()
            .eq_ignore_ascii_case("contact information"),
        _ => false,
    }) else {
        return;
    };
    let mut pairs: Vec<(String, String)> = Vec::new();
    for b in &blocks[at + 1..] {
        match &b.kind {
            BlockKind::Heading { .. } => break,
            BlockKind::DefinitionList(items) => {
                for it in items {
                    pairs.push((inlines_text(&it.term), blocks_text(&it.definition)));
                }
                break;
            }
            BlockKind::FieldList(fields) => {
                for f in fields {
                    pairs.push((inlines_text(&f.name), blocks_text(&f.body)));
                }
                break;
            }
            _ => {}
        }
    }
    fill(pairs, meta);
}

/// Fills SOP fields from the docinfo field list that opened the page
/// (the reader takes it out of the body, as Sphinx does).
pub fn docinfo(fields: &[crate::doc::Field], meta: &mut Meta) {
    let pairs = fields
        .iter()
        .map(|f| (inlines_text(&f.name), blocks_text(&f.body)))
        .collect();
    fill(pairs, meta);
}

fn fill(pairs: Vec<(String, String)>, meta: &mut Meta) {
    for (key, value) in pairs {
        let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
        if value.is_empty() {
            continue;
        }
        let key = key.trim().trim_end_matches(':').trim().to_ascii_lowercase();
        let slot = match key.as_str() {
            "owner" => &mut meta.owner,
            "contact" | "contacts" => &mut meta.contact,
            "location" | "locations" => &mut meta.location,
            "purpose" => &mut meta.purpose,
            "persons" => &mut meta.persons,
            "sponsor" => &mut meta.sponsor,
            "description" => &mut meta.description,
            "servers" | "server" => {
                if meta.servers.is_empty() {
                    meta.servers = value
                        .split(',')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(String::from)
                        .collect();
                }
                continue;
            }
            _ => continue,
        };
        if slot.is_none() {
            *slot = Some(value);
        }
    }
}

/// The plain text of paragraphs and lists under a definition.
fn blocks_text(blocks: &[Block]) -> String {
    let mut out = String::new();
    crate::doc::walk_blocks(blocks, &mut |v| {
        if let crate::doc::Visit::Block(b) = v {
            match &b.kind {
                BlockKind::Paragraph(c) => {
                    out.push(' ');
                    out.push_str(&inlines_text(c));
                }
                BlockKind::LineBlock(lines) => {
                    for l in lines {
                        out.push(' ');
                        out.push_str(&inlines_text(&l.content));
                    }
                }
                BlockKind::CodeBlock { code, .. } => {
                    out.push(' ');
                    out.push_str(code);
                }
                _ => {}
            }
        }
    });
    out
}
