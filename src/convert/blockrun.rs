//! Whether a literal block goes on past a blank line: the block's lines
//! and the run after the blank line in, whether the run joins the block,
//! ends it, or ends it after the commands it opens with; and the block's
//! code, each run's margin where it was typed. A here-document the block
//! opens (`cat <<EOF > x`) goes on, blank lines and all, to its `EOF`.

use super::body::{chunk_end, next_nonblank};
use super::classify::{list_marker, note_icon, prompt, prose};
use super::codechunk::code_chunk;
use super::lines::{Line, dedent};
use super::literal::{commands_then_prose, comment};
use super::session;
use crate::doc::{Block, BlockKind};

/// How the run starting at `lines[k]` stands to the literal block
/// `lines[i..end]` above it, a blank line between.
pub(super) enum Next {
    /// The run is the block's: it goes on to the run's end.
    Joins(usize),
    /// The block ends: where the run's own commands end when they go on
    /// with it (`fi` / `The delay matters: ...`), else where it stood.
    Ends(Option<usize>),
}

/// What a literal block leaves open, kept by the caller as the block
/// grows (no rescan of the block per run): its bracket depth, the word
/// that closes a here-document it opened (`cat <<EOF > x`), until a line
/// of that word alone, and whether it holds a letter's greeting.
pub(super) struct Open {
    depth: i32,
    heredoc: Option<String>,
    letter: bool,
}

impl Open {
    /// What `lines` (a block's first run) leave open.
    pub(super) fn of(lines: &[Line]) -> Open {
        let mut open = Open {
            depth: 0,
            heredoc: None,
            letter: false,
        };
        open.add(lines);
        open
    }

    /// Takes in the next run of the block.
    pub(super) fn add(&mut self, lines: &[Line]) {
        self.depth += super::lines::depth(lines);
        self.letter |= lines.iter().any(|l| greeting(&l.text));
        for l in lines {
            match &self.heredoc {
                Some(word) if l.text.trim() == word => self.heredoc = None,
                Some(_) => {}
                None => self.heredoc = heredoc(&l.text),
            }
        }
    }
}

/// The word closing the here-document a command line opens (`cat <<EOF
/// > x`, `<<-'END'`, `<< "EOT"`): a word in capitals, digits or `_`; a
/// here-string (`<<<`) or a shift (`1 << 4`) opens none.
fn heredoc(text: &str) -> Option<String> {
    let at = text.find("<<")?;
    let rest = text[at + 2..]
        .strip_prefix(['-', '~'])
        .unwrap_or(&text[at + 2..]);
    let rest = rest.trim_start_matches(' ').trim_start_matches(['\'', '"']);
    let word: String = rest
        .chars()
        .take_while(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == '_')
        .collect();
    let after = rest[word.len()..].chars().next();
    (word.starts_with(|c: char| c.is_ascii_uppercase())
        && after.is_none_or(|c| !c.is_alphanumeric()))
    .then_some(word)
}

/// Whether the run at `lines[k]` after the literal block `lines[i..end]`
/// (text at indentation `base` around it; `open`, what the block leaves
/// open, kept by the caller as the block grows) goes on with the block:
/// a here-document left open takes every run set no further left, the
/// block set in past the text (a flush-left one whose word never comes
/// would take the page).
pub(super) fn next(
    lines: &[Line],
    i: usize,
    end: usize,
    k: usize,
    base: usize,
    open: &Open,
) -> Next {
    let e = chunk_end(lines, k);
    if open.heredoc.is_some() && lines[k].indent >= lines[i].indent && lines[i].indent > base {
        return Next::Joins(e);
    }
    if opens_other(lines, i, k, e, base) {
        return Next::Ends(None);
    }
    // (a letter to send, set in past the text from its greeting on,
    // `Hello,` / `thank you for ...` / `Regards,`, is kept whole)
    if open.letter && lines[k].indent >= lines[i].indent && lines[i].indent > base {
        return Next::Joins(e);
    }
    let open = open.depth > 0;
    if joins(lines, i, end, k, base, open) {
        return Next::Joins(e);
    }
    // commands going on with the block, the text typed right under them
    // (`fi` / `The delay matters: ...`): the block's
    let lead = (lines[k].indent >= lines[i].indent)
        .then(|| commands_then_prose(&[], &lines[k..e], base))
        .flatten();
    Next::Ends(lead.map(|lead| k + lead))
}

/// Whether `text` is a letter's greeting on a line of its own (`Hello,`,
/// `Hi all,`, `Dear colleagues,`): a word of greeting, at most three
/// more words, a comma closing it.
pub(super) fn greeting(text: &str) -> bool {
    const WORDS: [&str; 6] = ["Hello", "Hi", "Hey", "Dear", "Greetings", "Hallo"];
    let first = text.split([' ', ',']).next().unwrap_or("");
    WORDS.contains(&first) && text.ends_with(',') && text.split_whitespace().count() <= 4
}

/// Whether the run `lines[k..e]` opens something else: an icon's note, a
/// tagged box, an arrow's remark, a separator, or text back left of the
/// block, announcing the next or a paragraph wrapped back at the text's
/// margin (`wraptext::wrapped_text`): text again, not the block's.
fn opens_other(lines: &[Line], i: usize, k: usize, e: usize, base: usize) -> bool {
    let back = &lines[k..e];
    note_icon(&lines[k].text).is_some()
        || super::tagged::opens(&lines[k].text)
        || session::arrow_note(lines, k)
        || super::separator::separator(lines, k)
        || (lines[k].indent < lines[i].indent
            && (super::intro::lead_in(back, base) || super::wraptext::wrapped_text(back, base)))
}

/// Whether the run at `lines[k]` is the block's: set in deeper and no
/// sentence, output in columns, inside a bracket the block left open,
/// comments between commands, the same stanza again, a session or
/// listing resumed, or code itself.
fn joins(lines: &[Line], i: usize, end: usize, k: usize, base: usize, open: bool) -> bool {
    let (indent, e, t) = (lines[i].indent, chunk_end(lines, k), &lines[k].text);
    // Text back at the prose indentation ends the block unless it is code.
    let deeper = lines[k].indent > indent
        && !prose(t)
        && (lines[k].indent > base || lines[k].code_like())
        && list_marker(t).is_none()
        && !t.ends_with(':');
    // output laid out in columns set in past the command and the prose,
    // after a blank line inside it (`config:` / `` / `NAME STATE READ`),
    // whatever its words
    let table = lines[k].indent > indent.max(base) && super::columns::data(&lines[k..e]);
    // An open `{`, `(` or `[` goes on to its closing line, but not over a
    // sentence, a lead-in (`Before you go on:`) or a numbered step (the
    // snippet, or output cut short, left its bracket open), nor past a
    // step back at the prose indentation.
    let step = (prose(t) || super::intro::lead_in(&lines[k..k + 1], base)) && !lines[k].code_like();
    let back = lines[k].indent == base && base > indent && (list_marker(t).is_some() || prose(t));
    let open = open && lines[k].indent >= indent && !step && !back;
    open || deeper
        || table
        || comments_between(lines, k, e, base)
        || super::stanzas::again(&lines[i..chunk_end(lines, i)], &lines[k..e])
        || session::resumed(&lines[i..end], &lines[k..e])
        || super::reported::goes_on(lines, i, k, e)
        || super::columns::listing_goes_on(&lines[i..end], &lines[k..e])
        || super::dumped::pre_goes_on(&lines[i..end], &lines[k..e], base)
        || code_chunk(&lines[k..e], base)
        || banner_output(lines, i, k)
        || super::adorned::printout_section(lines, k)
}

/// Whether the run at `lines[k]` opens with a program's banner
/// (`PLAY RECAP ******`, `headtext::banner`), no further left than the
/// block `lines[i..]` a prompt opens: what the command printed, left a
/// blank line under it as the program leaves one, the block's own.
fn banner_output(lines: &[Line], i: usize, k: usize) -> bool {
    super::headtext::banner(&lines[k].text)
        && lines[k].indent >= lines[i].indent
        && prompt(&lines[i].text)
}

/// The lines `i..end` as one literal block (`literal::literal`), but a
/// run after a blank line that opens with a prompt typed left of the
/// block's first line (`\thost all 10.0.0.0/8` over `$ sudo systemctl
/// reload x`) sets the margin of what follows on its own: the lines above
/// it are another thing typed, not set in under the command.
pub(super) fn literal(lines: &[Line], i: usize, end: usize) -> (Vec<Block>, usize) {
    let (mut out, end) = super::literal::literal(lines, i, end);
    let first = lines[i].indent;
    let back = (i + 1..end)
        .find(|&k| lines[k - 1].blank() && lines[k].indent < first && prompt(&lines[k].text));
    if let Some(k) = back
        && let Some(BlockKind::CodeBlock { code, .. }) = out.first_mut().map(|b| &mut b.kind)
    {
        *code = dedent(&lines[i..k]) + &dedent(&lines[k..end]);
    }
    (out, end)
}

/// Whether the run `lines[k..e]` is comment lines alone (`-- Check the
/// count`) with commands after it: still the block's, between commands.
fn comments_between(lines: &[Line], k: usize, e: usize, base: usize) -> bool {
    lines[k..e].iter().all(|l| comment(&l.text))
        && next_nonblank(lines, e).is_some_and(|n| code_chunk(&lines[n..chunk_end(lines, n)], base))
}

#[cfg(test)]
mod tests {
    use super::heredoc;

    #[test]
    fn a_here_document_and_its_word() {
        assert_eq!(heredoc("cat <<EOF > /tmp/x.txt").as_deref(), Some("EOF"));
        assert_eq!(
            heredoc("tee x <<-'END_OF_TEXT'").as_deref(),
            Some("END_OF_TEXT")
        );
        assert_eq!(heredoc("mysql db << \"SQL\"").as_deref(), Some("SQL"));
        assert_eq!(heredoc("grep x <<< \"$y\""), None);
        assert_eq!(heredoc("echo $((1 << 4))"), None);
        assert_eq!(heredoc("cat <<eof"), None);
        assert_eq!(heredoc("see <<TableOfContents>>"), None);
    }
}
