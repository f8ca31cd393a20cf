//! One line under a list item in (the item's line, the line, the
//! marker's column), whether the item ends there out: another marker as
//! far left, or the text going on after the list.

use super::classify::{list_marker, prose};
use super::lines::Line;

/// Whether line `k`, not blank or past the blank lines an item keeps,
/// ends the item starting at `j` (its marker at column `mi`): a marker
/// as far left; a sentence back left of the marker (the text going on
/// after the list); one back at the marker's column after the item's
/// sentence ended, where the item's text was not typed on at that column
/// (a wrapped line goes on mid-sentence) and the item above was not
/// either (`wraps_left`), the marker at the left edge: under a marker set
/// in (a wiki's ` 1. Restart it.` / ` Then check the log.`) the text
/// after the list goes back to the margin, and a sentence typed on at the
/// marker's own column is more of the item; a note typed back at the
/// marker's column (`NB: ...`, `Note: ...`), a remark on the list;
/// sentences back at that column under a one-line item after one-line
/// items or after an item whose wrapped lines hang deeper, unless the
/// item above went on at the marker's column. A line right under one
/// broken off on a word a sentence goes on from (`turn the key to` /
/// `BYPASS. The lamp goes amber.`) ends no item at or left of its
/// marker's column: it is the sentence going on (`broken_off`).
pub(super) fn stops_item(lines: &[Line], j: usize, k: usize, mi: usize) -> bool {
    let l = &lines[k];
    (list_marker(&l.text).is_some() && l.indent <= mi + 1 && !sub_marker(lines, j, k))
        || (l.indent < mi
            && !l.blank()
            && l.text.starts_with(char::is_uppercase)
            && !broken_off(&lines[k - 1])
            && !printed_word(&lines[k - 1], l)
            && !prompt_answered(&lines[k - 1], l))
        || (l.indent == mi
            && mi == 0
            && back_after_stop(&lines[k - 1], l)
            && lines[j + 1..k].iter().all(|x| x.blank() || x.indent > mi)
            && !wraps_left(lines, j, mi)
            && !resumed_in_turn(lines, j, k, mi)
            && !closing_words(lines, j, k))
        || (l.indent <= mi && super::callout::label(&l.text).is_some())
        || (l.indent == mi && after_sub_item(lines, j, k, mi))
        || (l.indent == mi
            && (one_line_items(lines, j, k, mi) || after_hung_item(lines, j, k, mi))
            && sentences(l)
            && !broken_off(&lines[k - 1])
            && !wraps_left(lines, j, mi))
}

/// Whether `prev` breaks off mid-sentence: it ends on a word a sentence
/// goes on from (`to`, `the`, `with`: `captioned::OPEN_ENDS`), in lower
/// case, with no mark after it, so the line under it carries on its
/// sentence whatever its first letter (`... turn the key to` / `BYPASS.
/// The lamp goes amber.`).
fn broken_off(prev: &Line) -> bool {
    let last = prev.text.rsplit(' ').next().unwrap_or("");
    !prev.blank() && super::captioned::OPEN_ENDS.contains(&last)
}

/// Whether the lines from `k` to the next blank line (or the page's
/// end), back at the margin under an item whose marker is there too, are
/// the item's last words typed on at the margin: three lines at most, no
/// marker, label (`Why: ...`) or code among them, a sentence or two
/// wrapped there, none ending before the last line, which closes with a
/// stop or a colon right over the blank (`3) Compare the two. If they
/// match, go on.` / `If not, stop and page the desk.` / blank), on a
/// page whose writer wraps items at the margin (`wraps_at_margin`). The
/// ideals keep such words in the item (5 places of 5 on such pages; the
/// one page that splits them hangs its items' wrapped lines deeper). A
/// longer run, a line ending a sentence midway or a line with no stop is
/// text after the list; so is a run over prose set in after the blank (a
/// quoted mail), which the item would take as its own paragraph.
fn closing_words(lines: &[Line], j: usize, k: usize) -> bool {
    // (a run of three lines or fewer ends at a blank line or the page's end)
    let rest = lines.get(k..).unwrap_or_default();
    let n = rest.iter().take(4).take_while(|l| !l.blank()).count();
    let run = &rest[..n];
    let Some((last, before)) = run.split_last() else {
        return false;
    };
    let stop = |l: &Line| l.text.ends_with(['.', '!', '?', ':']);
    let labelled = run[0]
        .text
        .split_whitespace()
        .next()
        .is_some_and(|w| w.ends_with(':'));
    run.len() <= 3
        && !labelled
        && run
            .iter()
            .all(|l| l.indent == 0 && list_marker(&l.text).is_none() && !l.code_like())
        && before.iter().all(|l| !stop(l))
        && stop(last)
        && lines
            .iter()
            .skip(k + run.len())
            .take(3)
            .find(|l| !l.blank())
            .is_none_or(|l| l.indent == 0 || !super::classify::sentence_opening(&l.text))
        && wraps_at_margin(lines, j)
}

/// Whether some item within 40 lines of the item at `j`, its marker at
/// the margin, wraps its text there mid-sentence (`2. Book the van, on
/// the` / `shared calendar, for the day.`): a line at the margin right
/// under the marker's line, neither a marker nor code, the marker's line
/// ending no sentence. This writer types an item's text on at the
/// margin, so words there after a stop may be the item's too.
fn wraps_at_margin(lines: &[Line], j: usize) -> bool {
    let from = j.saturating_sub(40).max(1);
    let to = lines.len().min(j + 40);
    (from..to).any(|a| {
        let (above, l) = (&lines[a - 1], &lines[a]);
        above.indent == 0
            && list_marker(&above.text).is_some()
            && !above.text.ends_with(['.', '!', '?', ':'])
            && !l.blank()
            && l.indent == 0
            && list_marker(&l.text).is_none()
            && !l.code_like()
    })
}

/// Whether `l`, set left of an item's marker right under `prev` at its
/// own column, is a word or two a program printed under the commands the
/// item set there (` zone example.org/IN: loaded serial 7` / ` OK`, `PONG`):
/// no stop, colon or comma after it, the line above no sentence. Text
/// going on after the list is no such word alone.
fn printed_word(prev: &Line, l: &Line) -> bool {
    l.text.split_whitespace().count() <= 2
        && !l.text.ends_with(['.', ':', '!', '?', ','])
        && !prev.blank()
        && prev.indent == l.indent
        && !prose(&prev.text)
}

/// Whether the lines from `k` to the next blank line (a dozen at most),
/// back at the margin under the item at `j`, hold a command set in past
/// the marker (`5. Copy the rows back.` / `If it was mangled, rename it
/// first` / `   ALTER TABLE ...;` / `and then load it:` / `   $ psql
/// ...`) and the list's next item in turn follows the blank line: the
/// item's own sentences and commands, the list going on after them.
fn resumed_in_turn(lines: &[Line], j: usize, k: usize, mi: usize) -> bool {
    let run = lines[k..]
        .iter()
        .take(12)
        .take_while(|l| !l.blank())
        .count();
    let end = k + run;
    let next = (end..lines.len().min(end + 3)).find(|&n| !lines[n].blank());
    lines[k..end]
        .iter()
        .any(|l| l.indent > mi + 1 && l.code_like())
        && next.is_some_and(|n| super::listcode::in_turn(lines, j, n, mi))
}

/// Whether `l`, set left of an item's marker right under `prev` at its
/// own column, is what a program asked or printed in the session the
/// item has you type (` gpg> expire` / ` Key is valid for? (0) 2y` /
/// ` gpg> save`): the line above a program's prompt and a command, `l`
/// no sentence ended with a stop. Text going on after the list does not
/// open right under a prompt's line at its column.
fn prompt_answered(prev: &Line, l: &Line) -> bool {
    !prev.blank()
        && prev.indent == l.indent
        && super::classify::prompt(&prev.text)
        && !l.text.ends_with('.')
}

/// Whether `lines[k]`, back at the marker's column of the item at `j`,
/// opens a sentence right under an item of a list set deeper in it (`-
/// kvm does not load` / `    * check lsmod` / `If none of that helps,
/// ...`): the text going on after the list, no more of the item. The
/// sub-item is looked for among the four lines above at most.
fn after_sub_item(lines: &[Line], j: usize, k: usize, mi: usize) -> bool {
    let l = &lines[k];
    capital_text(l)
        && lines[j + 1..k]
            .iter()
            .rev()
            .take(4)
            .take_while(|x| !x.blank() && x.indent > mi + 1)
            .any(|x| list_marker(&x.text).is_some())
}

/// Whether the item above the one at `j`, right over it, wrapped its
/// sentence back onto its marker's column (`- Disk full. The build
/// keeps a copy of every` / `old version under /srv/out.`): this writer
/// types an item's text on at the left edge, so a sentence there goes on
/// with the item too. Looked for among the eight lines above at most.
fn wraps_left(lines: &[Line], j: usize, mi: usize) -> bool {
    let marked = |l: &Line| list_marker(&l.text).is_some();
    (j.saturating_sub(8).max(1)..j)
        .rev()
        .take_while(|&a| !lines[a].blank())
        .any(|a| {
            let (above, l) = (&lines[a - 1], &lines[a]);
            l.indent == mi
                && !marked(l)
                && above.indent == mi
                && marked(above)
                && !above.text.ends_with(['.', '!', '?', ':'])
        })
}

/// Whether `l`, right under the item's line `prev`, opens a sentence of
/// its own after `prev` ended one: a capital first, no list marker.
fn back_after_stop(prev: &Line, l: &Line) -> bool {
    !prev.blank() && prev.text.ends_with(['.', '!', '?']) && capital_text(l)
}

/// Whether `l` opens text, not an item: a capital first, no list marker.
fn capital_text(l: &Line) -> bool {
    l.text.starts_with(char::is_uppercase) && list_marker(&l.text).is_none()
}

/// Whether the item at `j`, line `k` right under it, is one line in a
/// list of one-line items: the line above it an item's at its column.
fn one_line_items(lines: &[Line], j: usize, k: usize, mi: usize) -> bool {
    let above = j.checked_sub(1).map(|a| &lines[a]);
    k == j + 1 && above.is_some_and(|a| a.indent == mi && list_marker(&a.text).is_some())
}

/// Whether the item at `j`, line `k` right under it, follows an item
/// whose text wrapped onto a line set deeper than the markers: this
/// writer hangs an item's wrapped lines, so a line back at the marker's
/// column is none of the item's text. So too when the item's own lines
/// above `k` (a few at most) all hang deeper (`- the mirror admins` /
/// `  (they need notice)` / `Put their OK in the ticket.`).
fn after_hung_item(lines: &[Line], j: usize, k: usize, mi: usize) -> bool {
    let above = j.checked_sub(1).map(|a| &lines[a]);
    let hung = |a: &Line| !a.blank() && a.indent > mi && list_marker(&a.text).is_none();
    (k == j + 1 && above.is_some_and(hung))
        || (k > j + 1 && k - j <= 8 && lines[j + 1..k].iter().all(hung))
}

/// Whether `l`, back at the marker's column under a list of one-line
/// points (`one_line_items`), opens sentences of its own: a capital
/// first, no marker, a stop inside or at its end, or a colon inside
/// (`Do NOT do it for: ...`); the text going on after a list of short
/// points, not a point wrapped.
fn sentences(l: &Line) -> bool {
    capital_text(l) && (l.text.contains(". ") || l.text.ends_with('.') || l.text.contains(": "))
}

/// Whether marker line `k`, right under item `j`'s lines and one column
/// in from its marker, starts the item's sub-list: a list of another kind
/// (` a)` under `1)`) or bullets (` - b` under `- a`); numbers like the
/// item's one column off go on with its list.
fn sub_marker(lines: &[Line], j: usize, k: usize) -> bool {
    let kind = |l: &Line| list_marker(&l.text).map(|m| m.0);
    let bullet = kind(&lines[k]).is_some_and(|c| "*-+".contains(c));
    lines[k].indent == lines[j].indent + 1
        && !lines[k - 1].blank()
        && (bullet || kind(&lines[k]) != kind(&lines[j]))
}
