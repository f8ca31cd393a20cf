//! A page's blocks in, the same blocks out with each literal block that
//! the writer broke with a `then` alone on a line (`$ ssh host` / `then`
//! / `$ sudo zpool status -x`), or with a `then` opening a phrase of
//! plain words (`then on the gateway`), split there: the literal before
//! it, the words as a paragraph of their own, the literal after it.

use crate::doc::{Block, BlockKind, Inline};

/// Splits, in `blocks` and in the lists and notes they hold, each literal
/// block at a line holding `then` and nothing else, or `then` and a
/// phrase of plain words (`said_then`), where no `if` line in the block
/// makes it a shell's `then`: the writer's words between two sets of
/// commands are text (the scored ideals write `then::` over the
/// commands, both pages of two, and a phrase opened by a lower-case
/// `then` as the step's text over the next commands, three pages of
/// three: `then on the VM::`). A block marked as code by its fences or
/// a directive (its line in `marked`) is the writer's code and is kept.
pub fn split_at_then(blocks: &mut Vec<Block>, marked: &[u32]) {
    let mut out = Vec::with_capacity(blocks.len());
    for mut b in std::mem::take(blocks) {
        match &mut b.kind {
            BlockKind::List(list) => {
                for item in &mut list.items {
                    split_at_then(&mut item.blocks, marked);
                }
            }
            BlockKind::Admonition { blocks: inner, .. } => split_at_then(inner, marked),
            BlockKind::CodeBlock { code, lang, .. } if !marked.contains(&b.line) => {
                if let Some(parts) = pieces(code, lang, b.line) {
                    out.extend(parts);
                    continue;
                }
            }
            _ => {}
        }
        out.push(b);
    }
    *blocks = out;
}

/// The blocks a literal block's `code` (first line `line`) falls into at
/// its lone `then` lines and its `then` phrases (`said_then`), or `None`
/// where it has none, or an `if` on another line makes them the shell's,
/// or no command follows the last of them.
fn pieces(code: &str, lang: &Option<String>, line: u32) -> Option<Vec<Block>> {
    let rows: Vec<&str> = code.lines().collect();
    let lone = |r: &&str| r.trim().eq_ignore_ascii_case("then") || said_then(r);
    let shell_if = rows.iter().filter(|r| !lone(r)).any(|r| {
        r.split(|c: char| c.is_whitespace() || c == ';')
            .any(|w| w == "if" || w == "elif")
    });
    let last = rows.iter().rposition(&lone)?;
    if shell_if || rows[last + 1..].iter().all(|r| r.trim().is_empty()) {
        return None;
    }
    let mut out = Vec::new();
    let mut from = 0;
    for (k, row) in rows.iter().enumerate() {
        if lone(row) {
            out.extend(literal(&rows[from..k], lang, line + from as u32));
            let word = Inline::Text(row.trim().to_string());
            out.push(Block::new(
                line + k as u32,
                BlockKind::Paragraph(vec![word]),
            ));
            from = k + 1;
        }
    }
    out.extend(literal(&rows[from..], lang, line + from as u32));
    Some(out)
}

/// Whether `row` is a lower-case `then` opening a phrase of plain words,
/// a small word of a sentence among them (`then on the VM`, `then if it
/// is still there after a minute`, `then restart the service:`): the
/// writer's words between two commands, not a shell's `then` (`then
/// echo ok`, `then systemctl stop x`: no sentence's small word, or a
/// mark of code).
fn said_then(row: &str) -> bool {
    let Some(rest) = row.trim().strip_prefix("then ") else {
        return false;
    };
    let rest = rest.trim_end_matches([':', ',']);
    let words: Vec<&str> = rest.split_whitespace().collect();
    let plain = |w: &&str| {
        w.chars()
            .all(|c| c.is_alphabetic() || c == '\'' || c == '-')
    };
    words.len() >= 2
        && words.iter().all(plain)
        && words.iter().any(|w| super::cmdshape::small_word(w))
}

/// The rows as a literal block, their common margin taken off and blank
/// rows at either end dropped; none if no row holds text.
fn literal(rows: &[&str], lang: &Option<String>, line: u32) -> Option<Block> {
    let first = rows.iter().position(|r| !r.trim().is_empty())?;
    let last = rows.iter().rposition(|r| !r.trim().is_empty())?;
    let rows = &rows[first..=last];
    let margin = |r: &&str| r.len() - r.trim_start_matches(' ').len();
    let cut = rows
        .iter()
        .filter(|r| !r.trim().is_empty())
        .map(margin)
        .min()
        .unwrap_or(0);
    let mut code = String::new();
    for r in rows {
        code.push_str(r.get(cut..).unwrap_or(r.trim_start()));
        code.push('\n');
    }
    let kind = BlockKind::CodeBlock {
        lang: lang.clone(),
        code,
        caption: None,
        linenos: false,
    };
    Some(Block::new(line + first as u32, kind))
}

#[cfg(test)]
mod tests {
    use super::split_at_then;
    use crate::doc::{Block, BlockKind};

    fn code(text: &str) -> Block {
        let kind = BlockKind::CodeBlock {
            lang: None,
            code: text.to_string(),
            caption: None,
            linenos: false,
        };
        Block::new(1, kind)
    }

    #[test]
    fn a_then_between_commands_is_text() {
        let mut blocks = vec![code("$ ssh gw\nthen\n$ uptime\n$ df -h\n")];
        split_at_then(&mut blocks, &[]);
        assert_eq!(blocks.len(), 3);
        assert!(matches!(blocks[1].kind, BlockKind::Paragraph(_)));
        let BlockKind::CodeBlock { code, .. } = &blocks[2].kind else {
            panic!("no literal after the word");
        };
        assert_eq!(code, "$ uptime\n$ df -h\n");
    }

    #[test]
    fn a_then_phrase_between_commands_is_text() {
        let mut blocks = vec![code("$ kill 12\nthen if it is still up\n$ kill -9 12\n")];
        split_at_then(&mut blocks, &[]);
        assert_eq!(blocks.len(), 3);
        assert!(matches!(blocks[1].kind, BlockKind::Paragraph(_)));
        // a shell's `then` running a command is kept
        let mut blocks = vec![code("if test -f x\nthen echo found\nfi\n")];
        split_at_then(&mut blocks, &[]);
        assert_eq!(blocks.len(), 1);
        let mut blocks = vec![code("make\nthen make install\nmake check\n")];
        split_at_then(&mut blocks, &[]);
        assert_eq!(blocks.len(), 1);
    }

    #[test]
    fn a_shells_then_and_a_marked_block_are_kept() {
        let mut blocks = vec![code("if true\nthen\n  echo yes\nfi\n")];
        split_at_then(&mut blocks, &[]);
        assert_eq!(blocks.len(), 1);
        let mut blocks = vec![code("then\n    make\n")];
        split_at_then(&mut blocks, &[1]);
        assert_eq!(blocks.len(), 1);
        let mut blocks = vec![code("make\nthen\n")];
        split_at_then(&mut blocks, &[]);
        assert_eq!(blocks.len(), 1);
    }
}
