//! The page's `Contents` block in, blocks out: its heading (a plain line
//! in the dump) and the entries as a list nested by their numbers; or
//! MoinMoin's `<<TableOfContents>>` macro, a contents block (RST's
//! `contents`); and the titles such a list names, for the headings; and
//! whether one line is a `Contents` word or one of its entries.

use super::body::{Ctx, Parsed, next_nonblank};
use super::classify::{capitalised, list_marker, moin_heading};
use super::inline;
use super::lines::Line;
use super::list;
use crate::doc::{Block, BlockKind, Inline, List, ListKind};

/// The `Contents` block starting at `lines[i]`, if one does: numbered
/// entries (under a `Contents` line or not), or a `Contents:` line over a
/// plain bullet list (the heading; the list is read as any list).
pub(super) fn parse(lines: &[Line], i: usize, ctx: &mut Ctx) -> Option<Parsed> {
    let l = &lines[i];
    if moin_macro(&l.text) {
        // the contents the page showed, as the corpus keeps a page's
        // contents list; the writers list the sections
        ctx.report.contents = true;
        let block = BlockKind::Contents {
            title: None,
            depth: None,
            local: false,
        };
        // the macro as typed, a comment beside it
        let typed = BlockKind::Comment(l.text.clone());
        return Some((
            vec![Block::new(l.no, typed), Block::new(l.no, block)],
            i + 1,
        ));
    }
    // (under a `Contents` heading, a flat run typed without dots is its list)
    let under = ctx.section == "contents";
    let listed = (contents_item(&l.text).is_some() || typed_run(lines, i, !under).is_some())
        && names_sections(lines, i, &ctx.section);
    if listed || (is_contents_word(&l.text) && contents_follow(lines, i)) {
        return Some(contents(lines, i, ctx));
    }
    if is_contents_word(&l.text)
        && ctx.section != "contents"
        && next_nonblank(lines, i + 1).is_some_and(|k| list_marker(&lines[k].text).is_some())
    {
        ctx.report.contents = true;
        return Some((vec![contents_heading(l.no)], i + 1));
    }
    None
}

/// `<<TableOfContents>>` or `<<TableOfContents(3)>>`, or as MoinMoin 1.x
/// wrote it, `[[TableOfContents]]`.
pub(super) fn moin_macro(text: &str) -> bool {
    [("<<TableOfContents", ">>"), ("[[TableOfContents", "]]")]
        .iter()
        .filter_map(|(open, close)| text.strip_prefix(open)?.strip_suffix(close))
        .any(|t| t.is_empty() || (t.starts_with('(') && t.ends_with(')')))
}

/// The depth MoinMoin's `<<TableOfContents(n)>>` lines asked for, set
/// on the page's contents blocks made from them (`lines`: the page's):
/// the macro lists headings down to `n` `=` marks, the page's title among
/// them; the contents block lists the sections under the title, from the
/// highest level they take, so `n` less the levels above that one.
pub(super) fn moin_depths(blocks: &mut [Block], lines: &[Line]) {
    for b in blocks {
        if let BlockKind::Contents {
            depth: d @ None, ..
        } = &mut b.kind
            && let Some(at) = lines.iter().position(|l| l.no == b.line)
        {
            *d = moin_depth(lines, at);
        }
    }
}

/// The depth for the macro at `lines[at]`, if it gives a number.
fn moin_depth(lines: &[Line], at: usize) -> Option<u8> {
    let text = &lines[at].text;
    if !moin_macro(text) {
        return None;
    }
    let n: usize = text
        .split_once('(')?
        .1
        .split(')')
        .next()?
        .trim()
        .parse()
        .ok()?;
    let found: Vec<(usize, usize)> = (0..lines.len())
        .filter(|&k| lines[k].indent == 0)
        .filter_map(|k| moin_heading(&lines[k].text).map(|h| (k, h.0)))
        .collect();
    let top = found.iter().map(|h| h.1).min()?;
    // a lone heading of the highest level above the macro: the title
    let title =
        found[0].0 < at && found[0].1 == top && found.iter().filter(|h| h.1 == top).count() == 1;
    let sections = found.iter().skip(usize::from(title)).map(|h| h.1).min()?;
    // (a macro reaching only the top sections, `(2)` under a `=` title,
    // is kept unlimited: the one human conversion of one lists two levels)
    let depth = (n + 1).checked_sub(sections).filter(|&d| d >= 2)?;
    u8::try_from(depth).ok()
}

/// Whether the run of numbered entries from `lines[i]` is the page's
/// contents: under a `Contents` line (read as the section's heading, or
/// the line over it), or numbered as an outline is (`1`, `2`, `2.1`,
/// `3`), two entries or more. Numbered bullets that count things (`* 14
/// daily snapshots`, `* 8 weekly snapshots`) are a list whose numbers are
/// the content, and so is a lone numbered bullet over plain ones (`* 1
/// May: order the parts` / `* mid May: fit them`): a date, no outline.
fn names_sections(lines: &[Line], i: usize, section: &str) -> bool {
    let above = lines[..i].iter().rev().find(|l| !l.blank());
    if section == "contents" || above.is_some_and(|l| is_contents_word(&l.text)) {
        return true;
    }
    if unstarred_run(lines, i).is_some() {
        // an outline typed without bullets is contents only under its name
        return false;
    }
    let numbers = lines[i..]
        .iter()
        .filter(|l| !l.blank())
        .map_while(|l| l.text.trim_start_matches('*').split_whitespace().next())
        .take_while(|n| contents_item(&format!("* {n} x")).is_some());
    let numbers: Vec<&str> = numbers.collect();
    numbers.len() >= 2 && outline(numbers.into_iter())
}

/// Whether the numbers (`1`, `1.1`, `2.`) run as an outline's: each
/// goes one on from one before it at its depth, or opens a depth at 1.
fn outline<'a>(numbers: impl Iterator<Item = &'a str>) -> bool {
    let mut last: Vec<u32> = Vec::new();
    for n in numbers {
        let parts: Vec<u32> = n
            .trim_end_matches('.')
            .split('.')
            .filter_map(|p| p.parse().ok())
            .collect();
        let Some((&end, head)) = parts.split_last() else {
            return false;
        };
        let next = last.len() >= head.len() && last[..head.len()] == *head && {
            let before = last.get(head.len()).copied().unwrap_or(0);
            end == before + 1
        };
        if !next {
            return false;
        }
        last = parts;
    }
    !last.is_empty()
}

fn contents_follow(lines: &[Line], i: usize) -> bool {
    next_nonblank(lines, i + 1).is_some_and(|k| {
        contents_item(&lines[k].text).is_some() || typed_run(lines, k, false).is_some()
    })
}

/// The titles, lower case as `key_of` makes them, of the entries typed
/// without bullets under the page's `Contents` line (`1 The rota` over
/// `2 Before your week starts`).
pub(super) fn typed_titles(lines: &[Line]) -> Vec<String> {
    typed_entries(lines).into_iter().map(|(t, _)| t).collect()
}

/// The entries typed without bullets under the page's `Contents` line,
/// as `typed_titles` gives them, each with its depth (`3.1` is 2).
pub(super) fn typed_entries(lines: &[Line]) -> Vec<(String, usize)> {
    let Some(k) = lines.iter().position(|l| is_contents_word(&l.text)) else {
        return Vec::new();
    };
    let Some(i) = (k + 1..lines.len()).find(|&j| !lines[j].blank()) else {
        return Vec::new();
    };
    let end = typed_run(lines, i, false).unwrap_or(i);
    lines[i..end]
        .iter()
        .filter_map(|l| unstarred(l.text.trim()))
        .map(|(n, t)| {
            let depth = n.trim_end_matches('.').split('.').count();
            (super::headtext::key_of(t), depth)
        })
        .collect()
}

/// The end of the run of lines from `lines[i]` that are entries typed
/// without bullets (`1. Layout` over `1.1 Disks`), when there are two or
/// more, numbered as an outline is, and their numbers go deeper somewhere
/// (a flat `1.`, `2.` run is any numbered list).
fn unstarred_run(lines: &[Line], i: usize) -> Option<usize> {
    typed_run(lines, i, true)
}

/// The end of the run of entries typed without bullets from `lines[i]`,
/// as `unstarred_run`; under a `Contents` line (`deeper` false) a flat
/// run (`1 Hardware` / `2 Logging in`) is one too, and an entry whose
/// number ran into its title (`4Firmware`) is still an entry.
fn typed_run(lines: &[Line], i: usize, deeper: bool) -> Option<usize> {
    let end = super::body::chunk_end(lines, i);
    let run = &lines[i..end];
    let numbers: Option<Vec<&str>> = run
        .iter()
        .map(|l| {
            unstarred(&l.text)
                .or_else(|| glued_bare(&l.text).filter(|_| !deeper))
                .map(|e| e.0)
        })
        .collect();
    let numbers = numbers?;
    let goes_deeper = numbers
        .iter()
        .any(|n| n.trim_end_matches('.').contains('.'));
    (run.len() >= 2 && (goes_deeper || !deeper) && outline(numbers.into_iter())).then_some(end)
}

/// An entry typed without a bullet whose whole number ran into its
/// capitalised title (`4Firmware`, `3.2Stale locks`, a sub-entry's
/// too): the number, and the title as typed (the glued word is the
/// writer's, kept whole: no word is lost); `3D printers` is no entry,
/// nor `3.Title` (its full stop ends the number, read as any).
fn glued_bare(text: &str) -> Option<(&str, &str)> {
    let n = number_len(text);
    let num = &text[..n];
    (dotted(num) && capitalised(&text[n..])).then(|| (num, text.trim_end()))
}

/// How many bytes of digits and full stops `text` opens with.
fn number_len(text: &str) -> usize {
    text.bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'.')
        .count()
}

/// Whether `num` is a section number of digits parted by single full
/// stops (`3`, `3.2`; not empty, no `3..2` nor a stop at either end).
fn dotted(num: &str) -> bool {
    num.split('.')
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// An entry typed without a bullet: its number (`3.1`, `2.`; `4 .Name`,
/// its full stop slipped past the space, is `4`) and its capitalised
/// title.
fn unstarred(text: &str) -> Option<(&str, &str)> {
    let (num, rest) = text.split_at(number_len(text));
    let title = rest.strip_prefix(' ')?.trim_start();
    let title = title.strip_prefix('.').unwrap_or(title).trim_start();
    (dotted(num.trim_end_matches('.')) && title.starts_with(char::is_uppercase))
        .then_some((num, title))
}

/// The `Contents` block: a heading (in the dump it is a plain line) and
/// the entries as a numbered list nested by their numbers.
fn contents(lines: &[Line], i: usize, ctx: &mut Ctx) -> (Vec<Block>, usize) {
    let mut out = Vec::new();
    let mut k = i;
    if is_contents_word(&lines[i].text) {
        // under a `Contents` heading already, a second such line is
        // kept as it is typed, a paragraph, not dropped
        out.push(if ctx.section == "contents" {
            lines[i].paragraph()
        } else {
            contents_heading(lines[i].no)
        });
        k += 1;
    }
    let mut entries = Vec::new();
    let mut unnumbered = Vec::new();
    let mut first_indent = None;
    let flat = k > i || ctx.section == "contents";
    let typed_bare = next_nonblank(lines, k).and_then(|n| typed_run(lines, n, !flat));
    while let Some(n) = next_nonblank(lines, k) {
        let l = &lines[n];
        let first = *first_indent.get_or_insert(l.indent);
        let by_indent = 1 + (l.indent.saturating_sub(first) + 2) / 5;
        let bare = || {
            let (num, title) = unstarred(&l.text).or_else(|| glued_bare(&l.text))?;
            (n < typed_bare?).then(|| (num.trim_end_matches('.').split('.').count(), title))
        };
        let item = contents_item(&l.text)
            .or_else(|| glued(&l.text).filter(|_| !entries.is_empty()))
            .or_else(bare);
        let (depth, title) = match item {
            Some(found) => found,
            None if l.text.starts_with("* ") && !entries.is_empty() && l.indent + 1 >= first => {
                unnumbered.push(l.no);
                (by_indent, l.text[2..].trim())
            }
            None => break,
        };
        entries.push((depth, inline::parse(title, l.no), l.no));
        k = n + 1;
    }
    if !entries.is_empty() {
        let mut pos = 0;
        let mut list = list::nested(&entries, &mut pos, 1, ListKind::Arabic);
        bullet_unnumbered(&mut list, &unnumbered);
        out.push(Block::new(entries[0].2, BlockKind::List(list)));
        ctx.report.contents = true;
    }
    (out, k)
}

/// A `Contents` entry: its title's key (as `key_of` makes it) and depth.
pub(super) type Entry = (String, usize);

/// The keys (as `key_of` makes them) and depths of all the entries of
/// the page's `Contents`, in two parts: those of bulleted items with
/// their numbers apart from their titles (`* 3.2 Title`), then the others
/// (numbers run into their titles, or typed without bullets).
pub(super) fn depths(lines: &[Line]) -> (Vec<Entry>, Vec<Entry>) {
    let key = |(d, t): (usize, &str)| (super::headtext::key_of(t), d);
    let bulleted = lines
        .iter()
        .filter_map(|l| contents_item(&l.text))
        .map(key)
        .collect();
    let mut others: Vec<Entry> = lines
        .iter()
        .filter(|l| contents_item(&l.text).is_none())
        .filter_map(|l| glued(&l.text))
        .map(key)
        .collect();
    others.extend(typed_entries(lines));
    (bulleted, others)
}

/// An entry of the list whose number the dump ran into its title (`*
/// 3.2Changing a score`): depth and title, as `contents_item` gives them.
fn glued(text: &str) -> Option<(usize, &str)> {
    let rest = text.strip_prefix('*')?;
    let rest = rest.strip_prefix('*').unwrap_or(rest).trim_start();
    let (num, title) = rest.split_at(number_len(rest));
    let num = num.trim_end_matches('.');
    (dotted(num) && capitalised(title)).then(|| (num.split('.').count(), title.trim_end()))
}

/// Lists (at any depth) whose entries all came without a number (`* Minor
/// upgrade` under `* 3 Upgrading`) keep their bullets: no number is made up.
fn bullet_unnumbered(list: &mut List, unnumbered: &[u32]) {
    if list.items.iter().all(|it| unnumbered.contains(&it.line)) {
        list.kind = ListKind::Bullet;
    }
    for item in &mut list.items {
        for b in &mut item.blocks {
            if let BlockKind::List(inner) = &mut b.kind {
                bullet_unnumbered(inner, unnumbered);
            }
        }
    }
}

/// The `Contents` heading the dump leaves as a plain line.
fn contents_heading(no: u32) -> Block {
    let heading = BlockKind::Heading {
        level: 2,
        ids: vec!["contents".into()],
        content: vec![Inline::Text("Contents".into())],
    };
    Block::new(no, heading)
}

/// The titles a `Contents` list names, lower case, without the end
/// punctuation, sorted: numbered entries anywhere, and the plain items of
/// a list right under a `Contents:` line.
pub(super) fn titles(lines: &[Line]) -> Vec<String> {
    let mut out: Vec<String> = lines
        .iter()
        .filter_map(|l| contents_item(&l.text))
        .map(|(_, t)| super::headtext::key_of(t))
        .collect();
    if let Some(k) = lines.iter().position(|l| is_contents_word(&l.text)) {
        let items = lines[k + 1..]
            .iter()
            .skip_while(|l| l.blank() || super::classify::adornment(&l.text).is_some());
        // (sub-entries may be numbered without a list's mark: `4.1 Limits`)
        let items = items.map_while(|l| match list_marker(&l.text) {
            Some((_, _, w)) => Some(&l.text[w..]),
            None => Some(super::classify::strip_heading_number(&l.text))
                .filter(|s| s.len() < l.text.len()),
        });
        out.extend(items.map(super::headtext::key_of));
    }
    // (sorted, for `headtext::names` to look a heading up)
    out.sort_unstable();
    out.dedup();
    out
}

/// A `Contents` or `Table of contents` line, with or without its colon.
pub fn is_contents_word(text: &str) -> bool {
    let t = text.trim_end_matches(':');
    if t.is_ascii() {
        return t.eq_ignore_ascii_case("contents") || t.eq_ignore_ascii_case("table of contents");
    }
    let t = t.to_lowercase();
    t == "contents" || t == "table of contents"
}

/// A `Contents` entry `* 2.1 Title` (also `*2 Title`, `** 2.1 Title`):
/// depth and title.
pub fn contents_item(text: &str) -> Option<(usize, &str)> {
    let rest = text.strip_prefix('*')?;
    let rest = rest.strip_prefix('*').unwrap_or(rest).trim_start();
    let num: &str = rest.split(' ').next()?;
    let num = num.trim_end_matches('.');
    if !dotted(num) {
        return None;
    }
    let title = rest[rest.find(' ')?..].trim();
    (!title.is_empty()).then(|| (num.split('.').count(), title))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moin_depth_counts_the_levels_under_the_title() {
        let page =
            |toc: &str| format!("= Title =\n{toc}\n== A ==\n=== B ===\n==== C ====\n== D ==\n");
        let depth = |toc: &str| moin_depth(&crate::convert::lines::split(&page(toc)), 1);
        assert_eq!(depth("<<TableOfContents(3)>>"), Some(2));
        assert_eq!(depth("<<TableOfContents(4)>>"), Some(3));
        assert_eq!(depth("<<TableOfContents(2)>>"), None);
        assert_eq!(depth("<<TableOfContents>>"), None);
    }

    #[test]
    fn outline_numbers_go_one_on_at_their_depth() {
        let run = |ns: &[&'static str]| outline(ns.iter().copied());
        assert!(!run(&["1", "2", "2.1", "2.2", "3", "3.1.1"]));
        assert!(run(&["1", "2", "2.1", "2.1.1", "2.2", "3."]));
        assert!(!run(&["14", "8", "12"]));
        assert!(!run(&["1", "3"]));
        assert!(!run(&[]));
    }

    #[test]
    fn entries_typed_without_bullets_are_an_outline() {
        assert_eq!(
            unstarred("3.1 Adding a host"),
            Some(("3.1", "Adding a host"))
        );
        assert_eq!(unstarred("4 .Upgrading"), Some(("4", "Upgrading")));
        assert_eq!(unstarred("2. Layout"), Some(("2.", "Layout")));
        assert_eq!(unstarred("3 times a day"), None);
        assert_eq!(unstarred("2.1.Glued"), None);
        let run = |text: &str| unstarred_run(&crate::convert::lines::split(text), 0);
        assert_eq!(run("1. Intro\n2. Layout\n2.1 Disks\n3 Backups\n"), Some(4));
        // flat, or not one on at a depth: no outline
        assert_eq!(run("1. Intro\n2. Layout\n"), None);
        assert_eq!(run("1. Intro\n2.2 Disks\n"), None);
    }

    #[test]
    fn a_flat_run_is_contents_only_under_its_name() {
        let run = |text: &str, deeper| typed_run(&crate::convert::lines::split(text), 0, deeper);
        assert_eq!(run("1 Wiring\n2 Calibration\n3Batteries\n", false), Some(3));
        assert_eq!(run("1 Wiring\n2 Calibration\n", true), None);
        assert_eq!(run("1 Wiring\n3 Calibration\n", false), None);
        assert_eq!(glued_bare("3D printers"), None);
        assert_eq!(glued_bare("3Batteries"), Some(("3", "3Batteries")));
        assert_eq!(
            glued_bare("3.2Spare fuses"),
            Some(("3.2", "3.2Spare fuses"))
        );
        assert_eq!(glued_bare("3.Spare fuses"), None);
    }

    #[test]
    fn numbers_run_into_titles_come_off() {
        assert_eq!(
            glued("* 3.2Changing a score"),
            Some((2, "Changing a score"))
        );
        assert_eq!(glued("* 4Questions"), Some((1, "Questions")));
        assert_eq!(glued("* 3D printers"), None);
        assert_eq!(glued("* 2.1 Spaced"), None);
        assert_eq!(glued("* Plain entry"), None);
    }
}
