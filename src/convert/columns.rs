//! Two-column text (`Name      what it does`, the second column aligned,
//! wrapped lines under it) in, a definition list out: the first column is
//! the term, the second the definition (a literal block for columns of data);
//! a table when the first row names the columns.

use super::body::chunk_end;
use super::classify::{dash_split, list_marker, prose};
use super::colhead;
use super::dumprefs::link_line;
use super::inline;
use super::lines::{Line, dedent};
use super::literal::literal_block;
use crate::doc::{Block, BlockKind, DefinitionItem};

/// The non-blank run `lines[i..end]` as names dashed from what they are
/// or as two columns (`dashed`, else `table`; `margin`: the prose's).
pub fn rows(lines: &[Line], i: usize, end: usize, margin: usize) -> Option<Block> {
    let kept = |b| super::inset::kept(b, &lines[i..end], margin);
    dashed(lines, i, end, margin).or_else(|| table(lines, i, end).map(kept))
}

/// The definition list for the non-blank run `lines[i..end]` when every
/// line at its indentation is a short name, ` - ` (or ` -- `) and what
/// it is (`feeder-core - The service that fills the bowls`), any other line
/// deeper, going on with the text above. At least two names. The names
/// may be padded with spaces where every dash stands in one column and
/// every name is words (`primary   - ...` over `secondary - ...`); padded
/// paths or quoted values are a listing, left as laid out, and so are
/// padded rows set in deeper than the page's prose (its `margin`).
pub fn dashed(lines: &[Line], i: usize, end: usize, margin: usize) -> Option<Block> {
    let base = lines[i].indent;
    let mut rows: Vec<(u32, &str, String)> = Vec::new();
    let mut dashes = Vec::new();
    let mut padded = false;
    for l in &lines[i..end] {
        if (l.indent > base || l.indent == base && lazy(&l.text, rows.last()))
            && let Some(row) = rows.last_mut()
        {
            row.2.push(' ');
            row.2.push_str(&l.text);
            continue;
        }
        let (term, def) = dash_split(&l.text)?;
        let words = term.split_whitespace().count();
        let name = term.trim_end_matches(' ');
        if l.indent != base
            || words == 0
            || words > 3
            || name.ends_with(['.', ',', ':', ';'])
            || def.trim().is_empty()
        {
            return None;
        }
        padded |= name.len() < term.len();
        dashes.push(term.len());
        rows.push((l.no, name.trim(), def.trim().to_string()));
    }
    let worded = |t: &str| t.chars().all(|c| c.is_alphanumeric() || " -_".contains(c));
    let set_in = lines[i].indent > margin;
    if padded
        && (set_in || dashes.iter().any(|&d| d != dashes[0]) || !rows.iter().all(|r| worded(r.1)))
    {
        return None;
    }
    let items: Vec<DefinitionItem> = rows
        .into_iter()
        .map(|(no, term, def)| inline::term(term, &def, no))
        .collect();
    (items.len() >= 2).then(|| Block::new(lines[i].no, BlockKind::DefinitionList(items)))
}

/// Whether `text`, back at the names' indentation but no name and dash of
/// its own, is the rest of the `row` above wrapped flush: that row's text
/// stops mid-sentence (`normally`, `URL,`) and this goes on with no capital,
/// figure or column gap (`/srv/stage/$REL`, `http://...`, `and the rest`).
fn lazy(text: &str, row: Option<&(u32, &str, String)>) -> bool {
    row.is_some_and(|r| !r.2.ends_with(['.', ':', '!', '?', ';']))
        && !text.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && !text.contains("  ")
        && dash_split(text).is_none()
        && list_marker(text).is_none()
}

/// The definition list for the non-blank run `lines[i..end]` when it is
/// laid out in two aligned columns: at least two rows and every line a
/// row or a wrapped second column. Columns of data (codes, numbers,
/// `Name:  value` and `name   = value` settings, names beside one value
/// each: `host  address`) stay a literal block, as laid out.
pub fn table(lines: &[Line], i: usize, end: usize) -> Option<Block> {
    let chunk = &lines[i..end];
    let col = column(chunk)?;
    let (items, mut data, wrapped) = split_rows(chunk, col)?;
    if items.len() < 2 {
        return None;
    }
    data |= items.iter().all(|(_, def, _)| value(def));
    // three columns or more in every line are data, not terms
    let three = || chunk.iter().all(|l| columns(&l.text)) || third_column(chunk);
    if !wrapped && (three() || super::colhead::lined_up(chunk)) {
        return Some(literal_block(None, dedent(chunk), chunk[0].no));
    }
    // rows under names of columns (a row's text wrapped under its second
    // column is the cell's; a row with a labelled paragraph of its own,
    // `Example: ...`, holds more than a cell: definitions); under a
    // command, its output, as laid out
    let one_paragraph = items.iter().all(|(_, def, _)| !def.contains('\n'));
    let headed = one_paragraph && colhead::header(&items[0].0, &items[0].1);
    if headed && !super::spaced::after_command(lines, i) {
        return Some(colhead::table(items));
    }
    if data || headed {
        return Some(literal_block(None, dedent(chunk), chunk[0].no));
    }
    if !wrapped && (inventory(&items) || schedule(&items)) {
        return Some(bare_table(items));
    }
    Some(definitions(items, chunk[0].no))
}

/// The rows of `chunk` split at column `col` into term, text and line
/// number (deeper lines wrapped onto the row above), whether any row is
/// data (settings, numbers, codes) and whether any text wraps; none where
/// a row does not split there or starts at another indentation.
fn split_rows(chunk: &[Line], col: usize) -> Option<Rows> {
    let mut items: Vec<(String, String, u32)> = Vec::new();
    let mut data = false;
    let mut wrapped = false;
    for l in chunk {
        let chars: Vec<char> = expand(l.raw).chars().collect();
        if l.indent >= col {
            let (_, def, _) = items.last_mut()?;
            wrapped = true;
            // a labelled line (`Default: none`) starts a paragraph of its own
            def.push(if labelled(&l.text) { '\n' } else { ' ' });
            def.push_str(&l.text);
            continue;
        }
        // A first column that fills its width leaves one space.
        let tight = chars.len() > col && chars[col - 1] == ' ' && chars[col] != ' ';
        let at = gap_end(&expand(l.raw), l.indent)
            .filter(|&g| g <= 50)
            .or(tight.then_some(col))?;
        if l.indent != chunk[0].indent {
            return None;
        }
        let term: String = chars[..at].iter().collect();
        let def: String = chars[at..].iter().collect();
        let term = term.trim();
        if term.ends_with(['.', ',', ';']) || def.starts_with(' ') {
            return None;
        }
        // Settings (`Name:  value`, `name   = value`), numbers, codes: data
        let word = term.chars().next().is_some_and(char::is_alphabetic) && term.chars().count() > 1;
        data |= !word || term.ends_with(':') || def.starts_with(['-', '=']);
        items.push((term.to_string(), def.trim().to_string(), l.no));
    }
    Some((items, data, wrapped))
}

/// A two-column run's rows (term, text, line number), whether any is
/// data, and whether any text wraps onto deeper lines.
type Rows = (Vec<(String, String, u32)>, bool, bool);

/// Whether rows `(term, definition, line)`, none wrapped, are an
/// inventory: three rows or more, each a machine's or a service's name
/// (one token with a digit, `-`, `_` or `.` in it, not a path:
/// `app01-stg`), no two alike, beside a few words about it set one space
/// apart (`main web app, 4 workers`); a careful human keeps such a crib
/// sheet a table, as laid out. Plain words (`vane  the fin ...`) are a
/// glossary's terms; repeated names (`retain  daily  7`) a config file's.
fn inventory(items: &[(String, String, u32)]) -> bool {
    let named = |t: &str| {
        t.starts_with(char::is_alphanumeric)
            && t.contains(|c: char| c.is_ascii_digit() || "-_.".contains(c))
            && !t.contains(|c: char| c.is_whitespace() || c == '/')
    };
    let mut seen = std::collections::HashSet::new();
    items.len() >= 3
        && items.iter().all(|(term, def, _)| {
            named(term)
                && def.split_whitespace().nth(1).is_some()
                && !def.contains("  ")
                && seen.insert(term.as_str())
        })
}

/// Whether the non-blank run `chunk` is an inventory laid out in two
/// columns, none wrapped (see [`inventory`]): what [`table`] makes a
/// table with no header row.
pub(super) fn inventory_run(chunk: &[Line]) -> bool {
    let Some(col) = column(chunk) else {
        return false;
    };
    split_rows(chunk, col).is_some_and(|(items, _, wrapped)| !wrapped && inventory(&items))
}

/// Whether rows `(term, definition, line)`, none wrapped, are a
/// schedule: three rows or more, each term one word and a number, the
/// word the same in every row and the numbers rising (`week 0`, `week 3`,
/// `week 7`), beside words about what happens then. A careful human keeps
/// such a timeline a table, as laid out; a glossary's terms differ.
fn schedule(items: &[(String, String, u32)]) -> bool {
    fn step(t: &str) -> Option<(&str, u32)> {
        let (word, n) = t.split_once(' ')?;
        let n: u32 = n.parse().ok()?;
        word.chars().all(char::is_alphabetic).then_some((word, n))
    }
    let mut last: Option<(&str, u32)> = None;
    for (term, def, _) in items {
        let Some((word, n)) = step(term) else {
            return false;
        };
        if last.is_some_and(|(w, m)| w != word || n <= m) || !def.contains(' ') {
            return false;
        }
        last = Some((word, n));
    }
    items.len() >= 3
}

/// The table of rows `(first cell, second cell, line)`, no header row.
fn bare_table(items: Vec<(String, String, u32)>) -> Block {
    let mut block = colhead::table(items);
    if let BlockKind::Table(t) = &mut block.kind {
        t.header_rows = 0;
    }
    block
}

/// Whether a second column is one value, not words about the first: a
/// single token with a digit or an address's `.`, `/`, `:` or `@` in it
/// (`192.0.2.10`, `https://git.example.org/x.git`, `2026112704`).
pub(super) fn value(def: &str) -> bool {
    !def.contains(char::is_whitespace)
        && def.contains(|c: char| c.is_ascii_digit() || ".:/@".contains(c))
}

/// The definition list of rows `(term, definition, line)`, each line of a
/// definition a paragraph.
fn definitions(items: Vec<(String, String, u32)>, no: u32) -> Block {
    let items = items
        .into_iter()
        .map(|(term, def, line)| DefinitionItem {
            line,
            term: inline::parse(&term, line),
            classifiers: Vec::new(),
            definition: def
                .split('\n')
                .map(|p| inline::paragraph(p, line))
                .collect(),
        })
        .collect();
    Block::new(no, BlockKind::DefinitionList(items))
}

/// The table for the run `lines[i..end]` when it is laid out in two
/// columns under a row that names them (see [`table`]).
pub fn headed(lines: &[Line], i: usize, end: usize) -> Option<Block> {
    table(lines, i, end).filter(|b| matches!(b.kind, BlockKind::Table(_)))
}

/// Whether a line opens with a one-word label and its colon, text after
/// it (`Example: the staging host`).
fn labelled(text: &str) -> bool {
    text.split_once(": ").is_some_and(|(label, rest)| {
        label.starts_with(char::is_uppercase)
            && label.chars().all(char::is_alphabetic)
            && !rest.trim().is_empty()
    })
}

/// The column where the second column starts: the end of a gap of two or
/// more spaces shared by most lines.
fn column(chunk: &[Line]) -> Option<usize> {
    if chunk.len() < 2 {
        return None;
    }
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for l in chunk {
        let Some(c) = gap_end(&expand(l.raw), l.indent) else {
            continue;
        };
        match counts.iter_mut().find(|(k, _)| *k == c) {
            Some((_, n)) => *n += 1,
            None => counts.push((c, 1)),
        }
    }
    let (col, n) = counts
        .into_iter()
        .max_by_key(|&(c, n)| (n, usize::MAX - c))?;
    let rows = chunk.iter().filter(|l| l.indent == chunk[0].indent).count();
    // rows whose first column fills its width leave one space at `col`
    let tight = chunk
        .iter()
        .filter(|l| l.indent == chunk[0].indent)
        .filter(|l| {
            let chars: Vec<char> = expand(l.raw).chars().collect();
            chars.len() > col && chars[col - 1] == ' ' && chars[col] != ' ' && chars[col - 2] != ' '
        })
        .count();
    let enough = n >= 2 || (n == 1 && tight + n == rows);
    (enough && (n + tight) * 2 > rows && col <= 50).then_some(col)
}

/// The column after the first run of two or more spaces past `indent`.
fn gap_end(line: &str, indent: usize) -> Option<usize> {
    let chars: Vec<char> = line.chars().collect();
    let mut k = indent;
    while k + 1 < chars.len() {
        if chars[k] == ' ' && chars[k + 1] == ' ' {
            let mut e = k;
            while e < chars.len() && chars[e] == ' ' {
                e += 1;
            }
            return (e < chars.len()).then_some(e);
        }
        k += 1;
    }
    None
}

/// Tabs to spaces (to the next multiple of 8), U+00A0 as a space.
pub(super) fn expand(raw: &str) -> String {
    crate::tabs::expand(raw, crate::tabs::Stops::LEGACY)
}

/// The end of laid out lines from `i` (the first run ending at `end`):
/// further laid out runs at the same indentation, one blank line
/// between, go on in the same block, as does a listing
/// (`listing_goes_on`); sentences closing the rows (`prose_after_rows`)
/// are no part of it.
pub(super) fn laid_out_end(lines: &[Line], i: usize, end: usize) -> usize {
    if let Some(k) = prose_after_rows(lines, i, end) {
        return k;
    }
    let mut end = end;
    while end + 1 < lines.len() && lines[end].blank() {
        let k = end + 1;
        let e = chunk_end(lines, k);
        if e == k {
            break;
        }
        let (block, run) = (&lines[i..end], &lines[k..e]);
        let more = lines[k].indent == lines[i].indent && laid_out(run);
        if !(more || listing_goes_on(block, run)) {
            break;
        }
        end = e;
    }
    end
}

/// Where a sentence closes two rows or more laid out in columns, no
/// blank line between (`Lena   Mon-Thu   lena on IRC` / `Nights: whoever
/// is on call, see the rota at` / `https://...`): its first line no
/// further in than the rows, starting in a capital and reading as
/// prose, the lines after it prose or a web address, none in columns.
pub(super) fn prose_after_rows(lines: &[Line], i: usize, end: usize) -> Option<usize> {
    let k = (i..end).find(|&k| !columns(&lines[k].text))?;
    let first = &lines[k];
    let text =
        |l: &Line| !columns(&l.text) && !l.code_like() && (prose(&l.text) || link_line(&l.text));
    (k >= i + 2
        && first.indent <= lines[i].indent
        && first.text.starts_with(char::is_uppercase)
        && prose(&first.text)
        && lines[k..end].iter().all(text))
    .then_some(k)
}

/// Whether `run`, one blank line under `block`, goes on with the listing
/// a program printed: another of its entries, or (under lines laid out
/// in columns) the line closing it with a count.
pub(super) fn listing_goes_on(block: &[Line], run: &[Line]) -> bool {
    entry_again(block, run) || (closing_count(run) && laid_out(block))
}

/// Whether `run`, one blank line under the laid-out `block`, is another
/// entry of the listing a program printed (`mailq`: a queue id, size
/// and date over its recipients set in): its first line in the columns
/// of a line of the block (as many words, each starting or ending in
/// the column its fellow does, a number set right; a wide gap among
/// them), its last set in at the indentation of a line of the block.
/// What lies between (a long reason the program wrapped at the margin)
/// is the entry's.
fn entry_again(block: &[Line], run: &[Line]) -> bool {
    let (first, last) = (&run[0], &run[run.len() - 1]);
    let head = spans(first);
    let aligned = |b: &Line| {
        let s = spans(b);
        let fellow = |(x, y): (&(usize, usize), &(usize, usize))| x.0 == y.0 || x.1 == y.1;
        s.len() >= 3
            && s.len() == head.len()
            && s[0].0 == head[0].0
            && s.iter().zip(&head).all(fellow)
    };
    run.len() >= 2
        && first.text.contains("  ")
        && block.iter().any(aligned)
        && last.indent > first.indent
        && block.iter().any(|b| b.indent == last.indent)
}

/// The columns where each word of a line starts and ends.
fn spans(l: &Line) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut prev = ' ';
    for (n, c) in l.text.chars().enumerate() {
        let col = l.indent + n;
        match (prev == ' ', c == ' ') {
            (true, false) => out.push((col, col + 1)),
            (false, false) => {
                if let Some(w) = out.last_mut() {
                    w.1 = col + 1;
                }
            }
            _ => {}
        }
        prev = c;
    }
    out
}

/// Whether `run`, one blank line under a laid-out listing, is the line
/// that closes it with a count: one line opening with a mark, not a
/// list item, a number among its first three words (`-- 14 Kbytes in 6
/// Requests.`, `(3 rows)`).
fn closing_count(run: &[Line]) -> bool {
    let t = &run[0].text;
    let counted = t.split_whitespace().take(3).any(|w| {
        w.trim_start_matches('(')
            .starts_with(|c: char| c.is_ascii_digit())
    });
    run.len() == 1
        && t.starts_with(|c: char| c.is_ascii_punctuation())
        && list_marker(t).is_none()
        && counted
}

/// Whether a run of lines is laid out in columns (two or more of its
/// lines with a gap of three spaces or more inside the text): re-flowing
/// it as prose would run the columns together. A first line ending with
/// `:` introduces the lines, and stays a paragraph, unless it has such a
/// gap itself (`Name:     Size:` heads the columns).
pub(super) fn laid_out(chunk: &[Line]) -> bool {
    let first = &chunk[0].text;
    // (a tab between two fields sets them apart as a column gap does)
    let gap = |t: &str| t.contains("   ") || t.contains('\t');
    chunk.len() >= 2
        && (!first.ends_with(':') || gap(first))
        && chunk.iter().filter(|l| gap(&l.text)).count() >= 2
}

/// Whether rows of two columns or more hold a third lined up in two of
/// them or more (`stats-mail   OPS-8812   done` over `ldap-export
/// OPS-8813`): a status list's cells, not a term and what it means.
fn third_column(chunk: &[Line]) -> bool {
    let third = |l: &Line| {
        let text = expand(l.raw);
        let f = fields(&text);
        let at = (f.len() >= 3 && columns(&l.text)).then(|| text.find(f[2]));
        (f.len() >= 2, at.flatten())
    };
    let found: Vec<(bool, Option<usize>)> = chunk.iter().map(third).collect();
    let mut at = found.iter().filter_map(|f| f.1);
    let first = at.next();
    found.iter().all(|f| f.0)
        && first.is_some()
        && at.clone().count() >= 1
        && at.all(|a| Some(a) == first)
}

/// Whether a line is laid out in three columns or more, two spaces or
/// more apart (`web05    IN  A     192.0.2.45`), none of them ending a
/// sentence (two spaces after a full stop are only a habit of typing).
pub(super) fn columns(text: &str) -> bool {
    let fields = super::columns::fields(text);
    fields.len() >= 3 && !fields.iter().any(|f| f.ends_with(['.', '!', '?', ':']))
}

/// Whether `lines[k]`, set in four columns or more under a line ending
/// with a full stop, opens a listing of two lines or more at its
/// indentation, each two fields or more two spaces apart, the first a
/// name of one word, none ending a sentence (`We have two hosts.` / a
/// tab, `host01.example.org  (main site, big)`):
/// what the sentence shows, not its words going on.
pub(super) fn under_stop(lines: &[Line], k: usize) -> bool {
    let (prev, l) = (&lines[k - 1], &lines[k]);
    if !prev.text.ends_with('.') || l.indent < prev.indent + 4 {
        return false;
    }
    let run: Vec<&Line> = lines[k..]
        .iter()
        .take_while(|r| !r.blank() && r.indent == l.indent)
        .collect();
    run.len() >= 2
        && run.iter().all(|r| {
            let f = fields(&r.text);
            f.len() >= 2
                && !f[0].contains(' ')
                && !f[0].ends_with(['.', ',', ';', '!', '?'])
                && !r.text.ends_with(['.', ':'])
        })
}

/// The fields of a line laid out in columns: its text cut at every gap
/// of two spaces or more.
pub(super) fn fields(text: &str) -> Vec<&str> {
    text.split("  ")
        .map(str::trim)
        .filter(|f| !f.is_empty())
        .collect()
}

/// Whether `chunk` is a file's lines laid out in columns of one word each
/// (`slow  unix  -  n  2  smtp` over its `-o name=value` option set
/// deeper; a map's `example.com     relay:` alone): its first line three
/// such words or more two spaces or more apart, or two a wider gap apart
/// on a line of its own, no word ending a sentence nor the first a
/// `Label:`; every other line set deeper. No sentence is typed so.
pub(super) fn word_columns(chunk: &[Line]) -> bool {
    let first = &chunk[0];
    let fields = fields(&first.text);
    let one_word = |f: &&str| !f.contains(' ') && !f.ends_with(['.', '!', '?', ',']);
    let wide = first.text.contains("   ");
    let shape = fields.len() >= 3 || (fields.len() == 2 && wide && chunk.len() == 1);
    shape
        && fields.iter().all(one_word)
        && !fields[0].ends_with(':')
        && list_marker(&first.text).is_none()
        && chunk[1..].iter().all(|l| l.indent > first.indent)
}

/// Whether `chunk` is one record of a file or a program's output typed
/// on a line of its own (`www    IN CNAME   web-b.example.org.`): three
/// fields or more, two spaces or more apart, of three words at most,
/// none ending with a stop but a dotted name's (`web-b.example.org.`),
/// and no sentence. A sentence typed with two spaces after its stops
/// ends them so.
pub(super) fn record(chunk: &[Line]) -> bool {
    let [line] = chunk else {
        return false;
    };
    let fields = fields(&line.text);
    let field = |f: &&str| {
        let dotted = |w: &str| w.trim_end_matches('.').contains('.') && !w.contains(' ');
        f.split_whitespace().count() <= 3
            && !f.ends_with(['!', '?', ':', ',', ';'])
            && (!f.ends_with('.') || dotted(f))
    };
    fields.len() >= 3
        && fields.iter().all(field)
        && !prose(&line.text)
        && list_marker(&line.text).is_none()
}

/// Whether `chunk` is laid out in columns ([`laid_out`]) with no line
/// ending a sentence: data a program printed or a file holds, whatever
/// its words.
pub(super) fn data(chunk: &[Line]) -> bool {
    laid_out(chunk) && chunk.iter().all(|l| !l.text.ends_with('.'))
}

/// Whether the run `lines[i..end]` opens with text laid out in no
/// columns over a list item at its own margin or left of it (`Finding
/// it` / `1) Load the env:` / the commands set in under each step, and
/// the columns they print): steps under their name, whose output's
/// columns are not the run's.
pub(super) fn over_steps(lines: &[Line], i: usize, end: usize) -> bool {
    (i + 1..end)
        .find(|&k| lines[k].indent <= lines[i].indent && list_marker(&lines[k].text).is_some())
        .is_some_and(|k| !laid_out(&lines[i..k]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn a_record_alone_is_laid_out() {
        assert!(record(&split("   mail    IN MX 10   mx1.example.net.\n")));
        assert!(record(&split("/dev/sdb1   /srv   xfs   defaults   0 0\n")));
        // sentences typed with two spaces after their stops are none
        assert!(!record(&split("Stop it.  Wait a bit.  Start it again.\n")));
        assert!(!record(&split(
            "Moved to web2.example.net.  Check it  now\n"
        )));
    }

    #[test]
    fn a_schedule_by_numbered_steps_is_a_table() {
        let text = "  day 1    order the parts\n  day 4    fit the new pump\n  day 9    test it under load\n";
        let b = table(&split(text), 0, 3).unwrap();
        assert!(matches!(b.kind, BlockKind::Table(_)));
        // numbers out of order, or words that differ: terms
        let text = "  day 4    order the parts\n  day 1    fit the new pump\n  day 9    test it under load\n";
        let b = table(&split(text), 0, 3).unwrap();
        assert!(matches!(b.kind, BlockKind::DefinitionList(_)));
        let text = "  day 1    order the parts\n  week 4   fit the new pump\n  day 9    test it under load\n";
        let b = table(&split(text), 0, 3).unwrap();
        assert!(matches!(b.kind, BlockKind::DefinitionList(_)));
    }

    #[test]
    fn aligned_columns_are_terms() {
        let text = "  Who is on call?       pager list\n  Restart the queue     queuectl restart\n                        --all\n";
        let lines = split(text);
        let b = table(&lines, 0, 3).unwrap();
        let BlockKind::DefinitionList(items) = b.kind else {
            panic!()
        };
        assert_eq!(items.len(), 2);
        let prose = split("This is a sentence.  It has two\nspaces after stops.  And more text.\n");
        assert!(table(&prose, 0, 2).is_none());
        let tight = split(
            "  Start a backup   run   ...and pick the job\n  Label a new tape label ...and mount it\n",
        );
        let b = table(&tight, 0, 2).unwrap();
        let BlockKind::DefinitionList(items) = b.kind else {
            panic!()
        };
        assert_eq!(crate::doc::inlines_text(&items[1].term), "Label a new tape");
        let one = split(
            "  Run it now  and then wait for the end\n  of the job before you go on to the rest\n",
        );
        assert!(table(&one, 0, 2).is_none());
    }

    #[test]
    fn names_dashed_with_two_dashes_are_terms() {
        assert_eq!(
            dash_split("KEK -- the key that wraps"),
            Some(("KEK", "the key that wraps"))
        );
        assert_eq!(
            dash_split("run ls -l - the listing"),
            Some(("run ls -l", "the listing"))
        );
        assert_eq!(dash_split("a -l b"), None);
        let lines = split(
            "KEK -- the key that wraps
shard map -- where - and how - keys live
",
        );
        let b = dashed(&lines, 0, 2, 0).unwrap();
        let BlockKind::DefinitionList(items) = b.kind else {
            panic!()
        };
        assert_eq!(crate::doc::inlines_text(&items[1].term), "shard map");
    }
}
