//! A list item's own text in (the run of lines from its marker's line
//! up to a blank), its blocks out: a command run on past its ` \` as one
//! inline literal, a step over the command it has you type (a paragraph,
//! then a literal block), else its paragraph.

use super::body::{Parsed, held_paragraph, paragraph};
use super::classify::{code_like, known_command, list_marker, prose};
use super::cmdshape::terse;
use super::dumprefs::link_line;
use super::lines::Line;
use super::literal::literal;
use super::setback;
use crate::doc::{Block, BlockKind, Inline};

/// The item's lines `lines` (its marker at column `mi`) with a blank
/// line put in where its text, a line ending with `:`, goes on right
/// under it set left of the marker (` 1. Bump the serial:` / `@ IN SOA
/// ...`): that is what the colon announces, a block of its own, as the
/// hand conversions all set it (a literal block, 54 places of 54), not
/// the item's sentence wrapped. (A fence opened there, `{{{`, marks its
/// block itself.)
pub(super) fn part_left(lines: &mut Vec<Line>, mi: usize) {
    let end = lines.iter().position(Line::blank).unwrap_or(lines.len());
    let at = (1..end)
        .find(|&k| lines[k].indent < mi)
        .filter(|&k| lines[k - 1].indent >= mi && lines[k - 1].text.trim_end().ends_with(':'))
        .filter(|&k| list_marker(&lines[k].text).is_none() && !super::fence::opens(lines, k));
    if let Some(k) = at {
        let no = lines[k].no;
        lines.insert(k, Line::new(no, "", 0, String::new()));
    }
}

/// An item's own text, the run `lines[..end]`: a command run on past its
/// ` \` as one inline literal, else its paragraph.
pub(super) fn item_text(lines: &[Line], end: usize) -> Parsed {
    let end = label_cut(lines, end);
    if let Some(e) = continued_command(lines, end) {
        let text: Vec<&str> = lines[..e].iter().map(|l| l.text.trim()).collect();
        let code = vec![Inline::Code(text.join(" "))];
        return (vec![Block::new(lines[0].no, BlockKind::Paragraph(code))], e);
    }
    item_paragraph(lines, end)
}

/// A numbered step's blocks with its text, one line that is a bare
/// command (`2. virsh shutdown web07`), made the literal block the step
/// has you type: the ideals set such a step's command as code, and keep
/// a lettered or bulleted item's command as its text. `lines`: the item's
/// lines, its text first.
pub(super) fn command_step(blocks: &mut [Block], lines: &[Line]) {
    let one_line = lines.get(1).is_none_or(Line::blank);
    let Some(first) = blocks.first_mut() else {
        return;
    };
    let Some(line) = lines.first() else {
        return;
    };
    if one_line
        && matches!(first.kind, BlockKind::Paragraph(_))
        && bare_command(&line.text)
        && let Some(block) = literal(lines, 0, 1).0.into_iter().next()
    {
        *first = block;
    }
}

/// Whether an item's one line of text is a bare command, nothing said
/// about it (`2. virsh shutdown web07`): a known program, then two words
/// or more with none of a sentence's small words (`cmdshape::terse`; `cd
/// status` or `ssh to the gateway` read as the step's words), no prose.
fn bare_command(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("");
    known_command(first) && terse(text) && !prose(text)
}

/// Where an item's text stops at a `Warning:` or `Note:` label typed
/// right under a line ending its sentence (`unplug its power cord.` /
/// `Warning: check twice ...`): the label's lines are the item's
/// admonition, not its sentence running on.
fn label_cut(lines: &[Line], end: usize) -> usize {
    (1..end)
        .find(|&k| {
            lines[k - 1].text.ends_with(['.', '!', '?'])
                && super::callout::label(&lines[k].text).is_some()
        })
        .unwrap_or(end)
}

/// Whether the `groups` of lines under an item's `first` line, each
/// opening a point at indentation `at`, are the item's text, not a list
/// of points: one line back at the marker runs on (`1. Stop it` / `Then
/// wait.`); and one run of prose told in sentences, its lines set alike,
/// none announcing more with `:`, the last ending with a stop, under a
/// title with no `:` announcing points (`1) Prepare` / `Book a slot when
/// nothing runs.`).
pub(super) fn one_text(first: &Line, groups: &[Vec<&Line>], at: usize) -> bool {
    let told = |g: &Vec<&Line>| {
        !first.text.ends_with(':')
            && g.iter().all(|l| l.indent == at && !l.text.ends_with(':'))
            && g.last().is_some_and(|l| l.text.ends_with('.'))
    };
    match groups {
        [one] => at + 2 < first.indent || told(one),
        _ => groups.is_empty() && at + 2 < first.indent,
    }
}

/// Where an item's text that is a command run on past its ` \` ends
/// (`./issue.py --out=/tmp/ \` / `--name=x`): one inline literal, its
/// `\` kept as typed, not text with the `\` escaped inside a sentence.
fn continued_command(lines: &[Line], end: usize) -> Option<usize> {
    let first = &lines.first()?.text;
    if end < 2 || !first.ends_with(" \\") || !code_like(first) {
        return None;
    }
    Some(
        (1..end)
            .find(|&k| !lines[k - 1].text.ends_with(" \\"))
            .unwrap_or(end),
    )
}

/// A list item's first paragraph: its text after the marker, where the
/// wrapped line may sit back at the marker (`1. set it in /etc/a and` /
/// `/etc/b`) and still go on with the sentence; a step of one phrase
/// over one command line (`captioned::command_at`) is the paragraph,
/// then the command's literal block.
fn item_paragraph(lines: &[Line], end: usize) -> (Vec<Block>, usize) {
    let Some(second) = lines.get(1).filter(|_| end > 1) else {
        return paragraph(lines, 0, end);
    };
    // a next step at the marker (`1. Stop it` / `Then check the log.`)
    // is a sentence of its own, and so is the text under a titling line
    let next_step = ["Then ", "And ", "Now ", "Next ", "Finally ", "Afterwards "];
    // (and so is a web address set in under the item's line announcing it)
    let link =
        lines[0].text.ends_with(':') && second.indent > lines[0].indent && link_line(&second.text);
    if (second.indent < lines[0].indent && next_step.iter().any(|w| second.text.starts_with(w)))
        || super::headtext::item_title(&lines[0], second)
        || link
    {
        return paragraph(lines, 0, 1);
    }
    let mut lifted = lines.to_vec();
    if second.indent < lines[0].indent && !setback::announced_command(&lines[0], second) {
        lifted[0].indent = second.indent;
    }
    // (a step over the one command it has you type, `find its address` /
    // ` grep host1 /var/lib/leases`, at the text's margin or set back)
    let under = || commands_under(&lifted, end).or_else(|| wrapped_over_commands(lines, end));
    if let Some(out) = super::captioned::command_at(&lifted, 0, end)
        .filter(|&k| typed(&lifted, k))
        .or_else(under)
        .and_then(|k| text_then_block(&lifted, k, end))
    {
        return (out, end);
    }
    if let Some(parsed) = settings(&lifted, end)
        .or_else(|| cued(lines, end))
        .or_else(|| text_back(lines, end))
    {
        return parsed;
    }
    held_paragraph(&lifted, 0, end)
}

/// An item's one line of text over commands set in deeper than it, then
/// its text going on back at its own margin (`1. check the cache is up` /
/// `     systemctl status cache` / `   if it is not, start it` / `...`):
/// the line, the commands' literal block, then the rest read as the
/// item's text again (`item_paragraph`), its own commands and all. A
/// line set back left of a literal block ends it; the ideals set such a
/// line back at the item's margin as the item's text in 253 places of
/// 254.
fn text_back(lines: &[Line], end: usize) -> Option<Parsed> {
    let first = lines.first()?;
    let set = lines.get(1).filter(|_| end > 2)?.indent;
    let e = (1..end).find(|&e| lines[e].indent != set)?;
    let back = &lines[e];
    let commands = lines[1..e]
        .iter()
        .all(|l| command(&l.text) || l.code_like());
    let text = back.indent == first.indent && !back.code_like() && !command(&back.text);
    if set <= first.indent || !commands || !text || list_marker(&back.text).is_some() {
        return None;
    }
    let mut out = text_then_block(lines, 1, e)?;
    let (after, next) = item_paragraph(&lines[e..end], end - e);
    out.extend(after);
    Some((out, e + next))
}

/// Words an item's line ends on to hand over to the command typed under
/// it (`Check no backup job runs, then` / `vmctl unlock`; `the old
/// cleaner, which runs` / `find /tmp -delete`).
const CUES: &[&str] = &["then", "check", "run", "runs", "use"];

/// An item's text broken by the command it hands over to: a line of the
/// text ending on a cue (`CUES`), no colon, the next line at that line's
/// margin or deeper a command (`command`), the commands at that margin
/// its literal block, and the text under them, if any, the item's
/// paragraph going on (`1. the job never ran. Check` / `grep snap
/// /var/log/cron` / `and that the cron file is there.`). The ideals set
/// such a command as code (12 places of 13). A sentence that already
/// typed its commands inline, an option among its words (`copy it over
/// with dbtool -o a.cfg old and then` / `dbtool -i a.cfg new`), goes on
/// with the next inline as well, as the one such ideal keeps it.
fn cued(lines: &[Line], end: usize) -> Option<Parsed> {
    let k = (1..end).find(|&k| {
        let over = &lines[k - 1];
        let last = over.text.rsplit(' ').next().unwrap_or("").to_lowercase();
        CUES.contains(&last.as_str()) && lines[k].indent >= over.indent && command(&lines[k].text)
    })?;
    let option = |l: &Line| {
        l.text
            .split_whitespace()
            .any(|w| w.starts_with('-') && w.chars().nth(1).is_some_and(char::is_alphabetic))
    };
    if lines[..k].iter().any(|l| option(l) || l.code_like()) {
        return None;
    }
    let set = lines[k].indent;
    // (line `k` is one: the search goes on from the line under it)
    let e = (k + 1..end)
        .find(|&e| lines[e].indent != set || !command(&lines[e].text))
        .unwrap_or(end);
    text_block_text(lines, k, e, end)
}

/// An item's text over lone settings (`settingline::under_text`): its
/// paragraph, the settings' literal block, then the text under them as a
/// paragraph of its own.
fn settings(lines: &[Line], end: usize) -> Option<Parsed> {
    let (k, e) = super::settingline::under_text(lines, end)?;
    text_block_text(lines, k, e, end)
}

/// The item's text `lines[..k]` as its paragraph, then `lines[k..e]` as
/// its literal block; none where the paragraph would not take every line
/// above the block.
fn text_then_block(lines: &[Line], k: usize, e: usize) -> Option<Vec<Block>> {
    let (mut out, next) = paragraph(lines, 0, k);
    if next != k {
        return None;
    }
    out.extend(literal(lines, k, e).0);
    Some(out)
}

/// As [`text_then_block`], then the text under the block to `end` as one
/// paragraph of its own (`held_paragraph`; nothing when the block runs
/// to `end`); none where that paragraph would not reach `end`.
fn text_block_text(lines: &[Line], k: usize, e: usize, end: usize) -> Option<Parsed> {
    let mut out = text_then_block(lines, k, e)?;
    let (after, next) = held_paragraph(lines, e, end);
    if next != end {
        return None;
    }
    out.extend(after);
    Some((out, end))
}

/// Whether `lines[k]`, under the step's text, is a command typed rather
/// than the step's sentence going on: the text leaves no bracket open
/// (`(search for it, including` / `under "Hosts")`), and the line is a
/// program and arguments, its first word none a sentence goes on with
/// (`under /srv/web`), no aside in brackets after a word (`applied
/// (see deploy.yml)`).
fn typed(lines: &[Line], k: usize) -> bool {
    let text = &lines[0].text;
    let mut words = lines[k].text.split_whitespace();
    let first = words.next().unwrap_or("").to_lowercase();
    text.matches('(').count() <= text.matches(')').count()
        && words.next().is_some()
        && !lines[k].text.contains(" (")
        && !super::captioned::OPEN_ENDS.contains(&first.as_str())
}

/// Where the commands under an item's one line of text start (`1) stop
/// the services` / `   systemctl stop nvidia-persistenced`): the text a
/// phrase whose sentence does not go on (no `.` `,` `;` closing it, no
/// word like `the` or `to` last nor a lone mark like the `/` of `cd / ls
/// /`, no bracket left open), and every line
/// under it, at its margin or deeper, a known program's command
/// (`command`). The ideals set such a step as its text, then a
/// literal block, however plain the command's arguments are. Lines set
/// in two columns or more past the text's own margin need only a
/// command's terse shape (`cmdshape::terse`: `1) take it out (unset the
/// flag first!)` / `     vmctl flag unset drain`): wrapped text goes on
/// at the margin, and the ideals set lines deeper than an item's text
/// as code in 206 places of 260 (the rest mostly sentences, with the
/// small words `terse` refuses). So may a message a program printed
/// under its name (`logline::tagged`: `- the page stays blank, hover it`
/// / `    pq: password authentication failed for user "x"`), set deeper
/// as a paragraph's quoted message is (`logline::set_in`).
fn commands_under(lines: &[Line], end: usize) -> Option<usize> {
    let text = &lines.first()?.text;
    let last = text.rsplit(' ').next().unwrap_or("").to_lowercase();
    let phrase = !text.ends_with(['.', ',', ';', '\\'])
        && !text.contains(". ")
        && text.matches('(').count() <= text.matches(')').count()
        && !super::captioned::OPEN_ENDS.contains(&last.as_str())
        && last.chars().any(char::is_alphanumeric);
    let set = lines.get(1)?.indent;
    let deeper = |l: &Line| {
        l.indent == set
            && set >= lines[0].indent + 2
            && (terse(&l.text) || super::logline::tagged(&l.text))
    };
    if !phrase || set < lines[0].indent {
        return None;
    }
    // (under a text announcing them with `:`, a program and its bare
    // words, `multipathd reconfigure`, is one of the commands too, when
    // the run holds a command of the full shape)
    let announcing = text.ends_with(':');
    let announced = |l: &Line| l.indent == set && bare_call(&l.text);
    let full = |l: &Line| (l.indent == set && command(&l.text)) || deeper(l);
    let commands = end >= 2
        && lines.get(1..end).is_some_and(|rest| {
            rest.iter().all(full)
                || (announcing
                    && rest.iter().any(|l| l.indent == set && command(&l.text))
                    && rest.iter().all(|l| full(l) || announced(l)))
        });
    commands.then_some(1)
}

/// Whether `text` is a program's lower-case name then one word or more
/// of the same lower-case kind, none of them a sentence's small words,
/// no closing stop (`multipathd reconfigure`, `nginx reload now`): a
/// call with bare arguments, a command where a line announced commands
/// (`3. Reload it and check:` / `   multipathd reconfigure` / `
/// multipath -ll`); the ideals set each such run as one literal block
/// (3 places of 3), not the step's sentence going on over the first.
fn bare_call(text: &str) -> bool {
    let name = |w: &str| {
        w.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_./".contains(c))
            && w.starts_with(|c: char| c.is_ascii_lowercase())
            && !super::cmdshape::small_word(w)
    };
    // (its words hold no `:`, `;` nor `,`: a stop is the one closing mark)
    text.split_whitespace().nth(1).is_some()
        && text.split_whitespace().all(name)
        && !text.ends_with('.')
}

/// Whether `text` runs a program as another user (`sudo doveadm
/// expunge -u billing mailbox Archive/2013 all`): `sudo`, then a
/// program or `sudo`'s own option, none of a sentence's small words
/// (`sudo to root` is a sentence), then arguments of which one at least
/// has a command's marks (an option, a path, `=`); the words after the
/// program are its arguments, whatever they read like (`all`). The
/// ideals set such a line under an item's text as code in 31 places of
/// 31.
fn elevated(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let second = words.nth(1).unwrap_or("");
    let marked = |w: &str| w.starts_with('-') || w.contains(['/', '=']);
    text.starts_with("sudo ")
        && second.starts_with(|c: char| c.is_ascii_lowercase() || c == '-' || c == '/')
        && !super::cmdshape::small_word(second)
        && (marked(second) || words.any(marked))
        && !text.contains(", ")
        && !text.trim_end().ends_with(['.', ',', ';', ':', '?', '!'])
}

/// Where the commands under an item's wrapped text start when they sit
/// set back left of it (`3. Grow the filesystem (for ext4 use resize2fs`
/// / `   instead)` / ` xfs_growfs /srv/data`): the text two lines or more,
/// its wrapped lines at one margin, no code nor command, its brackets
/// closed, none but its last line ending with `:`, and its
/// last line ending on no word or mark a sentence goes on from (`,` `;`
/// `\`, `the`, `to`, `with`); then every line to the run's end set back
/// three columns or more left of that margin and a command (`command`).
/// The step's text is its paragraph and the commands its literal block,
/// as for a step of one line over its command (`commands_under`); a
/// sentence wrapped on is not set back past its own marker.
fn wrapped_over_commands(lines: &[Line], end: usize) -> Option<usize> {
    let margin = lines.get(1)?.indent;
    let k = (2..end).find(|&k| lines[k].indent != margin)?;
    let text = &lines[..k];
    let last = &text[k - 1].text;
    let word = last.rsplit(' ').next().unwrap_or("").to_lowercase();
    let opened: usize = text.iter().map(|l| l.text.matches('(').count()).sum();
    let closed: usize = text.iter().map(|l| l.text.matches(')').count()).sum();
    let open_end = last.ends_with([',', ';', '\\'])
        || super::captioned::OPEN_ENDS.contains(&word.as_str())
        || opened > closed;
    // (its lines no code, no command and none but the last ending with `:`)
    let said = text.iter().enumerate().all(|(n, l)| {
        !l.code_like() && !command(&l.text) && (n + 1 == k || !l.text.ends_with(':'))
    }) && lines[0].indent >= margin;
    let set_back = lines[k..end]
        .iter()
        .all(|l| l.indent + 3 <= margin && command(&l.text));
    (said && !open_end && set_back).then_some(k)
}

/// Whether `line`, under an item's text, is a command: a known
/// program's (`classify::known_command`) with plain arguments
/// (`plain_arguments`), or one of a command's shape (`cmdshape::alone`:
/// `vault kv put secret/app key=-`) whose first word is none a sentence
/// goes on with (`under /srv/web`), an argument after it (`service`
/// alone ends a wrapped sentence), no aside in brackets after a word
/// (`/srv/backup/ (kept 14 days)`), and no list's marker (`a. umount
/// /mnt/x`). A note the writer set after the command by two spaces or
/// more (`shred -v /dev/sdX   (each disk)`, `aside::command_part`) is
/// no part of it: the command is read without it. A program run by
/// `sudo` with a command's marks (`elevated`) is one too.
fn command(line: &str) -> bool {
    let line = super::aside::command_part(line);
    let first = line.split_whitespace().next().unwrap_or("");
    let shaped = super::cmdshape::alone(line)
        && line.split_whitespace().nth(1).is_some()
        && !super::captioned::OPEN_ENDS.contains(&first.to_lowercase().as_str())
        && !line.contains(" (")
        && super::classify::list_marker(line).is_none();
    (known_command(first) && plain_arguments(line)) || shaped || elevated(line)
}

/// Whether the command `text` has one argument or more after its
/// program, none of them a sentence's small words, no `, ` and no
/// closing stop; a note set after it by two spaces and an arrow or a
/// `#` (`lsof /dev/nvidia*     <- must print nothing`) is not the
/// command's.
fn plain_arguments(text: &str) -> bool {
    let code = ["  <-", "  #"]
        .iter()
        .filter_map(|mark| text.find(mark))
        .min()
        .map_or(text, |at| &text[..at]);
    let args: Vec<&str> = code.split_whitespace().skip(1).collect();
    let small = |w: &&str| !w.starts_with('-') && super::cmdshape::small_bare(w);
    !args.is_empty()
        && !args.iter().any(small)
        && !code.contains(", ")
        && !code.trim_end().ends_with(['.', ',', ';', ':', '?', '!'])
}
