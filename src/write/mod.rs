//! Writers: a [`crate::doc::Document`] in, text out (HTML for the site,
//! reStructuredText and Markdown for `sopbook convert`).

pub mod html;
pub mod markdown;
mod md_contents;
mod md_inline;
mod refs;
pub mod rst;
mod rst_inline;
mod wrap;

use crate::doc::{Block, BlockKind, Image, ListItem, Meta};

/// Joins output lines: trailing white space dropped, runs of empty lines
/// outside literal text kept as written, one final newline.
fn finish(lines: Vec<String>) -> String {
    let mut out = String::new();
    for l in &lines {
        out.push_str(l.trim_end());
        out.push('\n');
    }
    let trimmed = out.trim_end_matches('\n').trim_start_matches('\n');
    format!("{trimmed}\n")
}

/// The set metadata fields of a page, in a fixed order, as text.
fn meta_fields(meta: &Meta) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    let mut text = |key: &'static str, v: &Option<String>| {
        if let Some(v) = v.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
            out.push((key, v.replace('\n', " ")));
        }
    };
    text("title", &meta.title);
    text("slug", &meta.slug);
    text("date", &meta.date);
    text("taxonomy", &meta.taxonomy);
    text("description", &meta.description);
    text("owner", &meta.owner);
    text("contact", &meta.contact);
    text("location", &meta.location);
    let list = |v: &[String]| (!v.is_empty()).then(|| v.join(", "));
    text("servers", &list(&meta.servers));
    text("purpose", &meta.purpose);
    text("persons", &meta.persons);
    text("sponsor", &meta.sponsor);
    text("reviewed", &meta.reviewed.map(|d| d.to_string()));
    text("tags", &list(&meta.tags));
    text("weight", &meta.weight.map(|w| w.to_string()));
    text("aliases", &list(&meta.aliases));
    if meta.draft {
        out.push(("draft", "true".into()));
    }
    out
}

/// The SOP fields a contact block shows.
fn is_contact_field(name: &str) -> bool {
    matches!(
        name,
        "owner"
            | "contact"
            | "contacts"
            | "location"
            | "servers"
            | "purpose"
            | "persons"
            | "sponsor"
    )
}

/// RST directive options of an image.
fn image_options(img: &Image) -> Vec<String> {
    let mut out = Vec::new();
    if !img.alt.is_empty() {
        out.push(format!(":alt: {}", img.alt));
    }
    for (k, v) in [
        ("width", &img.width),
        ("height", &img.height),
        ("target", &img.target),
    ] {
        if let Some(v) = v {
            out.push(format!(":{k}: {v}"));
        }
    }
    out
}

/// `a`, `b`, ... `z`, `aa`: the letter of list item `n` (1-based).
fn alpha(n: usize, upper: bool) -> String {
    let mut n = n.max(1);
    let mut s = Vec::new();
    while n > 0 {
        n -= 1;
        s.push(b'a' + (n % 26) as u8);
        n /= 26;
    }
    s.reverse();
    let s = String::from_utf8(s).unwrap_or_default();
    if upper { s.to_uppercase() } else { s }
}

/// The Roman numeral of `n` (1-based), upper case.
fn roman(n: usize) -> String {
    let mut n = n.clamp(1, 3999);
    let table = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (v, s) in table {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

/// Whether a tight list's item is written without blank lines: one block,
/// or its line of text over tight lists nested in it (a `Contents` entry
/// and its sub-entries).
fn compact(item: &ListItem) -> bool {
    let nested = |b: &Block| matches!(&b.kind, BlockKind::List(l) if l.tight);
    match item.blocks.split_first() {
        None => true,
        Some((first, rest)) => {
            matches!(first.kind, BlockKind::Paragraph(_) | BlockKind::List(_))
                && rest.iter().all(nested)
        }
    }
}

/// A list item's blocks as `write_blocks` writes them at a width; a task
/// item's paragraph after its box (`[ ] `, `[x] `), four columns narrower,
/// as both text formats type a checklist.
fn item_body(
    item: &ListItem,
    width: usize,
    write_blocks: impl Fn(&[Block], usize) -> Vec<String>,
) -> Vec<String> {
    let starts_para = matches!(
        item.blocks.first(),
        Some(Block {
            kind: BlockKind::Paragraph(_),
            ..
        })
    );
    let Some(done) = item.task.filter(|_| starts_para) else {
        return write_blocks(&item.blocks, width);
    };
    let mut body = write_blocks(&item.blocks, width.saturating_sub(4));
    if let Some(first) = body.first_mut() {
        let tick = if done { 'x' } else { ' ' };
        first.insert_str(0, &format!("[{tick}] "));
    }
    body
}
