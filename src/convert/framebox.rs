//! Text drawn in a box of one mark (a rule of `*`, `#` or `!`, lines
//! with the mark on both sides, the same rule under them): the lines in,
//! an admonition out holding the text without its frame, a warning
//! unless the text opens with its own label (`NOTE: ...`).

use super::body::{Ctx, Parsed, blocks};
use super::callout;
use super::lines::Line;
use crate::doc::{AdmonitionKind, Block, BlockKind};

/// The marks a box may be drawn in.
const MARKS: [char; 3] = ['*', '#', '!'];

/// The box whose top rule is `lines[i]`: ten marks or more, then lines
/// each opening with the mark and a space and closing with the mark, two
/// of them text or more (one line boxed is a title), then a rule of the
/// same mark at the same indentation. Stops at the first line that is
/// neither side nor closing rule.
pub(super) fn parse(lines: &[Line], i: usize, ctx: &mut Ctx) -> Option<Parsed> {
    let top = &lines[i];
    let mark = rule(&top.text)?;
    let mut inner: Vec<Line> = Vec::new();
    let mut k = i + 1;
    while let Some(l) = lines.get(k) {
        if l.indent != top.indent {
            return None;
        }
        if rule(&l.text) == Some(mark) {
            break;
        }
        let text = side_off(&l.text, mark)?;
        // (the line as typed loses its frame too: a box's padding is no
        // column of a listing)
        let raw = side_off(l.raw.trim_start(), mark).unwrap_or(text);
        inner.push(Line::new(l.no, raw, top.indent, text.to_string()));
        k += 1;
    }
    if k >= lines.len() || inner.iter().filter(|l| !l.text.is_empty()).count() < 2 {
        return None;
    }
    let kind = match callout::label(&inner[0].text) {
        Some((kind, n)) => {
            inner[0].text = inner[0].text[n..].trim_start().to_string();
            kind
        }
        None => AdmonitionKind::Warning,
    };
    let block = BlockKind::Admonition {
        kind,
        title: None,
        blocks: blocks(&inner, ctx),
    };
    Some((vec![Block::new(top.no, block)], k + 1))
}

/// The mark a line draws a box's rule in: ten or more of one of `MARKS`
/// and nothing else.
fn rule(text: &str) -> Option<char> {
    let c = text.chars().next().filter(|c| MARKS.contains(c))?;
    (text.len() >= 10 && text.chars().all(|x| x == c)).then_some(c)
}

/// The text of a box's side line, its marks and the spaces inside them
/// taken off: `*  text  *` is `text`; a line with no text is empty.
fn side_off(text: &str, mark: char) -> Option<&str> {
    let inner = text.strip_prefix(mark)?.strip_suffix(mark)?;
    (inner.is_empty() || inner.starts_with(' ')).then(|| inner.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_and_sides() {
        assert_eq!(rule("**********"), Some('*'));
        assert_eq!(rule("*****"), None);
        assert_eq!(rule("----------"), None);
        assert_eq!(side_off("*  Never run it.  *", '*'), Some("Never run it."));
        assert_eq!(side_off("*a*", '*'), None);
        assert_eq!(side_off("# text", '#'), None);
    }

    /// Where the first admonition of `text`'s page stands and its kind.
    fn admonition(text: &str) -> Option<(usize, AdmonitionKind)> {
        let doc = crate::convert::read(text).doc;
        doc.blocks
            .iter()
            .enumerate()
            .find_map(|(n, b)| match &b.kind {
                BlockKind::Admonition { kind, .. } => Some((n, *kind)),
                _ => None,
            })
    }

    #[test]
    fn a_box_is_a_warning_or_its_label() {
        let text = "Title\n=====\n\n**********\n* Never  *\n* do it. *\n**********\n\nAfter.\n";
        assert_eq!(admonition(text), Some((1, AdmonitionKind::Warning)));
        let text = "Title\n=====\n\n##########\n# NOTE: a #\n# b      #\n##########\n";
        assert_eq!(admonition(text), Some((1, AdmonitionKind::Note)));
    }

    #[test]
    fn a_boxed_remark_is_an_admonition_and_one_boxed_line_a_title() {
        let kind_of = |text: &str| admonition(text).map(|(_, kind)| kind);
        let text = "Oven\n====\n\nLight it.\n\n\
                    ##############################\n\
                    #  Never open the door while #\n\
                    #  the flame is on.          #\n\
                    ##############################\n\nThen bake.\n";
        assert_eq!(kind_of(text), Some(AdmonitionKind::Warning));
        let noted = text.replace("Never open", "Note: open");
        assert_eq!(kind_of(&noted), Some(AdmonitionKind::Note));
        let title = "##########\n# Oven   #\n##########\n\nLight it.\n";
        assert_eq!(kind_of(title), None);
    }
}
