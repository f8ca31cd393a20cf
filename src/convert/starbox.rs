//! A remark drawn in a box of marks (a rule of `*` or `#`, lines of text
//! between a mark at each end, the same rule under them): the lines and
//! the top rule's index in, an admonition out (a warning unless its text
//! opens with a label of another kind), as a careful human converts it.

use super::body::Parsed;
use super::callout;
use super::classify::adornment;
use super::inline;
use super::lines::Line;
use crate::doc::{AdmonitionKind, Block, BlockKind};

/// How many lines of text a box may hold.
const MOST: usize = 40;

/// The admonition the box whose top rule is `lines[i]` draws: two lines
/// of text or more (one line boxed is a title), each between a mark at
/// either end, an empty one parting paragraphs, under a rule as wide.
pub(super) fn parse(lines: &[Line], i: usize) -> Option<Parsed> {
    let top = &lines[i];
    let mark = adornment(&top.text).filter(|c| matches!(c, '*' | '#'))?;
    if top.text.len() < 20 {
        return None;
    }
    let mut texts: Vec<(&str, u32)> = Vec::new();
    let mut k = i + 1;
    while k < lines.len() && k <= i + MOST && adornment(&lines[k].text).is_none() {
        let t = &lines[k].text;
        let inner = t.strip_prefix(mark)?.strip_suffix(mark)?;
        if !inner.is_empty() && !inner.starts_with(' ') {
            return None;
        }
        texts.push((inner.trim(), lines[k].no));
        k += 1;
    }
    let bottom = lines.get(k)?;
    let boxed = bottom.text == top.text && bottom.indent == top.indent;
    if !boxed || texts.iter().filter(|t| !t.0.is_empty()).count() < 2 {
        return None;
    }
    let (kind, blocks) = remark(&texts);
    let block = BlockKind::Admonition {
        kind,
        title: None,
        blocks,
    };
    Some((vec![Block::new(top.no, block)], k + 1))
}

/// The box's paragraphs (its lines joined, an empty line parting them)
/// and its kind: a warning, or the kind its opening label names, the
/// label taken off.
fn remark(texts: &[(&str, u32)]) -> (AdmonitionKind, Vec<Block>) {
    let mut kind = AdmonitionKind::Warning;
    let mut blocks = Vec::new();
    for run in texts.split(|t| t.0.is_empty()).filter(|r| !r.is_empty()) {
        let mut text = run.iter().map(|t| t.0).collect::<Vec<_>>().join(" ");
        if blocks.is_empty()
            && let Some((k, n)) = callout::label(&text)
        {
            kind = k;
            text = text.get(n..).unwrap_or("").trim_start().to_string();
        }
        blocks.push(inline::paragraph(&text, run[0].1));
    }
    (kind, blocks)
}

#[cfg(test)]
mod tests {
    use crate::doc::{AdmonitionKind, BlockKind};

    fn kind_of(text: &str) -> Option<AdmonitionKind> {
        let doc = crate::convert::read(text).doc;
        doc.blocks.iter().find_map(|b| match &b.kind {
            BlockKind::Admonition { kind, .. } => Some(*kind),
            _ => None,
        })
    }

    #[test]
    fn a_boxed_remark_is_a_warning() {
        let text = "Oven\n====\n\nLight it.\n\n\
                    ##############################\n\
                    #  Never open the door while #\n\
                    #  the flame is on.          #\n\
                    ##############################\n\nThen bake.\n";
        assert_eq!(kind_of(text), Some(AdmonitionKind::Warning));
        let noted = text.replace("Never open", "Note: open");
        assert_eq!(kind_of(&noted), Some(AdmonitionKind::Note));
        // one boxed line is a title, not a remark
        let title = "##########\n# Oven   #\n##########\n\nLight it.\n";
        assert_eq!(kind_of(title), None);
    }
}
