//! A chunk of lines in, whether it is a short block of fields typed flush
//! left with their values wrapped to the same margin (`Who: the web team`
//! / `When: in the change window unless the fix is for` / `a security
//! problem`), or two one-line fields set apart: the fields of a
//! definition list, not paragraphs.

use super::body::chunk_end;
use super::classify::list_marker;
use super::lines::Line;

/// Whether `lines[i..]` up to the next blank line are two fields or more
/// at one margin, each a capitalised name of two letters or more and a
/// value of one clause, some value going on onto the lines under it at
/// that margin: no value holds a sentence ending inside it or ends with
/// `:` or names another field, no line is a list item, code, an
/// admonition's label or set out in columns.
pub fn wrapped(lines: &[Line], i: usize) -> bool {
    let margin = lines[i].indent;
    let field = |l: &Line| field(&l.text).is_some();
    // (the cheap test first: a field at the chunk's top)
    if !field(&lines[i]) {
        return false;
    }
    let chunk = &lines[i..chunk_end(lines, i)];
    // (the last field's value may go on with a remark after its first
    // sentence: `Config: /etc/app.conf, from ansible. Do not` / `edit it
    // here.`; a stop inside a value above another field is prose's)
    let last = chunk.iter().rposition(field).unwrap_or(0);
    let plain = |(k, l): (usize, &Line)| {
        l.indent == margin
            && list_marker(&l.text).is_none()
            && !l.code_like()
            && !l.text.ends_with(':')
            // values set out in a column are a form laid out, kept as typed
            && !l.text.contains("   ")
            && (k >= last || !inner_stop(&l.text))
    };
    // (a field's name is its only one: `Number of files: 31,882 (reg:
    // 28,340)` over `Number of created files: 214` is a program's report)
    let one_name = |l: &Line| l.text.matches(": ").count() <= usize::from(field(l));
    let fields = chunk.iter().filter(|l| field(l)).count();
    fields >= 2
        && chunk.iter().all(one_name)
        && fields < chunk.len()
        && chunk.iter().enumerate().all(plain)
        && chunk
            .windows(2)
            .all(|w| field(&w[1]) || !w[0].text.ends_with(['.', '!', '?']))
}

/// Whether `fields`, the two lines of a chunk of its own, are a pair of
/// fields typed one under the other (`Who: the desk, #help` over `Needs:
/// a signed ticket`): each a capitalised name of two letters or more (no
/// `Q:` over `A:`) and a value of two words or more, one clause, no
/// lead-in ending with `:`, no command; one value may be a single name
/// or host (`Applies to: every host built from the kickstart` over `Last
/// checked by: rkowalski`; a mail address alone is not).
pub fn pair(fields: &[&Line]) -> bool {
    let wordy = |l: &&Line| field(&l.text).is_some_and(|(_, v)| v.split_whitespace().count() >= 2);
    let name = |v: &str| v.chars().all(|c| c.is_alphanumeric() || "-_.".contains(c));
    let field = |l: &&Line| {
        field(&l.text).is_some_and(|(_, value)| {
            (value.split_whitespace().count() >= 2 || name(value))
                && !value.is_empty()
                && !value.ends_with(':')
        }) && !l.code_like()
            && !inner_stop(&l.text)
    };
    fields.len() == 2 && fields.iter().all(field) && fields.iter().any(wordy)
}

/// The name and value of a field typed at a margin (`Who: the web team`):
/// a short capitalised name of two letters or more, perhaps with a note
/// in brackets after it, of one word that may hold a colon (`Inventory
/// (https://inv.example.com/)`), and no admonition's label (`Note:`).
pub fn field(text: &str) -> Option<(&str, &str)> {
    let (name, value) = text.split_once(": ")?;
    let head = match name.strip_suffix(')').and_then(|n| n.split_once(" (")) {
        Some((head, note)) if !note.contains([' ', '(']) => head,
        _ => name,
    };
    let ok = head.len() >= 2
        && !head.contains(':')
        && super::contact::capitalised_name(head)
        && super::callout::label(text).is_none();
    ok.then(|| (name, value.trim()))
}

/// Whether `text` ends a sentence inside it (`full. Then`).
pub(super) fn inner_stop(text: &str) -> bool {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| w[0].ends_with(['.', '!', '?']) && w[1].starts_with(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::super::lines::split;
    use super::*;

    #[test]
    fn fields_wrapped_at_their_margin() {
        let text =
            "Where: the lab, room 4\nWhy: the old badges stop working at the end of\nthe month\n";
        assert!(wrapped(&split(text), 0));
    }

    #[test]
    fn sentences_and_one_line_fields_are_not() {
        let one_line = "Where: the lab\nWhy: old badges\n";
        assert!(!wrapped(&split(one_line), 0));
        let prose = "Where: the lab. It is\nlocked at night\nWhy: old badges\n";
        assert!(!wrapped(&split(prose), 0));
        let faq = "Q: what now\nA: wait for the\nnext run\n";
        assert!(!wrapped(&split(faq), 0));
        let report = "Files: 12 (new: 3)\nBytes: 4096 sent: 20\nin all\n";
        assert!(!wrapped(&split(report), 0));
    }

    #[test]
    fn the_last_value_may_go_on_after_a_stop() {
        let text = "Where: the lab, room 4\nKey: at the desk, ask for it. Bring\nyour badge.\n";
        assert!(wrapped(&split(text), 0));
    }

    #[test]
    fn two_one_line_fields_are_a_pair() {
        let lines = split("Who: the desk, #help\nNeeds: a signed ticket\n");
        assert!(pair(&lines.iter().collect::<Vec<_>>()));
        let faq = split("Q: what now then\nA: wait for the run\n");
        assert!(!pair(&faq.iter().collect::<Vec<_>>()));
    }
}
