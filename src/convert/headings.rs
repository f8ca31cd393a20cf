//! Heading detection for the legacy text reader: lines in, the headings
//! found (underlined, overlined, MoinMoin, bare lines of a `links -dump`,
//! numbered) with a style key each, and the line ranges they take.

use super::classify::{
    contact_field, contents_item, list_marker, moin_heading, strip_heading_number,
};
use super::headtext::{names, over_contact_fields};
use super::indent::{Layout, body_at_two, indented_body, over_deeper};
use super::lines::Line;
use super::numbered::{numbered_head, numbered_heads};
use super::steps;
use super::wiki::Flavour;
use std::collections::HashMap;

/// A heading found in the text.
#[derive(Debug, Clone)]
pub struct Found {
    /// First and one-past-last input line index it takes.
    pub start: usize,
    pub end: usize,
    /// The line number of its text.
    pub line: u32,
    /// The style: `o=` overlined, `u-` underlined, `m2` MoinMoin level,
    /// `b0`/`b2`/`b4` a bare line at that indentation, `n0` a numbered
    /// heading of a run at that indentation, `l0` a lettered one, `title`
    /// the first line, `p`
    /// a part every SOP has (`Cause:`), a sibling of the heading before.
    pub key: String,
    pub text: String,
    /// Whether the guess rests on layout alone (worth a look).
    pub guessed: bool,
}

/// Whether a heading of `heads` takes the line `i` (its text or its
/// adornment).
pub(super) fn taken(heads: &[Found], i: usize) -> bool {
    heads.iter().any(|h| h.start <= i && i < h.end)
}

/// For each of `n` lines, whether no heading of `heads` takes it: one
/// pass over the headings, for readers that ask it of every line.
pub(super) fn free_lines(heads: &[Found], n: usize) -> Vec<bool> {
    let mut free = vec![true; n];
    for h in heads {
        free[h.start.min(n)..h.end.min(n)].fill(false);
    }
    free
}

/// Finds the headings in `lines[from..]`.
/// (`flavour`: the page's wiki, whose own heading lines are headings:
/// Org's `* Title`, Confluence's `h2. Title`; `layout`: that of
/// `lines[from..]`; `nests`: the page's lone lines nest, as a pasted
/// Confluence page's do, so one with nothing under it but the next heading
/// titles that one, not a paragraph.)
pub fn find(
    lines: &[Line],
    from: usize,
    flavour: Flavour,
    layout: &Layout,
    nests: bool,
) -> Vec<Found> {
    let explicit = explicit_headings(&lines[from..]);
    let indented = indented_body(&lines[from..], &layout.wordy);
    let two = explicit && body_at_two(&lines[from..], &layout.wordy);
    let (mut out, mut i): (Vec<Found>, usize) = (Vec::new(), from);
    let first = super::body::next_nonblank(lines, from);
    let entries = super::contents::titles(&lines[from..]);
    let (numbered, named) = numbered_heads(lines, from, &entries);
    let lettered = super::lettered::lettered_heads(lines, from);
    let outline = super::outline::outline_heads(lines, from);
    let side = side_heads(lines, from, explicit);
    // (the bare headings found so far by their text, for `peers::repeated`)
    let mut bare: HashMap<String, Vec<usize>> = HashMap::new();
    let drawn = super::adorned::Drawn::default();
    while i < lines.len() {
        if lines[i].blank() {
            i += 1;
            continue;
        }
        if let Some(e) = super::template::kept_end(lines, i) {
            i = e;
            continue;
        }
        let (prev_blank, under) = set_off(lines, from, i, out.last());
        let flags = (indented, explicit, under);
        let h = wiki_heading(lines, i, flavour)
            .or_else(|| at(lines, i, prev_blank, flags, Some(i) == first, &drawn))
            .filter(|h| !(two && h.key == "b2" && !over_deeper(lines, h.end)))
            .or_else(|| listed(lines, i, prev_blank, &entries))
            .or_else(|| numbered_head(lines, i, &numbered, &named))
            .or_else(|| super::lettered::lettered_head(lines, i, &lettered))
            .or_else(|| super::outline::outline_head(lines, i, &outline))
            .or_else(|| side.iter().find(|h| h.start == i).cloned())
            .or_else(|| super::peers::repeated(lines, i, prev_blank, (&out, &bare)))
            .or_else(|| super::peers::lower_peer(lines, i, prev_blank, &out))
            // a MediaWiki page marks its headings: its `#` items are items
            .filter(|h| {
                flavour != Flavour::MediaWiki || list_marker(&lines[h.start].text).is_none()
            });
        i = match h {
            Some(h) => keep(h, &entries, &mut bare, &mut out),
            None => i + 1,
        };
    }
    super::numbered::one_style(&mut out, &numbered);
    let out = settle(lines, from, out, &entries, nests);
    let out = super::gluedhead::with_glued(lines, from, out, &entries, indented);
    let out = super::activities::with_activities(lines, from, out);
    let out = super::unlisted::without_lead_ins(lines, super::capsnest::nest(lines, out), &entries);
    super::labelhead::without_lead_ins(lines, out)
}

/// Adds heading `h` to `out` (sure when the page's `Contents` names it;
/// a bare one also to `bare` by its text) and gives the line after it.
fn keep(
    mut h: Found,
    entries: &[String],
    bare: &mut HashMap<String, Vec<usize>>,
    out: &mut Vec<Found>,
) -> usize {
    h.guessed &= !names(entries, &h.text);
    if h.key.starts_with('b') {
        bare.entry(h.text.clone()).or_default().push(out.len());
    }
    let end = h.end;
    out.push(h);
    end
}

/// Whether line `i` starts after a gap (a blank line, the page's start,
/// or a heading right above), and whether it sits under heading `last`
/// with only blank lines between, set in further.
fn set_off(lines: &[Line], from: usize, i: usize, last: Option<&Found>) -> (bool, bool) {
    // (a line right under a bare title, no blank line between, is its
    // byline: `Revision 4, May 2025`)
    // (but `Contact Information` over the fields is their own heading)
    // (nor is a line set deeper right under a one-line heading: it is that
    // heading's text, as `titles_block` found it, not a subheading, even
    // standing alone over a blank: `The journal shows` / `    relay[22]:
    // queue stuck`)
    let after_heading = last.is_some_and(|h| {
        h.end == i
            && !(h.key == "title" && h.end == h.start + 1 && !over_contact_fields(lines, i))
            && !(h.end == h.start + 1 && lines[i].indent > lines[h.start].indent)
    });
    let prev_blank = i == from || lines[i - 1].blank() || after_heading;
    // (a heading ending with `:` just above, less indented, is no intro)
    let under = last.is_some_and(|h| {
        lines[h.end.min(i)..i].iter().all(Line::blank) && lines[h.start].indent < lines[i].indent
    });
    (prev_blank, under)
}

/// The headings the page's own layout marks, first found first: `Step
/// N:` lines over their text or alone, then (on a page with no explicit
/// headings) lines set off by two blank lines.
fn side_heads(lines: &[Line], from: usize, explicit: bool) -> Vec<Found> {
    let hanging = steps::hanging_heads(lines, from);
    let labels = steps::label_heads(lines, from, &hanging);
    let lone = steps::lone_heads(lines, from);
    let mut out: Vec<Found> = hanging
        .into_iter()
        .chain(labels)
        .chain(lone)
        .map(|i| {
            let l = &lines[i];
            found(i, i + 1, l.no, format!("b{}", l.indent), &l.text, true)
        })
        .collect();
    if !explicit {
        out.extend(super::gapped::heads(lines, from));
    }
    out
}

/// The headings `found` less the lone lines with nothing under them and,
/// unless the page lays its steps out as sections, the lone step lines;
/// with the longer `Label:` lines such a page also heads with, in order.
fn settle(
    lines: &[Line],
    from: usize,
    mut out: Vec<Found>,
    entries: &[String],
    nests: bool,
) -> Vec<Found> {
    out = without_sentences_under(lines, out);
    let parent = |k: usize| nests && out.get(k + 1).is_some_and(|n| n.key.starts_with('b'));
    let empty: Vec<bool> = (0..out.len())
        .map(|k| empty_bare(lines, &out, k, entries) && !parent(k))
        .collect();
    let mut keep = empty.iter().map(|e| !e);
    out.retain(|_| keep.next().unwrap_or(true));
    if !steps::step_sections(&lines[from..]) {
        out.retain(|h| {
            h.key == "title" || h.end > h.start + 1 || !steps::written_step(&lines[h.start].text)
        });
    }
    out.extend(super::colonhead::more(lines, from, &out));
    let labels = super::labelhead::over_text(lines, from, &out);
    out.extend(labels);
    let names = super::labelhead::bare_names(lines, from, &out);
    out.extend(names);
    let hung = super::setunder::names(lines, from, &out);
    out.extend(hung);
    let asked = super::asked::questions(lines, from, &out);
    out.extend(asked);
    out.sort_by_key(|h| h.start);
    out
}

/// The headings `found` less the lone lines that are a sentence typed
/// without its stop (`unstopped_sentence`) right under a lone line that
/// is none, at its margin with only blank lines between (`Console
/// access` / `The console is port 9 on cons02`): the line above is the
/// heading, the sentence its text. (Set deeper, or named in the page's
/// contents, the sentence is a heading under it: `A replica is behind`.)
fn without_sentences_under(lines: &[Line], found: Vec<Found>) -> Vec<Found> {
    use super::headtext::unstopped_sentence;
    let under = |k: usize| {
        let (above, h) = (&found[k - 1], &found[k]);
        above.key.starts_with('b')
            && h.key == above.key
            && h.guessed
            && lines[h.start].indent == lines[above.start].indent
            && above.end <= h.start
            && lines[above.end..h.start].iter().all(Line::blank)
            && unstopped_sentence(&h.text)
            && !unstopped_sentence(&above.text)
    };
    let drop: Vec<bool> = (0..found.len()).map(|k| k > 0 && under(k)).collect();
    let mut keep = drop.iter().map(|d| !d);
    let mut found = found;
    found.retain(|_| keep.next().unwrap_or(true));
    found
}

/// Whether the bare heading `found[k]`, which the page's `Contents` does
/// not name, has nothing under it: the next heading, no deeper, follows
/// right after it, or a guessed one ends the page. Such a line (`General
/// information about the bus` under the title) is a paragraph.
fn empty_bare(lines: &[Line], found: &[Found], k: usize, entries: &[String]) -> bool {
    let h = &found[k];
    // a lone line closing the page titles nothing
    let Some(next) = found.get(k + 1) else {
        return h.key.starts_with('b')
            && !names(entries, &h.text)
            && lines[h.end..].iter().all(Line::blank);
    };
    let deeper = match next.key.as_bytes().first() {
        Some(b'n' | b'l') => true,
        Some(b'b') => {
            lines[next.start].indent > lines[h.start].indent
                || number_depth(&lines[next.start].text) > number_depth(&lines[h.start].text).max(1)
        }
        _ => false,
    } || super::capsnest::over_sub(lines, h, next);
    h.key.starts_with('b')
        && !names(entries, &h.text)
        && lines[h.end..next.start].iter().all(Line::blank)
        && !deeper
}

/// The heading of the page's wiki at `lines[i]`: Org's `** Title`,
/// Confluence's `h2. Title`.
fn wiki_heading(lines: &[Line], i: usize, flavour: Flavour) -> Option<Found> {
    let l = &lines[i];
    let heading = match flavour {
        Flavour::Org => super::org::heading(&l.text),
        Flavour::Confluence => super::confluence::heading(&l.text),
        Flavour::AsciiDoc => super::asciidoc::heading(&l.text),
        _ => None,
    };
    let (n, title) = heading.filter(|_| l.indent == 0)?;
    Some(found(i, i + 1, l.no, format!("m{n}"), title, false))
}

/// The heading that starts at `lines[i]`, if it is one.
fn at(
    lines: &[Line],
    i: usize,
    prev_blank: bool,
    (indented, explicit, under): (bool, bool, bool),
    first: bool,
    drawn: &super::adorned::Drawn,
) -> Option<Found> {
    super::adorned::adorned(lines, i, prev_blank, drawn)
        .or_else(|| moin(lines, i, prev_blank))
        .or_else(|| super::framed::heading(lines, i, prev_blank))
        .or_else(|| {
            super::bareline::bare_line(lines, i, prev_blank, (indented, explicit, under), first)
        })
        .or_else(|| super::subhead::at(lines, i, prev_blank, (indented, explicit)))
}

/// A heading found at `lines[i]`, taking the lines up to `end`, its text
/// cleaned of a trailing `:` and a section number.
pub(super) fn found(
    i: usize,
    end: usize,
    line: u32,
    key: String,
    text: &str,
    guessed: bool,
) -> Found {
    let depth = number_depth(text.trim());
    // a bare `2.1 Title` sits under `2. Title`: its own key, past the
    // indentations (`b100` is flush left, one number down)
    let key = match key.strip_prefix('b').and_then(|n| n.parse::<usize>().ok()) {
        Some(indent) if depth >= 2 => format!("b{}", indent + 100 * (depth - 1)),
        _ => key,
    };
    Found {
        start: i,
        end,
        line,
        key,
        text: strip_heading_number(text.trim().trim_end_matches(':').trim()).to_string(),
        guessed,
    }
}

/// How many parts a heading's section number has (`3.1.2 Title` three,
/// `2. Title` one), 0 without one.
fn number_depth(text: &str) -> usize {
    let stripped = strip_heading_number(text);
    if stripped.len() == text.len() {
        return 0;
    }
    let num = &text[..text.len() - stripped.len()];
    num.split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .count()
}

/// A MoinMoin heading, `== Title ==`, or `== Title` (or a Markdown
/// `## Title`) left unclosed on a line of its own.
fn moin(lines: &[Line], i: usize, prev_blank: bool) -> Option<Found> {
    let l = &lines[i];
    if l.indent == 0
        && let Some((n, inner)) = moin_heading(&l.text)
        && contact_field(inner).is_none()
    {
        return Some(found(i, i + 1, l.no, format!("m{n}"), inner, false));
    }
    let next_blank = lines.get(i + 1).is_none_or(|n| n.blank());
    if l.indent == 0
        && prev_blank
        && next_blank
        && let Some((n, inner)) = open_moin(&l.text).or_else(|| super::hashed::heading(&l.text))
    {
        return Some(found(i, i + 1, l.no, format!("m{n}"), inner, false));
    }
    let (n, inner) = super::hashed::over_text(lines, i).filter(|_| prev_blank)?;
    Some(found(i, i + 1, l.no, format!("m{n}"), &inner, false))
}

/// A lone line the page's own `Contents` list names: a heading, whatever
/// its indentation or end punctuation (`Restoring from backups.`), or
/// over a command or text set in deeper right under it (`Verifying` over
/// `  dig ...`, `4.1 Changing the limits` over `  Edit be.conf ...`).
/// One typed as the list names it, no number, and set left of the prose
/// right above it as well as of the text under it (a dump's `  Alert
/// routing` between two lines of prose set in 3) is the heading whose
/// blank lines the writer lost, not a line of the paragraph: prose keeps
/// its margin. (An entry of the list itself, `3 Check the screens` under
/// `  2.2 Load it`, has its number and a list's line above.)
fn listed(lines: &[Line], i: usize, prev_blank: bool, entries: &[String]) -> Option<Found> {
    let l = &lines[i];
    let next_blank = lines
        .get(i + 1)
        .is_none_or(|n| n.blank() || n.indent > l.indent);
    let prose_above = |p: &Line| {
        !p.blank()
            && p.indent > l.indent
            && contents_item(&p.text).is_none()
            && list_marker(&p.text).is_none()
    };
    let named = names(entries, &l.text);
    let outdented = || {
        named
            && i > 0
            && lines.get(i - 1).is_some_and(prose_above)
            && lines.get(i + 1).is_some_and(|n| !n.blank())
    };
    let ok = next_blank
        && (prev_blank || outdented())
        && contents_item(&l.text).is_none()
        && list_marker(&l.text).is_none()
        && (named || names(entries, strip_heading_number(&l.text)));
    ok.then(|| Found {
        start: i,
        end: i + 1,
        line: l.no,
        key: format!("b{}", l.indent),
        text: strip_heading_number(l.text.trim_end_matches(':').trim()).to_string(),
        guessed: false,
    })
}

/// `== Title` without its closing `==`: the depth and the title.
pub(super) fn open_moin(text: &str) -> Option<(usize, &str)> {
    let n = text.chars().take_while(|&c| c == '=').count();
    let inner = text[n..].strip_prefix(' ')?.trim();
    let ok = (2..=6).contains(&n)
        && !inner.is_empty()
        && !inner.ends_with('=')
        && inner.split_whitespace().count() <= 8;
    ok.then_some((n, inner))
}

/// Whether the text marks headings up (underlines, MoinMoin) more than
/// once (a rule under a line laid out in columns is a program's table).
/// The underlines drawn under a FAQ's questions (`faq::questions`) are
/// the reader's, not the writer's: a page titling its questions does not
/// mark its other headings so, and its lone lines (`Contact Information`
/// over the fields) still title their parts.
fn explicit_headings(lines: &[Line]) -> bool {
    let mut n = 0;
    let drawn = super::adorned::Drawn::default();
    for (i, l) in lines.iter().enumerate() {
        let underline =
            super::adorned::underline(lines, i, &drawn) && !super::faq::question(&lines[i - 1]);
        if underline || (l.indent == 0 && moin_heading(&l.text).is_some()) {
            n += 1;
        }
    }
    n >= 2
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::convert::lines::split;

    /// The titles `find` gives a plain page, in order (for tests).
    pub(in crate::convert) fn texts(text: &str) -> Vec<String> {
        let found = find(&split(text), 0, Flavour::Plain);
        found.into_iter().map(|h| h.text).collect()
    }

    /// The headings of `lines[from..]`, its layout read first.
    fn find(lines: &[Line], from: usize, flavour: Flavour) -> Vec<Found> {
        super::find(lines, from, flavour, &Layout::read(&lines[from..]), false)
    }

    #[test]
    fn styles_are_keyed() {
        let text = "Title\n\n   the body text is here\n   and there is more of it\n\nSection\n\n   x y z\n\n  Sub\n\n   w\n";
        let lines = split(text);
        let keys: Vec<String> = find(&lines, 0, Flavour::Plain)
            .into_iter()
            .map(|h| h.key)
            .collect();
        assert_eq!(keys, ["title", "b0", "b2"]);
        let text = "Title\n\n   the body text is here\n   and there is more of it\n\nPart\n\n    Deeper\n\n   text\n\n    Run it\n\n sudo ls\n";
        let keys: Vec<String> = find(&split(text), 0, Flavour::Plain)
            .into_iter()
            .map(|h| h.key)
            .collect();
        assert_eq!(keys, ["title", "b0", "b4"]);
        let text = "Name\n====\n\nBody.\n\nPart\n----\n\n= Moin =\n";
        let keys: Vec<String> = find(&split(text), 0, Flavour::Plain)
            .into_iter()
            .map(|h| h.key)
            .collect();
        assert_eq!(keys, ["u=", "u-", "m1"]);
        let text = "Name\n====\n\nBody.\n\n== Old notes\n\nMore.\n\n=== not.yml\ncopy it\n";
        let found = find(&split(text), 0, Flavour::Plain);
        let keys: Vec<&str> = found.iter().map(|h| h.key.as_str()).collect();
        assert_eq!(keys, ["u=", "m2"]);
        assert_eq!(found[1].text, "Old notes");
        let text = "Title\n\n  the body text is here\n  and more of it\n\n    3. Do this step\n       - run x\n\n    4. Stop the web servers\n\n    5. Start them\n       - run y\n\nPart Two\n\n  The host is the staging one, it is not balanced\n\n  and more text follows here.\n";
        let keys: Vec<String> = find(&split(text), 0, Flavour::Plain)
            .into_iter()
            .map(|h| h.text)
            .collect();
        assert_eq!(keys, ["Title", "Part Two"]);
    }

    #[test]
    fn table_headers_set_deeper_mark_no_headings() {
        let output =
            "Run it:\n\n   $ q\n        id\n   ----------\n    7\n\n   $ r\n    ok\n   ----\n";
        assert!(!explicit_headings(&split(output)));
        let underlined = "Name\n====\n\nBody.\n\n Part\n ----\n";
        assert!(explicit_headings(&split(underlined)));
    }

    #[test]
    fn a_label_set_off_by_two_blank_lines_titles_its_text() {
        let text = "Title\n\nSome text about the tool here.\n\n\nConfigs:\n The configs are in the role.\n\n\nTools:\nEditors:\n vim\n\n\nNote:\nIt is read at start.\n";
        let texts: Vec<String> = find(&split(text), 0, Flavour::Plain)
            .into_iter()
            .map(|h| h.text)
            .collect();
        assert_eq!(texts, ["Title", "Configs"]);
    }
}
