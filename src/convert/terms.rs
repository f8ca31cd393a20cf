//! Terms with definitions hanging under them, in lines: a short line (or
//! one wrapped onto a second) with deeper lines right under it, as
//! docutils reads such text; out, a definition list block.

use super::body::{Ctx, chunk_end, nested, next_nonblank};
use super::classify::{contact_field, list_marker, prompt, prose};
use super::inline;
use super::lines::Line;
use crate::doc::{Block, BlockKind, DefinitionItem};

/// Whether `lines[i]` is a short line with deeper lines hanging under it
/// (a term and its definition, as docutils reads such text), not typed
/// right under a line ending with `:` set left of it (`The good chain
/// has two links:` / ` 0 s:CN = host` / `   i:CN = CA`).
pub fn hanging(lines: &[Line], i: usize) -> bool {
    !announced(lines, i) && term_end(lines, i).is_some()
}

/// Whether the run `lines[i..end]`, a short line with deeper lines under
/// it, is what the paragraph before it (the last of `prev`) announces
/// with a colon one blank line above, at the paragraph's margin or set
/// in from it: lines a program printed or a file holds (`It prints each
/// host as it goes:` / `rolling back web 2.1 -> 2.0` / `  app01 ... ok`),
/// a literal block as `literal::after_colon` reads it, not a term over
/// its definition. The ideals keep such runs literal (about 215 of 220;
/// the others an option or a subcommand over the sentence saying what
/// it does, `--date YYYY-MM-DD` / `    which day to redo`, still terms).
pub(super) fn announced_run(lines: &[Line], i: usize, end: usize, prev: &[Block]) -> bool {
    let gap = i.checked_sub(1).and_then(|k| lines.get(k));
    let colon = i.checked_sub(2).and_then(|k| lines.get(k));
    let help = lines.get(i + 1).map_or("", |n| n.text.as_str());
    gap.is_some_and(Line::blank)
        && colon.is_some_and(|c| !c.blank() && c.text.ends_with(':') && c.indent <= lines[i].indent)
        && !named(&lines[i].text, help)
        && lines
            .get(i..end)
            .is_some_and(|run| super::literal::after_colon(prev, run))
}

/// Whether `lines[i]` sits right under a line ending with `:` that is
/// set left of it, no blank line between: what the colon announces (a
/// program's output, a file's lines), set in as a block, not a term
/// with its definition. The ideals set such lines as a literal block
/// in every place (39 of 41; the other two a paragraph), never as terms.
fn announced(lines: &[Line], i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|k| lines.get(k))
        .is_some_and(|above| {
            !above.blank() && above.text.ends_with(':') && above.indent < lines[i].indent
        })
}

/// The end of the term at `lines[i]`: one short line, or a line wrapped
/// onto a second at the same indentation, with deeper lines right under
/// it (no blank line between).
fn term_end(lines: &[Line], i: usize) -> Option<usize> {
    let l = &lines[i];
    let wrapped = lines.get(i + 1).is_some_and(|m| {
        !m.blank()
            && m.indent == l.indent
            && l.text.len() > 40
            && !l.text.ends_with(['.', ':', '?', '!', ';'])
            && list_marker(&m.text).is_none()
            && !m.code_like()
    });
    let last = if wrapped { i + 1 } else { i };
    let t = &lines[last];
    let n = lines.get(last + 1)?;
    // (a lone path over words saying what it holds is a term too)
    let path =
        !wrapped && super::cmdshape::rooted(&l.text) && !l.text.contains(' ') && prose(&n.text);
    let ok = !n.blank()
        && n.indent >= l.indent + 2
        && (t.text.len() <= 60 || wrapped)
        && !t.text.ends_with(':')
        && !t.text.ends_with([',', '(', '{', '[', '\\'])
        && !(t.text.ends_with('.') && prose(&t.text))
        && (!l.code_like() || path || (!wrapped && named(&l.text, &n.text)))
        && (!t.code_like() || path || (!wrapped && named(&t.text, &n.text)))
        // (a line laid out in columns, `slow  unix  -  n`, is a file's)
        && !super::columns::columns(&t.text)
        && list_marker(&n.text).is_none()
        && (!n.code_like() || (!wrapped && named(&t.text, &n.text) && prose(&n.text)))
        // (a wrapped "term" whose deeper lines go on with its sentence in
        // lower case, `... Timer triggers keep` / `firing and ...`, is a
        // paragraph whose last lines were set in; so is one going on with
        // a bracket, `... disable the host again` / `(virtctl ...) and`)
        && !(wrapped
            && n.text
                .trim_start_matches(['(', '"', '\''])
                .starts_with(|c: char| c.is_lowercase()))
        && !yaml_block(&t.text)
        && !hex_blob(&n.text)
        // (a "definition" of strokes alone, `|` or `+----+`, is a
        // drawing's line under its label)
        && n.text.contains(char::is_alphanumeric)
        && contact_field(&l.text).is_none()
        // (a question asked over its answer, `... my blog. Should I` /
        // `use it?`, stays a term: only text running on unended does not)
        && (t.text.ends_with('?') || !lines[i..=last].iter().any(|m| sentence_inside(&m.text)));
    // (a whole sentence, five words or more to its full stop, is no term)
    (ok && !runs_past(lines, i, last)).then_some(last + 1)
}

/// Whether what follows the deeper lines under the term `lines[i..=last]`
/// shows it is none: the sentence going on in lower case after them (one
/// paragraph with an indented piece), or a program's tagged messages.
fn runs_past(lines: &[Line], i: usize, last: usize) -> bool {
    let l = &lines[i];
    // the sentence going on in lower case after the deeper lines: one
    // paragraph with an indented piece, not a term
    let back = (last + 1..lines.len()).find(|&k| lines[k].blank() || lines[k].indent <= l.indent);
    // (unless that line is the next term, with text of its own hanging
    // under it: `revoke USER` / `    delete the token`)
    let goes_on = back.is_some_and(|k| {
        !lines[k].blank()
            && lines[k].text.starts_with(|c: char| c.is_lowercase())
            && !next_term(lines, k, l.indent)
    });
    // (a program's messages tagged with names, `E: ...` / `W: ...` /
    // `E: ...`, set in under a sentence are output it points to)
    goes_on || super::keyed::report(&lines[last + 1..back.unwrap_or(lines.len())])
}

/// Whether `text` ends a sentence and starts another inside it (`is the
/// sign.  The log says`): a lower-case word with a full stop, a space,
/// then a capital. A term names a thing in a phrase; text that runs from
/// one sentence into the next, its last line ending with no stop, is a
/// paragraph, however its lines hang (a question over its answer is a
/// term still).
fn sentence_inside(text: &str) -> bool {
    text.match_indices(". ").any(|(at, _)| {
        let word = text[..at].rsplit(' ').next().unwrap_or("");
        let next = text[at + 1..].trim_start();
        word.len() >= 2
            && word.chars().all(|c| c.is_ascii_lowercase())
            && next.starts_with(|c: char| c.is_uppercase())
    })
}

/// Whether `lines[k]`, back at a term's indentation `indent`, is a term
/// like it: a short line, no sentence or lead-in, with prose set in
/// under it (`revoke USER` / `    delete the token`).
fn next_term(lines: &[Line], k: usize, indent: usize) -> bool {
    let t = &lines[k].text;
    lines[k].indent == indent
        && t.len() <= 40
        && !t.ends_with([':', ',', '.', ';', '\\'])
        && lines.get(k + 1).is_some_and(|n| {
            !n.blank()
                && n.indent >= indent + 2
                && prose(&n.text)
                && (!n.code_like() || named(t, &n.text))
                && (!lines[k].code_like() || named(t, &n.text))
        })
}

/// Whether a line read as code names what the `help` line under it
/// explains: an option (`--keep-last N`), or a subcommand with the names
/// of its values in capitals (`drop_cache NAME`) over a sentence.
fn named(text: &str, help: &str) -> bool {
    synopsis(text) || (subcommand(text) && prose(help))
}

/// A program's subcommand as its help names it: one lower-case word
/// (`clearsessions`, `revoke_token`), then at most three names of its
/// values in capitals (`USER`, `FILE`).
fn subcommand(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let name = words.next().unwrap_or("");
    let value = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
    };
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
        && text.split_whitespace().count() <= 4
        && words.all(value)
}

/// Whether `text` is a program's option as its help names it over the
/// text that says what it does (`--keep-last N`, `-n, --dry-run`,
/// `--since=DATE`, `--date YYYY-MM-DD`): options and the names of their
/// values in capitals (a date's or a time's pattern joined by `-`),
/// four words at most, nothing run.
fn synopsis(text: &str) -> bool {
    let option = |w: &str| {
        let name = w.strip_prefix("--").or_else(|| w.strip_prefix('-'));
        name.and_then(|n| n.split('=').next()).is_some_and(|n| {
            n.starts_with(|c: char| c.is_ascii_alphabetic())
                && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
    };
    let value = |w: &str| {
        w.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_' || c == '-')
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && !w.ends_with('-')
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    words.len() <= 4
        && words
            .first()
            .is_some_and(|w| option(w.trim_end_matches(',')))
        && words.iter().all(|w| {
            let w = w.trim_end_matches(',');
            option(w) || value(w)
        })
}

/// A YAML key opening a value on the lines under it: a block scalar
/// (`cert: |`, `motd: >-`) or a tagged one (`password: !vault |`,
/// `key: !secret`), the text pasted from a file, not a term.
fn yaml_block(text: &str) -> bool {
    let Some((key, rest)) = text.split_once(':') else {
        return false;
    };
    let key_like = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_-.".contains(c));
    let mut words = rest.split_whitespace().peekable();
    let tagged = words
        .next_if(|w| w.len() > 1 && w.starts_with('!'))
        .is_some();
    let scalar = |w: &str| {
        w.strip_prefix(['|', '>']).is_some_and(|r| {
            r.chars()
                .all(|c| c == '-' || c == '+' || c.is_ascii_digit())
        })
    };
    let opens = match (words.next(), words.next()) {
        (Some(w), None) => scalar(w),
        (None, _) => tagged,
        _ => false,
    };
    key_like && rest.starts_with(' ') && opens
}

/// A line of one long run of hexadecimal digits (an encrypted or hashed
/// value pasted, maybe cut short with `...`): no definition.
fn hex_blob(text: &str) -> bool {
    let t = text.trim_end_matches('.');
    !text.contains(' ') && t.len() >= 16 && t.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The end of the definition starting at `lines[d]` under a term set in
/// by `indent`: its deeper lines, then each later paragraph after blank
/// lines set in as far as it (`=item` text of several paragraphs), and
/// each command set left of the term (where a dump puts `<pre>`) that
/// the definition's text goes on under.
fn definition_end(lines: &[Line], d: usize, end: usize, indent: usize) -> usize {
    let mut e = d;
    while e < end && lines[e].indent > indent {
        e += 1;
    }
    let set_in = |n: usize| lines[n].indent >= lines[d].indent && lines[n].indent > indent;
    while let Some(n) = next_nonblank(lines, e)
        && n > e
    {
        if command_inside(lines, n, indent, &set_in) {
            e = chunk_end(lines, n);
            continue;
        }
        if !set_in(n) {
            break;
        }
        e = n;
        while e < lines.len() && !lines[e].blank() && lines[e].indent > indent {
            e += 1;
        }
    }
    e
}

/// Whether the run at `lines[n]`, set left of a term at `indent`, is
/// commands at a prompt with the definition going on under them
/// (`set_in`) after a blank line.
fn command_inside(lines: &[Line], n: usize, indent: usize, set_in: &dyn Fn(usize) -> bool) -> bool {
    let e = chunk_end(lines, n);
    lines[n].indent < indent
        && prompt(&lines[n].text)
        && lines[n..e].iter().all(|l| l.indent < indent)
        && next_nonblank(lines, e).is_some_and(|k| k > e && set_in(k))
}

/// Whether a "term" `text` over its `definition` is a sentence leading
/// in to what a program printed or a command to type: a line of prose
/// (five words or more, `A clean pass ends with a line like`, `and
/// drop it again once the copy is done`) with nothing but literal
/// blocks hanging under it. A term names a thing; a sentence over a
/// block it points to is a paragraph before a literal block (the
/// ideals, every time: 2 of 2 in the proxy set).
fn lead_in(text: &str, definition: &[Block]) -> bool {
    !definition.is_empty()
        && definition
            .iter()
            .all(|b| matches!(b.kind, BlockKind::CodeBlock { .. }))
        && prose(text)
}

/// Terms with their hanging definitions, up to the end of the chunk (a
/// definition's later paragraphs, set in like it, past it).
pub fn definitions(lines: &[Line], i: usize, end: usize, ctx: &mut Ctx) -> (Vec<Block>, usize) {
    let mut items = Vec::new();
    let mut k = i;
    while k < end
        && lines[k].indent == lines[i].indent
        && let Some(d) = term_end(lines, k)
    {
        let term = &lines[k];
        let e = definition_end(lines, d, end, term.indent);
        let definition = nested(&lines[d..e], lines[d].indent, ctx);
        let text: Vec<&str> = lines[k..d].iter().map(|l| l.text.as_str()).collect();
        let text = text.join(" ");
        if items.is_empty() && lead_in(&text, &definition) {
            let para = inline::paragraph(&text, term.no);
            return (std::iter::once(para).chain(definition).collect(), e);
        }
        items.push(DefinitionItem {
            line: term.no,
            term: inline::parse(&text, term.no),
            classifiers: Vec::new(),
            definition,
        });
        k = e;
    }
    (
        vec![Block::new(lines[i].no, BlockKind::DefinitionList(items))],
        k,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn text_running_into_a_sentence_is_no_term() {
        let lines = split(
            "The fan hums at rest.  A rattle is the bearing, and\nthe log then says\n    fan east-2: bearing hot\n",
        );
        assert!(!hanging(&lines, 0));
        let asked = split(
            "I write about kilns on my blog. Should I point to\nthe fan notes?\n    Yes, with the tracking code.\n",
        );
        assert!(hanging(&asked, 0));
        assert!(sentence_inside("is normal.  A rattle"));
        assert!(!sentence_inside("see e.g. Foo"));
        assert!(!sentence_inside("Fan east-2 by the door"));
    }

    #[test]
    fn columns_are_no_term() {
        let lines = split(" hut3    tcp   -   y   4\n     -o slow=1\n");
        assert!(!hanging(&lines, 0));
        let lines = split(" Hut three\n     The one by the gate.\n");
        assert!(hanging(&lines, 0));
    }

    #[test]
    fn a_sentence_going_on_deeper_is_no_term() {
        let text = " The gate opens at six and closes at ten, or at dusk\n in winter when the\n\tpath is dark.\n";
        assert!(!hanging(&split(text), 0));
        let text = " The gate opens at six and closes at ten, or at dusk\n in winter when the\n\tPath lights come on.\n";
        assert!(hanging(&split(text), 0));
    }

    #[test]
    fn options_over_their_help_are_terms() {
        let lines =
            split("--keep-last N\n    keep the newest builds\n-n, --dry-run\n    delete nothing\n");
        assert!(hanging(&lines, 0) && hanging(&lines, 2));
        let run = split("--keep-last N --dry-run then more\n    keep the newest builds\n");
        assert!(!hanging(&run, 0));
        assert!(synopsis("--since=DATE") && !synopsis("--force the restart"));
        assert!(synopsis("--date YYYY-MM-DD") && !synopsis("--date YYYY-"));
    }

    #[test]
    fn yaml_values_pasted_are_no_terms() {
        for t in ["cert: |", "motd: >-", "db_pass: !vault |", "token: !secret"] {
            assert!(yaml_block(t), "{t}");
        }
        for t in ["Owner: web team", "restart: | tee", "Run it: |", "cert:|"] {
            assert!(!yaml_block(t), "{t}");
        }
        assert!(hex_blob("61336466653838394a") && hex_blob("6133646665383839..."));
        assert!(!hex_blob("deadbeef") && !hex_blob("Restart the service"));
        let lines = split(
            "api_key: !vault |\n      $ANSIBLE_VAULT;1.1;AES256\n      3964326531373034...\n",
        );
        assert!(!hanging(&lines, 0));
        let lines = split("Backups\n   Taken nightly at two.\n");
        assert!(hanging(&lines, 0));
    }
}
