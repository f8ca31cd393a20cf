//! A remark typed right under announced commands: the lines of a run of
//! commands and the index of its last line in, whether that line is the
//! writer's text going on in lower case rather than what the commands
//! print.

use super::lines::Line;

/// Whether `lines[k]`, the last line of the run `lines[i..end]` of
/// commands typed with no prompt, at their own margin, is the text going
/// on in lower case (`dig +short NS example.net` / `should list our
/// ns1/ns2.`, `purge --dry-run` / `check the count, then run it again`):
/// three words or more, two of them a sentence's small words outside any
/// quotes (`should`, `our`, `the`), no shell marks and no `:`, every line
/// above it a command, and those announced by a line ending with `:`
/// (under a line breaking off, `delete them with`, the text may be the
/// one sentence going on): what the writer says of the commands, not
/// what they print.
pub(super) fn said_after(lines: &[Line], i: usize, k: usize, end: usize) -> bool {
    let t = &lines[k].text;
    // (where the line stands first: prose_tail asks of every line of
    // the run, and only the last one under a colon can be the remark)
    let placed = k + 1 == end
        && k > i
        && i > 0
        && lines[i - 1].text.ends_with(':')
        && lines[k].indent == lines[i].indent
        && t.starts_with(|c: char| c.is_ascii_lowercase())
        && !t.contains(['$', '|', '<', '>', '=', ';', '&', '`', '{', '}', ':']);
    if !placed {
        return false;
    }
    let unquoted = super::cmdshape::quoted_as_one(t);
    let words: Vec<&str> = unquoted.split_whitespace().collect();
    let small = words
        .iter()
        .filter(|w| super::cmdshape::small_bare(w))
        .count();
    words.len() >= 3 && small >= 2 && lines[i..k].iter().all(Line::code_like)
}
