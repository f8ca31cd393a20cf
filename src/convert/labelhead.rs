//! Labels over their text as a page's headings: the lines of a page in,
//! the headings out that its short flush-left `Label:` (or `Question?`)
//! lines make when, three times or more, each sits right on top of the
//! paragraph it titles (`Before you start:` then `Check who is asking.`),
//! or on a list that runs to the next such label,
//! and those its bare section names make when, three times or more, each
//! stands alone over its paragraph or list (`How it runs`, a blank line,
//! then `The job starts at two.`); and whether a `Label:` set off by a
//! wide gap titles its part.

use super::classify::{list_marker, prose};
use super::headings::{Found, found, free_lines};
use super::headtext::heading_like;
use super::intro::open_ended;
use super::lines::Line;

/// The headings, keyed `b0`, of the lines of `lines[from..]` that are
/// such labels and no heading of `heads` already, when there are three
/// or more labels, those `heads` holds counted (`Symptoms:`, a part
/// every SOP has, found already, then `Cause:` and `Fix:`); none
/// otherwise (two could be the lead-ins of a page that heads its parts
/// some other way).
pub(super) fn over_text(lines: &[Line], from: usize, heads: &[Found]) -> Vec<Found> {
    // where the labels are headings, one of seven or eight words is one too
    // (`If a node does not come back:`), and so is one over a sentence
    // opening in lower case or over a web address alone (`References:` over
    // `https://...`), though none of these counts to make them so
    if labelled(lines, from, heads, 6, false).is_none() {
        return Vec::new();
    }
    labelled(lines, from, heads, 8, true).unwrap_or_default()
}

/// The headings `over_text` finds with labels of `most` words at most,
/// if they are three or more with those of `heads`; `settled`: the
/// page's labels are headings already (`label`).
fn labelled(
    lines: &[Line],
    from: usize,
    heads: &[Found],
    most: usize,
    settled: bool,
) -> Option<Vec<Found>> {
    let free = free_lines(heads, lines.len());
    let at: Vec<(usize, Over)> = (from.max(1)..lines.len())
        .filter(|&i| free[i])
        .filter_map(|i| label(lines, i, most, settled).map(|over| (i, over)))
        .collect();
    // labels over a list join those over prose when each owns its part,
    // the list running to the next label or the page's end (`Before you
    // start:` / its steps / `Restart procedure:`): a page of sections,
    // not lead-ins; so do labels right over the commands they title
    // (`Restarting the service:` over `  $ systemctl restart x`), and
    // those count to make the labels headings no more than lead-ins do
    let starts: Vec<usize> = at.iter().map(|&(i, _)| i).collect();
    let titled = at.iter().filter(|&&(_, over)| over == Over::Text).count();
    // with no label over prose, three or more over lists of several
    // points each owning its part make the page's parts of them all (`Two
    // weeks before:` / its checklist / `The day before:` ...); over one
    // point each (`First:` / `- one`) they lead in
    let owning = at
        .iter()
        .filter(|&&(i, over)| {
            over == Over::List && owns_part(lines, i, &starts) && points(lines, i) >= 2
        })
        .count();
    let parts = titled == 0 && owning >= 3;
    let owned = |i: usize, over: Over| {
        (parts && over == Over::List) || (titled >= 1 && owns_part(lines, i, &starts))
    };
    let at: Vec<(usize, Over)> = at
        .into_iter()
        .filter(|&(i, over)| over == Over::Text || owned(i, over))
        .collect();
    let coded = at.iter().filter(|&&(_, over)| over == Over::Code).count();
    if at.len() - coded + labels_found(lines, heads) < 3 {
        return None;
    }
    let found_at = |i: usize| found(i, i + 1, lines[i].no, "b0".into(), &lines[i].text, true);
    Some(at.into_iter().map(|(i, _)| found_at(i)).collect())
}

/// The headings `heads`, in order, less the flush-left `Label:` lines
/// that open a section right under its heading, one blank line between,
/// with a list item right under them (`RENEWING THE KEY` / blank / `The
/// key is kept in two places:` / `- the vault`): the section has its
/// title already, and the label leads in to the list as a sentence does.
pub(super) fn without_lead_ins(lines: &[Line], heads: Vec<Found>) -> Vec<Found> {
    let lead_in = |above: &Found, h: &Found| {
        let l = &lines[h.start];
        h.end == h.start + 1
            && above.end + 1 == h.start
            && lines.get(above.end).is_some_and(Line::blank)
            && l.indent == 0
            && l.text.ends_with(':')
            && !l.text.ends_with("::")
            && lines
                .get(h.start + 1)
                .is_some_and(|n| n.indent <= 4 && list_marker(&n.text).is_some())
    };
    // (`heads` come sorted by their start: each is weighed against the
    // one above it as found, before any is dropped)
    let keep: Vec<bool> = std::iter::once(true)
        .chain(heads.windows(2).map(|w| !lead_in(&w[0], &w[1])))
        .collect();
    let mut keep = keep.into_iter();
    let mut heads = heads;
    heads.retain(|_| keep.next().unwrap_or(true));
    heads
}

/// What a label stands right over.
#[derive(Clone, Copy, PartialEq)]
enum Over {
    /// A paragraph or a field.
    Text,
    /// A list.
    List,
    /// Commands set in under it.
    Code,
}

/// How many of `heads` are a flush-left `Label:` alone on its line
/// after a blank one.
fn labels_found(lines: &[Line], heads: &[Found]) -> usize {
    let label = |h: &&Found| {
        let l = &lines[h.start];
        h.end == h.start + 1
            && h.start > 0
            && lines[h.start - 1].blank()
            && l.indent == 0
            && l.text.ends_with(':')
            && !l.text.ends_with("::")
    };
    heads.iter().filter(label).count()
}

/// Whether the part under the label `lines[i]` runs to the next of the
/// labels at `starts` or to the page's end: its first text back flush
/// left after a blank line, no list item, is one of them.
fn owns_part(lines: &[Line], i: usize, starts: &[usize]) -> bool {
    back_at_margin(lines, i + 2).is_none_or(|k| starts.contains(&k) || signed_off(lines, k))
}

/// How many list items flush left the part under the label `lines[i]`
/// holds, up to the next text back at the margin.
fn points(lines: &[Line], i: usize) -> usize {
    let end = back_at_margin(lines, i + 2).unwrap_or(lines.len());
    lines[i + 1..end]
        .iter()
        .filter(|l| l.indent == 0 && list_marker(&l.text).is_some())
        .count()
}

/// Whether `lines[k]` is the page's closing `-- name` line, nothing
/// after it: the writer signing off, no part of the page's text.
fn signed_off(lines: &[Line], k: usize) -> bool {
    lines[k].text.starts_with("-- ") && lines[k + 1..].iter().all(Line::blank)
}

/// The first line from `from` on that comes back to the margin after a
/// blank line and is no list item: where the list or text set under a
/// name ends, and the next part starts.
pub(super) fn back_at_margin(lines: &[Line], from: usize) -> Option<usize> {
    (from.max(1)..lines.len()).find(|&k| {
        lines[k - 1].blank()
            && !lines[k].blank()
            && lines[k].indent == 0
            && list_marker(&lines[k].text).is_none()
    })
}

/// The headings, keyed `b0`, of the lines of `lines[from..]` that are
/// bare section names (`Why this exists`), when three or more of them
/// stand over text and none is a heading of `heads` already; then a name
/// over a heading of `heads` (`Troubleshooting` over the page's first
/// question) is one too. None otherwise: a lone short line over a
/// paragraph may be a paragraph of its own.
pub(super) fn bare_names(lines: &[Line], from: usize, heads: &[Found]) -> Vec<Found> {
    let free_line = free_lines(heads, lines.len());
    let free = |i: usize| free_line[i];
    let names: Vec<(usize, Under)> = (from.max(1)..lines.len())
        .filter(|&i| free(i) && bare_name(lines, i))
        .filter_map(|i| under_name(lines, i, heads).map(|u| (i, u)))
        .collect();
    if names.iter().filter(|(_, u)| *u == Under::Text).count() < 3 {
        return Vec::new();
    }
    names
        .into_iter()
        .map(|(i, _)| found(i, i + 1, lines[i].no, "b0".into(), &lines[i].text, true))
        .collect()
}

/// What a bare section name stands over.
#[derive(PartialEq)]
enum Under {
    /// A paragraph or a list.
    Text,
    /// A heading found some other way.
    Heading,
}

/// Whether `lines[i]` reads as a bare section name: flush left with a
/// blank line on either side, six words at most starting with a capital
/// and ending with no stop, colon or question mark, reading as a title.
fn bare_name(lines: &[Line], i: usize) -> bool {
    let l = &lines[i];
    let words = l.text.split_whitespace().count();
    l.indent == 0
        && lines[i - 1].blank()
        && lines.get(i + 1).is_some_and(Line::blank)
        && words <= 6
        && l.text.starts_with(char::is_uppercase)
        && l.text.ends_with(|c: char| c.is_alphanumeric() || c == ')')
        && heading_like(&l.text, false)
        && !open_ended(&l.text)
        && !l.code_like()
        && list_marker(&l.text).is_none()
}

/// What the bare name `lines[i]` stands over, if it titles it: the
/// next line, flush left, a heading of `heads`, a list item or prose
/// starting with a capital, or a list item set in four columns at most.
fn under_name(lines: &[Line], i: usize, heads: &[Found]) -> Option<Under> {
    let k = super::body::next_nonblank(lines, i + 1)?;
    let n = &lines[k];
    if heads.iter().any(|h| h.start == k) {
        return Some(Under::Heading);
    }
    let item = n.indent <= 4 && list_marker(&n.text).is_some();
    let para = n.indent == 0 && prose(&n.text) && n.text.starts_with(char::is_uppercase);
    let text = !n.code_like() && (item || para);
    text.then_some(Under::Text)
}

/// Whether `lines[i]` is a label over its text: flush left after a blank
/// line, `most` words at most ending with `:` or `?`, reading as a title
/// (not breaking off mid-sentence on `are` or `the`, not a note's name),
/// with a line of prose starting with a capital or a field set out in a
/// column right under it (`Over::Text`), a list item flush left, or set
/// in four columns at most under a case (`If ...`, `When ...`)
/// (`Over::List`), or a command set in (`Over::Code`). Once the page's
/// labels are headings (`settled`), a sentence opening on a lower-case
/// name (`fw01 is the box that ...`, no command) or a web address alone
/// right under a label is its text too (`References:` over its links).
fn label(lines: &[Line], i: usize, most: usize, settled: bool) -> Option<Over> {
    let l = &lines[i];
    let name = match l.text.strip_suffix(':') {
        Some(n) => n,
        None if l.text.ends_with('?') => l.text.as_str(),
        None => return None,
    };
    let next = lines.get(i + 1)?;
    // (a list set in is led in by a name, `Things it does:`; a case put
    // as a clause, `When the portal is down:`, titles what to do then)
    let case = ["If ", "When "].iter().any(|w| name.starts_with(w));
    let listed =
        (next.indent == 0 || (case && next.indent <= 4)) && list_marker(&next.text).is_some();
    // (a paragraph may open on a number, `01:45 every night, ...`)
    let opens = |c: char| c.is_uppercase() || c.is_ascii_digit();
    // (or, the labels headings already, on a host's or program's name in
    // lower case, `fw01 is ...`, a sentence still where it reads as one
    // and no command; such labels alone may be the terms of cases)
    let lower = settled && next.text.starts_with(char::is_lowercase) && !next.code_like();
    let para = next.indent == 0
        && prose(&next.text)
        && (next.text.starts_with(opens) || lower)
        && list_marker(&next.text).is_none();
    let link = settled && next.indent == 0 && super::dumprefs::link_line(&next.text);
    let field = next.indent == 0 && super::contact::column_field(&next.text).is_some();
    let code =
        (1..=8).contains(&next.indent) && next.code_like() && list_marker(&next.text).is_none();
    // (`See also:`, run into its text elsewhere, titles a list of links)
    let refs = listed && name.eq_ignore_ascii_case("see also") && lines[i - 1].blank();
    let over = if para || field || link {
        Over::Text
    } else if listed {
        Over::List
    } else if code {
        Over::Code
    } else {
        return None;
    };
    // (`Success looks like:` over its paragraph names the part; over
    // commands it leads in to them)
    let pictured = para && lines[i - 1].blank() && looks_like(name) && heading_like(name, false);
    ((titling(lines, i, name, most) || refs || pictured) && l.indent == 0).then_some(over)
}

/// Whether `name` says what something looks like (`Success looks
/// like`), a part's name though it breaks off on `like`: a capital
/// first, no pronoun, four words at most.
fn looks_like(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let pronoun = ["It", "This", "That", "Which"].contains(&words[0]);
    (3..=4).contains(&words.len())
        && words.ends_with(&["looks", "like"])
        && !pronoun
        && name.starts_with(char::is_uppercase)
}

/// Whether `lines[i]`, `name` and its closing mark, reads as a label
/// titling what is under it: flush left after a blank line, `most` words
/// at most, one closing `:`, a capital first, reading as a title (not
/// breaking off on `are` or `the`, unless a question put as a clause,
/// `What it is:`), no run-in label nor list marker.
pub(super) fn titling(lines: &[Line], i: usize, name: &str, most: usize) -> bool {
    let l = &lines[i];
    l.indent == 0
        && lines[i - 1].blank()
        && !name.ends_with(':')
        && name.split_whitespace().count() <= most
        && name.starts_with(char::is_uppercase)
        && heading_like(name, false)
        && (!open_ended(&l.text) || super::gluedhead::embedded_question(name))
        && !super::headtext::run_in_label(&l.text)
        && list_marker(&l.text).is_none()
}

/// Whether `lines[i]` is a flush-left label ending with `:`, set off
/// from the text above by two blank lines or more, with its own text
/// right under it (`Configs:` over the sentences about the configs): the
/// wide gap above marks a new part, which the label titles. A label
/// right under it instead (`Tools:` / `Editors:`) makes it one of a run
/// of labels, not a title; a list right under it, the list's lead-in
/// (unless the page sets other labels off so).
pub(super) fn set_off_label(lines: &[Line], i: usize) -> bool {
    let l = &lines[i];
    let gap = gap_label(lines, i);
    // a part every SOP or knowledge-base article has (`Cause:`) needs
    // only the one blank line above
    let part = i >= 1
        && lines[i - 1].blank()
        && (super::headtext::part_label(&l.text) || super::headtext::contact_label(&l.text));
    l.indent == 0
        && l.text.ends_with(':')
        && !l.text.ends_with("::")
        && (gap || part)
        && l.text.split_whitespace().count() <= 5
        && !super::headtext::run_in_label(&l.text)
        && !super::parts::opens_run(lines, i)
        && !super::parts::opens_hung(lines, i)
        && lines.get(i + 1).is_some_and(|n| {
            // (over a list, a label the gap alone sets off leads the
            // list in, `Usual causes:` over its bullets, unless the page
            // sets off other labels so: its parts' titles)
            let others = || (0..lines.len()).any(|j| j != i && gap_label(lines, j));
            // (a part every SOP has may open on a sentence leading in to
            // what follows, `Symptoms:` / `The log shows the kill:`; any
            // other label over such a line is one of a run of labels)
            let leads_in = part && n.indent == 0 && super::classify::prose(&n.text);
            !n.blank()
                && (!n.text.ends_with(':') || leads_in)
                && super::classify::adornment(&n.text).is_none()
                && (part || list_marker(&n.text).is_none() || others())
        })
}

/// Whether `lines[i]` is a short flush-left `Label:` set off from the
/// text above by two blank lines or more.
fn gap_label(lines: &[Line], i: usize) -> bool {
    let l = &lines[i];
    i >= 2
        && lines[i - 1].blank()
        && lines[i - 2].blank()
        && l.indent == 0
        && l.text.ends_with(':')
        && l.text.split_whitespace().count() <= 5
}

#[cfg(test)]
mod tests {
    use crate::convert::headings::tests::texts as heads;
    use crate::convert::lines::split;

    #[test]
    fn three_labels_over_their_text_are_headings() {
        let text = "Title\n\nSome intro words for the page here.\n\nBefore you start:\nCheck the name of the caller on the list.\n\nIs the pump running?\nMostly it is. Look at the lamp on its side:\n\n    pumpctl status\n\nStopping the pump:\nTurn the red handle all the way to the left.\n\nThe parts are:\nA motor and a valve in the basement.\n";
        assert_eq!(
            heads(text),
            [
                "Title",
                "Before you start",
                "Is the pump running?",
                "Stopping the pump"
            ]
        );
    }

    #[test]
    fn two_labels_or_labels_over_lists_are_not() {
        let two = "Title\n\nSome intro words for the page here.\n\nBefore you start:\nCheck the name of the caller on the list.\n\nStopping the pump:\nTurn the red handle all the way to the left.\n";
        assert_eq!(heads(two), ["Title"]);
        let list = "Title\n\nSome intro words for the page here.\n\nFirst:\n- one\n\nSecond:\n- two\n\nThird:\n- three\n";
        assert_eq!(heads(list), ["Title"]);
    }

    #[test]
    fn labels_over_checklists_alone_are_headings() {
        let text = "Title\n\nSome intro words for the page here.\n\nA week ahead:\n[x] Trolley booked\n[ ] Socket checked\n\nOn the day:\n[ ] Alarm muted\n[ ] Freezer moved\n\nAfter:\n[ ] Log read\n[ ] Trolley back\n\nCall the service if it stays warm.\n\nLessons:\n- the lift is small\n- the plan is wrong\n";
        assert_eq!(
            heads(text),
            ["Title", "A week ahead", "On the day", "After", "Lessons"]
        );
    }

    #[test]
    fn labels_over_lists_owning_their_parts_are_headings() {
        let text = "Title\n\nSome intro words for the page here.\n\nBefore you start:\n- Check the caller.\n- Find the key.\n\nStopping the pump:\nTurn the red handle all the way to the left.\n\nIf it leaks:\n- Close the valve.\n";
        assert_eq!(
            heads(text),
            [
                "Title",
                "Before you start",
                "Stopping the pump",
                "If it leaks"
            ]
        );
        // (a list with more text after it in its part is led in)
        let led = "Title\n\nSome intro words for the page here.\n\nBefore you start:\n- Check the caller.\n\nThen wait a while for the pump.\n\nStopping the pump:\nTurn the red handle all the way to the left.\n\nIf it leaks:\n- Close the valve.\n";
        assert_eq!(heads(led), ["Title"]);
    }

    #[test]
    fn a_question_put_as_a_clause_and_a_label_over_a_list_set_in() {
        let text = "Title\n\nWhat it is:\nThe pump lifts water to the tank on the roof.\n\nStopping the pump:\nTurn the red handle all the way to the left.\n\nWhen it leaks:\n  - close the valve\n  - call the plumber\n\nWho to ask:\n- the plant team\n";
        // (a name over a list set in leads the list in)
        let led = text.replace("When it leaks:", "Things it needs:");
        assert_eq!(
            heads(&led),
            ["Title", "What it is", "Stopping the pump", "Who to ask"]
        );
        assert_eq!(
            heads(text),
            [
                "Title",
                "What it is",
                "Stopping the pump",
                "When it leaks",
                "Who to ask"
            ]
        );
    }

    #[test]
    fn labels_over_commands_join_labels_over_text() {
        let text = "Title\n\nSome intro words for the page here.\n\nBefore you start:\nCheck the name of the caller on the list.\n\nStarting the pump:\n  $ pumpctl start\nThe motor hums for a while.\n\nStopping the pump:\nTurn the red handle all the way to the left.\n\nIf it leaks:\nClose the valve under the sink at once.\n";
        assert_eq!(
            heads(text),
            [
                "Title",
                "Before you start",
                "Starting the pump",
                "Stopping the pump",
                "If it leaks"
            ]
        );
        // (labels over commands alone do not make the labels headings)
        let two = text.replace(
            "If it leaks:\nClose",
            "If it leaks:\n  $ valvectl close\nClose",
        );
        assert_eq!(heads(&two), ["Title"]);
    }

    #[test]
    fn three_bare_names_over_their_text_are_headings() {
        let text = "Pump room notes\n\nOwner: Plant team\n\nWhat it does\n\nThe pump lifts water to the tank.\n\n\
                    Parts it has\n\n  * a motor\n  * a valve\n\nStarting it\n\nTurn the red handle to the right.\n";
        assert_eq!(
            heads(text),
            [
                "Pump room notes",
                "What it does",
                "Parts it has",
                "Starting it"
            ]
        );
    }

    #[test]
    fn two_bare_names_or_names_run_into_text_are_not() {
        let two = "Pump room notes\n\nOwner: Plant team\n\nWhat it does\n\nThe pump lifts water to the tank.\n\n\
                   Starting it\n\nTurn the red handle to the right.\n";
        assert!(super::bare_names(&split(two), 0, &[]).is_empty());
        // a name runs straight into its text: the page's own paragraphs
        let close = "Pump room notes\n\nOwner: Plant team\n\nWhat it does\nThe pump lifts water to the tank.\n\n\
                     Parts it has\n  * a motor\n\nStarting it\nTurn the red handle to the right.\n";
        assert!(super::bare_names(&split(close), 0, &[]).is_empty());
    }
}
