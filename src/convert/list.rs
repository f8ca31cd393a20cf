//! Lists in legacy text: marker lines with their continuation lines and
//! nested lists in, [`List`] blocks out; also the nested `Contents` list.

use super::body::{Ctx, blocks, next_nonblank};
use super::checklist::{item_lines, task_box};
use super::classify::{list_marker, note_icon};
use super::hostlist::{host_name, short_host};
use super::lines::{Line, dedent};
use super::listcode::item_end;
use super::literal::literal_block;
use crate::doc::{Block, BlockKind, DefinitionItem, Inline, List, ListItem, ListKind};

fn kind_of(marker: char) -> ListKind {
    match marker {
        '1' | '#' => ListKind::Arabic,
        'a' => ListKind::LowerAlpha,
        'A' => ListKind::UpperAlpha,
        'i' => ListKind::LowerRoman,
        _ => ListKind::Bullet,
    }
}

/// Parses the list whose first marker line is `lines[i]`; returns it and
/// the index after it.
pub fn parse(lines: &[Line], i: usize, ctx: &mut Ctx) -> (BlockKind, usize) {
    if let Some((code, next)) = super::listcode::parse(lines, i, ctx.item) {
        return (code, next);
    }
    if let Some((pairs, next)) = super::listpairs::pairs(lines, i) {
        return (pairs, next);
    }
    if let Some((named, next)) = named(lines, i) {
        return (named, next);
    }
    let (list, next) = parse_list(lines, i, ctx);
    let resumed = (0..i).rev().find_map(|k| {
        let m = list_marker(&lines[k].text).filter(|_| lines[k].indent == lines[i].indent)?;
        Some(m.0 == list_marker(&lines[i].text)?.0 && m.1 + 1 == list.start)
    });
    if resumed == Some(true) {
        return (BlockKind::List(list), next);
    }
    (lone_letter(list, &lines[i].text), next)
}

/// A "list" of one lettered item (`Q. Why?` with `A. Because.` under
/// it) is a paragraph starting with its letter, not a list that counts
/// from the 17th letter, and so is one of a single number in brackets
/// (`(1) is the uplink`, a remark's own count, not a list); other lists
/// (and one resuming the letters or numbers of a list above it, `c)`
/// after `b)` and its commands) stay.
fn lone_letter(mut list: List, text: &str) -> BlockKind {
    let lettered =
        matches!(list.kind, ListKind::LowerAlpha | ListKind::UpperAlpha) || text.starts_with('(');
    let one_paragraph = list.items.len() == 1
        && matches!(
            list.items[0].blocks.as_slice(),
            [Block {
                kind: BlockKind::Paragraph(_),
                ..
            }]
        );
    if !lettered || !one_paragraph {
        return BlockKind::List(list);
    }
    let mut block = list.items.remove(0).blocks.remove(0);
    if let BlockKind::Paragraph(inlines) = &mut block.kind {
        let width = list_marker(text).map_or(2, |m| m.2);
        inlines.insert(0, Inline::Text(format!("{} ", text[..width].trim_end())));
    }
    block.kind
}

/// A list whose every item starts with a short name (not an address),
/// ` - ` and what it is (`1. Feeder - Fills the bowls`), its wrapped
/// lines going on with the text, or `: ` and a file's name alone
/// (`* Order form: order.html`): a definition list of the names (the
/// `: ` ones only when every point of the list is one). A list
/// naming only hosts (`* web01.example.org - Serves the wiki`) is a list
/// of hosts, each point with its ` - ` in the text, as the scored ideals
/// keep it; among other names (`5. docs.example.org - ...` under `1.
/// Website - ...`) a host's name is a term as the others are.
fn named(lines: &[Line], i: usize) -> Option<(BlockKind, usize)> {
    let (list, end) = named_list(lines, i)?;
    let BlockKind::DefinitionList(items) = &list else {
        return None;
    };
    let host = |it: &DefinitionItem| {
        let term = crate::doc::inlines_text(&it.term);
        host_name(&term) || short_host(&term)
    };
    (!items.iter().all(host)).then_some((list, end))
}

fn named_list(lines: &[Line], i: usize) -> Option<(BlockKind, usize)> {
    let mi = lines[i].indent;
    let (marker, _, _) = list_marker(&lines[i].text)?;
    let mut items = Vec::new();
    let mut j = i;
    loop {
        let k = item_end(lines, j, mi);
        // (`Name: text` points ended by a point of another form are
        // fields of a list that stays one list, not its terms)
        let Some((term, def)) = named_item(&lines[j..k], marker) else {
            let same = list_marker(&lines[j].text).is_some_and(|(m, _, _)| m == marker);
            let fields = !lines[i].text.contains(" - ");
            let whole = !(same && fields);
            return (items.len() >= 2 && whole).then_some((BlockKind::DefinitionList(items), j));
        };
        let rest = &lines[j + 1..k];
        let mut text = def.trim().to_string();
        for l in rest {
            text.push(' ');
            text.push_str(&l.text);
        }
        items.push(super::inline::term(term.trim(), &text, lines[j].no));
        match next_nonblank(lines, k) {
            Some(n) if lines[n].indent == mi && list_marker(&lines[n].text).is_some() => j = n,
            _ => return (items.len() >= 2).then_some((BlockKind::DefinitionList(items), k)),
        }
    }
}

/// The name and the text after ` - ` (or `: ` before a file's name, the
/// item one line) on an item's first line.
fn named_item<'a>(item: &'a [Line], marker: char) -> Option<(&'a str, &'a str)> {
    let (m, _, w) = list_marker(&item[0].text)?;
    let text = item[0].text.get(w..)?;
    let (term, def, file) = match text.split_once(" - ") {
        Some((t, d)) => (t, d, false),
        None => {
            let (t, d) = text.split_once(": ")?;
            (t.trim_end(), d, item.len() == 1 && file_name(d.trim()))
        }
    };
    let words = term.split_whitespace().count();
    let ok = m == marker
        && (1..=3 + usize::from(file)).contains(&words)
        && !term.contains("://")
        && task_box(term).is_none()
        && !term.ends_with([' ', '.', ',', ':', ';'])
        && (file || (text.contains(" - ") && def.trim_start().starts_with(char::is_uppercase)))
        && !item[1..]
            .iter()
            .any(|l| l.blank() || list_marker(&l.text).is_some());
    ok.then_some((term, def))
}

/// A file's name alone (`site-form.html`, `run.php`): one word with a dot
/// in it, no address.
fn file_name(text: &str) -> bool {
    !text.contains(char::is_whitespace)
        && !text.contains("://")
        && text
            .split_once('.')
            .is_some_and(|(a, b)| !a.is_empty() && b.starts_with(char::is_alphanumeric))
}

/// A tight bullet list of the items (at least one).
pub(super) fn bullets(items: Vec<ListItem>) -> Block {
    let list = List {
        kind: ListKind::Bullet,
        start: 1,
        tight: true,
        items,
    };
    Block::new(list.items[0].line, BlockKind::List(list))
}

/// A tight bullet list of `run`'s lines (at least one), each item the
/// line's text as a paragraph.
pub(super) fn line_items(run: &[Line]) -> Block {
    let item = |l: &Line| ListItem {
        line: l.no,
        task: None,
        blocks: vec![l.paragraph()],
    };
    bullets(run.iter().map(item).collect())
}

fn parse_list(lines: &[Line], i: usize, ctx: &mut Ctx) -> (List, usize) {
    let mi = lines[i].indent;
    let (marker, start) = opening(lines, i);
    let mut items = Vec::new();
    let mut ranges = Vec::new();
    let mut tight = true;
    let mut j = i;
    let mut num = start;
    loop {
        let k = item_end(lines, j, mi);
        ranges.push((j, k));
        let (task, mut item_lines) = item_lines(lines, j, k);
        super::itemtext::part_left(&mut item_lines, mi);
        let inner = item_blocks(&item_lines, marker, ctx);
        tight &= compact(&inner) && !lines[j..k].iter().any(Line::blank);
        items.push(ListItem {
            line: lines[j].no,
            task,
            blocks: inner,
        });
        let next = next_nonblank(lines, k);
        let next_marker = |n: usize| list_marker(&lines[n].text).map(|m| numeral(m, marker));
        match next {
            Some(n)
                if lines[n].indent.abs_diff(mi) <= 1
                    && next_marker(n).is_some_and(|m| follows(m, marker, num, n == k)) =>
            {
                tight &= n == k;
                num = next_marker(n).map_or(num + 1, |m| m.1);
                if marker.is_ascii_alphanumeric()
                    && let Some(last) = items.last_mut()
                {
                    super::callout::trailing_aside(&mut last.blocks, &|no| {
                        set_off(&lines[j..k], no)
                    });
                }
                j = n;
            }
            _ => {
                tight &= !super::listcode::colon_commands(&mut items, lines, &ranges, marker);
                super::checklist::mixed_as_text(&mut items);
                let list = List {
                    kind: kind_of(marker),
                    start: if marker == '*' || marker == '-' || marker == '+' {
                        1
                    } else {
                        start
                    },
                    tight,
                    items,
                };
                return (list, k);
            }
        }
    }
}

/// The blocks of one item of a list marked `marker`, from its lines
/// (text first): its sub-entries, its points, or its text read as a
/// page's at the item's margin; a numbered step's bare command as code.
fn item_blocks(item_lines: &[Line], marker: char, ctx: &mut Ctx) -> Vec<Block> {
    let (base, item) = (ctx.base, ctx.item);
    (ctx.base, ctx.item) = (item_lines[0].indent, true);
    let mut inner = sub_entries(item_lines, ctx)
        .or_else(|| points(item_lines))
        .unwrap_or_else(|| blocks(item_lines, ctx));
    if marker == '1' {
        super::itemtext::command_step(&mut inner, item_lines);
    }
    (ctx.base, ctx.item) = (base, item);
    inner
}

/// The marker and first number of the list opening at `lines[i]`: an
/// `i.` over `ii.` opens roman sub-steps, not a lettered list's ninth.
fn opening(lines: &[Line], i: usize) -> (char, u32) {
    match list_marker(&lines[i].text).unwrap_or(('*', 1, 0)) {
        ('a', 9, _) if roman_next(lines, i) => ('i', 1),
        (marker, start, _) => (marker, start),
    }
}

/// A marker read in a list of `marker`s: in a roman list, `v.` and `x.`
/// (letters on their own) are the numerals five and ten.
fn numeral(m: (char, u32, usize), marker: char) -> (char, u32, usize) {
    match (marker, m) {
        ('i', ('a', 22, len)) => ('i', 5, len),
        ('i', ('a', 24, len)) => ('i', 10, len),
        _ => m,
    }
}

/// Whether the `i.` item at `lines[i]` opens roman sub-steps rather than
/// letters' ninth: the next item at its margin is `ii.` (a run `a.` ...
/// `i.` never starts at `i.`).
fn roman_next(lines: &[Line], i: usize) -> bool {
    let mi = lines[i].indent;
    next_nonblank(lines, item_end(lines, i, mi)).is_some_and(|n| {
        lines[n].indent.abs_diff(mi) <= 1
            && list_marker(&lines[n].text).is_some_and(|(k, n, _)| (k, n) == ('i', 2))
    })
}

/// Whether an item's blocks keep a list tight: one block, or a line of
/// text over tight lists typed right under it.
fn compact(inner: &[Block]) -> bool {
    inner.len() <= 1
        || (matches!(inner[0].kind, BlockKind::Paragraph(_))
            && inner[1..]
                .iter()
                .all(|b| matches!(&b.kind, BlockKind::List(l) if l.tight)))
}

/// Whether a marker goes on a list of `marker`s whose last item is
/// number `num`: lettered items only in turn (`a.` then `b.`), as a
/// `Q.` and an `A.` are a question and its answer, not one list, or all
/// `a.` (MoinMoin letters them itself);
/// numbered ones in turn or repeating the number (`1.` `1.` `1.`), as a
/// step skipped (`2.` then `4.`) starts a list of its own that keeps its
/// numbers. A task box and a bullet right under the item before
/// (`adjacent`, no blank line between) go on one list either way round:
/// a checklist with plain points among its boxes.
fn follows((kind, n, _): (char, u32, usize), marker: char, num: u32, adjacent: bool) -> bool {
    let bullet = |m: char| "*-+[".contains(m);
    let mixed = adjacent && (kind == '[' || marker == '[') && bullet(kind) && bullet(marker);
    mixed
        || kind == marker
            && match marker {
                '1' => n == num + 1 || n == num,
                m if m.is_ascii_alphabetic() => n == num + 1 || (n == 1 && num == 1),
                _ => true,
            }
}

/// Whether the line numbered `no` among `lines` starts with a bullet and
/// has a blank line above it.
fn set_off(lines: &[Line], no: u32) -> bool {
    let Some(at) = lines.iter().position(|l| l.no == no) else {
        return false;
    };
    at > 0 && lines[at - 1].blank() && list_marker(&lines[at].text).is_some()
}

/// An entry of a `Contents` list over its sub-entries typed one a line
/// with their numbers (`3. The move` over `3.1 Copying the files`): its
/// title over their numbered list (`steps::numbered_lines`).
fn sub_entries(item: &[Line], ctx: &Ctx) -> Option<Vec<Block>> {
    let (first, rest) = item.split_first().filter(|_| ctx.section == "contents")?;
    let sub = super::steps::numbered_lines(rest, 0, rest.len(), true)?;
    let title = super::inline::parse(&first.text, first.no);
    Some(vec![Block::new(first.no, BlockKind::Paragraph(title)), sub])
}

/// An item whose short first line has lines under it, each starting a
/// point with a capital or a digit (`Add servers:` over one address a
/// line; `Display:` over `Enable "Large print"`), a point's wrapped lines
/// set deeper, going on in lower case, or opening with a figure that goes
/// on with the sentence the line before left open (`figurewrap`: `The
/// job starts at` / `02:00 and at`): the first line, then a bullet
/// list of the points. (Not under a note icon: its note; nor over a line
/// a program's log wrote, `Mar 14 02:11:47 sw01 FAN: ...`, nor under a
/// line pointing at what one will see, `shows_sample`: a sample.)
fn points(item: &[Line]) -> Option<Vec<Block>> {
    let (first, rest) = item.split_first()?;
    let at = rest.first()?.indent;
    let starts = |l: &Line| {
        l.indent == at
            && l.text
                .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    };
    let mut groups: Vec<Vec<&Line>> = Vec::new();
    let mut prev = first;
    for l in rest {
        let on = super::figurewrap::runs_on(&prev.text, &l.text);
        prev = l;
        if starts(l) && !on {
            groups.push(vec![l]);
            continue;
        }
        let wrapped = (l.indent > at || on || l.text.starts_with(|c: char| c.is_lowercase()))
            && list_marker(&l.text).is_none();
        groups.last_mut().filter(|_| wrapped && !l.blank())?.push(l);
    }
    let point = |g: &Vec<&Line>| {
        list_marker(&g[0].text).is_none()
            && !g[0].code_like()
            && !super::logline::written(&g[0].text)
    };
    if shows_sample(&first.text) {
        return sample(first, rest);
    }
    let short = first.text.chars().count() <= 40 && note_icon(&first.text).is_none();
    // (one point back at the marker, or told in sentences, is the item's text)
    let lazy = super::itemtext::one_text(first, &groups, at);
    if !short || lazy || first.text.ends_with(',') || !groups.iter().all(point) {
        return None;
    }
    let para = |ls: &[&Line]| {
        let text: Vec<&str> = ls.iter().map(|l| l.text.as_str()).collect();
        let inl = super::inline::parse(&text.join(" "), ls[0].no);
        Block::new(ls[0].no, BlockKind::Paragraph(inl))
    };
    let items = groups
        .iter()
        .map(|g| ListItem {
            line: g[0].no,
            task: None,
            blocks: point_blocks(g, at, para),
        })
        .collect();
    Some(vec![para(&[first]), bullets(items)])
}

/// Whether an item's line points at a sample of what one will see, set
/// under it (`kernel messages like`, `Within a minute you should see:`,
/// `it prints, e.g.`): the lines under it are the sample shown, never
/// points of a list, whatever capitals open them.
fn shows_sample(text: &str) -> bool {
    let said = text.trim_end_matches(':');
    let last = said.split_whitespace().last().unwrap_or("");
    ["like", "see"].contains(&last.to_lowercase().as_str()) || super::intro::announces_example(said)
}

/// An item's line pointing at a sample (`shows_sample`) over the lines
/// of the sample, every one set deeper than it: the line, then the
/// sample as a literal block (lines at the item's margin go on with its
/// text, and are left to it).
fn sample(first: &Line, rest: &[Line]) -> Option<Vec<Block>> {
    if rest.is_empty() || rest.iter().any(|l| l.blank() || l.indent <= first.indent) {
        return None;
    }
    let text = super::inline::parse(&first.text, first.no);
    let code = literal_block(None, dedent(rest), rest[0].no);
    Some(vec![Block::new(first.no, BlockKind::Paragraph(text)), code])
}

/// A point's blocks: its text; but a point ending with `:` over lines
/// all set deeper than it (`Set the About text to the following:` over
/// the text) is that line and, under it, the lines as a literal block.
fn point_blocks(g: &[&Line], at: usize, para: impl Fn(&[&Line]) -> Block) -> Vec<Block> {
    let under = &g[1..];
    if under.is_empty() || !g[0].text.ends_with(':') || under.iter().any(|l| l.indent <= at) {
        return vec![para(g)];
    }
    let owned: Vec<Line> = under.iter().map(|l| (*l).clone()).collect();
    let code = dedent(&owned);
    vec![para(&g[..1]), literal_block(None, code, under[0].no)]
}

/// A numbered list nested by depth from `(depth, title, line)` entries.
pub fn nested(
    entries: &[(usize, Vec<Inline>, u32)],
    pos: &mut usize,
    depth: usize,
    kind: ListKind,
) -> List {
    let mut items: Vec<ListItem> = Vec::new();
    while let Some((d, content, line)) = entries.get(*pos) {
        if *d < depth {
            break;
        }
        if *d == depth {
            items.push(ListItem {
                line: *line,
                task: None,
                blocks: vec![Block::new(*line, BlockKind::Paragraph(content.clone()))],
            });
            *pos += 1;
            continue;
        }
        let sub = nested(entries, pos, depth + 1, kind);
        if items.is_empty() {
            items.push(ListItem {
                line: *line,
                task: None,
                blocks: Vec::new(),
            });
        }
        if let Some(last) = items.last_mut() {
            last.blocks.push(Block::new(*line, BlockKind::List(sub)));
        }
    }
    List {
        kind,
        start: 1,
        tight: true,
        items,
    }
}

/// An outline: a run of short lines (`lines[i..end]`, no blank among
/// them) indented to three or more depths, one point per line, as a
/// nested bullet list. A top line ending with `:` over deeper lines
/// (`After the move:`) labels them: a paragraph over their own list.
/// Boxes drawn in `+---+` and `|` (a diagram) are no points.
pub fn outline(lines: &[Line], i: usize, end: usize) -> Option<Vec<Block>> {
    let chunk = &lines[i..end];
    let mut depths: Vec<usize> = chunk.iter().map(|l| l.indent).collect();
    depths.sort_unstable();
    depths.dedup();
    let plain = |l: &Line| {
        l.text.chars().count() <= 80
            && !l.code_like()
            && list_marker(&l.text).is_none()
            && !l.text.starts_with(['|', '+'])
    };
    let top = chunk.iter().filter(|l| l.indent == depths[0]).count();
    if chunk.len() < 4
        || super::stanzas::lead_in_mapping(chunk)
        || super::lines::wrapped_sentence(chunk)
        || depths.len() < 3
        || top < 2
        || chunk[0].indent != depths[0]
        || !chunk.iter().all(plain)
    {
        return None;
    }
    let points = wrapped_points(chunk);
    let mut depths: Vec<usize> = points.iter().map(|p| p.0).collect();
    depths.sort_unstable();
    depths.dedup();
    let mut entries = Vec::new();
    let mut prev = 0;
    for (indent, text, no) in &points {
        let (indent, no) = (*indent, *no);
        let depth = 1 + depths.iter().position(|&d| d == indent).unwrap_or(0);
        if depth > prev + 1 {
            return None;
        }
        prev = depth;
        entries.push((depth, super::inline::parse(text, no), no));
    }
    let label = |k: usize| {
        entries[k].0 == 1
            && points[k].1.ends_with(':')
            && entries.get(k + 1).is_some_and(|e| e.0 == 2)
    };
    let mut out = Vec::new();
    let mut s = 0;
    while s < entries.len() {
        let (from, depth) = if label(s) { (s + 1, 2) } else { (s, 1) };
        if from > s {
            let (_, content, no) = &entries[s];
            out.push(Block::new(*no, BlockKind::Paragraph(content.clone())));
        }
        let to = (from + 1..entries.len())
            .find(|&k| entries[k].0 < depth || label(k))
            .unwrap_or(entries.len());
        let mut pos = 0;
        let list = nested(&entries[from..to], &mut pos, depth, ListKind::Bullet);
        out.push(Block::new(entries[from].2, BlockKind::List(list)));
        s = to;
    }
    Some(out)
}

/// The outline's points (indent, text, line number): one a line, but
/// a point ending with `,` goes on in a deeper line starting in lower
/// case when the line after that is back at the point's depth or above
/// (`gets an entry,` over `  old entry removed.`).
fn wrapped_points(chunk: &[Line]) -> Vec<(usize, String, u32)> {
    let mut out: Vec<(usize, String, u32)> = Vec::new();
    let mut k = 0;
    while k < chunk.len() {
        let l = &chunk[k];
        let mut text = l.text.clone();
        let goes_on = chunk.get(k + 1).is_some_and(|n| {
            l.text.ends_with(',')
                && n.indent > l.indent
                && n.text.starts_with(char::is_lowercase)
                && chunk.get(k + 2).is_none_or(|a| a.indent <= l.indent)
        });
        if goes_on {
            text.push(' ');
            text.push_str(&chunk[k + 1].text);
            k += 1;
        }
        out.push((l.indent, text, l.no));
        k += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn a_roman_list_runs_on_past_five_and_ten() {
        let steps: Vec<String> = (1..=12)
            .map(|n| format!("   {}. step {n}\n", super::super::classify::ROMANS[n - 1]))
            .collect();
        let text = format!("1. Fill the tank:\n{}\n2. Close it.\n", steps.concat());
        let doc = crate::convert::read(&text).doc;
        let BlockKind::List(outer) = &doc.blocks[0].kind else {
            panic!("{:?}", doc.blocks[0].kind);
        };
        let inner = outer.items[0].blocks.iter().find_map(|b| match &b.kind {
            BlockKind::List(l) => Some(l),
            _ => None,
        });
        let inner = inner.expect("the roman steps are a list in the first item");
        assert_eq!(inner.kind, ListKind::LowerRoman);
        assert_eq!(inner.items.len(), 12);
    }

    #[test]
    fn indented_outline_nests() {
        let text = "\tBefore the move\n\t\tTell the desk\n\t\tBook the van\n\t\t\tTwo drivers\n\tAfter the move\n";
        let lines = split(text);
        let blocks = outline(&lines, 0, 5).unwrap_or_default();
        let [
            Block {
                kind: BlockKind::List(list),
                ..
            },
        ] = blocks.as_slice()
        else {
            panic!("not an outline");
        };
        assert_eq!(list.items.len(), 2);
        let prose = split("Configs:\n the files in:\n   modules/x/\n and more\n");
        assert!(outline(&prose, 0, 4).is_none());
    }
}
