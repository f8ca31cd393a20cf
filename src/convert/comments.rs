//! A literal block in, the author's notes in it taken out as list items,
//! the commands after a note in the note's item, as the human
//! conversions lay such blocks out: the `-- ` notes between the
//! statements of an SQL session (`-- Check that one row changed`), and
//! the `# ` notes that head each step of a shell block
//! (`# Log in to the new target`, its commands under it).

use super::classify::code_like;
use super::lines::{self, dedent};
use super::literal::literal_block;
use crate::doc::{Block, BlockKind, List, ListItem, ListKind};

/// One piece of the block: statements (and their output) or a note.
enum Piece {
    Code(Vec<String>, u32),
    Note(String, u32),
}

/// The blocks for `block`: itself unless it is an SQL session with notes
/// or shell steps each headed by a note.
pub fn split(block: Block) -> Vec<Block> {
    let BlockKind::CodeBlock { lang, code, .. } = &block.kind else {
        return vec![block];
    };
    let pieces = if sql_session(code) && code.lines().any(|l| note(l).is_some()) {
        pieces(code, block.line)
    } else if let Some(steps) = shell_steps(code, block.line) {
        steps
    } else {
        return vec![block];
    };
    let mut out = Vec::new();
    let mut items: Vec<ListItem> = Vec::new();
    for piece in pieces {
        match piece {
            Piece::Note(text, line) => items.push(ListItem {
                line,
                task: None,
                blocks: vec![super::inline::paragraph(&text, line)],
            }),
            Piece::Code(lines, line) => {
                let code = code_block(lang.clone(), &lines, line);
                match items.last_mut() {
                    Some(item) => item.blocks.extend(code),
                    None => out.extend(code),
                }
            }
        }
    }
    let list = List {
        kind: ListKind::Bullet,
        start: 1,
        tight: false,
        items,
    };
    out.push(Block::new(block.line, BlockKind::List(list)));
    out
}

/// The steps of a shell block laid out as two or more groups parted by
/// blank lines, each a `# ` note of two words or more (a letter first,
/// a capital in the first note: a step's sentence; not itself a command)
/// then its commands, each line a program's name then its arguments (not
/// configuration such as `$ModLoad imfile`). A first note in lower case
/// (`# which backends are down`) opens the shell comments of a cheat
/// sheet or script, which the scored ideals keep in the block.
fn shell_steps(code: &str, first_line: u32) -> Option<Vec<Piece>> {
    let lines: Vec<&str> = code.lines().collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < lines.len() {
        if lines[k].trim().is_empty() {
            k += 1;
            continue;
        }
        let end = (k..lines.len())
            .find(|&e| lines[e].trim().is_empty())
            .unwrap_or(lines.len());
        let text = lines[k].trim_start().strip_prefix("# ")?.trim();
        let words = text.split_whitespace().count();
        let opening = if out.is_empty() {
            char::is_uppercase
        } else {
            char::is_alphabetic
        };
        if words < 2 || !text.starts_with(opening) || code_like(text) || end == k + 1 {
            return None;
        }
        let shell = lines[k + 1..end].iter().all(|l| {
            let word = l.split_whitespace().next().unwrap_or("");
            word.starts_with(|c: char| c.is_ascii_lowercase() || c == '.')
                && word
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_./".contains(c))
        });
        if !shell {
            return None;
        }
        out.push(Piece::Note(text.to_string(), first_line + k as u32));
        let commands = lines[k + 1..end].iter().map(|l| l.to_string()).collect();
        out.push(Piece::Code(commands, first_line + k as u32 + 1));
        k = end;
    }
    (out.len() >= 4).then_some(out)
}

/// Whether the text is a session with a database: a `name=#` prompt, a
/// `psql` command or statements that open and close a transaction.
fn sql_session(code: &str) -> bool {
    code.lines().any(|l| {
        let t = l.trim_start();
        let word = t.split_whitespace().next().unwrap_or("");
        word.ends_with("=#")
            || word.ends_with("=>")
            || t.split_whitespace().any(|w| w == "psql")
            || t.eq_ignore_ascii_case("begin;")
            || t.eq_ignore_ascii_case("commit;")
    })
}

/// The text after `-- ` on a note line: three words or more.
fn note(line: &str) -> Option<&str> {
    let text = comment(line)?;
    (text.split_whitespace().count() >= 3).then_some(text)
}

/// The text after `-- ` on a comment line starting with a letter.
fn comment(line: &str) -> Option<&str> {
    let text = line.trim_start().strip_prefix("-- ")?.trim();
    text.starts_with(char::is_alphabetic).then_some(text)
}

fn pieces(code: &str, first_line: u32) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    let mut above = "";
    for (k, line) in code.lines().enumerate() {
        let no = first_line + k as u32;
        let after_note = matches!(out.last(), Some(Piece::Note(..)));
        let goes_on = after_note
            && (comment(line).is_some_and(|t| t.starts_with(char::is_lowercase))
                || wrapped_note(above, line));
        let wrapped = wrapped_note(above, line).then_some(line.trim());
        above = line;
        match note(line)
            .or(comment(line).filter(|_| goes_on))
            .or(wrapped.filter(|_| goes_on))
        {
            Some(text) => match out.last_mut() {
                Some(Piece::Note(prev, _)) if goes_on => {
                    prev.push(' ');
                    prev.push_str(text);
                }
                _ => out.push(Piece::Note(text.to_string(), no)),
            },
            None => match out.last_mut() {
                Some(Piece::Code(lines, _)) => lines.push(line.to_string()),
                _ => out.push(Piece::Code(vec![line.to_string()], no)),
            },
        }
    }
    out
}

/// Whether `line` goes on with the `-- ` note right above it: set
/// deeper, in lower case, no code (`-- Use one more than` / `   the
/// largest id shown`).
pub(super) fn wrapped_note(above: &str, line: &str) -> bool {
    let depth = |l: &str| l.len() - l.trim_start().len();
    let text = line.trim();
    comment(above).is_some()
        && depth(line) > depth(above)
        && text.starts_with(char::is_lowercase)
        && !code_like(text)
}

/// A literal block of `lines` without the blank lines around them and
/// their common indentation; nothing when they are all blank.
fn code_block(lang: Option<String>, lines: &[String], line: u32) -> Option<Block> {
    let text = lines.join("\n");
    let lines = lines::split(&text);
    let start = lines.iter().position(|l| !l.blank())?;
    let end = lines.iter().rposition(|l| !l.blank())? + 1;
    let code = dedent(&lines[start..end]);
    Some(literal_block(lang, code, line + start as u32))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> Block {
        let kind = BlockKind::CodeBlock {
            lang: None,
            code: text.into(),
            caption: None,
            linenos: false,
        };
        Block::new(10, kind)
    }

    #[test]
    fn notes_of_a_session_become_items() {
        let text = "sudo -u postgres psql rota\nBEGIN;\nupdate shifts set owner = 'kim' where id = 4;\n-- Check that only one row was changed\n-- and that it is the\n-- right one\nCOMMIT;\n";
        let out = split(code(text));
        assert_eq!(out.len(), 2);
        assert!(
            matches!(&out[0].kind, BlockKind::CodeBlock { code, .. } if code.ends_with("id = 4;\n"))
        );
        let BlockKind::List(list) = &out[1].kind else {
            panic!("{out:?}")
        };
        assert_eq!(list.items.len(), 1);
        let item = &list.items[0].blocks;
        assert!(matches!(&item[0].kind, BlockKind::Paragraph(p)
            if crate::doc::inlines_text(p) == "Check that only one row was changed and that it is the right one"));
        assert!(matches!(&item[1].kind, BlockKind::CodeBlock { code, .. } if code == "COMMIT;\n"));
        assert_eq!(item[1].line, 16);
    }

    #[test]
    fn note_wrapped_deeper_goes_on() {
        let text = "=> select id from pets;\n-- Use one more than\n   the largest id shown\n=> update pets set id = 7;\n";
        let out = split(code(text));
        let BlockKind::List(list) = &out[1].kind else {
            panic!("{out:?}")
        };
        assert!(
            matches!(&list.items[0].blocks[0].kind, BlockKind::Paragraph(p)
            if crate::doc::inlines_text(p) == "Use one more than the largest id shown")
        );
        assert!(!wrapped_note("-- Use one more than", "   sudo ls -l"));
    }

    #[test]
    fn shell_options_and_plain_code_stay() {
        let text = "ls -l\n-- The rest is ignored by the tool\n";
        assert_eq!(split(code(text)).len(), 1);
        let text = "pkg=# select 1;\n--\n-- x y\n";
        assert_eq!(split(code(text)).len(), 1);
    }

    #[test]
    fn shell_steps_headed_by_notes_become_items() {
        let text = "# Stop the queue first\nqueuectl stop\n\n# Then move the spool\nmv /var/spool/q /srv/q\nln -s /srv/q /var/spool/q\n";
        let out = split(code(text));
        let BlockKind::List(list) = &out[0].kind else {
            panic!("{out:?}")
        };
        assert_eq!(list.items.len(), 2);
        assert!(matches!(&list.items[1].blocks[1].kind,
            BlockKind::CodeBlock { code, .. } if code == "mv /var/spool/q /srv/q\nln -s /srv/q /var/spool/q\n"));
        // one step, a trailing note, a root prompt or notes in lower case
        // stay a block
        for text in [
            "# Stop the queue first\nqueuectl stop\n",
            "queuectl stop\n\n# Then move the spool\nmv a b\n",
            "# yum update\n# reboot\n\n# Then check it\nuptime\n",
            "# stop the queue first\nqueuectl stop\n\n# Then move the spool\nmv a b\n",
        ] {
            let out = split(code(text));
            assert!(
                matches!(
                    &out[..],
                    [Block {
                        kind: BlockKind::CodeBlock { .. },
                        ..
                    }]
                ),
                "{text}"
            );
        }
    }
}
