//! A bare line standing alone in, the heading it reads as (or none):
//! whether the text around sets it off as a heading, titles a block under
//! it, or is an item of a list or a line a colon announces instead.

use super::classify::{adornment, list_marker, prompt, strip_heading_number};
use super::headings::{Found, found};
use super::headtext::{heading_like, over_contact_fields, part_name, strict_heading};
use super::indent::text_under;
use super::intro::{before_code, introduces};
use super::lines::Line;

/// A bare line standing alone that reads as a heading; its key is its
/// indentation (`title` for the first line).
pub(super) fn bare_line(
    lines: &[Line],
    i: usize,
    prev_blank: bool,
    (indented, explicit, under): (bool, bool, bool),
    first: bool,
) -> Option<Found> {
    let l = &lines[i];
    let set_off = super::labelhead::set_off_label(lines, i);
    let byline = first && super::byline::over_byline(lines, i);
    let next_blank = set_off || byline || ends_above(lines, i, indented && !explicit, first);
    let text = heading_text(lines, i, indented, set_off);
    // (a first line over its byline is a title even with a clause in it:
    // `mirror.example.org -- the mirror, how it runs`)
    let titled = super::headtext::title_like(text, indented, first)
        || super::headtext::message_title(lines, i, indented)
        || (byline && heading_like(&text.replace(", ", " "), indented));
    if !(prev_blank && next_blank && titled && !introduces(lines, i))
        || in_list(lines, i)
        || super::intro::cut_by_block(lines, i)
        || super::reported::in_report(lines, i)
        || (introduced(lines, i) && !under)
    {
        return None;
    }
    if first && l.indent <= 3 {
        return Some(found(i, i + 1, l.no, "title".into(), &l.text, false));
    }
    // (on a page whose body is set in, as a `links -dump` sets it, a
    // flush-left line is a section whatever its name; a section whose
    // underline was forgot, too: both sit beside the section above)
    if l.indent == 0
        && !indented
        && (part_name(text.trim_end_matches(':')) || (explicit && section_name(lines, i)))
    {
        return Some(found(i, i + 1, l.no, "p".into(), &l.text, true));
    }
    let key = match (indented, l.indent) {
        // (where underlines mark the sections, a bare line over the contact
        // fields still titles them: `Contact Information` / `Owner: ...`)
        (false, 0) if explicit && over_contact_fields(lines, i) => "b0",
        (false, 0) if explicit && strict_heading(&l.text) && over_indented(lines, i) => "b0",
        _ if explicit && !indented => return None,
        (true, 0) => "b0",
        (true, 2) => "b2",
        (true, 4) if !l.text.ends_with(':') && !before_code(lines, i) => "b4",
        (false, 0) if strict_heading(&l.text) => "b0",
        _ => return None,
    };
    Some(found(i, i + 1, l.no, key.into(), &l.text, !indented))
}

/// The words of line `i` weighed as a heading: a label set off loses its
/// colon, and flush left over an indented body one closing stop does not
/// matter.
fn heading_text<'a>(lines: &'a [Line], i: usize, indented: bool, set_off: bool) -> &'a str {
    let l = &lines[i];
    match l.text.strip_suffix('.') {
        _ if set_off => l.text.trim_end_matches(':'),
        Some(t)
            if indented
                && l.indent == 0
                && !t.contains('.')
                && t.starts_with(char::is_uppercase)
                && text_under(lines, i) =>
        {
            t
        }
        _ => l.text.as_str(),
    }
}

/// Whether the text above ends at line `i` as at a heading: a blank line
/// or the page's end under it, or what a heading stands over with no
/// blank line between (an indented block it titles, text under capitals,
/// contact fields; under the page's `first` line, fields or a much longer
/// line).
fn ends_above(lines: &[Line], i: usize, indented: bool, first: bool) -> bool {
    lines.get(i + 1).is_none_or(|n| n.blank())
        // (where underlines mark the sections, a bare flush-left line over
        // deeper text is a term over its definition, as docutils reads it)
        || titles_block(lines, i, indented)
        || capitals_over_text(lines, i)
        || (first && i + 1 < lines.len() && over_fields(lines, i + 1))
        || (first && super::headtext::title_over_text(lines, i))
        || (first && super::headtext::title_over_field(lines, i))
        || over_contact_fields(lines, i)
}

/// Whether a flush-left line of an indented body titles the indented
/// text right under it, with no blank line between (`Logs` over the
/// paths of the logs). A line ending with `:` introduces the block, and a
/// numbered one is an item of a list.
fn titles_block(lines: &[Line], i: usize, indented: bool) -> bool {
    let t = &lines[i].text;
    indented
        && lines[i].indent == 0
        && !t.ends_with(':')
        && strip_heading_number(t).len() == t.len()
        && list_marker(t).is_none()
        && !t.split_whitespace().next().is_some_and(super::logline::day)
        && lines
            .get(i + 1)
            .is_some_and(|n| !n.blank() && n.indent >= 2)
}

/// Whether `lines[i..]` are the fields under a page's first line, with no
/// blank line between: a block of fields, the contact fields with their
/// values wrapped, or these under `Contact Information`.
fn over_fields(lines: &[Line], i: usize) -> bool {
    super::contact::field_chunk(lines, i)
        || super::contact::wrapped_fields(lines, i)
        || over_contact_fields(lines, i)
}

/// Whether `lines[i]` is written in capitals (`NFS FAILOVER`) over a line
/// that is not: wrapped prose is never all capitals, so the line stands
/// alone even with text right under it (`Last updated: ...`, `1. Stop`).
fn capitals_over_text(lines: &[Line], i: usize) -> bool {
    let caps = super::capsnest::capitals;
    caps(&lines[i].text)
        && super::classify::admonition_word(&lines[i].text).is_none()
        && !super::spaced::header_at(lines, i)
        && lines
            .get(i + 1)
            .is_some_and(|n| !n.blank() && !caps(&n.text) && n.indent >= lines[i].indent)
}

/// Whether the text before `lines[i]`, no deeper than it, ends with `:`
/// and so announces the line (`The flow looks like this:` then an
/// indented `Client -> proxy -> app`); a heading stands out to the left.
fn introduced(lines: &[Line], i: usize) -> bool {
    lines[..i]
        .iter()
        .rev()
        .find(|l| !l.blank())
        .is_some_and(|p| {
            p.text.ends_with(':') && adornment(&p.text).is_none() && p.indent <= lines[i].indent
        })
}

/// Whether the next non-blank line after `lines[i]` is prose set at least
/// three columns further in (a title standing out left of its text).
fn over_indented(lines: &[Line], i: usize) -> bool {
    super::body::next_nonblank(lines, i + 1)
        .map(|n| &lines[n])
        .is_some_and(|n| {
            n.indent >= lines[i].indent + 3
                && n.text.split_whitespace().count() >= 5
                && list_marker(&n.text).is_none()
                && !n.code_like()
                && !prompt(&n.text)
        })
}

/// Whether the lone flush-left line `lines[i]`, on a page whose sections
/// are underlined, still names a section the writer forgot to underline
/// (`Verifying` over its prose, `References` over the numbered links): a
/// name of up to six words in letters only (no colon, question, number
/// or dash: `Version: 1.2`, `Created 08 February 2021`, `Acme Ltd – IT`
/// are bylines), not `Contents`, and no sentence, over text at the
/// margin (or a list set in by one) that is no command. A line over a
/// block set in further leads into it (`Watch propagation with`).
fn section_name(lines: &[Line], i: usize) -> bool {
    let t = &lines[i].text;
    strict_heading(t)
        && t.split_whitespace().count() <= 6
        && t.chars().all(|c| c.is_alphabetic() || " -'".contains(c))
        && !super::classify::is_contents_word(t)
        && !super::headtext::unstopped_sentence(t)
        && super::body::next_nonblank(lines, i + 1)
            .map(|n| &lines[n])
            .is_some_and(|n| {
                (n.indent == 0 || (n.indent == 1 && list_marker(&n.text).is_some()))
                    && !n.code_like()
                    && !prompt(&n.text)
                    && adornment(&n.text).is_none()
            })
}

/// Whether a numbered line is an item of a list around it: the item
/// numbered one before or after it, at its indentation, has text right
/// under it (a numbered heading stands alone).
fn in_list(lines: &[Line], i: usize) -> bool {
    let Some((kind, n, _)) = list_marker(&lines[i].text) else {
        return false;
    };
    let own = lines[i].indent;
    // items of one list close their numbers alike (`4.`, not `4)`)
    let delimiter = |t: &str| t.chars().find(|c| !c.is_ascii_alphanumeric());
    let sibling = |k: usize, want: u32| {
        let l = &lines[k];
        l.indent == own
            && list_marker(&l.text).is_some_and(|(c, m, _)| c == kind && m == want)
            && delimiter(&l.text) == delimiter(&lines[i].text)
            && lines.get(k + 1).is_some_and(|x| !x.blank())
    };
    // the nearest marker lines at its indentation, past flush-left text
    // such as a laid-out block between the items
    let marker = |k: &usize| lines[*k].indent == own && list_marker(&lines[*k].text).is_some();
    let prev = (0..i).rev().find(marker);
    let next = (i + 1..lines.len()).find(marker);
    prev.is_some_and(|k| sibling(k, n.wrapping_sub(1))) || next.is_some_and(|k| sibling(k, n + 1))
}
