//! The contact block (`Owner:`, `Contact:`, `Servers:` ... fields, values
//! maybe wrapped) in, its definition list out, the page's SOP metadata
//! filled in from it.

use super::body::{Ctx, Parsed, chunk_end, next_nonblank};
use super::callout;
use super::classify::{contact_field, list_marker};
use super::inline;
use super::lines::Line;
use super::lonefield;
use super::lowerfields::lower_case;
use super::names;
use crate::doc::{Block, BlockKind, DefinitionItem, Inline, Meta};

/// Whether a field line here starts a contact block: in a contact section,
/// two fields or more, set apart by blank lines or one under the other
/// (their values maybe wrapped to the fields' margin, whatever the names
/// under the first: `Contact: #desk` / `Escalation: the vendor, contract` /
/// `number in the wiki`), or an owner or contact alone on its line (not
/// an item's text).
pub fn fields_here(lines: &[Line], i: usize, ctx: &Ctx) -> bool {
    let wrapped = || super::flushfields::wrapped(lines, i);
    if contact_field(&lines[i].text).is_none() {
        return field_chunk(lines, i) || wrapped() || lonefield::run_apart(lines, i);
    }
    if ctx.section.contains("contact") || field_chunk(lines, i) || wrapped() {
        return true;
    }
    let mut count = 0;
    let mut k = i;
    while let Some(n) = next_nonblank(lines, k) {
        if contact_field(&lines[n].text).is_none() {
            break;
        }
        k = chunk_end(lines, n);
        count += lines[n..k]
            .iter()
            .filter(|l| contact_field(&l.text).is_some())
            .count();
    }
    count >= 2 || (count == 1 && !ctx.item && lonefield::alone(lines, i))
}

/// Whether `lines[i..]` up to the next blank line are fields, one line
/// each: three or more (`Applies to:`, `Category:`, `Author:`), or two with
/// a contact field (`Applies to: web01` over `Owner: web team`) or each
/// giving a number to call or an address to write to (`On call: +1 555
/// 0100` over `Vendor: help@example.com`): a block of fields, not a
/// paragraph. Lines that give a name twice are a program's messages
/// (`keyed::report`), no fields.
pub(super) fn field_chunk(lines: &[Line], i: usize) -> bool {
    let end = chunk_end(lines, i);
    if super::keyed::report(&lines[i..end]) {
        return false;
    }
    let field = |k: usize| {
        let l = &lines[k];
        l.indent == lines[i].indent
            && (callout::label(&l.text).is_none() || callout::among_fields(lines, k))
            // values set out in a column are a form laid out, kept as typed
            && !l.text.contains("   ")
            && (contact_field(&l.text).is_some()
                || other_field(&l.text).is_some()
                || super::longfield::field(&l.text).is_some())
    };
    // (a value may wrap onto a line set deeper than the fields: `Schedule:
    // nightly, plus a verify on the first Sunday of the` / `  month`)
    let margin = lines[i].indent;
    // (each line tested once: whether it is a field, then the rest)
    let is_field: Vec<bool> = (i..end).map(field).collect();
    let fields: Vec<&Line> = (i..end)
        .filter(|&k| is_field[k - i])
        .map(|k| &lines[k])
        .collect();
    let contact = fields.iter().any(|l| contact_field(&l.text).is_some())
        || fields
            .iter()
            .all(|l| other_field(&l.text).is_some_and(|(_, v)| reach(v)));
    let n = fields.len();
    let long = fields
        .iter()
        .filter(|l| super::longfield::field(&l.text).is_some())
        .count();
    (n >= 3 || (n == 2 && (contact || super::flushfields::pair(&fields))))
        && super::longfield::admitted(n - long, long)
        && is_field[0]
        && (i..end).all(|k| is_field[k - i] || wraps_deeper(&lines[k], margin))
        || super::lowerfields::chunk(lines, i)
}

/// Whether `l`, under a field, goes on with that field's value: set in
/// deeper than the fields' `margin`, no list item nor code (`Covers: web01,
/// web02,` / `        both racks`), as a value wraps to a hanging indent.
pub(super) fn wraps_deeper(l: &Line, margin: usize) -> bool {
    l.indent > margin && list_marker(&l.text).is_none() && !l.code_like()
}

/// Whether `lines[i..]` up to the next blank line are contact fields
/// flush left, some wrapped onto the line under them (at column 0, set in
/// by spaces or a tab): two contact fields or more, every other line the
/// value of the field above going on, as a title's fields are typed right
/// under it (`Owner: ops` / `Contact: #ops, ops@example.org (nights:` /
/// `page the on-call)`).
pub(super) fn wrapped_fields(lines: &[Line], i: usize) -> bool {
    let chunk = &lines[i..chunk_end(lines, i)];
    let named = |l: &Line| contact_field(&l.text).is_some() || other_field(&l.text).is_some();
    let goes_on =
        |l: &Line| !named(l) && list_marker(&l.text).is_none() && !l.code_like() && l.indent <= 12;
    let contacts = chunk
        .iter()
        .filter(|l| l.indent == 0 && contact_field(&l.text).is_some())
        .count();
    contacts >= 2
        && contact_field(&chunk[0].text).is_some()
        && chunk[0].indent == 0
        && chunk.windows(2).all(|w| {
            (w[1].indent == 0 && named(&w[1])) || (goes_on(&w[1]) && !w[0].text.ends_with('.'))
        })
}

/// Contact fields written as a bullet list (`* Owner: team`, `* *Owner:*
/// team`, `* '''Owner:''' team`), one item a line, two or more, in a
/// contact section: the fields' definition list, and the line after them.
/// Outside one (right under the page's opening text), all of them contact
/// fields, they fill in the page's metadata and stay the list typed.
pub fn bullets(lines: &[Line], i: usize, ctx: &mut Ctx) -> Option<(Vec<Block>, usize)> {
    let end = chunk_end(lines, i);
    let (fields, nos) = bulleted(&lines[i..end])?;
    let contact: Vec<(&str, &str)> = fields.iter().filter_map(|f| contact_field(f)).collect();
    if fields.len() < 2 {
        return None;
    }
    if !ctx.section.contains("contact") {
        if contact.len() == fields.len() {
            for (name, value) in contact {
                set_meta(ctx.meta, name, &inline::drop_markers(value));
            }
        }
        return None;
    }
    let mut text = fields.join("\n");
    text.push('\n');
    let mut own = super::lines::split(&text);
    for (o, no) in own.iter_mut().zip(nos) {
        o.no = no;
    }
    let (blocks, _) = self::fields(&own, 0, ctx);
    Some((blocks, end))
}

/// The fields of a run of `* Owner: team` items, names unbolded, each
/// with the lines it wraps onto (set in past the bullet, or in MoinMoin at
/// the bullet's own indent) run onto it, and
/// their line numbers; none if a line of the run is neither.
fn bulleted(chunk: &[Line]) -> Option<(Vec<String>, Vec<u32>)> {
    let (mut fields, mut nos): (Vec<String>, Vec<u32>) = (Vec::new(), Vec::new());
    for l in chunk {
        match (list_marker(&l.text), fields.last_mut()) {
            (Some((c, _, w)), _) if l.indent == chunk[0].indent => {
                let field = unbolded(l.text[w..].trim());
                let named = contact_field(&field).is_some() || other_field(&field).is_some();
                if !named || !(c == '*' || c == '-') {
                    return None;
                }
                fields.push(field);
                nos.push(l.no);
            }
            // a value wrapped under the bullet's text, or (MoinMoin) at
            // the bullet's own indent, short of its text
            (None, Some(last))
                if l.indent > chunk[0].indent || (l.indent > 0 && l.indent == chunk[0].indent) =>
            {
                last.push(' ');
                last.push_str(&l.text);
            }
            _ => return None,
        }
    }
    Some((fields, nos))
}

/// A field whose name is set in bold marks (`'''Owner:''' team`, `*Owner:*
/// team`, `**Owner**: team`) without them.
fn unbolded(text: &str) -> String {
    for mark in ["'''", "**", "*", "__"] {
        if let Some((name, rest)) = text.strip_prefix(mark).and_then(|t| t.split_once(mark))
            && !name.is_empty()
            && (name.ends_with(':') || rest.starts_with(':'))
        {
            return format!("{name}{rest}");
        }
    }
    text.to_string()
}

/// Contact fields (values may wrap) as a definition list and metadata.
pub fn fields(lines: &[Line], i: usize, ctx: &mut Ctx) -> (Vec<Block>, usize) {
    let mut items: Vec<(String, String, u32)> = Vec::new();
    // fields whose value goes on under itself, set in as far as the
    // value (`at`, its column), and whether the line before had no comma
    // at its end (the line break parts two names)
    let mut wrapped: Vec<(u32, bool)> = Vec::new();
    let (mut at, mut field) = (0, 0);
    let mut k = i;
    let lower_block = super::lowerfields::chunk(lines, i);
    // (four-word names are fields only in a chunk of fields: `field_chunk`)
    let mut long = field_chunk(lines, i);
    while k < lines.len() {
        let l = &lines[k];
        if l.blank() {
            match next_nonblank(lines, k) {
                Some(n)
                    if contact_field(&lines[n].text).is_some()
                        || lonefield::set_apart(lines, n) =>
                {
                    (k, long) = (n, field_chunk(lines, n))
                }
                _ => break,
            }
            continue;
        }
        let lower = items.last().map_or(lower_block, |(n, _, _)| lower_case(n));
        if let Some((name, value)) = field_line(&l.text, lower, long) {
            items.push((name.to_string(), value.to_string(), l.no));
            (at, field) = (value_column(l, value), l.indent);
        } else if list_marker(&l.text).is_some() || (l.code_like() && !open(&items, l, field)) {
            break;
        } else if let Some(last) = items.last_mut() {
            let parts = !last.1.ends_with(',');
            last.1.push(' ');
            last.1.push_str(&l.text);
            // (a value wrapped to a hanging indent short of the value is
            // prose; set in as far as the value, by spaces or to the tab
            // stops, it lays out a column of names)
            if l.indent >= at {
                wrapped.push((last.2, parts));
            }
        }
        k += 1;
    }
    let defs = definitions(items, &wrapped, ctx);
    (
        vec![Block::new(lines[i].no, BlockKind::DefinitionList(defs))],
        k,
    )
}

/// The definition list's items of the fields read (`items`: name, value,
/// line), each value's wrapped lines (`wrapped`: the field's line and
/// whether a line break there parts two names) telling `item` where the
/// value breaks.
fn definitions(
    items: Vec<(String, String, u32)>,
    wrapped: &[(u32, bool)],
    ctx: &mut Ctx,
) -> Vec<DefinitionItem> {
    items
        .into_iter()
        .flat_map(split_run_on)
        .map(|(name, value, line)| {
            let under: Vec<bool> = wrapped
                .iter()
                .filter(|w| w.0 == line)
                .map(|w| w.1)
                .collect();
            let breaks = (!under.is_empty()).then(|| under.iter().filter(|&&b| b).count());
            item(name, &value, line, breaks, ctx)
        })
        .collect()
}

/// Whether the line `l` goes on with the last field's value though it
/// looks like a command (`fieldwrap::goes_on`; `field`, that field's margin).
fn open(items: &[(String, String, u32)], l: &Line, field: usize) -> bool {
    let value = items.last().map_or("", |(_, v, _)| v.as_str());
    !items.is_empty() && super::fieldwrap::goes_on(value, &l.text, l.indent, field)
}

/// `Name:` fields with their values set out in a column (`Data:`, a tab
/// or two spaces or more, `/srv/data`), one a line, two or more, as the
/// first text under a section's title (no block before them in the
/// section, no list item around them): the section's facts, a definition
/// list; so too set in under a paragraph ending with `:` that states them
/// (`These are the numbers we promised:` over `    Uptime (web):   99.9%`;
/// `looks like this:` shows a sample, kept as typed, as are such lines at
/// a lead-in's margin; contact fields are read as such).
pub fn column_fields(lines: &[Line], i: usize, prev: &[Block], ctx: &Ctx) -> Option<Parsed> {
    let end = chunk_end(lines, i);
    let chunk = &lines[i..end];
    let stated = lines[i].indent > 0 && super::intro::states(prev);
    let titled = (prev.is_empty() || stated) && !ctx.section.is_empty() && !ctx.item;
    if !titled || chunk.len() < 2 || chunk.iter().any(|l| l.indent < chunk[0].indent) {
        return None;
    }
    if fields_here(lines, i, ctx) {
        return None;
    }
    let mut items = Vec::new();
    for (name, value, no) in column_values(chunk)? {
        items.push(inline::term(name, &value, no));
    }
    Some((
        vec![Block::new(lines[i].no, BlockKind::DefinitionList(items))],
        end,
    ))
}

/// The names and values (with their line numbers) of `chunk`'s fields
/// set out in a column: a value may wrap onto lines set in to its column
/// or past it (`Vendor:   Acme, phone` / `          +1 555 0100`), and a
/// name too long for the column has one space after its colon
/// (`Facilities manager: ...` under `Vendor:   ...`), reaching past
/// where the others' values start.
fn column_values<'a>(chunk: &'a [Line]) -> Option<Vec<(&'a str, String, u32)>> {
    let at = chunk[0].indent;
    // (each with the column its value starts at)
    fn column<'b>(l: &'b Line) -> Option<(&'b str, &'b str, usize)> {
        let (_, rest) = l.text.split_once(':')?;
        let start = l.indent + l.text.len() - rest.trim_start().len();
        column_field(&l.text).map(|(n, v)| (n, v, start))
    }
    if chunk.iter().filter_map(column).count() < 2 {
        return None;
    }
    let width = chunk.iter().filter_map(column).map(|f| f.2).min()?;
    let mut out: Vec<(&'a str, String, u32)> = Vec::new();
    for l in chunk {
        let spaced = l.text.split_once(": ").filter(|(n, v)| {
            column_name(n) && !v.trim().is_empty() && l.indent + n.len() + 2 >= width
        });
        match column(l).map(|(n, v, _)| (n, v)).or(spaced) {
            Some((name, value)) if l.indent == at => out.push((name, value.to_string(), l.no)),
            _ if l.indent >= width && list_marker(&l.text).is_none() => {
                let last = out.last_mut()?;
                last.1.push(' ');
                last.1.push_str(&l.text);
            }
            _ => return None,
        }
    }
    (out.len() >= 2).then_some(out)
}

/// The name and value of a field whose value is set out in a column: a
/// short capitalised name (three words at most), its `:`, a tab or two
/// spaces or more, a value.
pub(super) fn column_field(text: &str) -> Option<(&str, &str)> {
    let (name, rest) = text.split_once(':')?;
    let gap = rest.starts_with('\t') || rest.starts_with("  ");
    let ok = gap && !rest.trim().is_empty() && column_name(name);
    ok.then(|| (name, rest.trim()))
}

/// Whether `name` may name a field set out in a column: capitalised,
/// three words at most, letters, digits and `-`, perhaps with a note in
/// brackets after it (`Uptime (web)`).
fn column_name(name: &str) -> bool {
    let head = match name.strip_suffix(')').and_then(|n| n.split_once(" (")) {
        Some((head, note)) if !head.is_empty() && worded(note) => head,
        _ => name,
    };
    name.starts_with(char::is_uppercase) && name.split(' ').count() <= 3 && worded(head)
}

/// Whether a field's name (or the note in brackets after it) is words
/// only: letters, digits, spaces and `-`.
fn worded(name: &str) -> bool {
    name.chars()
        .all(|c| c.is_alphanumeric() || c == ' ' || c == '-')
}

/// One contact field's definition item (`field_item`), its value
/// recorded in the page's metadata and the field counted in the report.
pub(super) fn item(
    name: String,
    value: &str,
    line: u32,
    breaks: Option<usize>,
    ctx: &mut Ctx,
) -> DefinitionItem {
    set_meta(ctx.meta, &name, &inline::drop_markers(value));
    ctx.report.fields += 1;
    field_item(name, value, line, breaks)
}

/// One field's definition item: its name, its value a paragraph (an
/// empty comment when blank) or, for a machines field wrapped under itself with
/// `breaks` line breaks that part two names, maybe a list of the names.
fn field_item(name: String, value: &str, line: u32, breaks: Option<usize>) -> DefinitionItem {
    let names = breaks
        .filter(|_| names::machines_field(&name))
        .map(|breaks| names::wrapped_names(value, breaks, line));
    let definition = if let Some(Some(list)) = names {
        vec![list]
    } else {
        let text = inline::parse(value, line);
        if text.is_empty() {
            // a field left blank stays in the list, its value an empty
            // comment (`..`), not a paragraph of its name
            vec![Block::new(line, BlockKind::Comment(String::new()))]
        } else {
            vec![Block::new(line, BlockKind::Paragraph(text))]
        }
    };
    DefinitionItem {
        line,
        term: vec![Inline::Text(name)],
        classifiers: Vec::new(),
        definition,
    }
}

/// The column a field's `value` starts at on its line `l` (`Servers:
/// app01` at 3: 12), one past the line's indent when the value is empty
/// or not found as typed.
fn value_column(l: &Line, value: &str) -> usize {
    match l.raw.strip_suffix(value) {
        Some(head) if !value.is_empty() => crate::tabs::width(head, crate::tabs::Stops::LEGACY),
        _ => l.indent + 1,
    }
}

/// A field the dump ran into the value before it (`Servers: app01 Purpose:
/// Serve the app`): the two fields.
fn split_run_on(field: (String, String, u32)) -> Vec<(String, String, u32)> {
    let (name, value, line) = field;
    let at = value.match_indices(' ').map(|(i, _)| i + 1).find(|&i| {
        let rest = &value[i..];
        rest.starts_with(char::is_uppercase)
            && contact_field(rest).is_some_and(|(n, v)| !n.contains(' ') && !v.is_empty())
            && rest
                .split_once(':')
                .is_some_and(|(_, v)| v.starts_with(' '))
    });
    match at {
        Some(i) => {
            let (n, v) = contact_field(&value[i..]).unwrap_or_default();
            let (n, v) = (n.to_string(), v.to_string());
            let first = (name, value[..i].trim().to_string(), line);
            vec![first, (n, v, line)]
        }
        None => vec![(name, value, line)],
    }
}

/// Whether a field's value starts with a way to reach someone: a phone
/// number (`+49 30 555 0100`, `(030) 555-0100 (nights)`: seven digits or
/// more before any word) or a mail address (`help@example.com`); or
/// names someone's extension of the house's phones (`Pat Lee (plee),
/// ext. 4410`).
fn reach(value: &str) -> bool {
    extension(value) || reached(value)
}

/// Whether `value` names a phone extension: `ext.`, `ext` or `extension`
/// then two to six digits.
fn extension(value: &str) -> bool {
    let words: Vec<&str> = value.split_whitespace().collect();
    words.windows(2).any(|w| {
        let digits = w[1].trim_end_matches([',', '.', ';', ')']);
        ["ext.", "ext", "extension"].contains(&w[0].to_ascii_lowercase().as_str())
            && (2..=6).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit())
    })
}

/// Whether a field's value starts with a phone number or a mail address.
fn reached(value: &str) -> bool {
    let number: String = value
        .chars()
        .take_while(|c| c.is_ascii_digit() || " +-/().".contains(*c))
        .collect();
    let digits = number.chars().filter(char::is_ascii_digit).count();
    let first = value.split_whitespace().next().unwrap_or("");
    let mail = first
        .split_once('@')
        .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'));
    digits >= 7 || mail
}

/// A `Name: value` line with a short capitalised name, inside a contact
/// block (`Upstream: URL`).
pub(super) fn other_field(text: &str) -> Option<(&str, &str)> {
    let spaced = text
        .split_once(':')
        .is_some_and(|(_, v)| v.starts_with(' '));
    short_field(text)
        .filter(|(name, _)| spaced && name.starts_with(|c: char| c.is_ascii_uppercase()))
}

/// Whether the paragraph opened at `lines[i]` by a field (`Severity:
/// high`) meets another field at its margin at `lines[k]` (`Meaning: the
/// disk is full`), both flush left, the second running on into text
/// under it: each field is a paragraph of its own, never the sentence of
/// the one above going on (a block of one-line fields is left to the
/// contact readers).
pub(super) fn field_after_field(lines: &[Line], i: usize, k: usize) -> bool {
    let field = |l: &Line| other_field(&l.text).is_some() && callout::label(&l.text).is_none();
    let runs_on = lines
        .get(k + 1)
        .is_some_and(|n| n.indent == 0 && !n.blank() && !field(n));
    lines[i].indent == 0 && lines[k].indent == 0 && field(&lines[i]) && field(&lines[k]) && runs_on
}

/// A `name: value` line (or `name:`, a tab, the value) whose name is
/// short (`short_name`); the name and the value trimmed.
pub(super) fn short_field(text: &str) -> Option<(&str, &str)> {
    let (name, value) = text.split_once(':')?;
    (value.starts_with([' ', '\t']) && short_name(name)).then(|| (name, value.trim()))
}

/// Whether `name` is a short field name: three words at most (`Runbook
/// owner review`), twenty-four characters, letters, digits and `-`, perhaps
/// with a note of two words at most in brackets after it (`Facilities
/// (Leeds)`), which may quote a name (`Transit (AS64510 "Upstream")`).
fn short_name(name: &str) -> bool {
    let (head, note) = match name.strip_suffix(')').and_then(|n| n.split_once(" (")) {
        Some((head, note)) if !head.is_empty() && !note.is_empty() => (head, note),
        _ => (name, ""),
    };
    head.len() <= 24
        && head.split(' ').count() <= 3
        && note.split(' ').count() <= 2
        && worded(head)
        && worded(&note.replace(['"', '\''], ""))
}

/// Whether `name` is a short field name (`short_name`) that starts with a
/// capital (`Upstream`).
pub(super) fn capitalised_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase()) && short_name(name)
}

/// The name and value of a field line in a contact block: a contact
/// field, another capitalised name, (under fields typed in lower case,
/// `lower`) a short lower-case name, or (in a chunk of fields, `long`) a
/// four-word name (`longfield::field`).
fn field_line(text: &str, lower: bool, long: bool) -> Option<(&str, &str)> {
    contact_field(text)
        .or_else(|| other_field(text))
        .or_else(|| lower.then(|| super::lowerfields::field(text)).flatten())
        .or_else(|| blank_field(text))
        .or_else(|| long.then(|| super::longfield::field(text)).flatten())
}

/// A field left blank among the others, its name alone with its colon
/// (`Building:`): a capitalised short name, the value empty.
fn blank_field(text: &str) -> Option<(&str, &str)> {
    let name = text.strip_suffix(':')?;
    let named = name.starts_with(|c: char| c.is_ascii_uppercase()) && !name.ends_with(' ');
    short_field(&format!("{name}: "))
        .is_some()
        .then_some((name, ""))
        .filter(|_| named)
}

/// Records a contact field's value in the page's metadata (the first of
/// each name; names other than the contact fields are left out).
pub(super) fn set_meta(meta: &mut Meta, name: &str, value: &str) {
    let value = value.trim().to_string();
    if value.is_empty() {
        return;
    }
    let slot = match name.to_lowercase().as_str() {
        "owner" => &mut meta.owner,
        "contact" | "contacts" => &mut meta.contact,
        "location" => &mut meta.location,
        "purpose" => &mut meta.purpose,
        "persons" => &mut meta.persons,
        "sponsor" => &mut meta.sponsor,
        "servers" | "server" => {
            if meta.servers.is_empty() {
                meta.servers = names::split(&value);
            }
            return;
        }
        _ => return,
    };
    if slot.is_none() {
        *slot = Some(value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn a_blank_field_of_another_name_stays_a_field() {
        assert_eq!(blank_field("Building:"), Some(("Building", "")));
        assert_eq!(blank_field("Pager (nights):"), Some(("Pager (nights)", "")));
        assert_eq!(blank_field("Then run the following:"), None);
        assert_eq!(blank_field("building:"), None);
        assert_eq!(blank_field("Building: C"), None);
    }

    #[test]
    fn two_numbers_to_call_are_fields() {
        assert!(reach("+1 555 0100 (nights)") && reach("help@example.com, any time"));
        assert!(!reach("Pat, the desk by the door") && !reach("3 times a day"));
        assert!(reach("Pat Lee (plee), ext. 4410") && !reach("the ext4 file system"));
        let lines = split("Desk: +31 20 555 0142\nVendor: help@example.com\n");
        assert!(field_chunk(&lines, 0));
        let lines = split("Desk: the blue one\nVendor: help@example.com\n");
        assert!(!field_chunk(&lines, 0));
    }

    #[test]
    fn a_four_word_name_joins_two_short_fields_or_more() {
        let lines = split("Who: Pat\nDesk: B2\nWhere the key is: vault\n");
        assert!(field_chunk(&lines, 0));
        let lines = split("Owner: ops\nWhen the queue drains: go on\n");
        assert!(!field_chunk(&lines, 0));
        let lines = split("Who: Pat\nDesk: B2\nWhere the key is: vault\n");
        let mut meta = Meta::default();
        let mut report = crate::convert::Report::default();
        let (blocks, end) = fields(&lines, 0, &mut Ctx::plain("", &mut meta, &mut report));
        assert_eq!(end, 3);
        assert!(matches!(&blocks[0].kind, BlockKind::DefinitionList(d) if d.len() == 3));
    }

    #[test]
    fn moin_bullet_values_wrap_at_the_bullets_indent() {
        let lines =
            split(" * '''Owner:''' Tape team\n * '''Contact:''' the desk, or the\n night pager\n");
        let (fields, _) = bulleted(&lines).unwrap();
        assert_eq!(fields[1], "Contact: the desk, or the night pager");
        // at the margin, the line is no part of the list
        let lines = split(" * '''Owner:''' Tape team\nnight pager\n");
        assert!(bulleted(&lines).is_none());
    }
}
