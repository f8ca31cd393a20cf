//! Runs of host names or web addresses in legacy text (one a line,
//! `db01.example.org`, `Mirror:` over `https://...`) in, the bullet list
//! (or labelled lists) a careful human makes of them out.

use super::lines::Line;
use super::list::bullets;
use crate::doc::{Block, BlockKind, DefinitionItem, Inline, List, ListItem, ListKind};

/// Lines that each hold one host name (`db01.example.org`), in groups
/// split by blank lines: a bullet list of the hosts, as a careful human
/// writes it. At least two hosts. Once two are in, an aside in
/// parentheses over more hosts (`(one at a time).`) and a short name
/// alone in its group (`backup03`) are points of the list too. Hosts a
/// sentence announces with a colon, set in no less than it, are what it
/// shows, a literal block (`announced`).
pub fn hosts(lines: &[Line], i: usize) -> Option<(BlockKind, usize)> {
    let indent = lines[i].indent;
    if announced(lines, i) {
        return None;
    }
    let mut items = Vec::new();
    let mut k = i;
    let mut end = i;
    while k < lines.len() {
        let l = &lines[k];
        if l.blank() {
            k += 1;
            continue;
        }
        let host_at = |n: usize| {
            lines
                .get(n)
                .is_some_and(|h| h.indent == indent && host_name(&h.text))
        };
        let alone = lines.get(k + 1).is_none_or(Line::blank);
        let point = host_name(&l.text)
            || (items.len() >= 2 && aside(&l.text) && host_at(k + 1))
            || (items.len() >= 2 && short_host(&l.text) && alone);
        if l.indent != indent || !point {
            break;
        }
        let text = vec![Inline::Text(l.text.clone())];
        items.push(ListItem {
            line: l.no,
            task: None,
            blocks: vec![Block::new(l.no, BlockKind::Paragraph(text))],
        });
        k += 1;
        end = k;
    }
    let list = List {
        kind: ListKind::Bullet,
        start: 1,
        tight: true,
        items,
    };
    (list.items.len() >= 2).then_some((BlockKind::List(list), end))
}

/// Lines of a run (`lines[i..end]`) that each hold one web address or
/// a short label ending with `:` over them (`Mirror:` / `https://...`),
/// two addresses or more: each label a term, its addresses a bullet list
/// under it, as they would be linked one a line (addresses before any
/// label a list of their own). One short label over them all is a
/// paragraph's lead-in instead (`short_lead`).
pub fn links(lines: &[Line], i: usize, end: usize) -> Option<Vec<Block>> {
    let chunk = &lines[i..end];
    let url = |l: &Line| super::dumprefs::link_line(&l.text);
    let label = |k: usize| {
        let t = &chunk[k].text;
        t.ends_with(':') && t.chars().count() <= 80 && chunk.get(k + 1).is_some_and(url)
    };
    let all = (0..chunk.len()).all(|k| url(&chunk[k]) || label(k));
    let indent = chunk.iter().all(|l| l.indent == chunk[0].indent);
    if !all || !indent || chunk.iter().filter(|l| url(l)).count() < 2 {
        return None;
    }
    if short_lead(chunk) {
        return Some(super::prose::joined(chunk).into_iter().collect());
    }
    let mut out = Vec::new();
    let mut terms: Vec<DefinitionItem> = Vec::new();
    let mut items = Vec::new();
    for (k, l) in chunk.iter().enumerate() {
        if url(l) {
            items.push(ListItem {
                line: l.no,
                task: None,
                blocks: vec![l.paragraph()],
            });
        } else {
            terms.push(DefinitionItem {
                line: l.no,
                term: super::inline::parse(&l.text, l.no),
                classifiers: Vec::new(),
                definition: Vec::new(),
            });
        }
        if url(l) && chunk.get(k + 1).is_none_or(|n| !url(n)) {
            let list = bullets(std::mem::take(&mut items));
            match terms.last_mut() {
                Some(t) => t.definition.push(list),
                None => out.push(list),
            }
        }
    }
    if !terms.is_empty() {
        out.push(Block::new(terms[0].line, BlockKind::DefinitionList(terms)));
    }
    Some(out)
}

/// Whether `chunk` is one short label of a word or two ending with `:`
/// over nothing but web addresses (`Links:` / `https://...` /
/// `https://...`): a line of prose naming the links under it, which a
/// careful human keeps as one paragraph, not a list (4 of 5 ideals).
fn short_lead(chunk: &[Line]) -> bool {
    let [lead, rest @ ..] = chunk else {
        return false;
    };
    lead.text.ends_with(':')
        && lead.text.split_whitespace().count() <= 2
        && rest.iter().all(|l| super::dumprefs::link_line(&l.text))
}

/// Whether the host at `lines[i]` is set in at least as far as the line
/// before it (over blank lines at most one), a sentence of three words
/// or more ending with `:` (`These are the hosts to do:`), no contact
/// field (`Servers:` over its hosts makes their list).
fn announced(lines: &[Line], i: usize) -> bool {
    let before = |k: usize| lines.get(k).filter(|l| !l.blank());
    let Some(lead) = i
        .checked_sub(1)
        .and_then(before)
        .or_else(|| i.checked_sub(2).and_then(before))
    else {
        return false;
    };
    lead.text.ends_with(':')
        && lead.indent <= lines[i].indent
        && lead.text.split_whitespace().count() >= 3
        && super::classify::contact_field(&lead.text).is_none()
        && host_name(&lines[i].text)
}

/// A remark in parentheses, alone on its line (`(one at a time).`).
fn aside(text: &str) -> bool {
    text.starts_with('(') && text.trim_end_matches('.').ends_with(')')
}

/// A host's short name: lower-case letters then digits, maybe more
/// letters, digits and `-` (`backup03`, `db01-stg`).
pub(super) fn short_host(text: &str) -> bool {
    let letters = text.chars().take_while(char::is_ascii_lowercase).count();
    let rest = &text[letters..];
    (2..=24).contains(&text.len())
        && letters >= 2
        && rest.starts_with(|c: char| c.is_ascii_digit())
        && rest
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// A fully qualified host name: dotted labels of letters, digits and `-`,
/// with a letter somewhere (not an address).
pub(super) fn host_name(text: &str) -> bool {
    let labels: Vec<&str> = text.split('.').collect();
    labels.len() >= 3
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|l| l.chars().all(|c| c.is_ascii_alphabetic()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn host_names_become_a_list() {
        let lines =
            split(" web01.example.org\n web02.example.org\n\n db01.lab.example.net\n\nText");
        let (BlockKind::List(list), next) = hosts(&lines, 0).unwrap() else {
            panic!("not a list");
        };
        assert_eq!((list.items.len(), next), (3, 4));
        assert!(hosts(&split("web01.example.org\nsudo ls"), 0).is_none());
        assert!(!host_name("10.0.0.1") && !host_name("setup.py") && host_name("a.b.org"));
    }

    #[test]
    fn host_list_takes_asides_and_short_names() {
        let text = " a1.example.org\n b2.example.org\n\n (one at a time).\n c3.example.org\n\n vault07\n\nText";
        let (BlockKind::List(list), next) = hosts(&split(text), 0).unwrap() else {
            panic!("not a list");
        };
        assert_eq!((list.items.len(), next), (5, 7));
        // an aside with no host under it ends the list
        let lone = " a1.example.org\n b2.example.org\n\n (one at a time).\n\nText";
        let (BlockKind::List(list), _) = hosts(&split(lone), 0).unwrap() else {
            panic!("not a list");
        };
        assert_eq!(list.items.len(), 2);
        assert!(short_host("backup03") && !short_host("Backup03") && !short_host("x1"));
        assert!(!short_host("backups") && !short_host("v2.0"));
    }
}
