//! What a shell session's lines look like beside the text around them: a
//! sentence of the procedure typed right under a command (`Then check the
//! log on the backup host`), told from the command's output by its look,
//! a run of root-prompt lines (`# systemctl restart httpd`) told from
//! a config file's comments, a program's output going on past a blank
//! line, the word that leaves a session, a program's questions.

use super::body::{chunk_end, next_nonblank};
use super::classify::{code_like, known_command, list_marker, output_key, prompt, prose};
use super::lines::Line;

/// Words an instruction of the procedure opens with, which a program's
/// output seldom does.
const OPENERS: &[&str] = &[
    "afterwards",
    "again",
    "also",
    "check",
    "confirm",
    "ensure",
    "finally",
    "if",
    "make",
    "next",
    "now",
    "once",
    "repeat",
    "see",
    "then",
    "verify",
    "wait",
    "when",
    "you",
];

/// Whether `text`, right under a command with no blank line between, is
/// a sentence of the procedure and not the command's output: prose
/// words, capitalised first and in lower case after (a name or two
/// allowed), no shell marks; in a session's transcript (`prompted`), it
/// must also open as instructions do (`Then`, `Now`, `Check`).
pub fn instruction(text: &str, prompted: bool) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let Some(first) = words.first() else {
        return false;
    };
    let capitals = words[1..]
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
        .count();
    let opener = OPENERS.contains(&first.to_lowercase().as_str());
    prose(text)
        && !code_like(text)
        && first.starts_with(|c: char| c.is_ascii_uppercase())
        && !text.contains([
            '/', '$', '|', '<', '>', '=', '`', '{', '}', '[', ']', '*', '~', '\\', '#', ';', '&',
        ])
        && capitals <= 2
        && (opener || !prompted)
}

/// The helping verbs a sentence of the page holds and a program's
/// message or title seldom does (`Everything needed is in the ticket.`
/// against `Queue mode enabled.`).
pub(super) const HELPING_VERBS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "should", "must",
    "can", "may", "do", "does",
];

/// Whether `text`, one line right under a prompted command, is the
/// program saying what it did (`Config saved to flash (slot 2).`,
/// `Queue mode enabled.`): a capitalised first word, then within the
/// next two words one of five letters or more ending in `ed` with no
/// small word before it, no helping verb anywhere (`is`, `has`,
/// `should`: `Everything needed is in the ticket.` is a sentence) and
/// eight words at most.
pub fn reports_done(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let done = words
        .iter()
        .skip(1)
        .take(2)
        .copied()
        .map(bare)
        .position(|w| {
            w.len() >= 5 && w.ends_with("ed") && w.chars().all(|c| c.is_ascii_lowercase())
        });
    let plain_before = done.is_some_and(|p| {
        words[1..=p]
            .iter()
            .all(|w| !super::cmdshape::small_word(&bare(w)))
    });
    let first = words.first().copied().unwrap_or("");
    super::classify::capitalised(first)
        && !OPENERS.contains(&bare(first).as_str())
        && plain_before
        && words.len() <= 8
        && !words
            .iter()
            .any(|w| HELPING_VERBS.contains(&bare(w).as_str()))
}

/// Whether `text` is a command typed at a root shell's `# ` prompt, a
/// known program after it (`# systemctl restart httpd`), not a comment
/// (`# listen on all addresses`).
pub fn root_command(text: &str) -> bool {
    text.strip_prefix("# ").is_some_and(|c| {
        let word = c.split_whitespace().next().unwrap_or("");
        known_command(word.rsplit('/').next().unwrap_or(word))
    })
}

/// Whether `run`, one blank line under the literal `block`, is more of
/// the output its command printed: a name over deeper lines, a
/// `key: value` record, an entry like one of the block's or the log a
/// status line prints.
pub(super) fn resumed(block: &[Line], run: &[Line]) -> bool {
    output_resumed(block, run)
        || record_resumed(block, run)
        || entry_resumed(block, run)
        || journal_resumed(block, run)
        || group_resumed(block, run)
        || rows_resumed(block, run)
        || trailer_resumed(block, run)
        || value_resumed(block, run)
        || waiting_resumed(block, run)
        || super::aligned::resumed(block, run)
}

/// Whether `run`, one blank line under the literal `block` a prompt
/// opens, is the value its program announced on the block's last line
/// (`... with the following value:` over the token set in): the last
/// line printed and ending with `:`, the run set in past the command,
/// no sentence in it.
fn value_resumed(block: &[Line], run: &[Line]) -> bool {
    let last = &block[block.len() - 1];
    prompt(&block[0].text)
        && block.len() > 1
        && !prompt(&last.text)
        && last.text.ends_with(':')
        && run
            .iter()
            .all(|l| l.indent > block[0].indent && !prose(&l.text) && output_line(l))
}

/// Whether `run`, one blank line under the literal `block` a prompt
/// opens, is the line its program prints while it waits for a key.
fn waiting_resumed(block: &[Line], run: &[Line]) -> bool {
    prompt(&block[0].text) && run.len() == 1 && waits_for_key(&run[0].text)
}

/// Whether `text` is what a program prints while it waits for a key
/// (`Press Enter to continue`, `Hit any key...`): a short line opening
/// with `Press` or `Hit`, naming the key, no stop closing it.
pub(super) fn waits_for_key(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let keys = ["enter", "return", "any key", "a key", "space"];
    (lower.starts_with("press ") || lower.starts_with("hit "))
        && keys.iter().any(|k| lower.contains(k))
        && (!text.ends_with(['.', '!']) || text.ends_with("..."))
        && text.split_whitespace().count() <= 8
}

/// Whether `run`, one blank line under the literal `block` a prompt
/// opens, is the line its command prints under the entries of its
/// listing (`/proc/mdstat`: `md1 : ...` over deeper lines, then
/// `unused devices: <none>`): one line, at the indentation of an entry's
/// head in the block, a lower-case `name: value` that is no sentence.
pub(super) fn trailer_resumed(block: &[Line], run: &[Line]) -> bool {
    let first = &run[0];
    let head = |k: usize| {
        block[k].indent == first.indent
            && !prompt(&block[k].text)
            && block.get(k + 1).is_some_and(|n| n.indent > block[k].indent)
    };
    prompt(&block[0].text)
        && run.len() == 1
        && first.text.starts_with(|c: char| c.is_ascii_lowercase())
        && first.text.contains(": ")
        && list_marker(&first.text).is_none()
        && !prose(&first.text)
        && output_line(first)
        && (1..block.len()).any(head)
}

/// Whether `run`, one blank line under the literal `block` a prompt
/// opens, is another group of the listing its command printed, the
/// groups laid out flat (`iptables -L`: `Chain INPUT (policy DROP)` over
/// its rules, then `Chain FORWARD (policy DROP)` over its own): the
/// run's first line shaped as the block's first output line and at its
/// indentation (as many words, the same marks between them, and the same
/// first word or the same words after it: `Loaded patch modules:`, then
/// `Installed patch modules:`), no line of the run left of it and none a
/// sentence but a line the block has too.
pub(super) fn group_resumed(block: &[Line], run: &[Line]) -> bool {
    let (Some(out), first) = (block.get(1), &run[0]) else {
        return false;
    };
    let marks = |t: &str| -> String { t.chars().filter(|c| c.is_ascii_punctuation()).collect() };
    let words = first.text.split_whitespace().count();
    let lead = |t: &str| t.split_whitespace().next() == out.text.split_whitespace().next();
    prompt(&block[0].text)
        && !prompt(&out.text)
        && first.indent == out.indent
        && (lead(&first.text)
            || (words > 1
                && (first.text.split_whitespace().skip(1))
                    .eq(out.text.split_whitespace().skip(1))))
        && words == out.text.split_whitespace().count()
        && marks(&first.text) == marks(&out.text)
        && list_marker(&first.text).is_none()
        // (a column header printed over each group may read as words)
        && run.iter().all(|l| {
            l.indent >= first.indent
                && (output_line(l) || block.iter().any(|b| b.text == l.text))
        })
}

/// Whether `run`, one blank line under the literal `block` a prompt
/// opens and its command's output closes, is more of that output laid
/// out in rows at the block's own indentation (`klist`: the cache's
/// name, then a blank line and `Valid starting   Expires   Service
/// principal` over its tickets), or, under a prompt's line alone, the
/// rows the command printed after a blank line of its own (`sw01# show
/// vlan brief` / `` / `VLAN  Name  Status  Ports`): its first two lines
/// in three columns or more, every other line in columns too or set
/// deeper, none a list item nor, under the first (the columns' header),
/// a sentence. Under rows the block printed at that margin, a further
/// group of rows, its lines set apart by wide gaps, goes on too, in two
/// columns as well (`Port  Vlans allowed on trunk`), as laid-out runs
/// one blank line apart go on in one block (`columns::laid_out_end`).
pub(super) fn rows_resumed(block: &[Line], run: &[Line]) -> bool {
    let (Some(last), Some(second), first) = (block.last(), run.get(1), &run[0]) else {
        return false;
    };
    let columns = |l: &Line| super::columns::columns(&l.text);
    let gapped = |l: &Line| l.text.contains("   ");
    let printed = block.len() > 1 && !prompt(&last.text) && output_line(last);
    let more = printed
        && gapped(first)
        && gapped(second)
        && (block.iter())
            .filter(|l| l.indent == first.indent && gapped(l))
            .nth(1)
            .is_some();
    prompt(&block[0].text)
        && (printed || block.len() == 1)
        && first.indent == block[0].indent
        && ((columns(first) && columns(second)) || more)
        // (the columns' header may read as words: `Valid starting`)
        && run.iter().enumerate().all(|(n, l)| {
            (l.indent > first.indent || columns(l) || (more && gapped(l)))
                && (n == 0 || output_line(l))
                && list_marker(&l.text).is_none()
        })
}

/// Whether `run`, one blank line under the literal `block` a prompt
/// opens, is another entry of the listing its command printed
/// (`/proc/mdstat`: `md1 : active raid1 ...` over deeper lines, then
/// `md0 : active raid1 ...`): a head over deeper lines at the
/// indentation of such a head in the block, the two alike (their first
/// words the same but for digits, their second the same), and no
/// sentence under it.
pub(super) fn entry_resumed(block: &[Line], run: &[Line]) -> bool {
    let first = &run[0];
    let head = |r: &[Line], k: usize| r.get(k + 1).is_some_and(|n| n.indent > r[k].indent);
    let alike = |a: &str, b: &str| {
        let (mut x, mut y) = (a.split_whitespace(), b.split_whitespace());
        let stem = |w: &str| w.replace(|c: char| c.is_ascii_digit(), "");
        match (x.next(), y.next(), x.next(), y.next()) {
            (Some(p), Some(q), Some(r), Some(s)) => {
                !stem(p).is_empty() && stem(p) == stem(q) && r == s
            }
            _ => false,
        }
    };
    prompt(&block[0].text)
        && list_marker(&first.text).is_none()
        && !prose(&first.text)
        && laid_out_as(
            block,
            run,
            |r, k| head(r, k) && alike(&r[k].text, &first.text),
            output_line,
        )
}

/// Whether `run` is laid out as `block` is: its first line a head (as
/// `head` reads one) at the indentation of a head in the block under
/// its first line, every other line set deeper and one `body` takes.
fn laid_out_as(
    block: &[Line],
    run: &[Line],
    head: impl Fn(&[Line], usize) -> bool,
    body: impl Fn(&Line) -> bool,
) -> bool {
    let first = &run[0];
    head(run, 0)
        && (1..block.len()).any(|k| block[k].indent == first.indent && head(block, k))
        && run[1..].iter().all(|l| l.indent > first.indent && body(l))
}

/// Whether `l` can be a line a program printed: no sentence, no stop
/// closing it.
fn output_line(l: &Line) -> bool {
    !prose(&l.text) && !l.text.ends_with('.')
}

/// Whether `run`, one blank line under the literal `block`, is more of
/// the output the block's command printed, laid out as the block is
/// (`ceph -s` / `  cluster:` / `    health: OK`, then `  services:` /
/// `    mon: 3 daemons`): a name and its colon over deeper lines, at the
/// indentation of such a name in the block, right of the command, and
/// no sentence among them.
pub(super) fn output_resumed(block: &[Line], run: &[Line]) -> bool {
    let head = |r: &[Line], k: usize| {
        r[k].text.ends_with(':')
            && !r[k].text.contains(' ')
            && r.get(k + 1).is_some_and(|n| n.indent > r[k].indent)
    };
    let first = &run[0];
    block[0].code_like()
        && first.indent > block[0].indent
        && laid_out_as(block, run, head, output_line)
}

/// Whether `run`, one blank line under the literal `block` a prompt
/// opens, is more of what its command printed as `key: value` records
/// (`wg show`: `interface: wg0` over `  listening port: 51820`, then
/// `peer: ...` over `  endpoint: ...`): a key and its colon over deeper
/// `key: value` lines, as a record of the block is at that indentation,
/// none of them ending a sentence.
pub(super) fn record_resumed(block: &[Line], run: &[Line]) -> bool {
    let keyed = |t: &str| output_key(t).is_some() && !t.ends_with('.');
    let head = |r: &[Line], k: usize| {
        output_key(&r[k].text).is_some_and(|key| !key.contains(' '))
            && keyed(&r[k].text)
            && r.get(k + 1).is_some_and(|n| n.indent > r[k].indent)
    };
    let first = &run[0];
    prompt(&block[0].text)
        && first.indent >= block[0].indent
        && laid_out_as(block, run, head, |l| keyed(&l.text))
}

/// Whether `run`, one blank line under the literal `block` a `●`
/// unit line opens (`systemctl status`), is the journal's tail the
/// program prints after it: every line a log line.
pub(super) fn journal_resumed(block: &[Line], run: &[Line]) -> bool {
    super::lines::systemd_unit_line(&block[0].text)
        && run.iter().all(|l| super::logline::written(&l.text))
}

/// Whether `lines[k]` is the writer's note on the command above it
/// (`$ ping -c 3 db1` / `-> 100% packet loss means ...`): `-> ` then
/// text, after a blank line or no deeper than the line above, which is
/// no `->` line itself (a `mysql>` statement's continuation lines are
/// `->` set in under its prompt).
pub(super) fn arrow_note(lines: &[Line], k: usize) -> bool {
    if !lines[k].text.starts_with("-> ") {
        return false;
    }
    let Some(above) = k.checked_sub(1).map(|a| &lines[a]).filter(|a| !a.blank()) else {
        return true;
    };
    lines[k].indent <= above.indent
        && !above.text.starts_with("->")
        && !above.text.starts_with("mysql>")
        && !above.text.starts_with("MariaDB [")
}

/// Where the sentences opening the run `lines[i..end]` give way to a
/// prompt typed right under them (`... On the client:` / `$ umask 077`),
/// the run's data under it a key or columns: the prose lines, at one
/// margin, no code and one a sentence at least, are the paragraph, never
/// the first lines of the session's literal block.
/// A prompt that is only a word of the sentence going on over the line
/// break (`... so as root` / `run $ systemctl enable ...`) is none.
pub(super) fn prose_over_prompt(lines: &[Line], i: usize, end: usize) -> Option<usize> {
    let k = (i + 1..end).find(|&k| prompt(&lines[k].text))?;
    if worded_prompt(&lines[k - 1], &lines[k]) {
        return None;
    }
    let lead = &lines[i..k];
    let fits = lead
        .iter()
        .all(|l| l.indent == lines[i].indent && !l.code_like() && list_marker(&l.text).is_none())
        && lead.iter().any(|l| prose(&l.text));
    fits.then_some(k)
}

/// Whether `line`'s prompt is a small word before ` $ ` (`run $ ...`),
/// or a prompt named in words (`namedprompt::in_words`), and the line
/// `above`, at its margin, a sentence broken off with no stop, colon or
/// other closing mark: the text goes on, naming a command or the prompt
/// where it is typed.
pub(super) fn worded_prompt(above: &Line, line: &Line) -> bool {
    let broken_off = above.indent == line.indent
        && prose(&above.text)
        && !above.text.ends_with(['.', ':', ';', '!', '?', ')', '\\']);
    let word = line.text.split_once(" $ ").map_or("", |(w, _)| w);
    let small = !word.is_empty() && word.chars().all(|c| c.is_ascii_lowercase());
    broken_off && (small || super::namedprompt::in_words(line))
}

/// Where a session typed at the margin (`$ df -h` flush left) gives way
/// to a short line at the margin that ends with a colon and reads as a
/// label or a lead-in, no command nor prompt (`Fix:`, `On the server:`):
/// what follows it is the page's text again, not what the commands print.
/// A program's questions (`New password:` over `Again:`) are no label:
/// the label has a line under it in the run, and no such question over
/// or under it. Nor is a row of output left with no value, its colon
/// set off by spaces in line with the rows around it (`Last Event    :`),
/// nor a line with no list item, prompt or sentence under it (`Drive
/// status:` over `Slot=0, count=4.`): the program's own heading; nor a
/// line naming a value in single quotes (`Errors during downloading
/// metadata for repository 'tools-el9':`), the program's message.
pub(super) fn label_after_prompts(lines: &[Line], i: usize, end: usize) -> Option<usize> {
    if lines[i].indent != 0 || !prompt(&lines[i].text) {
        return None;
    }
    (i + 1..end).find(|&k| {
        lead_in_after_prompts(lines, k, end) || lead_in_before_gap(lines, k, end) || {
            let l = &lines[k];
            l.indent == 0
                && l.text.ends_with(':')
                && !l.text[..l.text.len() - 1].ends_with(char::is_whitespace)
                && l.text.starts_with(|c: char| c.is_uppercase())
                && l.text.split_whitespace().count() <= 8
                && !l.code_like()
                && !prompt(&l.text)
                && !quotes_value(&l.text)
                && !asks_secret(&lines[k - 1], l)
                && !lines[k - 1].text.ends_with(['\\', ':'])
                && k + 1 < end
                && !lines[k + 1].text.ends_with(':')
                && reads_as_text(&lines[k + 1])
        }
    })
}

/// Whether `line`, right under the prompt line `above`, is the typed
/// command's question for a secret (`kinit ops` over `Password for
/// ops@CORP.EXAMPLE.NET:`, `Enter passphrase:`): what the program asked,
/// the session going on, no label of the page's.
fn asks_secret(above: &Line, line: &Line) -> bool {
    prompt(&above.text)
        && above.indent == line.indent
        && line.text.split_whitespace().any(|x| {
            let x = x.trim_end_matches(':');
            x.eq_ignore_ascii_case("password") || x.eq_ignore_ascii_case("passphrase")
        })
}

/// Whether `text` holds a value set in single quotes, a word opening
/// with `'` and one closing with it (`Errors during downloading metadata
/// for repository 'tools-el9':`): a program names what it worked on so,
/// a label of the page's own text (`On the server:`) seldom does.
fn quotes_value(text: &str) -> bool {
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_end_matches([':', ',', '.', ';']))
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        w.len() > 1
            && w.starts_with('\'')
            && words[i..]
                .iter()
                .enumerate()
                .any(|(j, v)| v.ends_with('\'') && (j > 0 || v.len() > 2))
    })
}

/// Whether `line`, under a label that ends a session, reads as the
/// page's text the label opens: a list item, a prompt or a sentence. A
/// line of the program's output (`Slot count=4, state=0.`) under a short
/// line of its own ending with a colon (`Changer status:`) says the
/// colon line is what the program printed, no label.
fn reads_as_text(line: &Line) -> bool {
    list_marker(&line.text).is_some() || prompt(&line.text) || prose(&line.text)
}

/// Whether `lines[k]`, at the margin under a session typed there, opens
/// the page's text again: a sentence in words with a capital, going on
/// at the margin for three lines at most to a line ending with a colon,
/// with a line set in under that reading as a command (`The clients see
/// stale handles. Remount` / `on the web heads:` over `  sudo mount -a`):
/// text announcing the next command, not what the last one printed. A
/// set-in line no command reads like (`  ONLINE BOT CLN` under `Status
/// flags set (0x41):`) says the colon line is the program's own words.
fn lead_in_after_prompts(lines: &[Line], k: usize, end: usize) -> bool {
    let l = &lines[k];
    // (the cheap test first: a sentence at the margin)
    if l.indent != 0 || !super::classify::sentence_opening(&l.text) || prompt(&l.text) {
        return false;
    }
    let Some(c) = (k..end.min(k + 3)).find(|&n| lines[n].text.ends_with(':')) else {
        return false;
    };
    let words = |l: &Line| l.indent == 0 && !l.code_like() && !prompt(&l.text);
    lines[k..=c].iter().all(words)
        && lines
            .get(c + 1)
            .is_some_and(|n| c + 1 < end && n.indent > 0 && n.code_like())
}

/// Whether `lines[k..end]`, at the margin under a session typed there
/// and running to the blank line, is a sentence of the page leading in
/// to the next commands (`$ tool show vol1` / `the state will say busy.
/// Make sure` / `the host is gone:` over a blank line and `$ tool ...`):
/// two or three lines of words, the first reading as prose and the last
/// ending with a colon, none a command or a prompt, and past the blank
/// line a prompt at the margin again. A program's question fits on one
/// line; what a program announces (`... with the following value:`)
/// follows set in, not typed at a prompt.
fn lead_in_before_gap(lines: &[Line], k: usize, end: usize) -> bool {
    let l = &lines[k];
    if l.indent != 0 || !prose(&l.text) || list_marker(&l.text).is_some() || prompt(&l.text) {
        return false;
    }
    let run = &lines[k..end];
    let words = |l: &Line| l.indent == 0 && !l.code_like() && !prompt(&l.text);
    let next = next_nonblank(lines, end)
        .and_then(|n| lines.get(n))
        .is_some_and(|n| n.indent == 0 && prompt(&n.text));
    (2..=3).contains(&run.len())
        && run.iter().all(words)
        && run.last().is_some_and(|l| l.text.ends_with(':'))
        && next
}

/// A prompt and the word that ends its session (`mysql> exit`, `fas2=#
/// \q`): what comes after a blank line is typed elsewhere, a block of its
/// own.
pub(super) fn left_session(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let exits = ["exit", "quit", "\\q", "logout", "exit;", "quit;"];
    words.len() == 2 && prompt(text) && exits.contains(&words[1].to_ascii_lowercase().as_str())
}

/// Whether `chunk` is the questions of a program and their answers, one
/// a line (`Country Name (2 letter code) [GB]:` / `Email Address []:x`):
/// its first line such a prompt and three of its lines or more.
pub(super) fn prompts(chunk: &[Line]) -> bool {
    chunk.first().is_some_and(asks) && chunk.iter().filter(|l| asks(l)).count() >= 3
}

/// Whether the line is a program's question with its default in
/// brackets, and maybe the answer: `Country Name [GB]:`, `Email []:x`.
fn asks(l: &Line) -> bool {
    l.text.split_once("]:").is_some_and(|(ask, _)| {
        ask.rsplit_once('[')
            .is_some_and(|(q, d)| (q.is_empty() || q.ends_with(' ')) && !d.contains(' '))
    })
}

/// The end of a program's questions that end at `end`, taking in the
/// runs one blank line on that go on asking: the program's words over
/// more questions, the last line a question, no sentence among them
/// (`Please enter these extra attributes` / `A challenge password []:`).
pub(super) fn more_prompts(lines: &[Line], end: usize) -> usize {
    let mut end = end;
    while let Some(k) = next_nonblank(lines, end).filter(|&k| k == end + 1) {
        let e = chunk_end(lines, k);
        let run = &lines[k..e];
        let asking = run.last().is_some_and(asks)
            && run
                .iter()
                .all(|l| list_marker(&l.text).is_none() && !l.text.ends_with(['.', '!', '?']));
        if !asking {
            break;
        }
        end = e;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_program_saying_what_it_did_is_told_from_a_sentence() {
        assert!(reports_done("Running config copied to startup (bank 1)."));
        assert!(reports_done("Queue mode enabled."));
        assert!(!reports_done("Everything needed is in the ticket."));
        assert!(!reports_done("Then restarted hosts rejoin the pool."));
        assert!(!reports_done("It is logged and reviewed the next day."));
    }

    #[test]
    fn groups_named_alike_and_rows_at_the_blocks_margin_resume_output() {
        let split = crate::convert::lines::split;
        let block = split("$ shelfctl ls\nOpen shelf slots:\nslot-4 [free]\n");
        assert!(group_resumed(
            &block,
            &split("Closed shelf slots:\nslot-9 (jammed)\n")
        ));
        assert!(!group_resumed(
            &block,
            &split("Closed the shelf.\nslot-9 (jammed)\n")
        ));
        let block = split("$ rackctl dump\nRack file: /srv/racks.db\n");
        let rows = split("Slot name   Owner   Since\nA-07   ops   2020-03-01\n");
        assert!(rows_resumed(&block, &rows));
        let text =
            split("Slot name   Owner   Since\nThen ask the owner to move it out of the rack\n");
        assert!(!rows_resumed(&block, &text));
        // (a prompt's line alone: the rows are what it printed after a
        // blank line of its own)
        assert!(rows_resumed(&split("$ rackctl dump\n"), &rows));
        assert!(!rows_resumed(&split("$ rackctl dump\n"), &text));
    }

    #[test]
    fn a_value_in_single_quotes_is_a_programs_message() {
        assert!(quotes_value("Problem retrieving files from 'kiln-tools':"));
        assert!(quotes_value("Cannot open 'the spool':"));
        assert!(!quotes_value("On the server (nas02):"));
        assert!(!quotes_value("Don't restart it yet:"));
    }

    #[test]
    fn a_sentence_announcing_a_command_ends_a_margin_session() {
        let text =
            "db::> vol show\nThe clients hang after this. Remount on\nthe web heads:\n  mount -a\n";
        let lines = crate::convert::lines::split(text);
        assert_eq!(label_after_prompts(&lines, 0, lines.len()), Some(1));
        // a program's sentence with no command announced under it stays
        let text = "db::> vol show\nThe volume is online. Nothing to do.\nvol0 online\n";
        let lines = crate::convert::lines::split(text);
        assert_eq!(label_after_prompts(&lines, 0, lines.len()), None);
    }

    #[test]
    fn sentences_under_commands() {
        assert!(instruction("Then check the log on the backup host", true));
        assert!(instruction(
            "Check that Pat Gardener has the key to the shed",
            true
        ));
        assert!(!instruction(
            "Permission denied while reading the cache file",
            true
        ));
        assert!(instruction(
            "Permission denied means the key is not on the host",
            false
        ));
        assert!(!instruction(
            "drwxr-xr-x 2 www www 4096 Jan 3 10:00 assets",
            false
        ));
        assert!(!instruction(
            "Then copy the file to /srv/www and reload it",
            true
        ));
        assert!(!instruction("Then check", true));
    }

    #[test]
    fn a_program_waiting_for_a_key() {
        assert!(waits_for_key("Press Enter to continue"));
        assert!(waits_for_key("Hit any key..."));
        assert!(!waits_for_key("Press Enter."));
        assert!(!waits_for_key("Pressing the pump"));
        let block = crate::convert::lines::split("$ tool run\nthe value:\n");
        let value = crate::convert::lines::split("    ab-12\n");
        assert!(value_resumed(&block, &value));
        assert!(!value_resumed(&block[..1], &value));
    }

    #[test]
    fn root_prompts_or_comments() {
        assert!(root_command("# systemctl restart httpd"));
        assert!(root_command("# /usr/bin/systemctl status httpd"));
        assert!(!root_command("# listen on all addresses"));
        assert!(!root_command("# the cache lives here"));
    }
}
