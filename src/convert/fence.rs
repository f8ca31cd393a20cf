//! Fenced preformatted blocks: MoinMoin's `{{{` and `}}}` lines, and the
//! Markdown habit of three backticks (or tildes) above and below, fencing
//! text in; a literal block of what is between them out, fences dropped.

use super::lines::Line;
use super::literal::literal;
use crate::doc::{Block, BlockKind};

/// Languages a `{{{#!bash` or `{{{#!highlight bash` line may name, as
/// Pygments knows them.
const LANGUAGES: &[&str] = &[
    "bash", "sh", "shell", "console", "python", "perl", "ruby", "sql", "ini", "yaml", "json",
    "xml", "html", "diff", "apache", "nginx", "text",
];

/// The index after the `}}}` line closing the block whose `{{{` line is
/// `lines[i]` (`{{{` alone or naming a language).
pub fn end(lines: &[Line], i: usize) -> Option<usize> {
    language(&lines[i].text)?;
    let close = match ticks(&lines[i].text) {
        Some(open) => (i + 1..lines.len()).find(|&k| closes(&lines[k].text, open))?,
        None => (i + 1..lines.len()).find(|&k| lines[k].text == "}}}")?,
    };
    Some(close + 1)
}

/// The fence a Markdown-style opening line starts with (three or more
/// backticks or tildes, then at most a language word): its run of marks.
fn ticks(text: &str) -> Option<&str> {
    let c = text.chars().next().filter(|c| matches!(c, '`' | '~'))?;
    let n = text.chars().take_while(|&x| x == c).count();
    let rest = text[n..].trim();
    let word = rest
        .chars()
        .all(|x| x.is_ascii_alphanumeric() || "+-_".contains(x));
    (n >= 3 && word).then_some(&text[..n])
}

/// Whether a line closes the fence `open`: the same mark, at least as
/// many times, alone.
fn closes(text: &str, open: &str) -> bool {
    let c = open.chars().next().unwrap_or('`');
    text.len() >= open.len() && text.chars().all(|x| x == c)
}

/// The language an opening `{{{` line names: `Some(None)` for none,
/// `None` when the line opens no block (other processors, `{{{x}}}`).
fn language(text: &str) -> Option<Option<String>> {
    if let Some(open) = ticks(text) {
        let name = text[open.len()..].trim().to_lowercase();
        return Some(LANGUAGES.contains(&name.as_str()).then_some(name));
    }
    let rest = text.strip_prefix("{{{")?.trim();
    if rest.is_empty() {
        return Some(None);
    }
    let name = rest.strip_prefix("#!")?;
    let name = name.strip_prefix("highlight ").unwrap_or(name).trim();
    LANGUAGES.contains(&name).then(|| Some(name.to_string()))
}

/// Whether a fenced block opens at `lines[i]`.
pub fn opens(lines: &[Line], i: usize) -> bool {
    end(lines, i).is_some()
}

/// The fenced block at `lines[i]` as a literal block of the lines between
/// the fences (none when it is empty), and the index after it.
pub fn block(lines: &[Line], i: usize) -> Option<(Vec<Block>, usize)> {
    let e = end(lines, i)?;
    let inner = &lines[i + 1..e - 1];
    let first = inner.iter().position(|l| !l.blank());
    let last = inner.iter().rposition(|l| !l.blank());
    let (Some(a), Some(b)) = (first, last) else {
        return Some((Vec::new(), e));
    };
    let (mut blocks, _) = literal(lines, i + 1 + a, i + 2 + b);
    if let Some(name) = language(&lines[i].text).flatten()
        && let Some(BlockKind::CodeBlock { lang, .. }) = blocks.first_mut().map(|b| &mut b.kind)
    {
        *lang = Some(name);
    }
    Some((blocks, e))
}
