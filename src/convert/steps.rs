//! Runs of lines that are steps without markers: short lines, each one
//! sentence of its own (`Stop the feeder.` / `Empty the bowl.`), the
//! author writing one instruction a line; paragraphs that count their
//! steps off (`First, ...` / `Next, ...` / `Finally, ...`); lines that
//! number their sub-steps (`4.1 ...` / `4.2 ...`); people listed one a
//! line, each with an address in angle brackets.

use super::body::{chunk_end, next_nonblank};
use super::classify::{list_marker, strip_heading_number};
use super::inline;
use super::lines::Line;
use super::list::bullets;
use super::literal::literal_block;
use crate::doc::{Block, BlockKind, List, ListItem, ListKind};

/// The widest a line of such a run may be (indent and text): well short
/// of the width text is wrapped at, so no line is a wrapped one.
const SHORT: usize = 64;

/// The run `lines[i..end]` as a bullet list, one item a line, when it is
/// three lines or more set alike, each short, starting with a capital,
/// ending a sentence and three words or more.
pub fn sentence_lines(lines: &[Line], i: usize, end: usize) -> Option<Block> {
    let run = &lines[i..end];
    let ok = run.len() >= 3
        && run.iter().all(|l| {
            l.indent == run[0].indent
                && l.indent + l.text.chars().count() <= SHORT
                && list_marker(&l.text).is_none()
                && l.text.starts_with(char::is_uppercase)
                && l.text.ends_with(['.', '!', '?', '\'', '"'])
                && l.text.split_whitespace().count() >= 3
        });
    if !ok {
        return None;
    }
    let items = run
        .iter()
        .map(|l| ListItem {
            line: l.no,
            task: None,
            blocks: step_blocks(l),
        })
        .collect();
    Some(bullets(items))
}

/// The run `lines[i..end]` as a bullet list, one item a line, when it is
/// three lines or more set alike, each an instruction without its stop
/// (`Confirm the alerts on the status page` / `Check the graphs`): a
/// capital, then a word in lower case, three words or more, no mark
/// ending it, no line long enough to be text wrapped; prose wrapped
/// over such lines would start one in lower case or end one with a mark.
pub fn bare_step_lines(lines: &[Line], i: usize, end: usize) -> Option<Block> {
    let run = &lines[i..end];
    let step = |l: &Line| {
        let mut words = l.text.split_whitespace();
        let first = words.next().unwrap_or("");
        l.indent == run[0].indent
            && l.indent + l.text.chars().count() <= 72
            && list_marker(&l.text).is_none()
            && first.chars().all(char::is_alphabetic)
            && first.starts_with(char::is_uppercase)
            && words
                .next()
                .is_some_and(|w| w.starts_with(char::is_lowercase))
            && words.next().is_some()
            && l.text.ends_with(char::is_alphanumeric)
            && !l.text.contains(": ")
    };
    (run.len() >= 3 && run.iter().all(step)).then(|| super::list::line_items(run))
}

/// The run `lines[i..end]` as a bullet list, one item a line, when it is
/// two lines or more set alike, each a person: a capitalised name, then
/// an address in angle brackets (`Ann Lee <ann@example.org> (on-call)`).
pub fn mailbox_lines(lines: &[Line], i: usize, end: usize) -> Option<Block> {
    let run = &lines[i..end];
    let mailbox = |l: &Line| {
        let Some((name, rest)) = l.text.split_once(" <") else {
            return false;
        };
        let addr = rest.split_once('>').map_or("", |(a, _)| a);
        l.indent == run[0].indent
            && name.starts_with(char::is_uppercase)
            && (1..=4).contains(&name.split_whitespace().count())
            && addr.contains('@')
            && !addr.contains(char::is_whitespace)
    };
    if run.len() < 2 || !run.iter().all(mailbox) {
        return None;
    }
    Some(super::list::line_items(run))
}

/// The run `lines[i..end]` as a bullet list, one item a line, when it is
/// two lines or more set alike, each opening with a section number of two
/// parts or more (`4.1 Check the dashboards` / `4.2 Close the ticket`):
/// sub-steps typed one a line, their numbers kept. In a `Contents` list
/// (`in_contents`) they are its entries: numbered by the list, as the
/// links-dump pages' entries are, their titles without the numbers.
pub fn numbered_lines(lines: &[Line], i: usize, end: usize, in_contents: bool) -> Option<Block> {
    let run = &lines[i..end];
    let ok = run.len() >= 2
        && run.iter().all(|l| {
            let rest = strip_heading_number(&l.text);
            let num = &l.text[..l.text.len() - rest.len()];
            l.indent == run[0].indent && num.trim_end_matches(['.', ' ']).contains('.')
        });
    if !ok {
        return None;
    }
    let text = |l: &Line| match in_contents {
        true => strip_heading_number(&l.text).to_string(),
        false => l.text.clone(),
    };
    let items = run.iter().map(|l| ListItem {
        line: l.no,
        task: None,
        blocks: vec![inline::paragraph(&text(l), l.no)],
    });
    let mut list = bullets(items.collect());
    if in_contents && let BlockKind::List(list) = &mut list.kind {
        list.kind = ListKind::Arabic;
        list.start = last_part(&run[0].text).unwrap_or(1);
    }
    Some(list)
}

/// The last part of a line's section number (`3` of `2.3 Title`).
fn last_part(text: &str) -> Option<u32> {
    let num = &text[..text.len() - strip_heading_number(text).len()];
    num.trim_end_matches(['.', ' '])
        .rsplit('.')
        .next()?
        .parse()
        .ok()
}

/// A step's blocks: its sentence; but a step ending with a command in
/// quotes after a colon (`On the old host: 'feeder stop all'`) is the
/// words up to the colon over the command as a literal block.
fn step_blocks(l: &Line) -> Vec<Block> {
    let para = |t: &str| inline::paragraph(t, l.no);
    let Some((words, quoted)) = l.text.rsplit_once(": ") else {
        return vec![para(&l.text)];
    };
    let cmd = ['\'', '"'].into_iter().find_map(|q| {
        quoted
            .strip_prefix(q)
            .and_then(|c| c.strip_suffix(q))
            .filter(|c| !c.contains(q))
    });
    let program = |c: &str| {
        c.split_whitespace().count() >= 2
            && c.split_whitespace().next().is_some_and(|w| {
                w.chars()
                    .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-')
            })
    };
    match cmd.filter(|c| program(c)) {
        Some(c) => vec![
            para(&format!("{words}:")),
            literal_block(None, format!("{c}\n"), l.no),
        ],
        None => vec![para(&l.text)],
    }
}

/// Words that open a step of a sequence told in paragraphs.
const ORDINALS: [&str; 10] = [
    "First",
    "Firstly",
    "Second",
    "Secondly",
    "Third",
    "Next",
    "Then",
    "Finally",
    "Lastly",
    "Afterwards",
];

/// Three paragraphs or more set alike, one after the other, the first
/// opening with `First` and each of the others with `Next`, `Then`,
/// `Finally` or the like: a bullet list of them (the words already
/// count them off), and the line after.
pub fn sequence(lines: &[Line], i: usize) -> Option<(Block, usize)> {
    let opens = |l: &Line, words: &[&str]| {
        let w = l.text.split_whitespace().next().unwrap_or("");
        words.contains(&w.trim_end_matches(','))
    };
    if !opens(&lines[i], &ORDINALS[..2]) {
        return None;
    }
    let mut items = Vec::new();
    let mut k = i;
    let mut next = i;
    while k < lines.len() && lines[k].indent == lines[i].indent && opens(&lines[k], &ORDINALS) {
        let end = chunk_end(lines, k);
        let run = &lines[k..end];
        let plain = run.iter().all(|l| {
            l.indent == lines[i].indent && list_marker(&l.text).is_none() && !l.code_like()
        });
        if !plain {
            break;
        }
        let text: Vec<&str> = run.iter().map(|l| l.text.as_str()).collect();
        let para = inline::paragraph(&text.join(" "), lines[k].no);
        items.push(ListItem {
            line: lines[k].no,
            task: None,
            blocks: vec![para],
        });
        next = end;
        k = next_nonblank(lines, end).unwrap_or(lines.len());
    }
    let list = List {
        kind: ListKind::Bullet,
        start: 1,
        tight: false,
        items,
    };
    (list.items.len() >= 3).then(|| (Block::new(lines[i].no, BlockKind::List(list)), next))
}

/// Whether the page lays its written-out steps out as sections: two or
/// more, every one a lone line (blank lines around it) naming its step
/// after the mark (`Step 1: Prepare the host`). Otherwise a lone step
/// line (`Step 2:` over its paragraph) labels what follows, as a run of
/// steps typed one per line does, and is no heading.
pub fn step_sections(lines: &[Line]) -> bool {
    let steps: Vec<usize> = (0..lines.len())
        .filter(|&i| written_step(&lines[i].text))
        .collect();
    steps.len() >= 2
        && steps.iter().all(|&i| {
            // blank lines around it, or its text hanging under it
            let under = lines
                .get(i + 1)
                .is_none_or(|n| n.blank() || n.indent > lines[i].indent);
            let lone = i > 0 && lines[i - 1].blank() && under;
            let named = lines[i]
                .text
                .split_once([':', '.', ')'])
                .is_some_and(|(_, t)| !t.trim().is_empty());
            lone && named
        })
}

/// The step lines of `lines[from..]` with their text hanging under them
/// (`Step 1: Log in` over its lines set in by a tab), on a page that lays
/// its steps out as sections: headings, like the lone ones.
pub fn hanging_heads(lines: &[Line], from: usize) -> Vec<usize> {
    if !step_sections(&lines[from..]) {
        return Vec::new();
    }
    (from..lines.len())
        .filter(|&i| {
            written_step(&lines[i].text)
                && lines
                    .get(i + 1)
                    .is_some_and(|n| !n.blank() && n.indent > lines[i].indent)
        })
        .collect()
}

/// The lone step lines of `lines[from..]` (blank lines around them,
/// `Step 1: Find out which disks are on the array`), on a page that lays
/// its steps out as sections: headings whatever their length, as every
/// step of such a page names its section, a long one as a short one.
pub fn lone_heads(lines: &[Line], from: usize) -> Vec<usize> {
    if !step_sections(&lines[from..]) {
        return Vec::new();
    }
    (from + 1..lines.len())
        .filter(|&i| {
            written_step(&lines[i].text)
                && lines[i - 1].blank()
                && lines.get(i + 1).is_none_or(Line::blank)
        })
        .collect()
}

/// On a page whose steps hang under `Step N: Title` lines, the short
/// `Label:` lines at the steps' margin with their text right under them
/// and a blank line above (`Purpose:`, `Before you start:`): the parts
/// around the steps, headed as the steps are.
pub fn label_heads(lines: &[Line], from: usize, steps: &[usize]) -> Vec<usize> {
    let Some(&first) = steps.first() else {
        return Vec::new();
    };
    let margin = lines[first].indent;
    (from + 1..lines.len())
        .filter(|&i| {
            let l = &lines[i];
            let t = &l.text;
            let name = t.strip_suffix(':').unwrap_or("");
            l.indent == margin
                && lines[i - 1].blank()
                && lines.get(i + 1).is_some_and(|n| !n.blank())
                && !name.is_empty()
                && !name.ends_with(':')
                && name.starts_with(char::is_uppercase)
                && name.split_whitespace().count() <= 4
                && name
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == ' ' || c == '-')
                && !written_step(t)
                && !super::headtext::run_in_label(t)
        })
        .collect()
}

/// Rewrites the written-out steps of a page that does not lay them out
/// as sections (`Step 1: see if the pool has room`, `Step 2: ...`, each
/// opening a paragraph): a run of two or more at one indentation,
/// numbered 1, 2, ... in order, each with its text after the mark, is an
/// enumerated list, the word and the number its numbering (`1. see ...`).
/// Sub-steps written out under a numbered part first (`sub_steps_to_items`).
pub fn steps_to_items(lines: &mut [Line]) {
    sub_steps_to_items(lines);
    if step_sections(lines) {
        return;
    }
    let run: Vec<(usize, String)> = (0..lines.len())
        .filter_map(|i| step_text(&lines[i].text).map(|t| (i, t)))
        .collect();
    let ordered = run.iter().enumerate().all(|(k, (i, t))| {
        lines[*i].indent == lines[run[0].0].indent && t.starts_with(&format!("{}. ", k + 1))
    });
    let titled = run.iter().all(|(i, _)| titled(lines, *i));
    if run.len() < 2 || !ordered || titled || run.iter().any(|(i, _)| over_command(lines, *i)) {
        return;
    }
    for (i, t) in run {
        lines[i].text = t;
    }
}

/// Whether the step line `lines[i]` runs straight into its command at
/// its own margin, no blank line between (`Step 1: stop the app:` over
/// `systemctl stop app`, both flush left): notes typed as labelled lines
/// over what to run, kept as written, `Step 1:` and all, as the human
/// keeps such lines (a step's words are its number to a reader). A
/// command set in under the step is the step's own, as in an item.
fn over_command(lines: &[Line], i: usize) -> bool {
    lines[i + 1..]
        .iter()
        .take_while(|l| !l.blank())
        .any(|l| l.indent <= lines[i].indent && (l.code_like() || super::classify::prompt(&l.text)))
}

/// Whether the step line `lines[i]` names its step as a title does, its
/// text typed right under it (`Step 1: find the entry in the log` over
/// `The provider keeps ...`): seven words at most after the mark, no
/// stop, colon or open end. When every step of the page is so, they
/// name the page's parts (headings, as `gluedhead` makes them), not
/// paragraphs opening with their number.
fn titled(lines: &[Line], i: usize) -> bool {
    let t = &lines[i].text;
    let name = super::headtext::step_named(t);
    name.is_some_and(|n| n.split_whitespace().count() <= 7)
        && t.ends_with(|c: char| c.is_alphanumeric() || c == ')')
        && !super::intro::open_ended(t)
        && (i == 0 || lines[i - 1].blank())
        && lines.get(i + 1).is_some_and(|n| !n.blank())
}

/// Rewrites sub-steps written out as sentences under a numbered part
/// (`1.1. On the primary, create the role` wrapped onto a line set in
/// under it, or ending with `:` or `.`): a run of two or more at one
/// indentation, of one part, counting 1, 2, ... is an enumerated list
/// numbered from 1, the part's number dropped and the marker kept as
/// wide (`1.   On the ...`) so its wrapped lines stay under its text.
/// Numbered titles (`3.1 Dry run`) end no sentence: left alone.
fn sub_steps_to_items(lines: &mut [Line]) {
    let mut run: Vec<(usize, u32, usize)> = Vec::new();
    for i in 0..=lines.len() {
        let sub = lines.get(i).and_then(|_| sub_step(lines, i));
        // (lines set in under the run's steps, or blank, go on with it)
        let under = |&(j, _, _): &(usize, u32, usize)| {
            lines
                .get(i)
                .is_some_and(|l| l.blank() || l.indent > lines[j].indent)
        };
        if sub.is_none() && run.first().is_some_and(under) {
            continue;
        }
        if let (Some((part, k, _)), Some(&(j, p, _))) = (sub, run.last())
            && part == p
            && k as usize == run.len() + 1
            && lines[j].indent == lines[i].indent
        {
            run.push((i, part, sub.map_or(0, |s| s.2)));
            continue;
        }
        if run.len() >= 2 {
            for (k, &(j, _, width)) in run.iter().enumerate() {
                let mark = format!("{}.", k + 1);
                let pad = " ".repeat(width.saturating_sub(mark.len()));
                lines[j].text = format!("{mark}{pad}{}", &lines[j].text[width..]);
            }
        }
        run.clear();
        if let Some((part, 1, width)) = sub {
            run.push((i, part, width));
        }
    }
}

/// A sub-step's part, its own number and its marker's width (`1`, `2`
/// and 4 of `1.2. Let the vault set it.`): a capital after the marker,
/// and a sentence's end or a wrapped line set in under it.
fn sub_step(lines: &[Line], i: usize) -> Option<(u32, u32, usize)> {
    let text = &lines[i].text;
    let number = |s: &str| {
        let n = s.bytes().take_while(u8::is_ascii_digit).count();
        ((1..=2).contains(&n)).then(|| (s[..n].parse::<u32>().ok(), n + 1))
    };
    let (part, a) = number(text)?;
    let (k, b) = number(text.get(a..)?)?;
    let width = a + b;
    let bytes = text.as_bytes();
    let dots = bytes.get(a - 1) == Some(&b'.') && bytes.get(width - 1) == Some(&b'.');
    // (`1.1 one request per app`: no closing dot, a lower-case sentence)
    let bare = bytes.get(a - 1) == Some(&b'.') && bytes.get(width - 1) == Some(&b' ');
    let (width, rest) = if bare {
        (width - 1, text.get(width - 1..)?)
    } else {
        (width, text.get(width..)?)
    };
    let first = rest.trim_start().chars().next()?;
    let wrapped = lines
        .get(i + 1)
        .is_some_and(|l| !l.blank() && l.indent > lines[i].indent);
    let shaped = rest.trim_end().ends_with([':', '.']) || wrapped;
    let opens = if bare {
        first.is_lowercase()
    } else {
        dots && first.is_uppercase() && shaped
    };
    (rest.starts_with(' ') && opens).then_some((part?, k?, width))
}

/// A paragraph's opening `Step N: text` as `N. text`; None for another
/// line or a mark with no text after it.
fn step_text(text: &str) -> Option<String> {
    let (word, rest) = text.split_once(' ')?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = rest[digits..].strip_prefix(':')?.trim();
    (word == "Step" && digits > 0 && !after.is_empty())
        .then(|| format!("{}. {after}", &rest[..digits]))
}

/// A written-out step on a line of its own (`Step 2:`, `Step 3: Restart
/// the service`, `Phase 1`).
pub fn written_step(text: &str) -> bool {
    // (both need a capitalised word, then a space: no line built else)
    let label = text.starts_with(char::is_uppercase) && text.contains(' ');
    label && (super::body::step_label(text) || super::body::step_label(&format!("{text}:")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn one_sentence_a_line_is_a_list() {
        let steps =
            split("Stop the feeder first.\nEmpty the left bowl.\nRefill it with dry food.\n");
        assert!(sentence_lines(&steps, 0, 3).is_some());
        let wrapped =
            split("Stop the feeder first and\nempty the left bowl.\nRefill it with dry food.\n");
        assert!(sentence_lines(&wrapped, 0, 3).is_none());
        let two = split("Stop the feeder first.\nEmpty the left bowl.\n");
        assert!(sentence_lines(&two, 0, 2).is_none());
    }

    #[test]
    fn written_steps_in_paragraphs_are_items() {
        let mut lines = split("Step 1: open the lid.\n\nStep 2: fill it\nto the top.\n");
        steps_to_items(&mut lines);
        assert_eq!(lines[0].text, "1. open the lid.");
        assert_eq!(lines[2].text, "2. fill it");
        let mut skipped = split("Step 1: open the lid.\n\nStep 3: fill it.\n");
        steps_to_items(&mut skipped);
        assert!(skipped[0].text.starts_with("Step"));
        let mut glued = split(
            "Step 1: stop the pump:\nsudo systemctl stop pumpd\n\nStep 2: drain it:\nsudo pumpctl drain\n",
        );
        steps_to_items(&mut glued);
        assert!(glued[0].text.starts_with("Step 1:") && glued[3].text.starts_with("Step 2:"));
    }

    #[test]
    fn counted_paragraphs_are_a_list() {
        let text = "First, stop it.\n\nNext, empty the\nbowl.\n\nFinally, refill it.\n\nDone.\n";
        let (_, next) = sequence(&split(text), 0).unwrap();
        assert_eq!(next, 6);
        let two = "First, stop it.\n\nThen refill it.\n\nDone.\n";
        assert!(sequence(&split(two), 0).is_none());
        let later = "Next, stop it.\n\nThen empty it.\n\nFinally, refill it.\n";
        assert!(sequence(&split(later), 0).is_none());
    }

    #[test]
    fn quoted_command_after_colon_is_literal() {
        let cmd = &split("On the old host: 'feeder stop all'\n")[0];
        assert!(matches!(
            step_blocks(cmd)[1].kind,
            BlockKind::CodeBlock { .. }
        ));
        let name = &split("Set the title to: 'Kennel North'\n")[0];
        assert_eq!(step_blocks(name).len(), 1);
    }
}
