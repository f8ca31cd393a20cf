//! Marker lines that are code, not a list: a command an item, the
//! `+`/`-` lines of a change to a file, rows in columns led by a marker
//! (`markedrows`), `- key: value` YAML items; each
//! read as a literal block; and where an item ends, commands set left
//! of its marker taken in.

use super::body::{chunk_end, next_nonblank};
use super::classify::{code_like, known_command, list_marker, option, prose};
use super::cmdshape::worded;
use super::dumprefs::link_line;
use super::fence;
use super::lines::{Line, dedent};
use super::literal::literal_block;
use crate::doc::{BlockKind, ListItem};

/// The literal block the marker lines from `lines[i]` make, if they are
/// code, and the index after them.
/// `in_item`: the lines are a list item's.
pub fn parse(lines: &[Line], i: usize, in_item: bool) -> Option<(BlockKind, usize)> {
    diff(lines, i)
        .or_else(|| super::markedrows::parse(lines, i))
        .or_else(|| yaml(lines, i))
        .or_else(|| commands(lines, i))
        .or_else(|| lone(lines, i).filter(|_| in_item))
}

/// One bullet line right under a step's text, alone (`2. Upgrade the
/// schema` / `   - feeder upgrade_db`), no sentence but with the marks of
/// code (`_`, `/`, `$`, `=`, an option, a dotted name): what the step has
/// you type or open, a literal block. A web address alone is a link to
/// follow, an item; so is a line the writer marked code in itself, a
/// MoinMoin `{{{...}}}` span in it (`* {{{/msg Warden OP #x}}}`).
fn lone(lines: &[Line], i: usize) -> Option<(BlockKind, usize)> {
    let above = lines.get(i.checked_sub(1)?)?;
    let (m, _, w) = list_marker(&lines[i].text)?;
    let text = lines[i].text.get(w..)?.trim();
    let single = lines.get(i + 1).is_none_or(Line::blank)
        && next_nonblank(lines, i + 1).is_none_or(|n| list_marker(&lines[n].text).is_none());
    let marks = text.split_whitespace().any(|w| {
        w.contains(['_', '/', '$', '='])
            || (w.starts_with('-') && w.len() > 1)
            || w.trim_end_matches('.').contains('.')
    });
    let ok = "*-+".contains(m)
        && !above.blank()
        && list_marker(&above.text).is_none()
        && above.indent <= lines[i].indent
        && single
        && !prose(text)
        && !text.ends_with(['.', ':'])
        && !worded(text)
        && !link_line(text)
        && !text.contains("{{{")
        && (marks || code_like(text) || (bare(text) && asks_to_run(lines, i)));
    ok.then(|| literal_block(None, format!("{text}\n"), lines[i].no).kind)
        .map(|b| (b, i + 1))
}

/// A few lower-case words, no more: `feeder sync`, `reindex all`.
fn bare(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_".contains(c))
        })
}

/// Whether the step text right above line `i` (back to its marker) says
/// to run something (`by running a manual sync`).
fn asks_to_run(lines: &[Line], i: usize) -> bool {
    let verbs = ["run", "running", "execute", "executing", "type", "enter"];
    for l in lines[..i].iter().rev().take_while(|l| !l.blank()) {
        let words = l.text.split_whitespace();
        if words
            .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
            .any(|w| verbs.contains(&w.as_str()))
        {
            return true;
        }
        if list_marker(&l.text).is_some() {
            break;
        }
    }
    false
}

/// A bullet list whose every item is one command line (and the lines
/// under it): a literal block of the commands, as a careful human writes
/// it.
fn commands(lines: &[Line], i: usize) -> Option<(BlockKind, usize)> {
    let mi = lines[i].indent;
    let (marker, _, _) = list_marker(&lines[i].text)?;
    if !"*-+".contains(marker) {
        return None;
    }
    let mut code = Vec::new();
    let mut k = i;
    while k < lines.len() && !lines[k].blank() {
        // a line under an item's command goes on with it
        if k > i && lines[k].indent > mi && list_marker(&lines[k].text).is_none() {
            code.push(lines[k].text.clone());
            k += 1;
            continue;
        }
        let (m, _, w) = list_marker(&lines[k].text)?;
        let rest = lines[k].text.get(w..).unwrap_or("");
        // (an item that is words about a command, `then again without
        // --check`, or a name defined in words, is a point of the list)
        if m != marker || lines[k].indent != mi || !code_like(rest) || worded(rest) || defined(rest)
        {
            return None;
        }
        code.push(rest.to_string());
        k += 1;
    }
    // (paths named, `/etc/ssl/private` or `/etc/group and /etc/passwd`,
    // under text that asks to run nothing: a list of what they are)
    let named = code.iter().all(|c| paths(c)) && !asks_to_run(lines, i);
    if code.is_empty() || code.iter().all(|c| file_name(c)) || named {
        return None;
    }
    let block = literal_block(None, code.join("\n") + "\n", lines[i].no);
    Some((block.kind, k))
}

/// Whether an item's text is a name defined in words with `=` (`reject =
/// not delivered`, `quarantine = spam folder, then deleted`): a name of
/// one to three words, then ` = `, then two plain lower-case words at least, which no
/// setting's value is (`retries = 3`, `path = /srv/data`); the hand
/// conversions keep every such item a point of its list.
fn defined(text: &str) -> bool {
    let Some((name, value)) = text.split_once(" = ") else {
        return false;
    };
    let plain = |w: &str| {
        let w = w.trim_end_matches(',');
        !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase())
    };
    let words: Vec<&str> = value.split_whitespace().take(2).collect();
    (1..=3).contains(&name.split_whitespace().count())
        && words.len() == 2
        && words.iter().all(|w| plain(w))
}

/// Lines each starting with `+` or `-` (a bare `+` too), some with `+`,
/// where a `-` line, a bare marker or columns lined up by runs of spaces
/// show changes to a file rather than points (`- size: 4` over
/// `+ size: 8`): a literal block of the lines as written.
fn diff(lines: &[Line], i: usize) -> Option<(BlockKind, usize)> {
    let mi = lines[i].indent;
    let end = chunk_end(lines, i);
    let chunk = &lines[i..end];
    let sign = |l: &Line| {
        let bare = l.text == "+" || l.text == "-";
        let marked = list_marker(&l.text).is_some_and(|m| "+-".contains(m.0));
        (l.indent == mi && (bare || marked)).then(|| (l.text.as_bytes()[0], bare))
    };
    let signs: Vec<(u8, bool)> = chunk.iter().map(sign).collect::<Option<_>>()?;
    let columns = chunk
        .iter()
        .any(|l| l.text.starts_with("+ ") && l.text[2..].trim().contains("   "));
    let shows = signs.iter().any(|s| s.0 == b'-') || signs.iter().any(|s| s.1) || columns;
    if chunk.len() < 2 || !signs.iter().any(|s| s.0 == b'+') || !shows {
        return None;
    }
    let code = dedent(chunk);
    Some((literal_block(None, code, lines[i].no).kind, end))
}

/// `- key: value` items with deeper `key: value` or `...` lines under
/// them (`- name: start the feeder` / `  when: spring`), maybe a nested
/// `- value` set deeper (`checks:` / `  - http_200 ...`): YAML, such as a
/// task of a playbook, kept as a literal block; it ends at a blank line
/// over the text going on (`Retired components stay ...`).
fn yaml(lines: &[Line], i: usize) -> Option<(BlockKind, usize)> {
    let mi = lines[i].indent;
    let yaml_line = |l: &Line| {
        l.blank()
            || l.text == "..."
            || yaml_pair(&l.text)
            || (l.indent > mi && l.text.starts_with("- "))
    };
    let mut j = i;
    let mut deeper = false;
    loop {
        let mut k = item_end(lines, j, mi);
        let (m, _, w) = list_marker(&lines[j].text)?;
        // (text after a blank line is no part of the block: it ends there)
        let cut = (j + 1..k).find(|&n| !yaml_line(&lines[n]));
        let ended = cut.is_some_and(|n| lines[n - 1].blank());
        if cut.is_some() && !ended {
            return None;
        }
        k = cut.map_or(k, |n| n - 1);
        if m != '-' || !yaml_pair(lines[j].text.get(w..)?) {
            return None;
        }
        deeper |= lines[j + 1..k].iter().any(|l| !l.blank());
        match next_nonblank(lines, k).filter(|_| !ended) {
            Some(n) if lines[n].indent == mi && lines[n].text.starts_with("- ") => j = n,
            _ if deeper => {
                let code = dedent(&lines[i..k]);
                return Some((literal_block(None, code, lines[i].no).kind, k));
            }
            _ => return None,
        }
    }
}

/// Lines of YAML settings, nested (`storage:` / `  readonly: true`): two
/// or more `key: value` lines, some set deeper than the first.
fn settings(run: &[Line]) -> bool {
    run.len() >= 2
        && run.iter().all(|l| yaml_pair(&l.text))
        && run.iter().any(|l| l.indent > run[0].indent)
}

/// A YAML `key: value` line: a lower-case name, a colon and a space or
/// nothing after.
fn yaml_pair(text: &str) -> bool {
    let Some((key, value)) = text.split_once(':') else {
        return false;
    };
    (value.is_empty() || value.starts_with(' '))
        && key.starts_with(|c: char| c.is_ascii_lowercase())
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// A lone absolute path to a file with a data extension
/// (`/etc/app/app.conf`): a file named, not a command to run.
fn file_name(text: &str) -> bool {
    let ext = text.rsplit_once('.').map_or("", |(_, e)| e);
    text.starts_with('/')
        && !text.contains(char::is_whitespace)
        && !ext.is_empty()
        && !ext.contains('/')
        && !["sh", "py", "pl", "rb"].contains(&ext)
}

/// Absolute paths and nothing else, but `and`/`or` between them
/// (`/etc/group and /etc/passwd`): things named, not a command line.
fn paths(text: &str) -> bool {
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_end_matches(','))
        .collect();
    words.first().is_some_and(|w| w.starts_with('/'))
        && words
            .iter()
            .all(|w| (w.starts_with('/') && w.len() > 1) || ["and", "or"].contains(w))
}

/// Steps each written on one line as `what: command` (`on the host run:
/// sudo ls -l`), two or more in one list, or one in a numbered list whose
/// lead, one or two words capitalised (`3. Reload: systemctl reload app`),
/// labels the step and whose
/// command opens with a known program or has an option: each such step's
/// text up to the colon, then its command as a literal block. The item
/// ranges are `(first line, end)` in `lines`; returns whether any step
/// was split.
pub fn colon_commands(
    items: &mut [ListItem],
    lines: &[Line],
    ranges: &[(usize, usize)],
    marker: char,
) -> bool {
    let split = |&(j, k): &(usize, usize)| {
        let (_, _, w) = list_marker(&lines[j].text)?;
        let (lead, cmd) = lines[j].text.get(w..)?.split_once(": ")?;
        let cmd = cmd.trim();
        let ok = k == j + 1
            && lead.starts_with(char::is_alphabetic)
            && !code_like(lead)
            && cmd.split_whitespace().count() >= 2
            && code_like(cmd)
            && !clauses(cmd);
        ok.then(|| (format!("{lead}:"), format!("{cmd}\n")))
    };
    let found: Vec<Option<(String, String)>> = ranges.iter().map(split).collect();
    let count = found.iter().flatten().count();
    let lone_step = |(lead, cmd): &(String, String)| {
        let first = cmd.split_whitespace().next().unwrap_or("");
        marker.is_ascii_alphanumeric()
            && lead.split_whitespace().count() <= 2
            && lead.starts_with(char::is_uppercase)
            && (known_command(first) || cmd.split_whitespace().any(option))
    };
    if count == 0 || (count == 1 && !found.iter().flatten().all(lone_step)) {
        return false;
    }
    for (item, f) in items.iter_mut().zip(found) {
        if let Some((lead, cmd)) = f {
            let no = item.line;
            let para = super::inline::paragraph(&lead, no);
            item.blocks = vec![para, literal_block(None, cmd, no)];
        }
    }
    true
}

/// Whether the text after a step's colon is clauses strung with commas,
/// a comma outside quotes with a word or number after it (`from a laptop: ping
/// the gateway, browse to the intranet`, `guest wifi: internet works,
/// the LAN does not`): what to check said in words, the item's own
/// sentence, as the hand conversions all keep it (57 places, none split
/// off as a command); a command's commas sit in its quoted arguments
/// (a quote opens only at a word's start, so `volume's` opens none).
fn clauses(cmd: &str) -> bool {
    let mut quote = None;
    let mut prev = ' ';
    let mut chars = cmd.chars().peekable();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (None, '"' | '\'') if prev.is_whitespace() || prev == '=' => quote = Some(c),
            (Some(q), _) if c == q => quote = None,
            (None, ',') if chars.peek() == Some(&' ') => {
                chars.next();
                if chars.peek().is_some_and(|n| n.is_alphanumeric()) {
                    return true;
                }
            }
            _ => {}
        }
        prev = c;
    }
    false
}

/// The end of the item starting at `j`: its continuation lines, blank
/// lines followed by deeper text, and nested lists.
pub(super) fn item_end(lines: &[Line], j: usize, mi: usize) -> usize {
    let mut k = j + 1;
    while k < lines.len() {
        let l = &lines[k];
        if let Some(e) = fence::end(lines, k).filter(|_| !l.blank() || k > j + 1) {
            k = e;
            continue;
        }
        if l.blank() {
            match next_nonblank(lines, k) {
                Some(n) if lines[n].indent > mi + 1 || asked_in(lines, j, n, mi) => {
                    k = n;
                    continue;
                }
                Some(n) if let Some(e) = fenced(lines, j, n, mi) => {
                    k = e;
                    continue;
                }
                Some(n) if let Some(m) = resumed(lines, n, mi) => {
                    k = m;
                    continue;
                }
                Some(n) if let Some(m) = super::itemsample::resumed_at_text(lines, j, n, mi) => {
                    k = m;
                    continue;
                }
                Some(n) if let Some(m) = super::pointed::item_sample(lines, j, n, mi) => {
                    k = m;
                    break;
                }
                Some(n) if let Some(m) = between(lines, j, n, mi) => {
                    k = m;
                    break;
                }
                Some(n) if let Some(m) = trailing(lines, j, n, mi) => {
                    k = m;
                    // a sub-step or the item's text set deeper than the
                    // marker goes on the item
                    match next_nonblank(lines, m) {
                        Some(x) if lines[x].indent > mi + 1 => continue,
                        _ => break,
                    }
                }
                _ => break,
            }
        }
        if super::itemstop::stops_item(lines, j, k, mi) {
            break;
        }
        k += 1;
    }
    k
}

/// Whether `lines[n]`, after a blank line under the item at `j` ending
/// with `:`, is a command set deeper than the marker though short of the
/// item's text (a tab under `       - run it:`): what the item has you
/// type.
fn asked_in(lines: &[Line], j: usize, n: usize, mi: usize) -> bool {
    lines[n].indent > mi
        && lines[n].code_like()
        && lines[j..n]
            .iter()
            .rev()
            .find(|l| !l.blank())
            .is_some_and(|l| l.text.ends_with(':'))
}

/// The end of a fenced block at `n`, after a blank line under the item
/// at `j` ending with `:`, when the next item in turn or nothing but
/// blank lines follows it: the item's own block.
fn fenced(lines: &[Line], j: usize, n: usize, mi: usize) -> Option<usize> {
    let e = fence::end(lines, n)?;
    let last = lines[j..n].iter().rev().find(|l| !l.blank())?;
    let next = next_nonblank(lines, e);
    (last.text.ends_with(':') && next.is_none_or(|m| in_turn(lines, j, m, mi))).then_some(e)
}

/// Where the item's text resumes after commands (or nested YAML
/// settings) set left of its marker (`11. Check the size:` / ` fdisk -l`
/// / `    If it is still small, ...`):
/// the first line after the commands and a blank line, deeper than the
/// marker and not a marker itself.
fn resumed(lines: &[Line], n: usize, mi: usize) -> Option<usize> {
    let end = chunk_end(lines, n);
    let m = next_nonblank(lines, end)?;
    let t = &lines[m].text;
    (lines[n].indent < mi
        && (lines[n].code_like() || settings(&lines[n..end]))
        && lines[m].indent > mi + 1
        && list_marker(t).is_none()
        && !lines[m].code_like())
    .then_some(m)
}

/// Whether the short lines `lines[n..end]` are what the item at `j` has
/// you type though no known command starts them (`10. Run partprobe:` /
/// ` partprobe`): the item ends with a colon or asks to run something, and
/// each line is a few words, no sentence.
fn typed(lines: &[Line], j: usize, n: usize, end: usize) -> bool {
    let Some(t) = (j..n).rev().find(|&x| !lines[x].blank()) else {
        return false;
    };
    let asked = lines[t].text.trim_end().ends_with(':') || asks_to_run(lines, t + 1);
    asked
        && lines[n..end].iter().all(|l| {
            let text = l.text.trim();
            text.split_whitespace().count() <= 6
                && !prose(text)
                && !text.ends_with(['.', ':', ','])
                && text.starts_with(|c: char| c.is_ascii_lowercase())
        })
}

/// Whether the run at `lines[n]` is rows in columns: three lines or more,
/// each three fields or more two spaces apart (`Switch   Port   Peer`
/// over its rows). Under an item ending with `:` they are what the step
/// shows (`check the uplinks:`), its own, as commands set left are.
fn rows(lines: &[Line], n: usize) -> bool {
    let run = &lines[n..chunk_end(lines, n)];
    run.len() >= 3 && run.iter().all(|l| super::columns::columns(&l.text))
}

/// The end of commands set left of the marker of the item at `j` and
/// followed by the list's next item in turn (`8. On the guest, run` /
/// ` fdisk /dev/vda` / `9. Delete the partition`): the item's own
/// commands, the list going on.
fn between(lines: &[Line], j: usize, n: usize, mi: usize) -> Option<usize> {
    let end = output_end(lines, n);
    let m = next_nonblank(lines, end)?;
    let left = in_turn(lines, j, m, mi)
        && lines[n..end].iter().all(|l| l.indent < mi)
        && (lines[n].code_like() || typed(lines, j, n, end) || rows(lines, n));
    if left {
        return Some(end);
    }
    typed_left(lines, j, n, mi)
}

/// The end of the run of lines at `n` and of the output its command
/// goes on printing after blank lines (`md1 : ...` then `md0 : ...`).
fn output_end(lines: &[Line], n: usize) -> usize {
    let mut end = chunk_end(lines, n);
    while let Some(m) = next_nonblank(lines, end)
        && super::session::resumed(&lines[n..end], &lines[m..chunk_end(lines, m)])
    {
        end = chunk_end(lines, m);
    }
    end
}

/// Whether marker line `m` goes on the list of the item at `j` (marker
/// at `mi`), the next number or letter in turn (or the same number, as
/// MoinMoin numbers every step `1.`).
pub(super) fn in_turn(lines: &[Line], j: usize, m: usize, mi: usize) -> bool {
    let Some((kind, num, _)) = list_marker(&lines[j].text) else {
        return false;
    };
    list_marker(&lines[m].text).is_some_and(|(k, next, _)| {
        k == kind
            && (!kind.is_ascii_alphanumeric() || next == num + 1 || (kind == '1' && next == num))
    }) && lines[m].indent + 1 >= mi
        && lines[m].indent <= mi + 1
}

/// The end of what a numbered or lettered step set at the margin has
/// typed at the margin too before the next step in turn (`b) Restart
/// it:` / `systemctl restart feeder` / `It takes a minute.` / `c) Check
/// ...`): commands and sentences, none a marker line, some commands,
/// after the step's `:` or its own deeper commands. A step may run to
/// a dozen such runs (three commands, each with its sentence and output).
fn typed_left(lines: &[Line], j: usize, n: usize, mi: usize) -> Option<usize> {
    let ordered = list_marker(&lines[j].text).is_some_and(|m| m.0.is_ascii_alphanumeric());
    let last = lines[j..n].iter().rev().find(|l| !l.blank())?;
    let asked = last.text.trim_end().ends_with(':') || last.indent > mi + 1;
    if mi > 0 || !ordered || !asked {
        return None;
    }
    let (mut end, mut m, mut coded) = (n, n, last.indent > mi + 1);
    // (where the last commands start: output they go on printing after
    // a blank line, `Press Enter to continue`, is theirs)
    let mut typed_at = None;
    for _ in 0..12 {
        if list_marker(&lines[m].text).is_some() {
            return (coded && in_turn(lines, j, m, mi)).then_some(end);
        }
        let next = chunk_end(lines, m);
        let output =
            typed_at.is_some_and(|t| super::session::resumed(&lines[t..end], &lines[m..next]));
        let code = lines[m].code_like() || typed(lines, j, m, next) || output;
        typed_at = if code { typed_at.or(Some(m)) } else { None };
        let said = lines[next - 1].text.trim_end().ends_with(['.', ':'])
            && lines[m].text.starts_with(char::is_alphabetic)
            && !code;
        if !(said || code) {
            return None;
        }
        coded |= code;
        end = next;
        m = next_nonblank(lines, end)?;
    }
    None
}

/// The end of commands set left of the marker of the item at `j` when the
/// list does not go on after them (`4. Reload the daemon:` / ` sudo
/// service feeder reload` / `   The reload takes a minute.`): the item
/// ends with a colon, so they are what it has you type, and its own. Runs
/// of code parted by blank lines, set like the first or deeper than the
/// item's text, go with it. A list at the margin has them at the margin.
fn trailing(lines: &[Line], j: usize, n: usize, mi: usize) -> Option<usize> {
    let last = (j..n).rev().find(|&x| !lines[x].blank())?;
    if !lines[last].text.trim_end().ends_with(':')
        || (lines[n].indent >= mi && lines[n].indent + mi > 0)
        || !(lines[n].code_like() || typed(lines, j, n, chunk_end(lines, n)) || rows(lines, n))
    {
        return None;
    }
    let mut end = output_end(lines, n);
    while let Some(m) = next_nonblank(lines, end)
        && (lines[m].indent == lines[n].indent || lines[m].indent > mi + 1)
        && lines[m].code_like()
    {
        end = output_end(lines, m);
    }
    let own = |l: &Line| list_marker(&l.text).is_none_or(|_| l.indent > mi + 1);
    lines[n..end].iter().all(own).then_some(end)
}
