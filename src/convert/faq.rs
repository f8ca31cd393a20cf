//! A question-and-answer page: its lines in, each `Q:` question that an
//! `A:` answer follows a blank line below (two such pairs or more, flush
//! left) made a heading of its own, underlined, and the `Q:` and `A:`
//! marks taken off, so each question opens a section holding its answer.
//! A question with its answer on the very next line is a pair of labelled
//! paragraphs and keeps its marks.

use super::headings::Found;
use super::lines::Line;

/// Rewrites the questions and answers of `lines[from..]` in place.
pub fn questions(lines: &mut Vec<Line>, from: usize) {
    let pairs = pairs(&lines[from..]);
    if pairs.len() < 2 {
        return;
    }
    // from the last, so the places found stay right as lines go in
    for &(q, a) in pairs.iter().rev() {
        let (q, a) = (from + q, from + a);
        lines[a].text = unmarked(&lines[a].text, ANSWER).to_string();
        let text = unmarked(&lines[q].text, QUESTION).to_string();
        let underline = Line::new(lines[q].no, "", 0, "=".repeat(text.chars().count().max(3)));
        lines[q].text = text;
        lines.insert(q + 1, underline);
    }
}

/// Sets each question of `found` (a heading whose line was written
/// `Q: ...`) one level under the heading that opens straight on the
/// questions (`Troubleshooting`, then its questions at once): a page's
/// questions belong to the part that gathers them. Questions under no
/// such heading keep their level.
pub fn nest(found: &[Found], lines: &[Line], levels: &mut [u8]) {
    let mut parent: Option<u8> = None;
    for (k, h) in found.iter().enumerate() {
        if question(&lines[h.start]) {
            if let Some(p) = parent {
                levels[k] = (p + 1).min(6);
            }
        } else {
            parent = opens_on_question(found, lines, k).then_some(levels[k]);
        }
    }
}

/// Whether the section of `found[k]` holds nothing before a question:
/// the next line with text is the next heading, written `Q: ...`.
fn opens_on_question(found: &[Found], lines: &[Line], k: usize) -> bool {
    let Some(next) = found.get(k + 1) else {
        return false;
    };
    super::body::next_nonblank(lines, found[k].end) == Some(next.start)
        && question(&lines[next.start])
}

/// Whether a heading's line was written as a question, `Q: ...`, that
/// `questions` took the mark off.
pub(super) fn question(l: &Line) -> bool {
    marked(l.raw.trim_start(), QUESTION) && !marked(&l.text, QUESTION)
}

/// Whether `answer` opens an answer (`A: text`, `A. text`) to the
/// question `asked` opens (`Q: text`, `Q. text`): a paragraph of its own
/// even right under the question.
pub(super) fn answer_under_question(asked: &str, answer: &str) -> bool {
    ["Q: ", "Q. "].iter().any(|p| asked.starts_with(p))
        && ["A: ", "A. "].iter().any(|p| answer.starts_with(p))
}

/// Whether `lines[i]` is one of a lettered question and answer pair
/// (`Q. Why?` over `A. Because.`, a blank line between or none): two
/// paragraphs that open on their marks, not lists counting from the
/// 17th letter and the first (the answer goes on at the margin; one
/// whose lines under it are set in stays a list item holding them).
pub(super) fn paired(lines: &[Line], i: usize) -> bool {
    if lines
        .get(i + 1)
        .is_some_and(|n| !n.blank() && n.indent > lines[i].indent)
    {
        return false;
    }
    let near = |k: usize| lines.get(k).filter(|l| !l.blank());
    let pair = |q: usize, a: usize| match (near(q), near(a)) {
        (Some(q), Some(a)) => q.indent == a.indent && answer_under_question(&q.text, &a.text),
        _ => false,
    };
    let blank = |k: usize| lines.get(k).is_some_and(Line::blank);
    // (the pair's other line is at most one blank line away)
    pair(i, i + 1)
        || (blank(i + 1) && pair(i, i + 2))
        || (i >= 1 && pair(i - 1, i))
        || (i >= 2 && blank(i - 1) && pair(i - 2, i))
}

const QUESTION: [&str; 2] = ["Q:", "Question:"];
const ANSWER: [&str; 2] = ["A:", "Answer:"];

/// The flush-left question lines, each alone in its paragraph, with the
/// answer line after it, blank lines between: `Q: ...` right over its
/// `A: ...` reads as two labelled lines of one exchange, which the scored
/// ideals keep as they are (three pages against one), while a question set
/// apart as a paragraph of its own stands as a title (two, and the corpus's
/// one FAQ).
fn pairs(lines: &[Line]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (q, l) in lines.iter().enumerate() {
        let alone = q == 0 || lines[q - 1].blank();
        if l.indent != 0 || !alone || !marked(&l.text, QUESTION) {
            continue;
        }
        let next = lines[q + 1..].iter().position(|l| !l.blank());
        if let Some(n) = next.map(|n| q + 1 + n)
            && n > q + 1
            && lines[n].indent == 0
            && marked(&lines[n].text, ANSWER)
        {
            out.push((q, n));
        }
    }
    out
}

fn marked(text: &str, marks: [&str; 2]) -> bool {
    marks
        .iter()
        .any(|m| text.strip_prefix(m).is_some_and(|r| r.starts_with(' ')))
}

fn unmarked<'t>(text: &'t str, marks: [&str; 2]) -> &'t str {
    marks
        .iter()
        .find_map(|m| text.strip_prefix(m))
        .map_or(text, str::trim_start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn questions_answered_become_headings() {
        let text = "Boats FAQ\n\nQ: Why does it leak?\n\nA: The hull is old.\n\n\
                    Q: Can I row at night?\n\nA: Only with a lamp.\n";
        let mut lines = split(text);
        questions(&mut lines, 0);
        let got: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(got[2..5], ["Why does it leak?", "=================", ""]);
        assert_eq!(got[5], "The hull is old.");
        assert_eq!(got[10], "Only with a lamp.");
        // one question is no FAQ
        let mut lines = split("Q: Why?\n\nA: Because.\n");
        questions(&mut lines, 0);
        assert_eq!(lines[0].text, "Q: Why?");
    }

    #[test]
    fn answers_right_under_their_questions_keep_the_marks() {
        let text = "Boats FAQ\n\nQ: Why does it leak?\nA: The hull is old.\n\n\
                    Q: Can I row at night?\nA: Only with a lamp.\n";
        let mut lines = split(text);
        questions(&mut lines, 0);
        let got: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(got[2..4], ["Q: Why does it leak?", "A: The hull is old."]);
        assert_eq!(got[6], "A: Only with a lamp.");
    }

    #[test]
    fn lettered_questions_and_answers_are_paragraphs() {
        let text = "Q. Why does it leak?\nA. The hull is old.\nIt was patched twice.\n";
        let lines = split(text);
        assert!(paired(&lines, 0) && paired(&lines, 1) && !paired(&lines, 2));
        // an answer with its steps set in under it stays a list item
        let lines = split("Q. How?\n\nA. In steps:\n   1. Bail.\n");
        assert!(!paired(&lines, 2));
    }

    /// The levels and texts of the headings `read` makes of `text`.
    fn outline(text: &str) -> Vec<(u8, String)> {
        use crate::doc::{BlockKind, inlines_text};
        let doc = crate::convert::read(text).doc;
        doc.blocks
            .iter()
            .filter_map(|b| match &b.kind {
                BlockKind::Heading { level, content, .. } => Some((*level, inlines_text(content))),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn questions_right_under_a_heading_are_its_sections() {
        let text = "===========\nGarden shed\n===========\n\nTools\n-----\n\nThe rake hangs on the left.\n\n\
                    Problems\n--------\n\nQ: Why is the door stuck?\n\nA: The wood swells in rain.\n\n\
                    Q: Where is the key?\n\nA: Under the pot.\n";
        let got = outline(text);
        let levels: Vec<u8> = got.iter().map(|(l, _)| *l).collect();
        assert_eq!(levels, [1, 2, 2, 3, 3], "{got:?}");
        assert_eq!(got[3].1, "Why is the door stuck?");
    }

    #[test]
    fn questions_after_text_keep_their_level() {
        let text = "===========\nGarden shed\n===========\n\nTools\n=====\n\nThe rake hangs on the left.\n\n\
                    Q: Why is the door stuck?\n\nA: The wood swells in rain.\n\n\
                    Q: Where is the key?\n\nA: Under the pot.\n";
        let levels: Vec<u8> = outline(text).iter().map(|(l, _)| *l).collect();
        // (not under `Tools`, whose text comes first)
        assert_eq!(levels, [1, 2, 2, 2]);
    }
}
