//! Literal blocks of body text: which runs of lines are preformatted
//! (commands, configuration, output) and where such a block ends.

use super::blockrun::Next;
use super::body::next_nonblank;
use super::classify::{list_marker, prompt, prose, short_sentence};
use super::cmdshape::terse;
use super::codechunk::quoted_sentence;
use super::columns::columns;
use super::dumprefs::link_line;
use super::intro::announces_example;
use super::lines::{Line, dedent, unclosed};
use super::pointed::closing_text;
use super::session;
use crate::doc::{Block, BlockKind};

/// Whether the last of `prev` is a paragraph ending with `:` (or `::`),
/// announcing what comes next.
pub(super) fn colon_before(prev: &[Block]) -> bool {
    colon_ended(closing_text(prev).as_deref())
}

/// Whether a paragraph's text `closing`, if there is one, ends with `:`.
fn colon_ended(closing: Option<&str>) -> bool {
    closing.is_some_and(|t| t.trim_end().ends_with(':'))
}

/// Whether `chunk` is a literal block because the paragraph before it,
/// the last of `prev`, announces it: it ends with `::`, or with `:` (or
/// `e.g.`) over lines that are no sentences, twelve at most if any is;
/// or it announces a sample with a colon (`It looks like this:`) over
/// lines set in and laid out (`shown_as_laid_out`), sentences and all.
pub(super) fn after_colon(prev: &[Block], chunk: &[Line]) -> bool {
    let Some(text) = closing_text(prev) else {
        return false;
    };
    let text = text.trim_end();
    if (text.ends_with("::") && list_marker(&chunk[0].text).is_none())
        || super::pointed::sample(prev, chunk)
        || shown_as_laid_out(text, chunk)
        || quoted_mail(text, chunk)
    {
        return true;
    }
    // a web address on its own (or a wiki's link to one, `[[https://x.org|
    // the docs]]`) is a link to follow, not text to type
    let urls = chunk
        .iter()
        .all(|l| link_line(&l.text) || super::inline::moin_link(&l.text));
    let wordy = super::pointed::sentences(chunk);
    // (a step's number alone, `Step 3:`, labels what follows, as a
    // heading would, announcing no block)
    (text.ends_with(':') || announces_example(text))
        && !super::headtext::part_number(text.trim_end_matches(':'))
        && (chunk.len() <= 12 || wordy == 0)
        && !urls
        && (wordy == 0 || (wordy * 3 < chunk.len() && chunk.len() >= 3))
        && chunk.iter().all(|l| !l.text.ends_with('.'))
        && list_marker(&chunk[0].text).is_none()
        && !(chunk.len() == 1 && super::cmdshape::field_names(&chunk[0].text))
}

/// Whether `chunk`, set in under `text` ending with `:` (`Send them
/// this:`), opens with a mail's `Subject:` or `From:` header holding a
/// value, or with a form letter's bare greeting on its own line, no
/// name in it, its text right under it (`Template:` / `    Hi,` /
/// `    your job on ...`): a mail quoted as it is to be sent or as it
/// came, its body sentences and all, kept as written (as it is when a
/// blank line follows the greeting, `blockrun`). A greeting naming
/// someone (`Hi Dana,`) may open a mail that came, quoted as a passage.
fn quoted_mail(text: &str, chunk: &[Line]) -> bool {
    let first = &chunk[0];
    text.ends_with(':')
        && first.indent >= 2
        && (super::mailhead::header(&first.text)
            .is_some_and(|(name, value)| ["subject", "from"].contains(&name) && !value.is_empty())
            || (chunk.len() >= 2 && bare_greeting(&first.text)))
}

/// Whether `text` is a greeting of one word and its comma (`Hi,`,
/// `Hello,`), no name in it: the greeting a form letter opens with.
fn bare_greeting(text: &str) -> bool {
    super::blockrun::greeting(text) && text.split_whitespace().count() == 1
}

/// Whether `chunk` is the sample `text` announces with a colon (`It
/// looks like this:`, `for example:`) shown as it was laid out: set in
/// two columns or more, its first line no list item, some line set
/// deeper than the first and none left of it (`Subject: ...` / `  IPv4:
/// 192.0.2.53`), which a paragraph's lines never are.
fn shown_as_laid_out(text: &str, chunk: &[Line]) -> bool {
    let first = &chunk[0];
    text.strip_suffix(':').is_some_and(announces_example)
        && first.indent >= 2
        && list_marker(&first.text).is_none()
        && chunk.iter().any(|l| l.indent > first.indent)
        && chunk.iter().all(|l| l.indent >= first.indent)
}

/// The number of command lines that open `chunk`, right under a
/// paragraph ending with `:`, when a sentence follows them with no blank
/// line between (`To revoke it:` / `cd /srv/ca` / `find the number ...`):
/// the commands are what the colon points to and the sentence goes on
/// with the text. The lines the commands print go with them, under the
/// colon as at a section's start or under a literal block (`ss -tn` /
/// `ESTAB 0 0 ...`, `awk ... file.csv` / `12840` / `that total ...`). Lines all
/// laid out in three columns or more are one table, whatever their cells.
/// A command set in four columns or more past the text (`base`) under a
/// paragraph is one too, colon or not (`Check the array with` /
/// `    cat /proc/mdstat` / `and note the slot.`). An error a program
/// printed counts as such a line right under the colon, wherever set
/// (`Clients see:` / `FATAL:  out of slots` / `or, through the pooler:`).
/// So does one command typed between two sentences, under a full stop
/// (`interposed::command`); and, right under the colon, a first line of
/// a typed command's shape, no field's `: ` in it, though no known
/// program starts it (`cmdshape::typed`: `enable it again:` / `hostctl enable node-4` /
/// `Close the ticket.`), which the hand conversions set apart in every
/// such place.
pub(super) fn commands_then_prose(prev: &[Block], chunk: &[Line], base: usize) -> Option<usize> {
    let open = matches!(
        prev.last().map(|b| &b.kind),
        None | Some(BlockKind::CodeBlock { .. })
    );
    // (or a message a program tagged with its name, quoted mid-sentence:
    // `the server refuses with` / `    remote: error: ...` / `and ...`;
    // or whatever few lines the pointing sentence, or one ending with
    // `:`, goes on under, its joining word back left: `fail with` /
    // `  batch response: ...` / `and the alert fires`, or a small word,
    // `on every host` (`pointed::resumes`), `in this form:` /
    // `  2024-03-01  disk7  ok` / `and save it`)
    let closing = closing_text(prev);
    let (pointed, broken) = broken_off(closing.as_deref());
    let colon = colon_ended(closing.as_deref());
    let run = super::pointed::set_in_run(chunk);
    let lone = (pointed == Some(true) || colon)
        && chunk
            .get(run)
            .is_some_and(|n| super::pointed::resumes(&chunk[0], n));
    let shown = |l: &Line| lone && chunk[..run].iter().any(|c| c.no == l.no);
    let quoted = |l: &Line| l.indent > base && (super::logline::tagged(&l.text) || shown(l));
    let set_in = pointed.is_some_and(|to| {
        chunk[0].indent >= base + if to || broken || lone { 2 } else { 4 }
            && (chunk[0].code_like() || quoted(&chunk[0]))
    });
    // (an error a program printed, right under the colon: `Apps log
    // errors like:` / `FATAL:  sorry, ...` / `or, through the pooler:`)
    let printed = |l: &Line| colon && super::logline::error(&l.text);
    let table = chunk.len() >= 3 && chunk.iter().all(|l| columns(&l.text));
    let between = || super::interposed::command(closing.as_deref(), chunk);
    if (!colon && !open && !set_in && !between()) || quoted_sentence(chunk) || table {
        return None;
    }
    // (the instruction going on left of its command: `and change ...`)
    let on = |l: &Line| super::intro::goes_on(&chunk[0], l);
    // (a `name: value` line is a field's, `orders: buy@example.com`)
    let typed = |l: &Line| {
        colon && l.no == chunk[0].no && !l.text.contains(": ") && super::cmdshape::typed(&l.text)
    };
    let mut lead = chunk
        .iter()
        .take_while(|l| {
            let row = super::cmdshape::path_row(&l.text);
            let code = l.code_like() && (row || !prose(&l.text));
            (code || (set_in && quoted(l)) || printed(l) || typed(l))
                && list_marker(&l.text).is_none()
                && !on(l)
        })
        .count();
    if lead > 0 {
        lead += unworded_run(&chunk[lead..], &chunk[0]);
    }
    if lead > 0 && super::printed::output_resumes(chunk, lead) {
        return Some(chunk.len());
    }
    let next = chunk.get(lead)?;
    let text = (prose(&next.text) && !next.code_like()) || on(next);
    (lead > 0 && text && next.indent <= chunk[0].indent).then_some(lead)
}

/// How many lines of `rest` go on with the commands above them: no
/// sentence, no list item, nor the instruction under `first` going on
/// left of its command (`intro::goes_on`).
fn unworded_run(rest: &[Line], first: &Line) -> usize {
    rest.iter()
        .take_while(|l| {
            !prose(&l.text) && list_marker(&l.text).is_none() && !super::intro::goes_on(first, l)
        })
        .count()
}

/// How the paragraph's text `closing` ends, if a paragraph closes: whether
/// on a word pointing to what follows (`ask for the output of`), and
/// whether on any word with no stop (`... connections. Use`). Two
/// columns will do for a command set in under either: the sentence is
/// not over, what it names is set in under it.
fn broken_off(closing: Option<&str>) -> (Option<bool>, bool) {
    match closing {
        Some(text) => {
            let broken = text.ends_with(|c: char| c.is_alphabetic());
            (Some(super::intro::open_ended(text)), broken)
        }
        None => (None, false),
    }
}

/// Whether `lines[k]`, right under a line ending with `:`, starts what
/// the colon announces rather than going on with the sentence: a line set
/// deeper (a web address alone there is where the sentence points), a
/// line laid out in columns, or settings up to the chunk's `end`, or one
/// line alone at its margin that is no sentence (`flushsample::sample`);
/// or, under a full stop, a listing in columns set in
/// (`columns::under_stop`).
pub(super) fn colon_block(lines: &[Line], k: usize, end: usize) -> bool {
    let (prev, l) = (&lines[k - 1], &lines[k]);
    // (one column deeper will do for a line that is no sentence: a
    // command under an item's text, `2. Take it offline:` / `zpool ...`)
    let deeper = l.indent >= prev.indent + 2
        || (l.indent > prev.indent && !prose(&l.text) && !l.text.ends_with('.'));
    // (`e.g.` ends a line as a colon would, over the lines set deeper:
    // `..., e.g.` / `-Xms4g`)
    let example = announces_example(&prev.text) && deeper && !prose(&l.text);
    example
        || prev.text.ends_with(':')
            && ((deeper && !link_line(&l.text)) || columns(&l.text) || settings(&lines[k..end]))
        || super::columns::under_stop(lines, k)
        || super::flushsample::sample(lines, k, end)
}

/// Whether `rest`, the lines right under a line ending with `:` at its
/// indentation, are settings, two or more (`batch_size: 500` /
/// `endpoint = https://...`, `Port: 5432`): each a lower-case key of one
/// word or a name of one or two in capitals with a short value, `:` or
/// `=`, and a value. Typed at the margin, they are a block, not the
/// sentence going on.
fn settings(rest: &[Line]) -> bool {
    let setting = |l: &Line| {
        let Some(at) = l.text.find([':', '=']) else {
            return false;
        };
        let (key, value) = (l.text[..at].trim_end(), l.text[at + 1..].trim());
        let lower = key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "_-.".contains(c));
        // or a name of a word or two in capitals (`Host: db01`)
        let named = key.split(' ').count() <= 2
            && key.starts_with(|c: char| c.is_ascii_uppercase())
            && key.chars().all(|c| c.is_alphabetic() || c == ' ')
            && value.split_whitespace().count() <= 3;
        !key.is_empty() && !value.is_empty() && (lower || named)
    };
    rest.len() >= 2
        && rest
            .iter()
            .all(|l| l.indent == rest[0].indent && setting(l))
}

/// The end of the commands indented right under a paragraph line ending
/// with `:`, or of a listing in columns under a full stop
/// (`columns::under_stop`), no blank line between: up to the first line
/// back at the paragraph's indentation, lines inside an open bracket or
/// left of it going on.
pub(super) fn under_colon(lines: &[Line], i: usize, prev: &[Block]) -> Option<usize> {
    let above = lines.get(i.checked_sub(1)?)?;
    let intro = matches!(
        prev.last(),
        Some(Block {
            kind: BlockKind::Paragraph(_),
            ..
        })
    );
    let stop = super::columns::under_stop(lines, i);
    if !intro
        || above.blank()
        || !(above.text.ends_with(':') || stop)
        || lines[i].indent < above.indent + 2
        || !(stop
            || lines[i].code_like()
            || shell_marks(&lines[i].text)
            || super::cmdshape::keyed_path(&lines[i].text)
            || listing(lines, i, above)
            || super::cmdshape::lone_terse(lines, i, above.indent)
            || super::logline::written(&lines[i].text)
            || quoted_line(lines, i, above)
            || super::annotated::listing(lines, i))
    {
        return None;
    }
    let mut k = i + 1;
    while k < lines.len() && !lines[k].blank() {
        // a line left of the paragraph is a command wrapped by the dump
        if lines[k].indent == above.indent && !unclosed(&lines[i..k]) {
            break;
        }
        // a sentence after the commands goes on with the text; under a
        // prompt, a line set in as far as the command is what it printed
        // (`$ lmutil lmstat` / `lmutil - Copyright (c) 1989 Flexera.`)
        let t = &lines[k].text;
        let prompted = lines[i..k].iter().any(|l| prompt(&l.text));
        let printed = prompted && lines[k].indent >= lines[i].indent;
        if (prose(t) || (short_sentence(t) && !prompted))
            && !printed
            && !lines[k].code_like()
            && t.ends_with('.')
            && !lines[k - 1].text.ends_with('\\')
            && !unclosed(&lines[i..k])
        {
            break;
        }
        k += 1;
    }
    Some(k)
}

/// Whether the line `i`, set in right under a sentence ending with `:`
/// (`or in the client log:` / `    TLS: handshake refused (0x2a)`), alone
/// before a blank line, is a line quoted as a program wrote it: no stop
/// at its end, no link, no list item. A sentence the text goes on with
/// ends with its full stop.
fn quoted_line(lines: &[Line], i: usize, above: &Line) -> bool {
    let t = &lines[i].text;
    above.text.split_whitespace().count() >= 3
        && lines.get(i + 1).is_none_or(Line::blank)
        && !t.ends_with(['.', ':', ','])
        && !link_line(t)
        && list_marker(t).is_none()
}

/// Whether two or more lines from `i`, all set in under the line
/// `above`, read as a listing: none ending with `.` or `:`, nor a
/// sentence unless it has a command's terse shape (`systemctl status
/// nginx`).
fn listing(lines: &[Line], i: usize, above: &Line) -> bool {
    let under: Vec<&Line> = lines[i..]
        .iter()
        .take_while(|l| !l.blank() && l.indent >= above.indent + 2)
        .collect();
    under.len() >= 2
        && under
            .iter()
            .all(|l| (!prose(&l.text) || terse(&l.text)) && !l.text.ends_with(['.', ':']))
}

/// A comment line of a script or a configuration file: `#` then a space,
/// another mark or nothing (`#fedora-admin` names a channel); or of SQL:
/// `-- ` then text.
pub(super) fn comment(text: &str) -> bool {
    text.strip_prefix('#')
        .is_some_and(|r| r.is_empty() || r.starts_with([' ', '#', '=', '-', '!', '*']))
        || text.starts_with("-- ")
}

/// Shell punctuation: `$VAR`, `$(`, `; `, `|`, ` && `.
fn shell_marks(text: &str) -> bool {
    text.contains('$') || text.contains("; ") || text.contains(" | ") || text.contains(" && ")
}

/// A literal block of `code` starting at input line `line`.
pub(super) fn literal_block(lang: Option<String>, code: String, line: u32) -> Block {
    let kind = BlockKind::CodeBlock {
        lang,
        code,
        caption: None,
        linenos: false,
    };
    Block::new(line, kind)
}

/// The lines `i..end` as one literal block.
pub(super) fn literal(lines: &[Line], i: usize, end: usize) -> (Vec<Block>, usize) {
    let code = dedent(&lines[i..end]);
    let block = literal_block(super::codelang::language(&lines[i..end]), code, lines[i].no);
    (vec![block], end)
}

/// A literal block from `i`, joined with following preformatted runs.
pub(super) fn code(lines: &[Line], i: usize, end: usize, base: usize) -> (Vec<Block>, usize) {
    // (a sentence set back at the margin above the closing sentences
    // splits the block first: `Check with` over the next command)
    let left = super::intro::set_left(lines, i, end, base);
    let tail = prose_tail(lines, i, end, base).filter(|&t| left.is_none_or(|l| t <= l));
    if let Some(k) = tail
        .or_else(|| back_at_prose(lines, i, end, base))
        .or_else(|| super::intro::between(lines, i, end))
        .or(left)
        .or_else(|| session::label_after_prompts(lines, i, end))
        .or_else(|| super::columns::prose_after_rows(lines, i, end))
        .or_else(|| super::nextstep::at(lines, i, end))
        // (no split where a program's message over its details goes on)
        .filter(|&k| !super::printed::message_over_details(&lines[i..end], k - i))
    {
        // (what the command printed under a colon and a blank stays)
        // (`k` is the tail `prose_tail` found whenever it found one)
        let k = if tail.is_some() {
            super::printed::tail_end(lines, i, k, end)
        } else {
            k
        };
        return literal(lines, i, k);
    }
    let mut end = end;
    // (what the block leaves open, kept as it grows: no rescan per run)
    let mut open = super::blockrun::Open::of(&lines[i..end]);
    while let Some(k) = next_nonblank(lines, end) {
        if session::left_session(&lines[end - 1].text) {
            break;
        }
        match super::blockrun::next(lines, i, end, k, base, &open) {
            Next::Joins(e) => {
                open.add(&lines[end..e]);
                end = e;
            }
            Next::Ends(at) => {
                end = at.unwrap_or(end);
                break;
            }
        }
    }
    let (mut out, end) = super::blockrun::literal(lines, i, end);
    if overhang(&lines[i..end], base)
        && let Some(BlockKind::CodeBlock { code, .. }) = out.first_mut().map(|b| &mut b.kind)
    {
        *code = code.trim_start_matches([' ', '\t']).to_string();
    }
    (out, end)
}

/// Whether the first line of a block sits at the prose indentation and
/// every other line further left, all at one indentation (a command
/// typed on the paragraph's margin, wrapped or followed at the left
/// edge): the first line's indent is the paragraph's, not the code's.
fn overhang(block: &[Line], base: usize) -> bool {
    let first = block[0].indent;
    let mut rest = block[1..].iter().filter(|l| !l.blank()).map(|l| l.indent);
    let Some(left) = rest.next() else {
        return false;
    };
    first <= base && left < first && rest.all(|n| n == left)
}

/// Where sentences start that close the commands of `lines[i..end]`
/// (`(The source is the guest's address.) If there are more guests, ...`,
/// a remark in brackets alone, `(the queue then drains on its own)`):
/// from a line that reads as prose, starts a sentence and is not a
/// command, to a full stop at the end, nothing of it looking like code.
/// A line set deeper than both the block's first line and the prose
/// (`base`) is output going on (`kiln halted -` / `        Thermocouple
/// open; retrying in 60 seconds...`), not the text.
fn prose_tail(lines: &[Line], i: usize, end: usize, base: usize) -> Option<usize> {
    // outside a session's transcript a short sentence will do (`and wait
    // for it.`), where a program's message (`Nothing to do.`) would not
    let typed = !lines[i..end].iter().any(|l| prompt(&l.text));
    let k = (i + 1..end).find(|&k| opens_text(lines, i, k, end, base, typed))?;
    // (a sentence leading into its bullet list is text read up to the
    // list, the list the text's own: `leadlist`)
    let listed = super::leadlist::list_under(lines, k, end);
    let tail = &lines[k..listed.unwrap_or(end)];
    // a sentence without its full stop (`Then check the log`) by its look;
    // a remark in brackets closes with its bracket
    let remark = lines[k].text.starts_with('(') && prose(&lines[k].text);
    let ended = listed.is_some()
        || tail
            .last()
            .is_some_and(|l| l.text.ends_with('.') || (remark && l.text.ends_with(')')));
    // (one line saying what the program did, `Config saved to flash.`,
    // under a prompt is its output)
    let done = !typed && tail.len() == 1 && session::reports_done(&tail[0].text);
    // (under a prompt, lines set four columns or more past the would-be
    // sentence are the program's report laid out, `Phase 2 - using
    // internal log` / `        - zero log...`: output, no text)
    let nested = !typed && tail.iter().any(|l| l.indent >= lines[k].indent + 4);
    let ok = tail.iter().all(|l| !l.code_like() && !prompt(&l.text))
        && !asks(tail)
        && !done
        && !nested
        && (ended
            || session::instruction(&lines[k].text, !typed)
            || super::intro::resumes(lines, i, k)
            || (typed && super::remark::said_after(lines, i, k, end)))
        && (lines[i..k].iter().any(|l| l.code_like())
            // (or lines no command reads like, all set in past the
            // sentence that comes back left: `-Xms4g` / `on a small box.`)
            || lines[i..k].iter().all(|l| l.indent > lines[k].indent));
    ok.then_some(k)
}

/// Whether `lines[k]` may open the sentences closing the commands from
/// `lines[i]` (`prose_tail`): no deeper than the block's first line or
/// the prose, read as prose or a sentence resumed, no code, no column
/// heads, and, under a prompt, not a line the program printed.
fn opens_text(lines: &[Line], i: usize, k: usize, end: usize, base: usize, typed: bool) -> bool {
    // (commands set left of the prose, as `links -dump` sets them: a
    // line at their indentation, left of the prose, is their output,
    // unless a remark in brackets; typed at the margin they may be an
    // item's, a sentence of it flush left too)
    let left = lines[i].indent > 0 && lines[i].indent < base;
    let t = &lines[k].text;
    let margin = lines[k].indent == base && lines[i].indent > base;
    lines[k].indent <= lines[i].indent.max(base)
        && !(left && lines[k].indent < base && !t.starts_with('('))
        && (prose(t)
            || (typed && short_sentence(t))
            || super::intro::resumes(lines, i, k)
            || (typed && super::remark::said_after(lines, i, k, end)))
        && !lines[k].code_like()
        // (`NAME  HOST  STATE  LAST SEEN` heads the output's columns)
        && !columns(t)
        && t.starts_with(|c: char| c.is_alphabetic() || c == '(')
        // (under a prompt, a line in lower case is what the program
        // printed, `example repository is up to date.`, unless back
        // at the text's or an item's margin left of the command set
        // in past it: `  $ systemctl restart kilnd` / `kilnd needs a
        // minute ...`)
        && (typed
            || margin
            || !t.starts_with(|c: char| c.is_lowercase())
            || super::intro::resumes(lines, i, k))
}

/// Whether a line of `tail` before its last is a short question a
/// program puts and waits on (`New password:` / `Retype new password:`):
/// four words or fewer ending with `:`, and more lines after it. Text
/// going on after a command seldom stops so; such lines are the
/// program's side of the session, output with the rest.
fn asks(tail: &[Line]) -> bool {
    let before_last = &tail[..tail.len().saturating_sub(1)];
    before_last
        .iter()
        .any(|l| l.text.ends_with(':') && l.text.split_whitespace().count() <= 4)
}

/// Where commands set left of the prose (`links -dump` sets them at 1,
/// the prose at 3) give way to a line back at the prose indentation that
/// ends a sentence (`free space with` / ` tidy --old` / `and restart
/// it.`), or, last before a blank line, introduces what follows (`At the
/// pdu> prompt:`): the sentence goes on with the text, not the commands.
/// A sentence wrapped there starts on its first line back at the prose
/// (`and look for State = Done. When it finishes the` / `state turns
/// green.`): the lines of prose right above the stop go with it.
fn back_at_prose(lines: &[Line], i: usize, end: usize, base: usize) -> Option<usize> {
    if lines[i].indent >= base {
        return None;
    }
    let stop = back_at_stop(lines, i, end, base)?;
    let wrapped = |k: usize| {
        let l = &lines[k];
        l.indent == base
            && l.text.starts_with(char::is_alphabetic)
            && l.text.split_whitespace().count() >= 4
            && !l.code_like()
            && !l.text.ends_with(['\\', ':'])
    };
    let from = (i + 1..stop).rev().take_while(|&k| wrapped(k)).last();
    Some(from.filter(|&k| !unclosed(&lines[i..k])).unwrap_or(stop))
}

/// The first line of `lines[i + 1..end]` back at the prose indentation
/// that ends a sentence or, last, introduces what follows (`back_at_prose`).
fn back_at_stop(lines: &[Line], i: usize, end: usize, base: usize) -> Option<usize> {
    (i + 1..end).find(|&k| {
        let l = &lines[k];
        let intro = k + 1 == end && l.text.ends_with(':') && l.text.split_whitespace().count() >= 3;
        // (a line set deeper than the prose is output going on)
        l.indent == base
            && (l.text.ends_with('.') || intro)
            && l.text.starts_with(char::is_alphabetic)
            && l.text.split_whitespace().count() >= 2
            && !l.code_like()
            && !lines[k - 1].text.ends_with('\\')
            && !unclosed(&lines[i..k])
    })
}

#[cfg(test)]
mod tests {
    use crate::doc::BlockKind;

    #[test]
    fn a_web_address_after_a_colon_is_a_paragraph() {
        let text = "   The dump of all the keys is at:\n\n   [58]https://example.org/keys/dump\n\n   Run this:\n\n   ls /srv/keys\n";
        let doc = crate::convert::read(text).doc;
        assert!(matches!(doc.blocks[1].kind, BlockKind::Paragraph(_)));
        assert!(matches!(doc.blocks[3].kind, BlockKind::CodeBlock { .. }));
    }

    #[test]
    fn an_example_set_deeper_under_e_g_is_a_block_then_the_text_goes_on() {
        use crate::convert::lines::split;
        let lines = split("the peak, e.g.\n\t-S38\n\t-T34\nin a cool house.\n");
        assert!(super::colon_block(&lines, 1, 4));
        assert_eq!(super::prose_tail(&lines, 1, 4, 0), Some(3));
        let wrapped = split("the peak, e.g.\nin a cool house.\n");
        assert!(!super::colon_block(&wrapped, 1, 2));
    }

    #[test]
    fn an_intro_line_ends_commands_only_before_a_blank() {
        use super::back_at_prose;
        use crate::convert::lines::split;
        let intro = split(" ssh maint@lift01\n   At the lift> prompt type this:\n");
        assert_eq!(back_at_prose(&intro, 0, 2, 3), Some(1));
        let asked = split(" openssl genrsa -des3 -out k.key\n   Enter PEM pass phrase:\n   done\n");
        assert_eq!(back_at_prose(&asked, 0, 3, 3), None);
    }
}
