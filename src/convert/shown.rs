//! `Name: value` lines shown as a sample: the page's lines, a line's index
//! and the blocks before it in, the literal block out when the paragraph
//! right above says the lines are what something looks like or what a
//! program prints (`Output should look like this:`, `which prints
//! something like`, `Any of these in the output:`): the lines are the
//! program's report or the file's text, kept as typed, not fields of the
//! page (`The fields mean:` over them states facts, and stays a list).

use super::body::{Parsed, chunk_end};
use super::classify::{contact_field, output_key, prose};
use super::contact::other_field;
use super::lines::Line;
use super::literal::{code, literal};
use crate::doc::Block;

/// The words that, before `like`, say what something looks like (`looks
/// like`, `something like`, `should read like`).
const LOOKS: &[&str] = &["look", "looks", "looked", "something", "read", "reads"];

/// The words that, after `like`, point at the sample under them (`like
/// this:`, `like these`).
const POINTS: &[&str] = &["this", "these", "that", "so"];

/// The words that name what a program prints (`the output of yum`, `which
/// prints`).
const PRINTS: &[&str] = &["output", "prints", "printed", "print"];

/// The literal block of the `Name: value` lines from `lines[i]` (and the
/// runs a blank line parts from them that the block's own rules join,
/// `literal::code`) when the paragraph closing `prev` announces a sample
/// (`announces`) and the run is fields: two lines or more, the first a
/// field, at most one line of the run no field (a count or a note the
/// program prints among them), and that one no sentence of the writer's
/// leading in to the next line with a colon (`or, through the pooler:`
/// between two errors: each of them a sample of its own).
pub(super) fn parse(lines: &[Line], i: usize, prev: &[Block], base: usize) -> Option<Parsed> {
    let end = chunk_end(lines, i);
    let run = &lines[i..end];
    let fields = run.iter().filter(|l| field(&l.text)).count();
    let lead_in = |l: &Line| l.text.ends_with(':') && !field(&l.text) && prose(&l.text);
    let ok = run.len() >= 2
        && field(&run[0].text)
        && fields + 1 >= run.len()
        && !run.iter().any(lead_in);
    if !ok || !super::pointed::closing_text(prev).is_some_and(|t| announces(&t)) {
        return None;
    }
    let (blocks, next) = code(lines, i, end, base);
    let more = more_fields(lines, next, lines[i].indent);
    Some(if more > next {
        literal(lines, i, more)
    } else {
        (blocks, next)
    })
}

/// Where the sample ending at `end` ends with the runs of fields after it
/// (the program's next record, `Slave Interface: eth1` over its keys), a
/// blank line before each, every line of each a field at the sample's
/// margin `at`: `end` itself when none goes on.
fn more_fields(lines: &[Line], end: usize, at: usize) -> usize {
    let mut end = end;
    while end + 1 < lines.len() && lines[end].blank() && !lines[end + 1].blank() {
        let e = chunk_end(lines, end + 1);
        let run = &lines[end + 1..e];
        if run.len() < 2 || !run.iter().all(|l| l.indent == at && field(&l.text)) {
            break;
        }
        end = e;
    }
    end
}

/// Whether `text` is a `Name: value` line: a contact field, a short
/// capitalised name or a program's key (`classify::output_key`), with a
/// value after it.
fn field(text: &str) -> bool {
    let valued = text
        .split_once(':')
        .is_some_and(|(_, v)| v.starts_with([' ', '\t']) && !v.trim().is_empty());
    valued
        && (contact_field(text).is_some()
            || other_field(text).is_some()
            || output_key(text).is_some())
}

/// Whether a paragraph's last sentence, ending with `:` or on a word that
/// wants more, says that what follows is a sample: what something looks
/// like (`looks like`, `something like`, `like this`) or what a program
/// prints (`output`, `prints`).
pub(super) fn announces(text: &str) -> bool {
    let text = text.trim_end();
    let last = text.rsplit(". ").next().unwrap_or(text);
    let open = last.ends_with(':') || super::intro::open_ended(last);
    let words: Vec<String> = last
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let like = words.iter().enumerate().any(|(k, w)| {
        w == "like"
            && (k + 1 == words.len()
                || words
                    .get(k + 1)
                    .is_some_and(|n| POINTS.contains(&n.as_str()))
                || k.checked_sub(1)
                    .and_then(|p| words.get(p))
                    .is_some_and(|p| LOOKS.contains(&p.as_str())))
    });
    let prints = words.iter().any(|w| PRINTS.contains(&w.as_str()));
    open && (like || prints)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;
    use crate::doc::{BlockKind, Inline};

    fn para(text: &str) -> Vec<Block> {
        let inline = Inline::Text(text.into());
        vec![Block::new(1, BlockKind::Paragraph(vec![inline]))]
    }

    #[test]
    fn a_sample_is_announced_by_what_it_looks_like_or_prints() {
        assert!(announces(
            "The pump panel should look like this, check both tanks:"
        ));
        assert!(announces("Run the check, which prints something like"));
        assert!(announces("Any of these in the output of the tool:"));
        assert!(!announces("The fields mean:"));
        assert!(!announces("The columns are, in this order:"));
        assert!(!announces("Some people like the old panel better."));
    }

    #[test]
    fn fields_under_a_sample_lead_in_are_kept_as_typed() {
        let l = split("Tank: north\nLevel: low\nPump: stopped\n\nThen call the office.");
        let (blocks, next) = parse(&l, 0, &para("It prints something like:"), 0).expect("a block");
        assert!(matches!(blocks[0].kind, BlockKind::CodeBlock { .. }));
        assert_eq!(next, 3);
        let l = split("Tank: north\nLevel: low\n\nTank: south\nLevel: full\n\nThen call.");
        let (blocks, next) = parse(&l, 0, &para("It prints something like:"), 0).expect("a block");
        assert_eq!((blocks.len(), next), (1, 5));
        assert!(parse(&l, 0, &para("The fields mean:"), 0).is_none());
    }
}
