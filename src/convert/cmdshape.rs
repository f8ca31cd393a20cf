//! One line's text in, whether it has a command's shape though no known
//! program starts it: a program name, then arguments with none of the
//! small words a sentence cannot do without (`mc admin user rm
//! minio-prod OLD-KEY`, `tool sync nightly --from-step load`); or, a
//! line standing alone, whether it parses as a command at all (`vgs`,
//! `lsof +L1`); or, a run of lines, whether it is a sentence wrapped
//! over them with a command quoted inside (`node4 copies it with "rsync
//! -a --delete", so` / `nothing is lost.`); or whether a line naming a
//! file by its path describes it in words rather than being code.

use super::classify::dash_split;

/// Words a sentence needs and a command line seldom has, lower case.
const SMALL_WORDS: &[&str] = &[
    "the", "a", "an", "to", "of", "and", "or", "but", "for", "with", "in", "on", "at", "by",
    "from", "into", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "these",
    "those", "your", "you", "we", "they", "if", "then", "when", "as", "not", "no", "all", "each",
    "every", "any", "some", "so", "do", "does", "can", "will", "should", "must", "may", "there",
    "here", "which", "who", "what", "where", "how", "than", "too", "also", "only", "just", "very",
    "please", "once", "before", "after", "until", "while", "because", "our", "my", "their", "them",
    "us", "me", "i", "has", "have", "had", "one",
];

/// Whether `word` is one of the small words a sentence cannot do without
/// (`the`, `to`, `is`), in any case.
pub fn small_word(word: &str) -> bool {
    SMALL_WORDS.contains(&word.to_lowercase().as_str())
}

/// Whether `word`, the marks around it trimmed (`(the`, `to,`), is one of
/// a sentence's small words (`small_word`).
pub fn small_bare(word: &str) -> bool {
    small_word(word.trim_matches(|c: char| !c.is_alphanumeric()))
}

/// Whether `text` is a program name (lower case letters, digits, `-_./`)
/// then two words or more, none of them a sentence's small words, with
/// no `, ` and no closing stop, `:` or `;`.
pub fn terse(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let first = words.next().unwrap_or("");
    let program = first.starts_with(|c: char| c.is_ascii_lowercase())
        && first.len() <= 24
        && first
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./".contains(c));
    let small = |w: &str| small_word(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''));
    program
        && !small(first)
        && words.clone().count() >= 2
        && !words.any(small)
        && !text.contains(", ")
        && !text.ends_with(['.', ':', ';', '!', '?', ','])
}

/// Whether `lines[i]` is a command of [`terse`] shape standing alone,
/// set in two columns or more past `indent` (the line over it ending
/// with `:`), the text going on at that indentation or after a blank
/// (`then clear the log:` / `   racadm sel clear` / `Close the case.`);
/// a `name: value` line is a label's (`httpd logs: /var/log/httpd`).
pub fn lone_terse(lines: &[super::lines::Line], i: usize, indent: usize) -> bool {
    let back = lines
        .get(i + 1)
        .is_none_or(|n| n.blank() || n.indent <= indent);
    let t = &lines[i].text;
    lines[i].indent >= indent + 2 && back && !t.contains(": ") && terse(t)
}

/// Whether `text` is of [`terse`] shape with a `user@host` second
/// (`ssh admin@bmc01.example.com racadm getsel`): a program run on
/// another machine, however many plain words the remote command has.
pub fn remote(text: &str) -> bool {
    let host = text.split_whitespace().nth(1).unwrap_or("");
    let at = host.split_once('@');
    at.is_some_and(|(user, machine)| !user.is_empty() && machine.contains('.'))
        && !host.ends_with(|c: char| !c.is_alphanumeric())
        && terse(text)
}

/// A word alone that links two blocks of commands (`or`, `then:`): the
/// prose between them, not one of the commands.
pub fn connective(text: &str) -> bool {
    let word = text.trim_end_matches([':', ',']).to_lowercase();
    ["or", "and", "then", "else", "otherwise", "alternatively"].contains(&word.as_str())
}

/// Whether `word` is a path from the root or the home folder (`/srv`,
/// `~/bin`), more than the `/` alone.
pub fn rooted(word: &str) -> bool {
    (word.starts_with('/') || word.starts_with("~/")) && word.len() > 1
}

/// Whether `text` is a row of a listing of files: a path (`/srv/data`,
/// `~/bin`) then a gap of two spaces or a tab, then what it holds, in
/// words or not (`/srv/data      the images, one per release`).
pub fn path_row(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("");
    let after = text.get(first.len()..).unwrap_or("");
    rooted(first)
        && (after.starts_with("  ") || after.starts_with('\t'))
        && !after.trim().is_empty()
}

/// Whether `text` is `sudo` then a program or an option (`sudo yum update
/// revq`): a command, however wordy.
pub fn sudo(text: &str) -> bool {
    let mut words = text.split_whitespace();
    words.next() == Some("sudo")
        && words
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase() || c == '-'))
}

/// Whether `text` is a program name then one `key=/path` argument alone
/// (`diskctl locate=/dev/sdb`): a command, though too short for `terse`.
pub fn keyed_path(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let [first, arg] = words[..] else {
        return false;
    };
    let program = first.starts_with(|c: char| c.is_ascii_lowercase())
        && first
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c));
    let keyed = arg
        .split_once("=/")
        .is_some_and(|(k, v)| !k.is_empty() && !v.is_empty());
    program && !small_word(first) && keyed
}

/// Whether `text` is what a step ending with `:` has you type: a terse
/// line (`terse`) with an argument that is a name, not a word (a `-`,
/// `_`, `/`, `.`, `=`, `:` or `@` inside it, or a digit).
pub fn typed(text: &str) -> bool {
    let named = |w: &str| {
        let w = w.trim_matches(|c: char| "\"'()".contains(c));
        // (inside: the word without its first and last character)
        let mut inside = w.chars();
        inside.next();
        inside.next_back();
        w.chars().count() > 2
            && (inside
                .as_str()
                .contains(['-', '_', '/', '.', '=', ':', '@'])
                || w.contains(|c: char| c.is_ascii_digit()))
    };
    terse(text) && text.split_whitespace().skip(1).any(named)
}

/// Whether a list item's text is words about running a command, its
/// options named, rather than the command (`then again without
/// --check`, `first with --check --diff, and read the diff`): no shell
/// marks or quotes, and, options aside, two of a sentence's small words,
/// or one opening it and plain words after.
pub fn worded(text: &str) -> bool {
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| !w.starts_with('-'))
        .map(|w| w.trim_end_matches([',', '.', ';', ':']))
        .collect();
    let small = words.iter().filter(|w| small_word(w)).count();
    let plain = words
        .iter()
        .all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase()));
    let opens = text.split_whitespace().next().is_some_and(small_word);
    !text.contains([
        '|', ';', '$', '=', '/', '>', '<', '`', '"', '\'', '[', '{', '&',
    ]) && (small >= 2 || (opens && plain && words.len() >= 2))
}

/// Whether `text` parses as a command line on its own: a program (one
/// the classifier knows, a path, or a lower-case name) then arguments
/// with a command's marks (an option `-x` `+x`, a path, a name with a
/// digit or `_`, a pipe, a redirect, a quote, a `$`), none of them a
/// word a sentence needs (a quoted argument's words are the argument's,
/// `quoted_as_one`) and no closing stop; a known program may stand
/// alone (`vgs`).
pub fn alone(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let Some((first, args)) = words.split_first() else {
        return false;
    };
    let path = first.len() > 1 && (first.starts_with('/') || first.starts_with("./"));
    let name = first.starts_with(|c: char| c.is_ascii_lowercase())
        && first
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c));
    let marked = |w: &&str| {
        w.starts_with(['-', '+', '"', '\'', '$', '/', '|', '>', '<', '~'])
            || w.contains(['/', '=', '_', ',', ':', '@', '|', '>'])
            || w.contains(|c: char| c.is_ascii_digit())
    };
    // (an option's name is no word of a sentence: `--all`; nor is a
    // word inside a quoted argument, `-p '<password from vault>'`)
    // (the quoted words joined only where the cheaper tests pass)
    let sentence = || {
        quoted_as_one(text)
            .split_whitespace()
            .skip(1)
            .any(|w| !w.starts_with('-') && small_bare(w))
    };
    let shaped = if args.is_empty() {
        super::classify::known_command(first)
    } else {
        (path || name) && args.iter().any(marked) && !sentence()
    };
    shaped && !text.ends_with(['.', ',', ';', ':', '?', '!']) && !small_word(first)
}

/// Whether `text`, a line standing alone between blank lines, is a
/// command by its names rather than a sentence by its words
/// (`unbound-control flush_infra all`, `hsmctl health hsm-a`): a
/// program's lower-case name first, three to eight words, none
/// capitalised, no `, ` and no closing stop, and more words joined by
/// `-` or `_` (names programs use) than small words a sentence needs.
pub fn named_command(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let Some(first) = words.first() else {
        return false;
    };
    let program = first.starts_with(|c: char| c.is_ascii_lowercase())
        && first.len() <= 24
        && first
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c));
    let joined = words
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.contains(['-', '_']) && w.split(['-', '_']).all(|p| !p.is_empty()))
        .count();
    let small = words.iter().filter(|w| small_bare(w)).count();
    program
        && !small_word(first)
        && (3..=8).contains(&words.len())
        && !words.iter().any(|w| w.starts_with(char::is_uppercase))
        && !text.contains(", ")
        && !text.ends_with(['.', ',', ';', ':', '?', '!'])
        && joined > small
}

/// Whether `text` is a shell loop or test, which no sentence is built
/// like: typed whole on one line (`for h in a b c; do ping -c1 $h;
/// done`, `while true; do ...; done`), or opened with its body on the
/// lines under it (`for h in web01 web02; do`, `while read -r line; do`,
/// `if [ -f /run/app.pid ]; then`), a `for` naming its variable and `in`.
pub fn shell_clause(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let variable = |w: &str| w.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    let whole = ["for", "while", "until"].contains(words.first().unwrap_or(&""))
        && text.contains("; do ")
        && text.trim_end_matches([';', ' ']).ends_with("done");
    whole
        || match words.as_slice() {
            ["for", var, "in", .., "do"] => text.ends_with("; do") && variable(var),
            ["while" | "until", _, .., "do"] => text.ends_with("; do"),
            ["if", _, .., "then"] => text.ends_with("; then"),
            _ => false,
        }
}

/// Whether `text` is two commands or more typed on one line and joined
/// by `;` (`exit; reboot`, `cd /srv/app; make install`): every part opens
/// with a known program or a builtin that ends the shell (`exit`,
/// `logout`), and the line ends no sentence and reads as no prose.
pub fn chained(text: &str) -> bool {
    let parts: Vec<&str> = text
        .trim_end_matches(';')
        .split(';')
        .map(str::trim)
        .collect();
    let opens = |part: &str| {
        let first = part.split_whitespace().next().unwrap_or("");
        super::classify::known_command(first) || ["exit", "logout"].contains(&first)
    };
    parts.len() >= 2
        && parts.iter().all(|p| opens(p))
        && !text.ends_with(['.', ',', ':', '?', '!'])
        && !super::classify::prose(text)
}

/// Whether `lines` are one sentence wrapped over two lines or more with a
/// command quoted inside it (`node4 copies it with "rsync -a --delete", so`
/// / `nothing is lost.`): a quote (`"..."`, `` `...` ``, `“...”`) somewhere,
/// the first line prose once each quote counts as one word, every other
/// line prose or plain words, the last ending the sentence with `.`.
pub fn quoted_sentence(lines: &[&str]) -> bool {
    let Some((first, rest)) = lines.split_first() else {
        return false;
    };
    let unquoted = unquote(lines);
    let plain = |t: &str| {
        t.split_whitespace().all(|w| {
            let w = w.trim_matches(|c: char| ",.;:?!()".contains(c));
            !w.starts_with('-') && w.chars().all(|c| c.is_alphabetic() || "'-".contains(c))
        })
    };
    let opening =
        |u: &str| super::classify::prose(u) || rest.first().is_some_and(|n| command_says(u, n));
    !rest.is_empty()
        && unquoted.iter().zip(lines).any(|(u, l)| u != l)
        && opening(&unquoted[0])
        && !first.ends_with(['.', ':'])
        && unquoted[1..]
            .iter()
            .all(|t| super::classify::prose(t) || plain(t))
        && rest.last().is_some_and(|l| l.ends_with('.'))
}

/// Whether the first line `u` of a sentence (its quotes each one word)
/// names a command and says what it does (`icinga2 daemon -C prints
/// "Finished ..."` / `when all is well.`): a program's name and words up
/// to an option, then a verb (`prints`, `shows`), the words after it and
/// the `next` line, going on in lower case, reading as prose.
fn command_says(u: &str, next: &str) -> bool {
    let words: Vec<&str> = u.split_whitespace().collect();
    let Some(last) = words.iter().rposition(|w| w.starts_with('-')) else {
        return false;
    };
    let name = |w: &str| {
        w.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
    };
    let verb =
        |w: &&str| w.len() > 3 && w.ends_with('s') && w.chars().all(|c| c.is_ascii_lowercase());
    last >= 1
        && words.first().is_some_and(|w| name(w))
        && words.get(last + 1).is_some_and(verb)
        && next.starts_with(|c: char| c.is_lowercase())
        && super::classify::prose(&format!("{} {next}", words[last + 1..].join(" ")))
}

/// `lines` with each quoted span (which may run on over a line's end)
/// written as the one word `quoted`.
fn unquote(lines: &[&str]) -> Vec<String> {
    let mut inside: Option<char> = None;
    let mut out = Vec::new();
    for line in lines {
        let mut text = String::new();
        for c in line.chars() {
            match inside {
                Some(close) if c == close => inside = None,
                Some(_) => {}
                None => match c {
                    '"' | '`' | '“' => {
                        inside = Some(if c == '“' { '”' } else { c });
                        text.push_str("quoted");
                    }
                    _ => text.push(c),
                },
            }
        }
        out.push(text);
    }
    // (a quote never closed is no quote)
    if inside.is_some() {
        return lines.iter().map(|l| l.to_string()).collect();
    }
    out
}

/// `text` with each quoted span, in single or double quotes, as the one
/// word `quoted`: a command's argument, not words of a sentence. A span
/// opens with a word starting with a quote (`'session opened for root'`)
/// or an option's value after its `=` (`--desc="owner: storage team"`)
/// and runs to the word ending with that quote.
pub fn quoted_as_one(text: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut inside: Option<char> = None;
    for w in text.split_whitespace() {
        if let Some(q) = inside {
            inside = (!w.ends_with(q)).then_some(q);
            continue;
        }
        let (head, value) = match w.split_once('=') {
            Some((h, v)) if super::classify::option(h) => (&w[..=h.len()], v),
            _ => ("", w),
        };
        match value.chars().next().filter(|c| ['\'', '"'].contains(c)) {
            Some(q) => {
                out.push(format!("{head}quoted"));
                inside = (value.len() == 1 || !value.ends_with(q)).then_some(q);
            }
            None => out.push(w.to_string()),
        }
    }
    out.join(" ")
}

/// A file named then described after ` - ` (or ` -- `) in words
/// (`/etc/app/settings.py - configuration for the app`), named in a
/// sentence that goes on after its comma (`/srv/dumps/x.sql.gz, and a
/// manifest,`; four words or more may name one thing among them, `and
/// the $PORT macro in`), or named to lead in what follows with a colon:
/// after lower-case words (`/etc/app.conf has:`) or alone, a file with
/// its extension (`/etc/app.conf:`; a directory so, `/srv/data:`, heads a
/// listing's part), or named in a sentence that stops and goes on to the
/// next on the line (`/var/lib/x.db on db02. It is`).
pub(super) fn described(text: &str) -> bool {
    // (how many words `what` has, and how many of them are not plain)
    let words = |what: &str, marks: &[char]| {
        let words: Vec<&str> = what.split_whitespace().collect();
        let odd = words
            .iter()
            .filter(|w| !w.trim_end_matches(marks).chars().all(char::is_alphabetic))
            .count();
        (words.len(), odd)
    };
    let named = text
        .split_once(", ")
        .filter(|(path, _)| !path.contains(' '));
    let sentence = |rest: &str| match words(rest, &[',', '.', ';']) {
        (n, 0) => n >= 2,
        (n, 1) => n >= 4,
        _ => false,
    };
    dash_split(text).is_some_and(|(_, what)| matches!(words(what, &[]), (2.., 0)))
        || named.is_some_and(|(_, rest)| sentence(rest))
        || text.strip_suffix(':').is_some_and(leads_in)
        || stops_and_goes_on(text)
}

/// Whether a path's line goes on in words to a full stop and opens a new
/// sentence after it (`/srv/app/x.lock on app01. The file is`): the
/// path named in running prose, not a command or a listing's row.
fn stops_and_goes_on(text: &str) -> bool {
    let mut parts = text.split(". ");
    let named = parts.next().unwrap_or("");
    named.split_whitespace().count() >= 2
        && parts.any(|next| {
            let words: Vec<&str> = next.split_whitespace().take(2).collect();
            words.len() == 2
                && words[0].starts_with(char::is_uppercase)
                && words
                    .iter()
                    .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '\''))
        })
}

/// Whether a path's line less its closing colon leads in: the path then
/// lower-case words, or a file's path alone (its last part has a dot).
fn leads_in(text: &str) -> bool {
    match text.split_once(' ') {
        Some((_, rest)) => rest
            .split_whitespace()
            .all(|w| w.chars().all(|c| c.is_ascii_lowercase())),
        None => text.rsplit('/').next().is_some_and(|f| f.contains('.')),
    }
}

/// Whether `text` names the fields of an entry to fill in, in capitals
/// between slashes or bars (`Date / Name / Reason`): a line of the text
/// telling how to write an entry, not one to type.
pub(super) fn field_names(text: &str) -> bool {
    let parts: Vec<&str> = text.split(['/', '|']).map(str::trim).collect();
    parts.len() >= 3
        && parts.iter().all(|p| {
            let words: Vec<&str> = p.split_whitespace().collect();
            (1..=2).contains(&words.len())
                && words.iter().all(|w| {
                    w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic)
                })
        })
}

/// Whether a line opening with a known program and its option goes on
/// as a sentence past them: with a joining word right after them and
/// two words or more (`iptables -I and a comment typed wrong`, `lvs -a or
/// the graph`), a line of text naming the command, not the command typed;
/// or into a clause, a plain word and its comma, then a joining word and
/// two lower-case words (`systemctl --user status shows the unit failed,
/// or the user has no`), nothing quoted before it. A command's commas sit
/// inside its words (`-t,`, `a,b`) or its quotes.
pub(super) fn goes_on_as_sentence(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let lower = |x: &&str| x.chars().all(|c| c.is_ascii_lowercase());
    let named = words.len() >= 5
        && ["and", "or", "but"].contains(&words[2])
        && words[3..5].iter().all(lower);
    // (the first word holding a quote: a clause must come before it)
    let quoted = words
        .iter()
        .position(|x| x.contains(['"', '\'', '`']))
        .unwrap_or(words.len());
    named
        || words.windows(4).enumerate().any(|(k, w)| {
            (2..=quoted).contains(&k)
                && w[0]
                    .strip_suffix(',')
                    .is_some_and(|b| !b.is_empty() && b.chars().all(|c| c.is_ascii_lowercase()))
                && ["and", "or", "but", "so"].contains(&w[1])
                && w[2..].iter().all(lower)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clause_after_a_comma_goes_on_a_sentence() {
        assert!(goes_on_as_sentence(
            "kilnctl --user state shows it stopped, or the node has gone"
        ));
        assert!(!goes_on_as_sentence("sort -t, -k2 and the rest"));
        assert!(!goes_on_as_sentence("echo \"stopped, or the node\" >> log"));
        assert!(!goes_on_as_sentence("kilnctl --user state, or kilnctl"));
        assert!(goes_on_as_sentence("iptables -I and a rule typed wrong"));
        assert!(!goes_on_as_sentence("iptables -I and -j DROP"));
    }

    #[test]
    fn commands_joined_by_semicolons_are_chained() {
        assert!(chained("exit; reboot"));
        assert!(chained("cd /srv/app; make install"));
        assert!(!chained("stop it; then wait"));
        assert!(!chained("reboot"));
        assert!(!chained("cd there first; ls shows the files."));
    }

    #[test]
    fn a_line_of_joined_names_is_a_command() {
        assert!(named_command("kiln-queue pause_intake node3"));
        assert!(named_command("unit-ctl drain all-nodes now"));
        assert!(!named_command("diskstat-agent on the storage nodes"));
        assert!(!named_command("kiln-queue Setup Notes"));
        assert!(!named_command("see the follow-up below."));
    }

    #[test]
    fn field_names_between_slashes_are_text() {
        assert!(field_names("Date / Package / Added By / Reason"));
        assert!(field_names("Host | Owner | Role"));
        assert!(!field_names("usr / lib / x"));
        assert!(!field_names("Date / Package"));
    }

    #[test]
    fn a_path_leading_in_with_a_colon_is_described() {
        assert!(described("/opt/kiln/kiln.ini has:"));
        assert!(described("/opt/kiln/kiln.ini:"));
        assert!(!described("/opt/kiln/logs:"));
        assert!(!described("/opt/kiln/run --fast:"));
        assert!(described("/var/lib/kiln/state.db on kiln02. It is sqlite:"));
        assert!(!described("/usr/bin/kiln --fast. "));
    }

    #[test]
    fn command_lines_by_their_parse() {
        for c in [
            "findmnt -T /srv/pond",
            "zfs list -o name,used",
            "frobtool rotate /var/frob",
            "dmesg",
            "pgrep -f kelpd",
            "kelpctl drain node_04",
            "kelpctl list --all -f depth",
            "cat /proc/mdstat | grep -A2 md0",
            "printf \"x\" > /run/kelp/wake",
            "/opt/kelp/bin/kelpd +debug",
        ] {
            assert!(alone(c), "{c}");
        }
        for p in [
            "overview",
            "pond levels",
            "check the pond filter",
            "drain node_04 before the storm",
            "tell ops@example.org.",
            "the filter is at /srv/pond",
            "kelpctl drain",
        ] {
            assert!(!alone(p), "{p}");
        }
    }

    #[test]
    fn a_path_then_a_gap_is_a_listing_row() {
        assert!(path_row("/data/prints/raw      the scans, never edited"));
        assert!(path_row("~/bin\tmy own scripts"));
        assert!(!path_row("/data/prints/raw holds the scans, never edited"));
        assert!(!path_row("/data/prints/raw"));
    }

    #[test]
    fn commands_by_shape_and_sentences() {
        assert!(typed("kvx admin key drop vault-east OLD-KEY-7"));
        assert!(typed("hivectl frame list hive_04"));
        assert!(!typed("kvx admin key drop"));
        assert!(!typed("check the key in vault-east"));
        assert!(!typed("Restart hive-04 now"));
        assert!(!typed("wait for node-3 to rejoin."));
        // (words are cut at characters, not bytes)
        assert!(!typed("émile écrit été"));
        assert!(typed("sync émile é-ab"));
        assert!(terse(
            "hivectl frame add --count 4 --label spring-brood --dry-run"
        ));
        assert!(!terse("rerun the job with --force if it fails"));
        assert!(!terse("see the notes, then run --force"));
    }

    #[test]
    fn a_sentence_wrapped_round_a_quoted_command() {
        assert!(quoted_sentence(&[
            "node4 copies the share with \"rsync -a --delete\", so a lost node3",
            "keeps every archive written before the crash.",
        ]));
        // (the quote may wrap; the last line may be a few plain words)
        assert!(quoted_sentence(&[
            "kiln2 reads the setting from `kilnctl show",
            "--all` and falls back to the old one when it is",
            "not set at all.",
        ]));
        // a command with a quoted argument, then a sentence
        assert!(!quoted_sentence(&[
            "grep -r \"retry limit\" /etc/kiln",
            "This lists every file that still sets the old limit.",
        ]));
        // a command saying what it prints, the sentence going on under it
        assert!(quoted_sentence(&[
            "kilnctl check -q prints \"Nothing to do.\"",
            "when the queue is empty and every job has run.",
        ]));
        assert!(!quoted_sentence(&[
            "kilnctl check -q \"Nothing to do.\"",
            "when the queue is empty and every job has run.",
        ]));
        // no quote, or no full stop at the end
        assert!(!quoted_sentence(&[
            "node4 copies the share with rsync -a --delete, so a lost node3",
            "keeps every archive written before the crash.",
        ]));
        assert!(!quoted_sentence(&[
            "node4 copies the share with \"rsync -a --delete\", so a lost node3",
            "keeps every archive written before the crash",
        ]));
    }

    #[test]
    fn quoted_values_are_one_argument() {
        let line = r#"ipa user-mod svc-x --desc="owner: storage team, ticket 4411""#;
        assert_eq!(quoted_as_one(line), "ipa user-mod svc-x --desc=quoted");
        let single = "grep -c 'session opened for root' /var/log/secure";
        assert_eq!(quoted_as_one(single), "grep -c quoted /var/log/secure");
        assert_eq!(quoted_as_one("say \"hi\" twice"), "say quoted twice");
    }

    #[test]
    fn a_quoted_arguments_words_are_no_sentence() {
        assert!(alone(
            "racadm -r bmc01 -p '<password from the vault>' racreset soft"
        ));
        assert!(!alone("kioskctl restart on the 'lobby' screens"));
    }

    #[test]
    fn words_about_options_are_no_command() {
        assert!(worded("then again without --check"));
        assert!(worded("first with --check --diff, and read the diff"));
        assert!(!worded("ansible-playbook site.yml --check --diff"));
        assert!(!worded("at now + 5 minutes"));
        assert!(!worded("git commit -m 'fix the build'"));
        assert!(!worded("rsync -a /srv/ backup02:/srv/"));
    }
}
