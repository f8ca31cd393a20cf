//! Whether a line introduces what follows it (a sentence ending with
//! `:`, a line over a command or a lone link) rather than titling it:
//! what keeps such lines from being taken for headings; and where such a
//! sentence among commands splits their literal block; and whether a
//! paragraph ends by announcing an example (`..., e.g.`).

use super::body::next_nonblank;
use super::classify::{list_marker, prompt, prose};
use super::dumprefs::link_line;
use super::lines::Line;
use crate::doc::Block;

/// Whether a line ending with `:` (or `?`) introduces what follows rather
/// than titling it: a sentence, a lower-case start, `::`, a command next,
/// or rows laid out in columns set in, or a drawn table, under a phrase
/// (`Domains we hold:` over `name   registrar   expires`: the rows it
/// announces; one word, `Escalation:`, names its section); and the
/// header row of a table split by tabs, which heads its rows, not a section.
pub(super) fn introduces(lines: &[Line], i: usize) -> bool {
    let t = &lines[i].text;
    if super::tsv::header(lines, i) {
        return true;
    }
    if t.ends_with('?') {
        return before_code(lines, i);
    }
    if !t.ends_with(':') {
        // (a sentence breaking off on a word that wants more, `the
        // template at`, over the link set in that ends it)
        return breaks_off(t) && before_link(lines, i);
    }
    t.split_whitespace().count() >= 6
        || leads_in(lines, i)
        || (addressed(t) && before_list(lines, i))
        || clause_after_comma(t)
        || (t.split_whitespace().nth(1).is_some()
            && (before_columns(lines, i) || before_table(lines, i)))
}

/// Whether the next non-blank line after `lines[i]` opens a table drawn
/// with `|` and dashes: a pipe table's header over its dashed line, or a
/// grid's top border (`+------+-----+`); or names the columns of a
/// two-column table typed with spaces (`Host   Role` over its rows).
fn before_table(lines: &[Line], i: usize) -> bool {
    next_nonblank(lines, i + 1).is_some_and(|n| {
        super::rsttable::border(&lines[n].text)
            || super::pipetable::parse(lines, n).is_some()
            || super::gluedhead::headed_columns(lines, n)
    })
}

/// Whether the next non-blank line after `lines[i]` and the line under it
/// are set deeper than it and laid out in three columns or more
/// (`columns::columns`): rows of data it announces.
fn before_columns(lines: &[Line], i: usize) -> bool {
    let row = |k: usize| {
        lines
            .get(k)
            .is_some_and(|l| l.indent > lines[i].indent && super::columns::columns(&l.text))
    };
    next_nonblank(lines, i + 1).is_some_and(|n| row(n) && row(n + 1))
}

/// Whether a line goes on past a comma with a clause that opens on a
/// preposition (`Reply template, to the users list:`, `From any host, as
/// root:`): a sentence leading in what follows; a title names a thing
/// (`Audit logs, centrally:` stays one).
fn clause_after_comma(t: &str) -> bool {
    const OPENERS: [&str; 9] = ["to", "for", "as", "from", "with", "via", "on", "in", "at"];
    t.split_once(", ").is_some_and(|(_, rest)| {
        let mut words = rest.split_whitespace();
        words.next().is_some_and(|w| OPENERS.contains(&w)) && words.next().is_some()
    })
}

/// Whether `t` is a sentence put to someone, a person its subject (`You
/// need from the partner:`): a title names a thing, it says no `you`.
fn addressed(t: &str) -> bool {
    let first = t.split_whitespace().next().unwrap_or("");
    ["You", "We", "I", "They"].contains(&first)
}

/// Whether a line with no stop ends on a word a sentence goes on after:
/// `open_ended`'s, or a preposition naming a place (`at`, `on`, `in`).
fn breaks_off(t: &str) -> bool {
    let last = t.split_whitespace().last().unwrap_or("").to_lowercase();
    open_ended(t) || ["at", "on", "in", "under", "via"].contains(&last.as_str())
}

/// Whether the next non-blank line after `lines[i]` opens a list set
/// deeper than it (`You need:` over its indented `a) ...` items).
fn before_list(lines: &[Line], i: usize) -> bool {
    next_nonblank(lines, i + 1)
        .is_some_and(|n| lines[n].indent > lines[i].indent && list_marker(&lines[n].text).is_some())
}

/// Whether a line ending with `:` leads in what follows whatever its
/// length: `::`, a lower-case start, an open end, or a command, a lone
/// link or a quote next.
pub(super) fn leads_in(lines: &[Line], i: usize) -> bool {
    let t = &lines[i].text;
    t.ends_with("::")
        || t.starts_with(char::is_lowercase)
        || open_ended(t)
        || before_code(lines, i)
        || before_link(lines, i)
        || before_quote(lines, i)
}

/// Whether `lines[i]`, ending with no stop on a word that wants more (`to`,
/// `and`, or a verb awaiting its object: `set`, `change`, `use`), is a sentence
/// that a block set in its middle cuts (`Edit fstab and set` / the fstab
/// line / `then mount it again.`): the block after it is not prose, and
/// the text after the block goes on with a lower-case word.
pub(super) fn cut_by_block(lines: &[Line], i: usize) -> bool {
    const VERBS: &[&str] = &[
        "set", "change", "add", "run", "use", "type", "enter", "replace", "put", "append", "insert",
    ];
    let t = &lines[i].text;
    let last = t.split_whitespace().last().unwrap_or("").to_lowercase();
    if !(open_ended(t) || VERBS.contains(&last.as_str())) {
        return false;
    }
    let Some(n) = next_nonblank(lines, i + 1) else {
        return false;
    };
    let e = super::body::chunk_end(lines, n);
    let goes_on = next_nonblank(lines, e).is_some_and(|m| {
        let t = &lines[m].text;
        t.starts_with(char::is_lowercase)
            && (prose(t) || t.ends_with('.'))
            && !lines[m].code_like()
            && list_marker(t).is_none()
    });
    lines[i].text.ends_with(char::is_alphabetic)
        && lines[n..e].iter().all(|l| !prose(&l.text))
        && goes_on
}

/// Whether `lines[k]`, back left of the commands set in from `lines[i]`
/// right under a line that breaks off with no stop, goes on with the
/// sentence they cut (`clean them with` / `\tsudo tidy --old` / `and
/// restart it`, `restart it with` / `\tsudo systemctl restart x` / `if
/// it shows as down`): a joining word in lower case first, a conjunction
/// or one that opens a condition, then more words.
pub(super) fn resumes(lines: &[Line], i: usize, k: usize) -> bool {
    const JOINING: [&str; 11] = [
        "and", "then", "or", "but", "so", "if", "unless", "when", "once", "until", "while",
    ];
    let mut words = lines[k].text.split_whitespace();
    let joins = words.next().is_some_and(|w| JOINING.contains(&w));
    let set_in = joins
        && words.next().is_some()
        && lines[k].indent < lines[i].indent
        && i > 0
        && lines[i - 1].indent < lines[i].indent
        && lines[i - 1].text.ends_with(char::is_alphabetic);
    set_in || resumes_flush(lines, i, k)
}

/// Whether `lines[k]` goes on with the sentence that the prompted
/// commands `lines[i..k]`, typed at the text's own margin, cut off (`put
/// it back with` / `$ tool undrain node2` / `once the cause is found.`):
/// the line above them breaks off with no stop, or announces them with
/// `:` (`put the old one back from the history:` / `$ vault kv get ...`
/// / `and set it again.`), and this one opens in lower case with a word
/// that joins a clause on, a relative `which` or an `also` among them
/// (`which prints the count.`, `also shows who is logged in.`), and
/// ends the sentence; or the line above breaks off at a comma (`To test
/// it, from the host,` / `$ tool probe node2` / `should print OK.`) and
/// this one, two words or more in lower case, ends the sentence. A
/// program's output under a prompt does not open so: the hand
/// conversions set every such line as the text going on (14 of 14).
fn resumes_flush(lines: &[Line], i: usize, k: usize) -> bool {
    const JOINING: [&str; 14] = [
        "and", "then", "or", "but", "so", "once", "until", "when", "before", "after", "unless",
        "while", "which", "also",
    ];
    let l = &lines[k];
    let mut words = l.text.split_whitespace();
    let joins = words.next().is_some_and(|w| JOINING.contains(&w));
    let Some(above) = i.checked_sub(1).map(|a| &lines[a]) else {
        return false;
    };
    // (a line above broken off at a comma, `To test it, from the host,`,
    // leaves its sentence plainly open: any words in lower case close
    // it, `should print OK.`)
    let comma = above.text.ends_with(',') && l.text.starts_with(char::is_lowercase);
    let closes = if comma {
        l.text.split_whitespace().nth(1).is_some()
    } else {
        joins && words.count() >= 2 && prose(&l.text)
    };
    closes
        && l.text.ends_with('.')
        && k > i
        && above.indent == l.indent
        && lines[i].indent == l.indent
        && (comma || above.text.ends_with(char::is_alphabetic) || above.text.ends_with(':'))
        && prose(&above.text)
        && lines[i..k].iter().all(|c| prompt(&c.text))
}

/// Whether `l`, back left of the command `first` set in, goes on with
/// the instruction the command was typed in (`virsh edit web01` / `and
/// change every <disk file='...'/> to`): a joining word in lower case,
/// then a plain word, whatever code the rest names.
pub(super) fn goes_on(first: &Line, l: &Line) -> bool {
    const JOINING: [&str; 5] = ["and", "then", "or", "but", "so"];
    let mut words = l.text.split_whitespace();
    let joins = words.next().is_some_and(|w| JOINING.contains(&w));
    let plain = words
        .next()
        .is_some_and(|w| w.chars().all(|c| c.is_ascii_lowercase()));
    joins && plain && l.indent < first.indent
}

/// Whether the next non-blank line after `lines[i]` opens a `> ` quote
/// (`From the ticket:` over the quoted reply).
fn before_quote(lines: &[Line], i: usize) -> bool {
    next_nonblank(lines, i + 1)
        .is_some_and(|n| lines[n].indent >= lines[i].indent && lines[n].text.starts_with("> "))
}

/// Whether the next non-blank line after `lines[i]` is a lone link set
/// deeper than it (`Dashboard:` over an indented `https://...`).
fn before_link(lines: &[Line], i: usize) -> bool {
    next_nonblank(lines, i + 1)
        .is_some_and(|n| lines[n].indent > lines[i].indent && link_line(&lines[n].text))
}

/// Whether a line ending with `:` breaks off mid-sentence, on a verb or a
/// word that points ahead (`The hosts are:`, `Do it as follows:`): a
/// title ends on a noun. A `like` closing a clause that opens with `What`
/// or `How` (`What a bad reply looks like:`) ends it: the clause names a
/// thing, as a title does, and points nowhere.
pub(super) fn open_ended(text: &str) -> bool {
    const WORDS: &[&str] = &[
        "are",
        "is",
        "was",
        "were",
        "be",
        "follows",
        "following",
        "below",
        "include",
        "includes",
        "to",
        "the",
        "of",
        "for",
        "with",
        "from",
        "by",
        "into",
        "like",
        "this",
        "these",
        "and",
        "or",
    ];
    let last = text.trim_end_matches(':').split_whitespace().last();
    let first = text.split_whitespace().next().unwrap_or("");
    let named = ["What", "How"].contains(&first) && last == Some("like");
    !named && last.is_some_and(|w| WORDS.contains(&w.to_lowercase().as_str()))
}

/// Whether the next non-blank line after `lines[i]` is a command.
pub(super) fn before_code(lines: &[Line], i: usize) -> bool {
    next_nonblank(lines, i + 1).is_some_and(|n| prompt(&lines[n].text) || lines[n].code_like())
}

/// Whether `run`, a run of lines after a blank line, is one sentence
/// announcing the block after it: at the prose indentation `base` or
/// short of it, all at one indentation, opening as a sentence does (a
/// capital, then a lower-case word or a number), each line after the first going on
/// with it (a lower-case start, no stop at the end of the line above)
/// and the last ending with `:` after three words or more (`Every
/// command below needs --profile audit ;` / `it is shortened to $S3
/// here:`), no prompt nor list marker in it. However many options or
/// paths it names, it is the text's, not a literal block nor more of the
/// one above.
pub(super) fn lead_in(run: &[Line], base: usize) -> bool {
    let (Some(first), Some(last)) = (run.first(), run.last()) else {
        return false;
    };
    let mut words = first.text.split_whitespace();
    let capital = words
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    // (or a number: `After 90 days locked:`)
    let lower = words
        .next()
        .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()));
    let goes_on = run.windows(2).all(|w| {
        !w[0].text.ends_with(['.', ':', '!', '?']) && w[1].text.starts_with(char::is_lowercase)
    });
    first.indent <= base
        && run
            .iter()
            .all(|l| l.indent == first.indent && !prompt(&l.text) && list_marker(&l.text).is_none())
        && capital
        && lower
        && goes_on
        && last.text.ends_with(':')
        && !last.text.ends_with("::")
        && last.text.split_whitespace().count() >= 3
}

/// Where a sentence after the commands of `lines[i..end]`, all at one
/// indentation, announces the next with a colon or `e.g.` (`ls /srv` /
/// `Anything listed there must go first:` / `rm -r /srv/old`), maybe
/// wrapped over lines (`There is no undo.  If the lead agrees, raise` /
/// `the limit for the day:`): the sentence and what it announces are the
/// text's, not the block's, whatever follows (more such sentences). What
/// it announces may be set deeper, all of it, under one sentence whose
/// last line need not read as prose alone (`Remount on the web` / `heads
/// (web01-web04):` / ` sudo mount -a`).
pub(super) fn between(lines: &[Line], i: usize, end: usize) -> Option<usize> {
    let k = (i + 1..end.saturating_sub(1)).find(|&k| {
        let t = &lines[k].text;
        // (or breaks off right over it on the word pointing to it: `fetch it with`)
        let pointing = open_ended(t) && lines[k + 1].code_like();
        let announces = t.ends_with(':') || announces_example(t) || pointing;
        let above = &lines[k - 1];
        let wrapped = above.indent == lines[k].indent && prose(&above.text) && !above.code_like();
        (prose(t) || wrapped) && announces && !lines[k].code_like()
    })?;
    // the sentence's first line: after the last command above it
    let s = (i + 1..k)
        .rev()
        .find(|&x| lines[x].code_like())
        .map_or(i + 1, |x| x + 1);
    let (at, after) = (lines[i].indent, &lines[k + 1..end]);
    // (set deeper under one sentence: no label ending with `:` in it, `Fix:`)
    let deeper =
        after.iter().all(|l| l.indent > at) && !lines[i..k].iter().any(|l| l.text.ends_with(':'));
    let level = lines[i..=k].iter().all(|l| l.indent == at)
        && (after.iter().all(|l| l.indent == at) || deeper);
    let typed = |l: &Line| !prose(&l.text) || super::cmdshape::remote(&l.text);
    let commands = |r: &[Line]| r.iter().all(|l| l.code_like() && typed(l));
    let ok = level
        && prose(&lines[s].text)
        && lines[s].text.starts_with(char::is_alphabetic)
        && commands(&lines[i..s])
        && commands(&lines[k + 1..k + 2]);
    ok.then_some(s)
}

/// Where a sentence typed back at the prose margin (`base`), left of the
/// commands of `lines[i..end]`, goes on with the text, ending with a
/// colon or a full stop (`    $ cat a.crt b.key > c.pem` / `Check that
/// the hashes match:` / `    $ openssl md5 c.pem`), maybe wrapped over
/// lines at its own indentation: the sentence and the commands under it
/// are the text's, not the block's (the lines set in, commands or what
/// they print, need not look like code: their indentation marks them).
/// The sentence ends at a line set otherwise, in past the commands or
/// only past the sentence, and may end on a word that wants more there
/// (`It prints a line like` / `  state=ok`).
/// Last in the run, the sentence announces what the blank line leads to,
/// ending with `:` or a word that wants more (`  anvil-cli list --old` /
/// `It prints something like`), under commands that look like code.
/// Its quoted words count as one (`should fail with "bad version", and`);
/// a line alone, flush left, over what is set in under it may be a short
/// lead-in (`Check with`, `Typical lines:`, `short_lead`); set in itself
/// (`   For keygen:` among `     /var/log/...`), it is one of the
/// block's own lines.
pub(super) fn set_left(lines: &[Line], i: usize, end: usize, base: usize) -> Option<usize> {
    let at = lines[i].indent;
    let k = (i + 1..end).find(|&k| lines[k].indent < at)?;
    let e = (k..end).find(|&x| lines[x].indent != lines[k].indent);
    let sentence = &lines[k..e.unwrap_or(end)];
    let last = &sentence.last()?.text;
    let first = &lines[k].text;
    // (asked last: `quoted_as_one` builds the line anew)
    let worded = || {
        prose(first)
            || prose(&super::cmdshape::quoted_as_one(first))
            || (e == Some(k + 1) && lines[k].indent == 0 && short_lead(first))
    };
    let reads = match e {
        Some(_) => (last.ends_with([':', '.']) || open_ended(last)) && worded(),
        None => {
            lines[k].text.starts_with(char::is_uppercase)
                && lines[k].text.split_whitespace().count() >= 3
                && (last.ends_with(':') || open_ended(last))
                && lines[i..k].iter().any(Line::code_like)
        }
    };
    let ok = lines[k].indent <= base
        && reads
        && lines[k].text.starts_with(char::is_alphabetic)
        && sentence
            .iter()
            .all(|l| l.indent == lines[k].indent && !l.code_like() && !prompt(&l.text));
    ok.then_some(k)
}

/// Whether `text` is a short lead-in typed back at the margin between
/// commands, too short to read as a sentence: two to five plain words
/// (`Check with`, `Typical lines:`), a letter first, ending with `:` or a
/// word that wants more (`open_ended`). One word (`steps:`) is a key of
/// the file the block shows, no lead-in.
fn short_lead(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && text.starts_with(char::is_alphabetic)
        && words.iter().all(|w| {
            w.trim_end_matches([':', ','])
                .chars()
                .all(|c| c.is_alphabetic() || c == '\'' || c == '-')
        })
        && (text.ends_with(':') || open_ended(text))
        && !text.ends_with("::")
}

/// Whether the paragraph before, the last of `prev`, ends with `:`
/// stating what comes under it (`These are the numbers we promised:`),
/// not announcing a sample of it (`A request looks like this:`) nor
/// handing the reader a form to fill in (`Fill these in on the ticket:`),
/// whose lines are kept as typed.
pub(super) fn states(prev: &[Block]) -> bool {
    super::pointed::closing_text(prev).is_some_and(|t| {
        t.trim_end()
            .strip_suffix(':')
            .is_some_and(|t| !announces_example(t) && !hands_form(t))
    })
}

/// Whether a lead-in asks the reader to fill something in (`fill in`,
/// `fill these in`, `filling in`, `fill it in`): what it introduces is a
/// form to copy and complete, its lines kept as typed, not facts stated.
fn hands_form(text: &str) -> bool {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.iter().enumerate().any(|(k, w)| {
        (w == "fill" || w == "filling") && words.iter().skip(k + 1).take(2).any(|n| n == "in")
    })
}

/// Whether a paragraph ends by announcing an example as a colon would
/// (`Add a line to haproxy.cfg, e.g.`, `..., for example`).
pub(super) fn announces_example(text: &str) -> bool {
    let text = text.trim_end_matches([',', ' ']);
    [
        " e.g.",
        " eg.",
        " for example",
        " for instance",
        " like this",
        " like so",
    ]
    .iter()
    .any(|e| text.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::hands_form;

    #[test]
    fn a_lead_asking_to_fill_in_hands_a_form() {
        assert!(hands_form("Fill these in on the repair ticket"));
        assert!(hands_form("Paste this, filling in the dates"));
        assert!(hands_form("Fill in the sheet like the one below"));
        // filling something up, or no filling at all, is no form
        assert!(!hands_form("The spool fills up in an hour"));
        assert!(!hands_form("Fill the tank, then check these"));
        assert!(!hands_form("These are the numbers we promised"));
    }
}
