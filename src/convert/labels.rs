//! Lines set out over what they describe, read as definition lists: a
//! short line over a blank line and a bullet list set deeper (`Keep it
//! short.` over its examples); and a name that starts in lower case and
//! ends with `:` (`backup-agent (host01):`) over a blank line and
//! paragraphs set deeper that tell what the named thing does (a name
//! written as in the system, not a title; the term drops the colon).

use super::body::{Ctx, chunk_end, nested, next_nonblank};
use super::classify::list_marker;
use super::headings::open_moin;
use super::inline;
use super::lines::Line;
use crate::doc::{Block, BlockKind, DefinitionItem};

/// Short lone lines (after the first, maybe a long one wrapped onto a
/// second), not ending with `:`, each over a blank line and a bullet list
/// set deeper (`Keep it short.` over its examples): a definition list
/// whose terms are the lines and whose bodies the lists. Text at the
/// margin sets its lists in anyway (MoinMoin must): there a line over a
/// deeper list is a paragraph before it.
pub fn headed(lines: &[Line], i: usize, ctx: &mut Ctx) -> Option<(BlockKind, usize)> {
    let mut items = Vec::new();
    let mut k = i;
    while let Some((item, next)) = headed_item(lines, k, !items.is_empty(), ctx) {
        items.push(item);
        match next_nonblank(lines, next) {
            Some(n) if lines[n].indent == lines[i].indent => k = n,
            _ => return Some((BlockKind::DefinitionList(items), next)),
        }
    }
    (!items.is_empty()).then_some((BlockKind::DefinitionList(items), k))
}

/// One term over its list; after the first, `more`, the term may be a
/// long line wrapped onto a second (alone, a paragraph over a list).
fn headed_item(
    lines: &[Line],
    i: usize,
    more: bool,
    ctx: &mut Ctx,
) -> Option<(DefinitionItem, usize)> {
    let l = &lines[i];
    // a long line going on at the same indentation: one term, wrapped
    let wrapped = more
        && lines.get(i + 1).is_some_and(|m| {
            !m.blank()
                && m.indent == l.indent
                && l.text.chars().count() >= 60
                && list_marker(&m.text).is_none()
                && !m.code_like()
        });
    let last = &lines[i + usize::from(wrapped)];
    let n = next_nonblank(lines, i + 1)?;
    let n = if wrapped {
        next_nonblank(lines, i + 2)?
    } else {
        n
    };
    let bullet = list_marker(&lines[n].text).is_some_and(|m| "*-+".contains(m.0));
    if n != i + 2 + usize::from(wrapped)
        || (!wrapped && l.text.chars().count() > 60)
        || last.text.chars().count() > 60
        || last.text.ends_with([':', ','])
        || !l.text.starts_with(char::is_uppercase)
        || l.code_like()
        || list_marker(&l.text).is_some()
        || !bullet
        || lines[n].indent < l.indent + 2
        || l.indent == 0
    {
        return None;
    }
    let (list, next) = super::list::parse(lines, n, ctx);
    let text: Vec<&str> = lines[i..n - 1].iter().map(|l| l.text.as_str()).collect();
    let item = DefinitionItem {
        line: l.no,
        term: inline::parse(&text.join(" "), l.no),
        classifiers: Vec::new(),
        definition: vec![Block::new(lines[n].no, list)],
    };
    Some((item, next))
}

/// The named things from the label at `lines[i]` on, each label at the
/// same indentation over its deeper paragraphs, and the line after them.
pub fn named(lines: &[Line], i: usize, ctx: &mut Ctx) -> Option<(BlockKind, usize)> {
    let mut items = Vec::new();
    let mut k = i;
    while let Some((name, n)) = label(lines, k).filter(|_| lines[k].indent == lines[i].indent) {
        let end = (n..lines.len())
            .find(|&e| !lines[e].blank() && lines[e].indent <= lines[k].indent)
            .unwrap_or(lines.len());
        let definition = nested(&lines[n..end], lines[n].indent, ctx);
        items.push(DefinitionItem {
            line: lines[k].no,
            term: inline::parse(name, lines[k].no),
            classifiers: Vec::new(),
            definition,
        });
        k = end;
    }
    (!items.is_empty()).then_some((BlockKind::DefinitionList(items), k))
}

/// The name a label line at `lines[i]` gives, with the first line of the
/// paragraphs under it: alone between blank lines, one word in lower
/// case (maybe with a note in brackets) ending with `:`, over prose (not a
/// command, not a list) set deeper.
fn label<'a>(lines: &'a [Line], i: usize) -> Option<(&'a str, usize)> {
    let l = lines.get(i)?;
    let name = l.text.strip_suffix(':')?.trim_end();
    let n = next_nonblank(lines, i + 1)?;
    let under = &lines[n];
    let alone = (i == 0 || lines[i - 1].blank()) && n > i + 1;
    // one word, maybe with a note in brackets: a name, not a sentence
    let bare = match name.split_once(" (") {
        Some((word, rest)) if rest.ends_with(')') => word,
        _ => name,
    };
    let ok = alone
        && name.chars().count() <= 40
        && !bare.contains(char::is_whitespace)
        && name.starts_with(|c: char| c.is_lowercase())
        && !name.ends_with(':')
        && !l.code_like()
        && list_marker(&l.text).is_none()
        && under.indent >= l.indent + 2
        && !under.code_like()
        && list_marker(&under.text).is_none();
    ok.then_some((name, n))
}

/// `=== name` left unclosed with text right under it (`=== mailman.yml`
/// over `copy it from another file.`): a heading's mark on a label, with
/// nothing set apart under it, so a definition list: the name the term,
/// the lines up to the next blank one its body.
pub fn marked(lines: &[Line], i: usize, ctx: &mut Ctx) -> Option<(BlockKind, usize)> {
    let l = &lines[i];
    let (_, name) = open_moin(&l.text)?;
    let next = lines
        .get(i + 1)
        .filter(|n| !n.blank() && n.indent >= l.indent)?;
    let end = chunk_end(lines, i + 1);
    let definition = nested(&lines[i + 1..end], next.indent, ctx);
    let item = DefinitionItem {
        line: l.no,
        term: inline::parse(name, l.no),
        classifiers: Vec::new(),
        definition,
    };
    Some((BlockKind::DefinitionList(vec![item]), end))
}

#[cfg(test)]
mod tests {
    use crate::doc::{BlockKind, inlines_text};

    #[test]
    fn lower_case_names_over_deeper_prose_are_terms() {
        let text = "Agents:\n\n  Two agents run here.\n\nbackup-agent (host01):\n\n  Copies the disks every night.\n\n  Its settings are in the agent role.\n\nsync-agent (host02):\n\n  Mirrors the files offsite.\n\nAfter that the week ends.\n";
        let doc = crate::convert::read(text).doc;
        let list = doc.blocks.iter().find_map(|b| match &b.kind {
            BlockKind::DefinitionList(items) => Some(items),
            _ => None,
        });
        let items = list.expect("a definition list");
        assert_eq!(items.len(), 2);
        assert_eq!(inlines_text(&items[0].term), "backup-agent (host01)");
        assert_eq!(items[0].definition.len(), 2);
        // a sentence going on over a colon, or a whole one, is no label
        let text = "Run this on the host\nand then:\n\n  restart the agent\n\nthe agent has two parts:\n\n  the reader and the writer\n";
        let doc = crate::convert::read(text).doc;
        assert!(
            !doc.blocks
                .iter()
                .any(|b| matches!(b.kind, BlockKind::DefinitionList(_)))
        );
    }
}
