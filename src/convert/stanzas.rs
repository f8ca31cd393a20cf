//! Configuration files pasted into the text, told from lists by their
//! keys: lines at `i` right under a paragraph ending with `:`, either
//! `Key: value` settings with one-word keys, some in CamelCase
//! (`SignWith: 7A3C19E0`), keyword stanzas (`Host web*` over deeper
//! `HostName ...` lines) or a YAML mapping nested by indentation
//! (`server:` over deeper `port: 6697`); a literal block out, not a
//! definition list nor an outline.

use super::body::{Parsed, chunk_end};
use super::classify::{contact_field, prose};
use super::lines::Line;
use super::literal::{after_colon, code, colon_before};
use crate::doc::Block;

/// The literal block of settings or stanzas at `lines[i]`, when the
/// paragraph ending `prev` announces them with `:`.
pub(super) fn parse(lines: &[Line], i: usize, prev: &[Block], base: usize) -> Option<Parsed> {
    let end = chunk_end(lines, i);
    let chunk = &lines[i..end];
    let ok = (keyed(chunk) || stanza(chunk)) && after_colon(prev, chunk)
        || mapping(chunk) && colon_before(prev)
        // (two lines will do where the text announces them: `for example`
        // over `web04:` / `  aliases: [www, static]`)
        || nested(chunk) && after_colon(prev, chunk)
        || keyed_mapping(chunk);
    ok.then(|| code(lines, i, end, base))
}

/// Whether `chunk` is a YAML mapping (`mapping`) under a lower-case key
/// of its own (`web_team:` over deeper `index_permissions:` lines), or
/// opened by such a key's setting, its name in lower case or camelCase
/// (`apiVersion: 1` / `feeds:` / `  - name: pond`): needing no lead-in,
/// no label nor sentence is shaped so (the proxy set's and the corpus's
/// 31 such runs are all literal blocks in the hand conversions; the
/// three that are not open with a capitalised label, `Contact:`).
fn keyed_mapping(chunk: &[Line]) -> bool {
    let head = chunk[0].text.as_str();
    let Some((key, value)) = head.split_once(':') else {
        return false;
    };
    let named = key.starts_with(|c: char| c.is_ascii_lowercase())
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_-.".contains(c));
    let lower = key
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "_-.".contains(c));
    let opens =
        value.is_empty() && lower && chunk.get(1).is_some_and(|l| l.indent > chunk[0].indent);
    let set = named && value.starts_with(' ') && !value.trim().is_empty();
    (opens || set) && mapping(chunk)
}

/// Whether `chunk` is a YAML mapping nested by indentation, three lines
/// or more: each `key:` or `key: value` with a key of one word (a name,
/// a dotted host name; quoted, any mark but a space, such as a pattern's
/// `*`), none left of the first, and some
/// `key:` with nothing after it over deeper lines (`ircd:` / `  port:
/// 6697`): what a sentence or an outline's points never all are.
pub(super) fn mapping(chunk: &[Line]) -> bool {
    chunk.len() >= 3 && nested(chunk)
}

/// Whether every line of `chunk` is a YAML `key:` or `key: value`, none
/// left of the first, some `key:` opening deeper lines (`mapping`, of
/// any length). A bare value of a YAML sequence set deeper than the
/// first line (`- groups/web.yml`, under `playbooks:`) counts as one of
/// the mapping's lines when some key besides the first is set too
/// (`kiln-ops:` / `  playbooks:` / `    - groups/web.yml` / `  tags:
/// true`): keys at two depths are a mapping, while a label over bare
/// points alone (`checks:` / `  - disk`) is an outline's.
fn nested(chunk: &[Line]) -> bool {
    let pair = |l: &Line| {
        // (an item of a YAML sequence set deeper, `- name: web`)
        let item = l.indent > chunk[0].indent && l.text.starts_with("- ");
        let text = if item { &l.text[2..] } else { l.text.as_str() };
        let Some((key, value)) = text.split_once(':') else {
            return false;
        };
        let bare = key.trim_matches(['"', '\'']);
        let quoted = bare.len() + 2 == key.len();
        (value.is_empty() || value.starts_with(' '))
            && bare.starts_with(|c: char| c.is_ascii_alphanumeric())
            && bare.chars().all(|c| {
                c.is_ascii_alphanumeric() || "_-.".contains(c) || (quoted && !c.is_whitespace())
            })
    };
    let opens = |k: usize| {
        chunk[k].text.ends_with(':') && chunk.get(k + 1).is_some_and(|n| n.indent > chunk[k].indent)
    };
    let value = |l: &Line| l.indent > chunk[0].indent && sequence_value(&l.text);
    // (asked only of a bare value, seldom met: prose fails at line 0)
    let keys = || chunk.iter().skip(1).any(&pair);
    chunk
        .iter()
        .all(|l| (pair(l) || (value(l) && keys())) && l.indent >= chunk[0].indent)
        && (0..chunk.len()).any(opens)
}

/// Whether `text` is a bare value of a YAML sequence: `- ` and one
/// word with no space nor colon in it (`- groups/web.yml`, `- 6697`).
fn sequence_value(text: &str) -> bool {
    text.strip_prefix("- ")
        .is_some_and(|v| !v.is_empty() && !v.contains([' ', ':']))
}

/// Whether `chunk` is another stanza like the one opening `first` (the
/// run of lines a literal block starts with) at the same indentation:
/// the same keyword over settings in CamelCase, or a section of
/// directives (`global` / ...) and one shaped as a section (`backend
/// shop` / ...): the configuration goes on after a blank line.
pub(super) fn again(first: &[Line], chunk: &[Line]) -> bool {
    let word = |l: &Line| l.text.split_whitespace().next().map(str::to_string);
    let head = &first[0];
    chunk[0].indent == head.indent
        && (stanza(chunk) && stanza_head(head) && word(&chunk[0]) == word(head)
            || directives(first) && sectioned(chunk))
}

/// Whether a line of `chunk` ends with `:` over a YAML mapping set
/// deeper (`The settings that matter:` / `  ircd:` / `    port: 6697`):
/// a lead-in and its configuration, not an outline's points.
pub(super) fn lead_in_mapping(chunk: &[Line]) -> bool {
    (0..chunk.len()).any(|k| {
        let n = chunk[k + 1..]
            .iter()
            .take_while(|l| l.indent > chunk[k].indent)
            .count();
        chunk[k].text.ends_with(':') && mapping(&chunk[k + 1..k + 1 + n])
    })
}

/// Whether a name with lines hanging under it, right after a paragraph
/// ending with `:`, is a block of settings rather than a term and its
/// definition: three lines or more, none a sentence, each under the name
/// a keyword and its values, some value an address, a path or a setting
/// (`backend web` / `balance roundrobin` / `server app01 app01:8080`);
/// or a section of directives (`directives`), however many plain words
/// a directive holds.
pub(super) fn configured(prev: &[Block], chunk: &[Line]) -> bool {
    let keywords = || {
        chunk[1..].iter().all(|l| {
            l.text.split_whitespace().count() >= 2
                && !prose(&l.text)
                && l.text.starts_with(|c: char| c.is_ascii_lowercase())
        }) && chunk[1..]
            .iter()
            .any(|l| l.text.split_whitespace().any(technical))
    };
    chunk.len() >= 3
        && (after_colon(prev, chunk) && keywords() || colon_before(prev) && directives(chunk))
}

/// A word of a setting's value no sentence writes: an address, a path
/// or a setting (`/healthz`, `10.0.0.1:80`, `key=value`).
fn technical(w: &str) -> bool {
    w.trim_end_matches([':', ',', '.'])
        .contains([':', '=', '/', '$', '{', '}', '.'])
}

/// A section of a configuration file (`sectioned`), half its
/// directives or more holding an address, a path, a name joined by `_`
/// or a number (`server app01 10.0.4.11:8080 check`).
fn directives(chunk: &[Line]) -> bool {
    let marked = chunk[1..]
        .iter()
        .filter(|l| {
            let mut values = l.text.split_whitespace().skip(1);
            values.any(|w| technical(w) || w.contains(|c: char| c.is_ascii_digit() || c == '_'))
        })
        .count();
    sectioned(chunk) && marked * 2 >= chunk.len() - 1
}

/// Whether `chunk` has a section's shape: a keyword line of one to three
/// words (`global`, `backend be_shop`) over two or more directives set
/// deeper at one indentation, each a keyword in small letters and its
/// values, no line holding a sentence's stops (`,` `;` `?` `!`, a last
/// `.` or `:`).
fn sectioned(chunk: &[Line]) -> bool {
    let plain = |l: &Line| !l.text.contains([',', ';', '?', '!']) && !l.text.ends_with(['.', ':']);
    let head = &chunk[0];
    let body = chunk.get(1..).unwrap_or_default();
    let directive = |l: &Line| {
        let mut words = l.text.split_whitespace();
        let key = words.next().unwrap_or_default();
        l.indent > head.indent
            && l.indent == body[0].indent
            && key.starts_with(|c: char| c.is_ascii_lowercase())
            && word(key)
            && words.next().is_some()
            && plain(l)
    };
    body.len() >= 2
        && (1..=3).contains(&head.text.split_whitespace().count())
        && word(head.text.split_whitespace().next().unwrap_or_default())
        && plain(head)
        && body.iter().all(directive)
}

/// A key of one word, letters, digits, `_` or `-`, starting with a letter.
fn word(key: &str) -> bool {
    key.starts_with(|c: char| c.is_ascii_alphabetic())
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// A word in CamelCase: a capital after a small letter (`SignWith`).
fn camel(key: &str) -> bool {
    key.as_bytes()
        .windows(2)
        .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase())
}

/// A value of a setting: not a sentence, not ending one.
fn value(text: &str) -> bool {
    !text.is_empty() && !prose(text) && !text.ends_with(['.', ':'])
}

/// Three or more `Key: value` lines at one indentation, each key one
/// word, some in CamelCase, none a contact field (`Owner:`).
fn keyed(chunk: &[Line]) -> bool {
    let keys: Vec<&str> = chunk
        .iter()
        .filter_map(|l| l.text.split_once(": "))
        .filter(|(k, v)| word(k) && value(v.trim()))
        .map(|(k, _)| k)
        .collect();
    chunk.len() >= 3
        && keys.len() == chunk.len()
        && keys.iter().any(|k| camel(k))
        && chunk
            .iter()
            .all(|l| l.indent == chunk[0].indent && contact_field(&l.text).is_none())
}

/// A keyword line with arguments (`Host db*`, `<VirtualHost *:80>`).
fn stanza_head(l: &Line) -> bool {
    let mut words = l.text.split_whitespace();
    words
        .next()
        .is_some_and(|w| word(w.trim_start_matches('<')))
        && words.next().is_some()
        && value(&l.text)
}

/// A keyword line over two or more lines set deeper at one indentation,
/// each a keyword and its values, some keyword in CamelCase (`Host gw`
/// over `HostName gw.example.org`, `User admin`); or stanzas of the same
/// keyword one after the other, each over one setting or more (`Host
/// *.east` / `ProxyJump gw-east`, `Host *.west` / `ProxyJump gw-west`).
fn stanza(chunk: &[Line]) -> bool {
    let head = &chunk[0];
    let keyword = |l: &Line| l.text.split_whitespace().next().map(str::to_string);
    let setting = |l: &Line| {
        let mut words = l.text.split_whitespace();
        let key = words.next().unwrap_or_default();
        word(key) && words.next().is_some() && value(&l.text)
    };
    let body: Vec<&Line> = chunk.iter().filter(|l| l.indent > head.indent).collect();
    let heads_ok = chunk.iter().enumerate().all(|(k, l)| {
        l.indent > head.indent
            || (l.indent == head.indent
                && stanza_head(l)
                && keyword(l) == keyword(head)
                && chunk.get(k + 1).is_some_and(|n| n.indent > head.indent))
    });
    body.len() >= 2
        && heads_ok
        && body
            .iter()
            .all(|l| l.indent == body[0].indent && setting(l))
        && body
            .iter()
            .any(|l| camel(l.text.split_whitespace().next().unwrap_or_default()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    fn chunk(text: &str) -> Vec<Line<'_>> {
        split(text)
    }

    #[test]
    fn camel_case_keys_are_settings() {
        let lines = chunk(" Origin: local\n Suite: stable\n VerifyWith: 0A1B2C3D\n");
        assert!(keyed(&lines));
    }

    #[test]
    fn contact_fields_are_no_settings() {
        let lines = chunk("Owner: Web team\nContact: #web\nLastReviewed: 2020-01-01\n");
        assert!(!keyed(&lines));
    }

    #[test]
    fn keys_of_plain_words_are_no_settings() {
        let lines = chunk("Category: storage\nAuthor: kim\nApplies: all hosts\n");
        assert!(!keyed(&lines));
    }

    #[test]
    fn nested_keys_are_a_mapping() {
        let lines = chunk("\tkiln:\n\t  zones:\n\t    east: 2\n\t    \"west.example\": 3\n");
        assert!(mapping(&lines));
        // an outline's points are no keys, nor are flat fields nested
        let points = chunk("Before:\n  Tell the desk\n  Book the van\n");
        assert!(!mapping(&points));
        let flat = chunk("port: 1\nuser: kim\nmode: fast\n");
        assert!(!mapping(&flat));
        // (two lines, a key over its one setting, are nested too)
        assert!(nested(&chunk("web04:\n  aliases: [www, static]\n")));
        assert!(!nested(&chunk("port: 1\nuser: kim\n")));
    }

    #[test]
    fn bare_sequence_values_under_nested_keys_are_a_mapping() {
        let yaml = chunk("kiln-ops:\n  playbooks:\n    - groups/kiln.yml\n  tags: true\n");
        assert!(mapping(&yaml));
        // a label over bare points alone is an outline's
        let points = chunk("checks:\n  - disk\n  - load\n");
        assert!(!mapping(&points));
    }

    #[test]
    fn keyword_stanza_with_deeper_settings() {
        let lines = chunk("Host jump\n    HostName jump.example.net\n    User ops\n");
        assert!(stanza(&lines));
        let term = chunk("Disk full\n    Clear the logs first\n    then rotate\n");
        assert!(!stanza(&term));
        // stanzas of one setting each, one after the other
        let two = chunk("Host *.east\n  ProxyJump gw-east\nHost *.west\n  ProxyJump gw-west\n");
        assert!(stanza(&two));
        let terms = chunk("Host east\n  Ask Kim\nPort west\n  ProxyJump gw\n");
        assert!(!stanza(&terms));
    }

    #[test]
    fn sections_of_directives() {
        let lines = chunk("  pool\n      listen 0.0.0.0:9000\n      workers 4\n");
        assert!(directives(&lines));
        // a term over its plain words, or a sentence's stops, is no section
        let plain = chunk("  warm spare\n      a host kept running\n      ready to go\n");
        assert!(!directives(&plain));
        let stops = chunk("  pool\n      listen on port 9000, then\n      start 4 workers.\n");
        assert!(!directives(&stops));
    }
}
