//! Fields of other names among a page's contact fields, and a contact
//! field standing alone: the lines and a line's index in, whether that
//! line is such a field set apart by blank lines like the fields around it
//! (`Emergency: URL`, or `Backup contact: name` wrapped onto a line or two
//! before the next field), or an owner or contact given on a line of its
//! own (`Owner: Identity team`); and a run of fields of any names, each
//! alone between blank lines (`run_apart`).

use super::body::next_nonblank;
use super::callout;
use super::classify::{adornment, contact_field};
use super::contact::other_field;
use super::lines::Line;

/// How many lines a field set apart may wrap onto under its own.
const WRAPPED: usize = 3;

/// Whether `lines[n]` is a field of another name set apart like the
/// contact fields above it, not a `Note:`: one line between blank lines,
/// or a value wrapped onto a few lines set in no further than the field,
/// none of them a field, with a field after the blank line under them.
pub(super) fn set_apart(lines: &[Line], n: usize) -> bool {
    let t = &lines[n].text;
    let named = other_field(t).is_some_and(|(_, v)| !v.is_empty()) && callout::label(t).is_none();
    named && (lines.get(n + 1).is_none_or(Line::blank) || field_follows(lines, n))
}

/// Whether `lines[i]` opens a run of two fields or more of other names
/// (`Spares: one in each cabinet`, a blank line, `Vendor line: +1 555
/// 0100`), each one line alone between blank lines at the same margin,
/// none a sentence (no closing stop, `?` or `!`), a `Note:` label, a
/// command or a value set out in columns: the page's facts set out one a
/// line, which the writers make a definition list as they do the
/// contact fields, whatever the names.
pub(super) fn run_apart(lines: &[Line], i: usize) -> bool {
    let lone = |k: usize| {
        let l = &lines[k];
        let t = &l.text;
        let named = other_field(t).is_some_and(|(_, v)| !v.is_empty() && !v.contains("   "));
        named
            && l.indent == lines[i].indent
            && (k == 0 || lines[k - 1].blank())
            && lines.get(k + 1).is_none_or(Line::blank)
            && !t.ends_with(['.', '?', '!'])
            && callout::label(t).is_none()
            && !l.code_like()
    };
    lone(i) && next_nonblank(lines, i + 1).is_some_and(lone)
}

/// Whether `lines[n]` is an `Owner:` or `Contact:` field alone on its
/// line, a blank line (or the page's end) under it: who to ask, not a
/// sentence (no full stop in its value), as a page gives it under its
/// title or its opening paragraph (`under_title`; `Owner: Identity team
/// (idm-admins), ask Tobias if unsure`).
pub(super) fn alone(lines: &[Line], n: usize) -> bool {
    let Some((name, value)) = contact_field(&lines[n].text) else {
        return false;
    };
    ["owner", "contact"].contains(&name.to_lowercase().as_str())
        && !value.is_empty()
        && !value.ends_with('.')
        && !value.contains(". ")
        && lines.get(n + 1).is_none_or(Line::blank)
        // (a name set in bold, `'''Owner:'''`, is a paragraph's lead-in)
        && !lines[n].raw.contains("'''")
        && !lines[n].raw.contains("**")
        && under_title(lines, n)
}

/// Whether at most one paragraph stands above `lines[n]` in its part of
/// the page (rules and a comment header aside): the title or the part's
/// opening text, then who owns it, as a page heads itself (`The kiln
/// runs at night.` / `Contact: Ida` under the title); a field further
/// down, under more of the prose, is a sentence of that prose
/// (`Contact: #ops (ask Ines)`).
fn under_title(lines: &[Line], n: usize) -> bool {
    let kept = |l: &Line| l.blank() || (!l.text.starts_with(".. ") && adornment(&l.text).is_none());
    // (from the field up: past the run of text right above, all blank)
    lines[..n]
        .iter()
        .rev()
        .filter(|l| kept(l))
        .skip_while(|l| l.blank())
        .skip_while(|l| !l.blank())
        .all(Line::blank)
}

/// Whether the field at `lines[n]` wraps onto at most `WRAPPED` lines at
/// its own margin, then a blank line, then another field.
fn field_follows(lines: &[Line], n: usize) -> bool {
    let field = |l: &Line| contact_field(&l.text).is_some() || other_field(&l.text).is_some();
    let at = lines[n].indent;
    let mut k = n + 1;
    while k < lines.len() && !lines[k].blank() {
        let l = &lines[k];
        if k > n + WRAPPED || l.indent != at || field(l) {
            return false;
        }
        k += 1;
    }
    k > n + 1 && lines.get(k + 1).is_some_and(|l| !l.blank() && field(l))
}

#[cfg(test)]
mod tests {
    use super::{alone, run_apart, set_apart};
    use crate::convert::lines::split;

    #[test]
    fn a_wrapped_field_between_fields_is_set_apart() {
        let text = "Owner: Bakers\n\nRelief baker: Ana (nights only, she has\nthe oven keys)\n\n\
                    Location: back room\n";
        let l = split(text);
        assert!(set_apart(&l, 2));
        // a remark running on to the end, no field after it
        let text = "Owner: Bakers\n\nRelief baker: Ana (nights only, she has\nthe oven keys)\n\n\
                    Ask at the counter.\n";
        let l = split(text);
        assert!(!set_apart(&l, 2));
    }

    #[test]
    fn an_owner_on_its_own_line_is_alone() {
        let l = split("Kiln firing\nOwner: Ceramics crew, ask Ida\n\nText.\n");
        assert!(alone(&l, 1));
        // a sentence, or a line going on under it, is no lone field
        let l = split("Owner: the crew. Ask Ida first.\n\nContact: the crew,\nnights\n");
        assert!(!alone(&l, 0) && !alone(&l, 3));
        // one under the part's opening paragraph is the part's own
        let l = split("The kiln runs\nat night.\n\nContact: Ida\n");
        assert!(alone(&l, 3));
        // one under more of the page's prose is a line of that prose
        let l = split("The kiln runs\nat night.\n\nIt is hot.\n\nContact: Ida\n");
        assert!(!alone(&l, 5));
    }

    #[test]
    fn facts_one_a_line_between_blank_lines_are_a_run() {
        let l = split("Spare valves: two in the shed\n\nPanel key: with Ana\n");
        assert!(run_apart(&l, 0));
        // one alone, or a sentence among them, or a note, is no run
        assert!(!run_apart(
            &split("Spare valves: two in the shed\n\nAsk Ana.\n"),
            0
        ));
        assert!(!run_apart(
            &split("Before: shut\n\nAfter: open. Check it.\n"),
            0
        ));
        assert!(!run_apart(
            &split("Note: it locks\n\nPanel key: with Ana\n"),
            0
        ));
        // lines running on under a field are a paragraph
        assert!(!run_apart(
            &split("Spares: two\nin the shed\n\nKey: Ana\n"),
            0
        ));
    }
}
