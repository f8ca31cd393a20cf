//! Line predicates for the legacy text reader: one trimmed line in, what it
//! looks like out (underline, list marker, contact field, command, ...).

use super::cmdshape::remote;
pub use super::contents::{contents_item, is_contents_word};
use super::programs::COMMANDS;
pub use super::shellprompt::prompt;

/// Contact block field names, as written in the legacy SOPs.
pub const CONTACT_FIELDS: &[&str] = &[
    "owner", "contact", "contacts", "location", "servers", "server", "purpose", "persons",
    "sponsor", "scope",
];

/// An underline or overline: one punctuation character repeated 3+ times.
pub fn adornment(text: &str) -> Option<char> {
    let c = text.chars().next()?;
    let ok = "=-~^\"*#+`'_:.".contains(c) && text.len() >= 3 && text.chars().all(|x| x == c);
    ok.then_some(c).or_else(|| alternating(text))
}

/// An adornment of two marks taking turns (`=-=-=-=-`, `-=-=-=-=`), four
/// long at least, as some typists underline a title: its first mark.
fn alternating(text: &str) -> Option<char> {
    let mut marks = text.chars();
    let (a, b) = (marks.next()?, marks.next()?);
    let ok = a != b
        && "=-~*+".contains(a)
        && "=-~*+".contains(b)
        && text.len() >= 4
        && text
            .chars()
            .enumerate()
            .all(|(k, x)| x == if k % 2 == 0 { a } else { b });
    ok.then_some(a)
}

/// A MoinMoin heading `== Text ==`: its level and text; a closing run one
/// longer or shorter is a slip of the typist (`== Text ===`), the opening
/// run gives the level. Its text has a letter or a digit: marks alone
/// (`=-=-=-=`) draw a line.
pub fn moin_heading(text: &str) -> Option<(usize, &str)> {
    let n = text.chars().take_while(|&c| c == '=').count();
    let inner = text[n..].trim_end_matches('=');
    let m = text.len() - n - inner.len();
    let ok = (1..=6).contains(&n)
        && m > 0
        && n.abs_diff(m) <= 1
        && inner.chars().any(char::is_alphanumeric);
    ok.then(|| (n, inner.trim()))
}

/// A `Name: value` contact field: the name as written and the value.
pub fn contact_field(text: &str) -> Option<(&str, &str)> {
    let (name, value) = text.split_once(':')?;
    let key = name.trim().to_lowercase();
    CONTACT_FIELDS
        .contains(&key.as_str())
        .then(|| (name.trim(), value.trim()))
}

/// The `[64]Note.png` icon line of a dump: the admonition name.
pub fn note_icon(text: &str) -> Option<&'static str> {
    let rest = text.strip_prefix('[').map_or(text, |r| {
        r.trim_start_matches(|c: char| c.is_ascii_digit())
            .trim_start_matches(']')
    });
    let name = rest.strip_suffix(".png")?;
    // `Warning (medium size).png`
    let name = match name.split_once(" (") {
        Some((n, size)) if size.ends_with(')') => n,
        _ => name,
    };
    ["Note", "Warning", "Important", "Tip", "Caution"]
        .into_iter()
        .find(|n| n.eq_ignore_ascii_case(name))
}

/// A line that is only an admonition name (the dump lost its icon), in
/// capitals or not, with a colon or not (`WARNING`, `Note:`).
pub fn admonition_word(text: &str) -> Option<&'static str> {
    // the wiki's light bulb icon `(!)`, dumped as its name, flags a
    // point to remember (the human conversion makes it important)
    if text == "Idea" {
        return Some("Important");
    }
    let word = text.strip_suffix(':').unwrap_or(text);
    ["Note", "Warning", "Important", "Tip", "Caution"]
        .into_iter()
        .find(|n| word == *n || upper_of(word, n))
}

/// Whether `word` is the ASCII `name` in capitals (`NOTE` for `Note`),
/// without building the capitals.
fn upper_of(word: &str, name: &str) -> bool {
    word.len() == name.len()
        && word
            .bytes()
            .zip(name.bytes())
            .all(|(w, n)| w == n.to_ascii_uppercase())
}

/// A list marker at the start of `text` (a bullet followed by a space or a
/// tab: `-\tone`): (kind, number, marker width).
/// Kinds: `*`, `-`, `+` for bullets, `1` arabic, `a` lower, `A` upper,
/// `#` arabic numbered by its place (RST's `#.`), `[` a bullet that is a
/// task box (`[ ] Check the label`).
pub fn list_marker(text: &str) -> Option<(char, u32, usize)> {
    let mut chars = text.char_indices();
    let (_, c) = chars.next()?;
    if let Some((_, w)) = super::checklist::task_box(text) {
        return Some(('[', 1, w));
    }
    if let Some(rest) = text.strip_prefix("#.").or_else(|| text.strip_prefix("#)"))
        && rest.starts_with(' ')
    {
        return Some(('#', 1, 2 + space_run(rest)));
    }
    if let Some(rest) = text.strip_prefix('(') {
        return parenthesised(rest);
    }
    if "*-+".contains(c) {
        let after = text[1..].chars().next();
        return match after {
            Some(' ' | '\t') => Some((c, 1, 1 + space_run(&text[1..]))),
            _ => None,
        };
    }
    let digits = &text[..text.bytes().take_while(u8::is_ascii_digit).count()];
    let romans = &text[..text.bytes().take_while(|b| b"ivx".contains(b)).count()];
    let (kind, num, len) = if !digits.is_empty() && digits.len() <= 3 {
        ('1', digits.parse().unwrap_or(1), digits.len())
    } else if let Some(n) = roman(romans).filter(|_| romans.len() >= 2) {
        ('i', n, romans.len())
    } else if c.is_ascii_alphabetic() {
        let k = if c.is_ascii_lowercase() { 'a' } else { 'A' };
        (k, (c.to_ascii_lowercase() as u8 - b'a') as u32 + 1, 1)
    } else {
        return None;
    };
    let rest = &text[len..];
    let delim = rest.chars().next()?;
    if !(delim == '.' || delim == ')') || !rest[1..].starts_with(' ') {
        return None;
    }
    Some((kind, num, len + 1 + space_run(&rest[1..])))
}

/// The lower-case roman numerals sub-steps count with, one to twelve.
pub const ROMANS: [&str; 12] = [
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
];

/// The value of a lower-case roman numeral from `i` to `xii`, as sub-steps
/// count (`ii.`, `iv)`); `i`, `v` and `x` alone are letters as well.
pub fn roman(text: &str) -> Option<u32> {
    ROMANS.iter().position(|r| *r == text).map(|p| p as u32 + 1)
}

/// A number or a small letter in brackets, `(2) Copy it`, `(a) the
/// key` as RST allows (`(c) 2015` is no marker), `rest` after the `(`.
fn parenthesised(rest: &str) -> Option<(char, u32, usize)> {
    let n = rest.bytes().take_while(u8::is_ascii_digit).count();
    let letter = rest
        .bytes()
        .next()
        .filter(|b| n == 0 && b.is_ascii_lowercase());
    let after = rest[n.max(letter.is_some() as usize)..].strip_prefix(')')?;
    let dated = after.trim_start().starts_with(|c: char| c.is_ascii_digit());
    let len = n.max(1);
    if !(1..=3).contains(&len) || !after.starts_with(' ') || (letter.is_some() && dated) {
        return None;
    }
    let Some(b) = letter else {
        return Some(('1', rest[..n].parse().ok()?, n + 2 + space_run(after)));
    };
    Some(('a', u32::from(b - b'a') + 1, 3 + space_run(after)))
}

fn space_run(s: &str) -> usize {
    s.chars().take_while(|&c| c == ' ' || c == '\t').count()
}

/// A `1. Title` or `2.3 Title` heading number: the title without it.
pub fn strip_heading_number(text: &str) -> &str {
    let num = &text[..text
        .bytes()
        .take_while(|c| c.is_ascii_digit() || *c == b'.')
        .count()];
    if num.is_empty() || !num.starts_with(|c: char| c.is_ascii_digit()) {
        return text;
    }
    let rest = &text[num.len()..];
    let rest = rest.strip_prefix(')').unwrap_or(rest);
    if rest.starts_with(' ') && rest.trim().chars().next().is_some_and(char::is_alphabetic) {
        rest.trim()
    } else {
        text
    }
}

/// Whether `word` is the name of a program commonly run from a shell.
pub fn known_command(word: &str) -> bool {
    COMMANDS.contains(&word)
}

/// A line that can only be a command: a prompt, or a known program then
/// an option (`ssh -L 8080:host:80`) or only arguments no word of prose
/// is, files, hosts and paths (`scp app.yml web01:/etc/app/`), which no
/// sentence reads like.
pub fn command_line(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let first = words.next().unwrap_or("");
    let args: Vec<&str> = words.collect();
    let option = args.first().is_some_and(|w| {
        w.len() >= 2 && w.starts_with('-') && w[1..].starts_with(|c: char| c.is_ascii_alphabetic())
    });
    let typed = !args.is_empty()
        && !text.ends_with(['.', ',', ';', ':', ')'])
        && args.iter().all(|w| w.contains(['/', '.', ':', '=', '@']));
    prompt(text) || (COMMANDS.contains(&first) && (option || typed))
}

/// The key of a `key: value` line a program prints (`state: DEGRADED`,
/// `listening port: 51820`, `peer:` alone too): one to three words of
/// letters, digits, `-` or `_` before the first colon, the value after a
/// space. None for any other line.
pub fn output_key(text: &str) -> Option<&str> {
    let (key, value) = text.split_once(':')?;
    let words = key.split_whitespace().count();
    let ok = (1..=3).contains(&words)
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || " -_".contains(c))
        && (value.is_empty() || value.starts_with(' '));
    ok.then_some(key)
}

/// Whether `text` opens with a capitalised word: a capital, then a small
/// letter (`Firmware`; not `3D`, `ID` or `iSCSI`).
pub fn capitalised(text: &str) -> bool {
    let mut letters = text.chars();
    letters.next().is_some_and(char::is_uppercase) && letters.next().is_some_and(char::is_lowercase)
}

/// Whether `text` opens a paragraph of prose: a sentence starting with a
/// capital, with no list marker before it.
pub fn sentence_opening(text: &str) -> bool {
    prose(text) && text.starts_with(char::is_uppercase) && list_marker(text).is_none()
}

/// Whether `text` reads like a sentence rather than a command.
pub fn prose(text: &str) -> bool {
    let (mut words, mut plain, mut options) = (0, 0, 0);
    for w in text.split_whitespace() {
        words += 1;
        // one word in four an option (`-u`, `--force`): a command line
        options += usize::from(option(w));
        let w = w
            .trim_end_matches([',', '.', ';', ':', '?', '!', ')'])
            .trim_start_matches('(');
        plain += usize::from(
            !w.starts_with('-')
                && w.chars()
                    .all(|c| c.is_alphabetic() || c == '\'' || c == '-'),
        );
    }
    words >= 5 && plain * 10 >= words * 7 && options * 4 < words
}

/// A sentence of three words or more, plain words only, ending with a
/// full stop (`and wait for it.`).
pub fn short_sentence(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.len() >= 3
        && text.ends_with('.')
        && words.iter().all(|w| {
            w.trim_end_matches(['.', ',', ';'])
                .chars()
                .all(|c| c.is_alphabetic() || c == '\'')
        })
}

/// Whether a program and its option go on in four plain words or more
/// to a colon (`df -h must show the new size right away:`): a sentence
/// leading in to what follows, not a command (`scp -r dir host:` is one).
fn lead_in(text: &str) -> bool {
    let Some(body) = text.strip_suffix(':') else {
        return false;
    };
    let words: Vec<&str> = body.split_whitespace().skip(2).collect();
    words.len() >= 4
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_ascii_lowercase()))
}

/// Whether a program's name goes on in plain lower-case words, one or
/// more, to a colon (`dmesg shows something like:`, `kinit fails
/// with:`): a short sentence about the program leading in to what
/// follows, not a command, whatever its length (a command's arguments
/// are options, paths, hosts or names with marks in them). The hand
/// conversions set all 27 such lines of the proxy set and the corpus as
/// text.
fn worded_lead_in(text: &str) -> bool {
    let Some(body) = text.strip_suffix(':') else {
        return false;
    };
    let words: Vec<&str> = body.split_whitespace().skip(1).collect();
    !words.is_empty()
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_ascii_lowercase() || c == '\''))
}

/// A command-line option: `-u`, `--force`, `--name=value`.
pub fn option(word: &str) -> bool {
    let name = word.strip_prefix("--").or_else(|| word.strip_prefix('-'));
    name.is_some_and(|n| n.starts_with(|c: char| c.is_ascii_alphabetic()))
}

/// Whether a line looks like a command or other preformatted text.
pub fn code_like(text: &str) -> bool {
    if prompt(text)
        || super::logline::irc(text)
        || super::lines::systemd_unit_line(text)
        || shebang(text)
        || super::crontab::entry(text)
        || super::csvrow::record(text)
    {
        return true;
    }
    // (prose is asked up to five times below: read once, when first asked)
    let read = std::cell::OnceCell::new();
    let is_prose = || *read.get_or_init(|| prose(text));
    let first = text.split_whitespace().next().unwrap_or("");
    let second = text.split_whitespace().nth(1).unwrap_or("");
    // (a known program then an option is a command, however wordy: `dnf -y`,
    // unless a sentence ends in it: `ps -o pid as root. If it grows`, or
    // leads in in words: `df -h must show the new size right away:`, or
    // goes on as one: `iptables -I and a comment typed wrong`, `kilnctl -q
    // shows it stopped, or the node has gone`)
    let stop = || {
        text.ends_with('.')
            || text.split(". ").skip(1).any(capitalised)
            || lead_in(text)
            || super::cmdshape::goes_on_as_sentence(text)
    };
    if COMMANDS.contains(&first)
        && ((option(second) && !stop()) || !(is_prose() || worded_lead_in(text)) || remote(text))
    {
        return true;
    }
    if super::cmdshape::sudo(text) {
        return true;
    }
    // (a listing's row is one however wordy: `/srv/data   the images`)
    let path = first.starts_with("./")
        || super::cmdshape::path_row(text)
        || (super::cmdshape::rooted(first) && !is_prose() && !super::cmdshape::described(text));
    let punct = (text.ends_with(';') && !is_prose())
        || text.ends_with('{')
        || text == "}"
        || text.ends_with(" \\")
        || (text.starts_with('<') && text.ends_with('>'))
        || (text.starts_with('[')
            && text.ends_with(']')
            && !text.contains(' ')
            && !super::inline::moin_link(text));
    path || assignment(text)
        || punct
        || (text.starts_with("--") && !is_prose())
        || shell_like(text, &is_prose)
        || super::cmdshape::shell_clause(text)
        || super::cmdshape::chained(text)
        || sql(text)
        || super::sqlclause::clause(text)
        || commented(text)
}

/// Whether `text` sets a name to a value, `KEY=value` or `conf.opt =
/// 5`: a short name with no space before its `=` (no `==` test). A
/// setting a sentence goes on from, its value's word then five words of
/// prose or more to a full stop and no other setting (`Type=oneshot is
/// important, without it ...`), names the setting in a paragraph: no
/// line of a file (a log's `level=error msg="..."` sets more). A name
/// whose `=` a space and then five words of prose follow, no other `=`
/// among them (`profile= which profile is doing the blocking`), glosses
/// the field a program prints, and so does a name set against a name
/// then prose (`used = limit means the volume is full`): a line of
/// text (a shell `NAME= cmd` runs a command, no prose; `subject=
/// /CN=host` is a value; a config file's `title = words` line keeps to
/// its block).
fn assignment(text: &str) -> bool {
    let (k, v) = text.split_once('=').unwrap_or(("", ""));
    let k = k.trim();
    // (the sentence tests last: the key's shape turns most lines away)
    let told = || {
        text.trim_end().ends_with('.')
            && text
                .split_once(char::is_whitespace)
                .is_some_and(|(_, rest)| !rest.contains('=') && prose(rest))
    };
    let glossed = || v.starts_with(' ') && !v.contains('=') && prose(v);
    !k.is_empty()
        && k.len() < 40
        && !k.contains(' ')
        && k.chars()
            .all(|c| c.is_alphanumeric() || "_.-[]$'\"".contains(c))
        && !text.contains("==")
        && !told()
        && !glossed()
}

/// Whether `text` is a script's first line naming its interpreter by
/// path (`#!/bin/bash`, `#!/usr/bin/env python3`): a script starts there.
fn shebang(text: &str) -> bool {
    text.strip_prefix("#!/").is_some_and(|p| {
        p.split_whitespace().count() <= 3 && p.starts_with(|c: char| c.is_ascii_alphanumeric())
    })
}

/// Whether `text` is a command with a trailing note set off by two
/// spaces or more, a shell comment (`zpool status tank      # look for
/// DEGRADED`) or an aside in brackets closing the line (`ncdu -x /srv
/// (then sort by count)`; `aside::command_part`): the note's words are
/// the writer's, so the command before it is read on its own, by its
/// shape (`cmdshape::terse`, or `cmdshape::alone` for a short one:
/// `kilnctl -R  # why`), or as a known program's line that is no
/// sentence (`vi notes.txt  # on the head node only`). The hand
/// conversions set every such line of the proxy set as code (23 with an
/// aside in brackets, 59 with a comment).
fn commented(text: &str) -> bool {
    let head = super::aside::command_part(text);
    let first = head.split_whitespace().next().unwrap_or("");
    head.len() < text.len()
        && !head.contains('#')
        && (super::cmdshape::terse(head)
            || super::cmdshape::alone(head)
            || (known_command(first) && !prose(head)))
}

/// A line cut at its first dash set off by spaces, ` - ` or ` -- `
/// (`CRL -- the revocation list`): the name and what it is.
pub fn dash_split(text: &str) -> Option<(&str, &str)> {
    let one = text.find(" - ").map(|k| (k, 3));
    let two = text.find(" -- ").map(|k| (k, 4));
    let (k, n) = match (one, two) {
        (Some(a), Some(b)) => a.min(b),
        (a, b) => a.or(b)?,
    };
    Some((&text[..k], &text[k + n..]))
}

/// The words an SQL statement starts with, lower case (`revoke` with
/// its twin `grant`: `REVOKE ALL ON app.* FROM 'app'@'%';`).
pub const SQL_STATEMENTS: [&str; 9] = [
    "select", "insert", "update", "delete", "create", "alter", "drop", "grant", "revoke",
];

/// An SQL statement in capitals (`SELECT ... FROM`, `UPDATE ... SET`, `SELECT`
/// and code's marks), or in lower case with the marks of code (`select *
/// from people;`, `insert into acl (id, name)`), which a sentence lacks.
fn sql(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let first = words.next().unwrap_or("");
    let starts = |w: &str| SQL_STATEMENTS.iter().any(|s| s.eq_ignore_ascii_case(w));
    let more = [
        "FROM", "WHERE", "SET", "INTO", "VALUES", "JOIN", "TABLE", "ON", "TO",
    ];
    let marked = text.contains(['*', '(', '=', ';', '_']) && !text.ends_with('.');
    // (in capitals, a column list with a name's `_` will do for the
    // first line of a statement wrapped over several: `SELECT task_id, name`)
    if !first.bytes().any(|b| b.is_ascii_lowercase()) {
        return starts(first) && (marked || words.any(|w| more.contains(&w)));
    }
    // (in lower case, a call of a function will do for the first line of
    // a statement wrapped over several: `select name, count(*) as n`)
    let called = text.split_whitespace().any(|w| {
        w.split_once('(').is_some_and(|(name, _)| {
            name.len() > 1 && name.chars().all(|c| c.is_ascii_lowercase() || c == '_')
        })
    });
    // (a `;` with words after it that start no statement joins two
    // clauses of a sentence: `delete the key; the user has to ask again`)
    let clause = text.split_once("; ").is_some_and(|(_, rest)| {
        rest.starts_with(char::is_lowercase)
            && !starts(rest.split_whitespace().next().unwrap_or(""))
    });
    first.chars().all(|c| c.is_ascii_lowercase())
        && starts(first)
        && marked
        && (text.contains(['*', '(', '=', '_']) || !clause)
        && (called || words.any(|w| more.iter().any(|m| m.eq_ignore_ascii_case(w) && w != *m)))
}

/// A command line by its shape: a lower-case program name, then options
/// (`-x`, `--name`), variables (`$x`) or pipes (not one inside a quote
/// of a line that reads as a sentence), and not a sentence.
pub(super) fn shell_like(text: &str, prose: &dyn Fn() -> bool) -> bool {
    let mut words = text.split_whitespace();
    let first = words.next().unwrap_or("");
    let program = first.starts_with(|c: char| c.is_ascii_lowercase())
        && first
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./".contains(c));
    if !program || text.ends_with('.') {
        return false;
    }
    let shell = |w: &str| {
        (w.len() >= 2
            && w.starts_with('-')
            && w[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '-'))
            || w.starts_with('$')
            || ["|", "&&", "||", ">", ">>", "2>&1"].contains(&w)
    };
    // a pipe or a `$variable` is shell even among many plain words
    let strong = |w: &str| {
        ["|", "&&", "||"].contains(&w)
            || w.strip_prefix('$')
                .is_some_and(|v| v.starts_with(char::is_alphabetic))
    };
    // a long option in a short line is a command of words (`ledgerq rerun
    // nightly --from-step transform`)
    let long = |w: &str| {
        w.strip_prefix("--")
            .is_some_and(|o| o.len() >= 2 && o.starts_with(|c: char| c.is_ascii_lowercase()))
    };
    let all = || words.clone();
    // (a sentence's first word is no program: `the script takes --dry-run too`)
    const LEADS: &[&str] = &[
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "then", "and", "or",
        "but", "if", "you", "we", "they", "to", "also", "only", "when", "with", "for", "see", "so",
        "as", "in", "on", "at", "by", "of", "from", "after", "before", "now", "just", "please",
        "is", "are", "was", "there",
    ];
    let short = || all().count() <= 7 && !text.contains(", ") && !LEADS.contains(&first);
    // (and in a line of any length with no word a sentence needs)
    // (a pipe inside a quoted span is the quoted argument's: the line is a
    // sentence naming a command, `diff "show run | include ip" between
    // the two`, where it reads as one with the quote a word)
    // (one it holds outside the quote and no sentence is the third test's)
    // (the line with its quotes as one word, built once for both tests)
    let unquoted = std::cell::OnceCell::new();
    let unquoted = || unquoted.get_or_init(|| super::cmdshape::quoted_as_one(text));
    let own = || unquoted().split_whitespace().any(strong);
    (all().any(strong) && own())
        || ((short() || super::cmdshape::terse(text)) && all().any(long))
        || (all().any(shell) && !(prose() && self::prose(unquoted())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clause_after_a_semicolon_is_no_statement() {
        assert!(!sql("delete the key; the owner has to ask for a new one"));
        assert!(sql("drop table tmp_a; drop table tmp_b"));
        assert!(sql("grant select on logs to auditor;"));
    }

    #[test]
    fn a_phrase_in_single_quotes_is_one_argument() {
        assert!(code_like(
            "xzgrep -i 'message was rejected by the host' /var/log/*.xz"
        ));
        assert!(!code_like(
            "Use -i if you don't know what case the 'message' has."
        ));
    }

    #[test]
    fn a_script_line_naming_its_interpreter_is_code() {
        assert!(code_like("#!/bin/bash"));
        assert!(code_like("#!/usr/bin/env python3"));
        assert!(!code_like("#!sh"));
        assert!(!code_like(
            "#!/ is how a script names its interpreter, see the man page"
        ));
    }

    #[test]
    fn a_crontab_entry_is_code() {
        assert!(code_like(
            "30 2 * * * backup /usr/local/bin/nightly --quiet"
        ));
        assert!(code_like("*/15 8-18 * * 1-5 /opt/poll.sh"));
        assert!(!code_like("3 4 5 6 7 apples were left in the crate"));
    }

    #[test]
    fn roman_numerals_mark_sub_steps() {
        assert_eq!(list_marker("ii. wait"), Some(('i', 2, 4)));
        assert_eq!(list_marker("iv) pour"), Some(('i', 4, 4)));
        assert_eq!(list_marker("xii. stop"), Some(('i', 12, 5)));
        // (alone, `i` is a letter too: the list around it tells)
        assert_eq!(list_marker("i. open"), Some(('a', 9, 3)));
        assert_eq!(list_marker("iix. no"), None);
        assert_eq!(list_marker("vi /etc/hosts"), None);
    }

    #[test]
    fn zsh_and_csh_prompts_before_a_command() {
        assert!(prompt("> ssh ws17.example.net lpq -P lobby-laser"));
        assert!(prompt("% cancel -a lobby-laser"));
        assert!(!prompt("> Please leave the toner box by the door."));
        assert!(!prompt("% of the disk is free"));
        assert!(prompt("ops@web01$ df -h /srv"));
        assert!(!prompt("US$ 40 a month"));
    }

    #[test]
    fn a_controller_names_its_host_in_brackets() {
        assert!(prompt("(ap-ctl2) > show wlan summary"));
        assert!(prompt("(Lab Controller) >config ap reset all"));
        assert!(!prompt("(config)# show running-config"));
        assert!(!prompt("(a) > 5 minutes is too long"));
        assert!(!prompt("(2) > Then press Enter."));
        assert!(!prompt("(see above) > 40 GB"));
    }

    #[test]
    fn programs_that_prompt_with_a_colon() {
        assert!(prompt("kadmin.local:  listprincs ldap/*"));
        assert!(prompt("ktutil:  rkt /var/tmp/old.keytab"));
        assert!(prompt("sftp> put parcels.tar"));
        assert!(!prompt("kadmin:"));
        assert!(!prompt("kadmin tools: see the wiki"));
    }

    #[test]
    fn commands_with_an_aligned_comment_are_code() {
        assert!(code_like(
            "kilnctl show kiln2        # watch for STALLED or OPEN"
        ));
        assert!(code_like("hivectl frame list hive4  ## the old frames"));
        // (a sentence before the mark, or one space only, is no command)
        assert!(!code_like("check the kiln first   # then the log"));
        assert!(!code_like("kilnctl show kiln2 # watch for STALLED or OPEN"));
    }

    #[test]
    fn irc_input_and_logs_are_code() {
        assert!(code_like("/msg choirbot help signup"));
        assert!(code_like("18:02 < tenor_tom> .signup tenor"));
        assert!(code_like("[18:03:40] <alto_ann> welcome Tom"));
        assert!(!code_like("18:02 is when the rehearsal starts, be there"));
    }

    #[test]
    fn a_short_line_with_a_long_option_is_code() {
        assert!(code_like("ledgerq rerun nightly --from-step transform"));
        assert!(!code_like("Rerun it with --from-step"));
        assert!(!code_like("the script takes --dry-run too"));
        assert!(!code_like(
            "the job stops, so rerun it from the start with --from-step"
        ));
    }

    #[test]
    fn markers_and_fields() {
        assert_eq!(list_marker("* item"), Some(('*', 1, 2)));
        assert_eq!(list_marker("(12)  Wait"), Some(('1', 12, 6)));
        assert_eq!(list_marker("(c) 2019 Club"), None);
        assert_eq!(list_marker("(1)x"), None);
        assert_eq!(contents_item("** 3.1 Terms"), Some((2, "Terms")));
        assert!(code_like(
            "SELECT e.id, e.name FROM elections AS e LEFT JOIN"
        ));
        assert!(!code_like("SELECT the release you want from the menu"));
        assert!(code_like("REVOKE INSERT ON shop.* FROM 'till'@'%';"));
        assert!(!code_like("Revoke the old key on the forge first"));
        assert!(code_like("virsh dumpxml $guest | grep 'source dev'"));
        assert!(code_like(
            "sudo gatectl call door run 'open the north door'"
        ));
        assert!(!code_like("sudo Access is needed for the next step here"));
        assert!(!code_like(
            "then look in the list for the guest and its disk"
        ));
        assert!(code_like("insert into acl (owner_id, acl, status)"));
        assert!(code_like("select * from depot where name = 'north';"));
        assert!(!code_like("select the depot from the list, then save"));
        assert!(code_like("select depot, sum(crates) as total"));
        assert!(!code_like("select the depot (the north one), then save"));
        assert!(!code_like("update the depot set in step 2."));
        assert!(code_like("ip addr del 10.5.125.75 dev eth0"));
        assert_eq!(list_marker("12) item"), Some(('1', 12, 4)));
        assert_eq!(list_marker("b. item"), Some(('a', 2, 3)));
        assert_eq!(list_marker("*restore"), None);
        assert_eq!(list_marker("-\tdrain the tank"), Some(('-', 1, 2)));
        assert_eq!(list_marker("10.5.1.2 host"), None);
        assert_eq!(
            contact_field("Owner: Ops Team"),
            Some(("Owner", "Ops Team"))
        );
        assert_eq!(
            contents_item("*4 Unplanned Outage"),
            Some((1, "Unplanned Outage"))
        );
        assert_eq!(contents_item("* 2.1 Sub"), Some((2, "Sub")));
        assert_eq!(note_icon("[64]Note.png"), Some("Note"));
        assert_eq!(note_icon("[7]Warning (medium size).png"), Some("Warning"));
        assert_eq!(moin_heading("== Goals =="), Some((2, "Goals")));
        assert_eq!(moin_heading("=== Goals =="), Some((3, "Goals")));
        assert_eq!(
            strip_heading_number("1. Contact Information"),
            "Contact Information"
        );
        assert_eq!(strip_heading_number("2.3 Setup"), "Setup");
        assert_eq!(adornment("-----"), Some('-'));
        assert_eq!(adornment("=-=-=-="), Some('='));
        assert_eq!(adornment("=-=-=-=="), None);
        assert_eq!(moin_heading("=-=-=-="), None);
    }

    #[test]
    fn a_path_named_in_a_sentence_is_no_command() {
        assert!(!code_like("/var/photos/thumbs/fair/, and an index,"));
        assert!(!code_like(
            "/etc/app/settings.py - configuration for the app"
        ));
        assert!(code_like("/usr/local/bin/make-thumbs --album fair"));
        assert!(code_like("/srv/a.conf, /srv/b.conf"));
    }

    #[test]
    fn commands_and_prompts() {
        for c in [
            "$ ls",
            "# yum install x",
            "fas2=# select 1;",
            "[root@db01 ~]# ls",
            "sudo -i",
            "/usr/sbin/bconsole",
            "FOO = 'bar'",
            "frobctl rotate -u alice --all",
            "tidy $HOME | wc -l",
            "=> delete from keepers where id in (select id from",
            "lab-sw2(config-if)# switchport mode access",
        ] {
            assert!(code_like(c), "{c}");
        }
        for p in [
            "Make sure the host is up before you start.",
            "#fedora-admin",
            "Owner: Ops",
            "use -v to see more of what it does",
            "Then run it with -v.",
            "=> then the next step",
            "(config)# alone",
        ] {
            assert!(!code_like(p), "{p}");
        }
    }
}
