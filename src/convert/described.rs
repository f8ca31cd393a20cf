//! Labelled lists written `Term:: definition` (AsciiDoc's, MoinMoin's
//! ` term:: definition`, Org's `- term :: definition` once the Org reader
//! took its bullet off) in, a definition list out, the page's metadata
//! filled in from the contact fields among them.

use super::body::{Ctx, Parsed};
use super::classify::{contact_field, list_marker};
use super::contact::set_meta;
use super::inline;
use super::lines::Line;
use crate::doc::{Block, BlockKind};

/// The term and definition of a `Term:: definition` line: a short term
/// of words (no code: `std::cout`, `Foo::Bar` have no space after the
/// `::`), a definition on the same line.
pub fn term(text: &str) -> Option<(&str, &str)> {
    let (term, def) = text.split_once(":: ")?;
    let term = term.trim();
    let def = def.trim();
    let ok = |c: char| c.is_alphanumeric() || " -_/.()'&#".contains(c);
    // (an RST directive, `.. note:: text`, is no term)
    let fits = term.starts_with(char::is_alphanumeric)
        && term.split_whitespace().count() <= 5
        && term.chars().all(ok)
        && !def.is_empty();
    fits.then_some((term, def))
}

/// The term and definition of a labelled line: [`term`], or MoinMoin's
/// own ` term:: definition`, set in by exactly one space, whose term may be
/// any short text (an error message: `ldap_add: Busy (51):: retry`).
fn line_term<'a>(l: &'a Line) -> Option<(&'a str, &'a str)> {
    term(&l.text).or_else(|| {
        let (t, d) = l.text.split_once(":: ").filter(|_| l.indent == 1)?;
        let (t, d) = (t.trim(), d.trim());
        let fits = t.starts_with(char::is_alphanumeric)
            && t.split_whitespace().count() <= 8
            && !d.is_empty();
        fits.then_some((t, d))
    })
}

/// A term alone on its line, `Runtime::`, its definition set in on the
/// line under it (inside a labelled list only: alone, `Run this::` is
/// RST's announcement of a literal block).
fn bare_term<'a>(lines: &'a [Line], k: usize) -> Option<&'a str> {
    let t = lines[k].text.strip_suffix("::")?;
    let under = lines
        .get(k + 1)
        .filter(|n| !n.blank() && n.indent > lines[k].indent)?;
    term(&format!("{t}:: {}", under.text)).map(|_| t.trim())
}

/// The labelled list starting at `lines[i]`: each term's definition
/// goes on over the lines under it up to the next term, a list item or
/// a blank line.
pub fn parse(lines: &[Line], i: usize, ctx: &mut Ctx) -> Option<Parsed> {
    line_term(&lines[i])?;
    let mut items: Vec<(String, String, u32)> = Vec::new();
    let mut k = i;
    while let Some(l) = lines.get(k).filter(|l| !l.blank()) {
        if let Some((t, d)) = line_term(l) {
            items.push((t.to_string(), d.to_string(), l.no));
        } else if let Some(t) = bare_term(lines, k) {
            // `Runtime::` over its definition set in
            items.push((t.to_string(), String::new(), l.no));
        } else if list_marker(&l.text).is_some() {
            break;
        } else if let Some(last) = items.last_mut() {
            if !last.1.is_empty() {
                last.1.push(' ');
            }
            last.1.push_str(&l.text);
        }
        k += 1;
    }
    let defs = items
        .into_iter()
        .map(|(name, value, line)| {
            if contact_field(&format!("{name}:")).is_some() {
                set_meta(ctx.meta, &name, &inline::drop_markers(&value));
                ctx.report.fields += 1;
            }
            inline::term(&name, &value, line)
        })
        .collect();
    let block = Block::new(lines[i].no, BlockKind::DefinitionList(defs));
    Some((vec![block], k))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms() {
        assert_eq!(term("Owner:: Web team"), Some(("Owner", "Web team")));
        assert_eq!(term("Disk size :: 4 TB"), Some(("Disk size", "4 TB")));
        assert_eq!(term("Run this::"), None);
        assert_eq!(term(".. note:: Keep it."), None);
        assert_eq!(term("std::cout << x;"), None);
        assert_eq!(term("if (a == b) x:: y"), None);
    }
}
