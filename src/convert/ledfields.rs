//! Fields a line leads: the page's lines and a line's index in, when that
//! line stands after a blank line, ends with `:` and has two `Name: value`
//! fields or more right under it at its margin up to the next blank line
//! (`Figures for the queue:` / `Queue: WEB` / `Median wait: 2 hours`), the
//! lead's paragraph and the fields' definition list out: the writer
//! titled a short record, not a sentence running on over its lines.

use super::body::{Ctx, Parsed, chunk_end};
use super::callout;
use super::contact::other_field;
use super::inline;
use super::lines::Line;
use crate::doc::{Block, BlockKind};

/// The lead at `lines[i]` and the fields under it, as the module says;
/// none if the lead is itself a field, a list item or code, or any line
/// under it is no field at the lead's margin. Where the contact reader
/// takes the fields (`contact::fields_here`), the lead's paragraph alone,
/// the fields left to that reader: a lead over a contact block is never
/// the first line of a sentence the fields go on.
pub(super) fn parse(lines: &[Line], i: usize, ctx: &Ctx) -> Option<Parsed> {
    let lead = &lines[i];
    let set_apart = i == 0 || lines[i - 1].blank();
    let leads = lead.text.ends_with(':')
        && other_field(&lead.text).is_none()
        && callout::label(&lead.text).is_none()
        && super::classify::list_marker(&lead.text).is_none()
        && !lead.code_like();
    // (the cheap tests first: the chunk's end is looked for under a lead
    // only; fields the contact reader takes are left to it)
    if !set_apart || !leads {
        return None;
    }
    let end = chunk_end(lines, i);
    if end < i + 3 {
        return None;
    }
    // (the lead stands alone over fields the contact reader takes, however
    // long their values: `Who to call:` over `Owner:` / `Phone: +1 555 ...`)
    if contact_taken(lines, i + 1, end, ctx) {
        return Some((vec![inline::paragraph(&lead.text, lead.no)], i + 1));
    }
    let mut fields: Vec<(&str, String, u32)> = Vec::new();
    for l in &lines[i + 1..end] {
        let named = field(&l.text).filter(|_| callout::label(&l.text).is_none());
        match (named, fields.last_mut()) {
            (Some((name, value)), _) if l.indent == lead.indent => {
                fields.push((name, value.to_string(), l.no));
            }
            (None, Some((_, value, _))) if super::contact::wraps_deeper(l, lead.indent) => {
                value.push(' ');
                value.push_str(l.text.trim());
            }
            _ => return None,
        }
    }
    if fields.len() < 2 {
        return None;
    }
    let items = fields
        .iter()
        .map(|(name, value, no)| inline::term(name, value, *no))
        .collect();
    let para = inline::paragraph(&lead.text, lead.no);
    let list = Block::new(lines[i + 1].no, BlockKind::DefinitionList(items));
    Some((vec![para, list], end))
}

/// Whether the contact reader takes the fields `lines[from..end]`: it
/// would (`contact::fields_here`) and they are contact fields (`Owner:`,
/// `Contact:`) or stand in a contact section; other named fields under a
/// lead are the lead's record, however many there are.
fn contact_taken(lines: &[Line], from: usize, end: usize, ctx: &Ctx) -> bool {
    let contact = ctx.section.contains("contact")
        || lines[from..end]
            .iter()
            .any(|l| super::classify::contact_field(&l.text).is_some());
    contact && super::contact::fields_here(lines, from, ctx)
}

/// A `Name: value` line whose name is capitalised and short, four words
/// at most (`Median time to close`), of letters, digits, `-`, `/` and
/// brackets, and whose value is there: the name and the value, trimmed.
fn field(text: &str) -> Option<(&str, &str)> {
    let (name, value) = text.split_once(':')?;
    let named = name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.len() <= 32
        && name.split(' ').count() <= 4
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || " -/()".contains(c));
    let valued = value.starts_with([' ', '\t']) && !value.trim().is_empty();
    (named && valued).then(|| (name.trim(), value.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::Report;
    use crate::convert::lines::split;
    use crate::doc::Meta;

    #[test]
    fn a_lead_over_fields_is_a_paragraph_then_definitions() {
        let (mut meta, mut report) = (Meta::default(), Report::default());
        let ctx = Ctx::plain("readings", &mut meta, &mut report);
        let parsed = |text: &str| parse(&split(text), 0, &ctx).map(|(b, e)| (b.len(), e));
        assert_eq!(
            parsed("Figures for the queue:\nQueue: WEB\nMedian time to close: 2 hours\n"),
            Some((2, 3))
        );
        // one field is no record; a field leading is a field; prose under
        assert_eq!(parsed("Figures:\nQueue: WEB\n"), None);
        assert_eq!(parsed("Queue: WEB\nWait: 2 hours\nGoal: 1 hour\n"), None);
        assert_eq!(parsed("Figures:\nQueue: WEB\nthe wait is long\n"), None);
        // a value wrapped to a hanging indent goes on with it
        assert_eq!(
            parsed("Figures:\nQueue: WEB, MAIL,\n       and DNS\nGoal: 1 hour\n"),
            Some((2, 4))
        );
        assert_eq!(parsed("Figures:\n  and DNS\nGoal: 1 hour\n"), None);
        // over a contact block, the lead alone: the contact reader goes on
        assert_eq!(
            parsed("People:\nOwner: lab team\nPhone: +1 555 0100 22 33\nRoom: B4\n"),
            Some((1, 1))
        );
    }
}
