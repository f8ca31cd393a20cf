//! Fields of other names among a page's contact fields, and a contact
//! field standing alone: the lines and a line's index in, whether that
//! line is such a field set apart by blank lines like the fields around it
//! (`Emergency: URL`, or `Backup contact: name` wrapped onto a line or two
//! before the next field, or the last of them wrapped as a phrase at the
//! end of its part), an owner or contact given on a line of its own
//! (`Owner: Identity team`), and fields of any names set apart one to a
//! paragraph (`Cause: a stale lock` / blank / `Fixed at: time in UTC`).

use super::body::next_nonblank;
use super::callout;
use super::classify::{adornment, contact_field};
use super::contact::other_field;
use super::flushfields::inner_stop;
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
/// its own margin, then a blank line, then another field; or, the last of
/// the run, its value a phrase (`phrase`: `phone +1 555 0100` / `(24h)`),
/// then the part's end: a line set out to the left of the field (the next
/// part's title) or the page's end. A value that ends a sentence there
/// (`Spamhaus: URL` / `SpamCop delists by itself.`) is a remark's.
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
    let part_ends = || {
        next_nonblank(lines, k).is_none_or(|m| lines[m].indent < at && !lines[m].code_like())
            && lines[n..k].iter().all(|l| phrase(&l.text))
    };
    k > n + 1 && (lines.get(k + 1).is_some_and(|l| !l.blank() && field(l)) || part_ends())
}

/// Whether a line of a field is a phrase, not a sentence: no stop at its
/// end or inside it (`full. Then`), no `:` at its end.
fn phrase(text: &str) -> bool {
    !text.ends_with(['.', '!', '?', ':']) && !inner_stop(text)
}

/// Whether `lines[i]` opens fields of any names set apart one to a
/// paragraph: it and the next non-blank line are each a field alone
/// between blank lines (`flushfields::field`: a short capitalised name,
/// no `Note:`) at one margin, each value a phrase (`phrase`) naming no
/// other field: a record filled in (`Cause: ntpd with monlist on` /
/// `Fixed at: time in UTC`), as the writers space out contact fields;
/// the fields after them are taken as set apart (`set_apart`). Values
/// that are sentences (`Problem: the disk fills.` / `Solution: ...`) are
/// paragraphs.
pub(super) fn spaced_run(lines: &[Line], i: usize) -> bool {
    let alone = |k: usize| {
        let l = &lines[k];
        (k == 0 || lines[k - 1].blank())
            && lines.get(k + 1).is_none_or(Line::blank)
            && super::flushfields::field(&l.text)
                .is_some_and(|(_, v)| !v.is_empty() && !v.contains(": "))
            && phrase(&l.text)
            && !l.code_like()
    };
    alone(i)
        && next_nonblank(lines, i + 1)
            .is_some_and(|n| lines[n].indent == lines[i].indent && alone(n))
}

#[cfg(test)]
mod tests {
    use super::{alone, set_apart, spaced_run};
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
    fn the_last_field_wrapped_as_a_phrase_ends_its_part() {
        let text =
            "  Owner: Bakers\n\n  Relief baker: Ana, phone 555 0100\n  (nights)\n\nNext part\n";
        assert!(set_apart(&split(text), 2));
        // a sentence there is a remark; so is one with text at its margin after it
        let text = "  Owner: Bakers\n\n  Oven: see the list\n  Ask Ana first.\n\nNext part\n";
        assert!(!set_apart(&split(text), 2));
        let text = "  Owner: Bakers\n\n  Oven: see the list\n  (nights)\n\n  More text\n";
        assert!(!set_apart(&split(text), 2));
    }

    #[test]
    fn fields_one_to_a_paragraph_are_a_run() {
        let l = split("Cause: a stale lock\n\nFixed at: time in UTC\n\nText.\n");
        assert!(spaced_run(&l, 0));
        // sentences, a field wrapped, or a lone field are not
        let l = split("Problem: it stops.\n\nSolution: clean it.\n");
        assert!(!spaced_run(&l, 0));
        let l = split("Cause: a stale lock\n\nFixed at: time\nin UTC\n");
        assert!(!spaced_run(&l, 0));
        let l = split("Cause: a stale lock\n\nText here\n");
        assert!(!spaced_run(&l, 0));
        let l = split("Q: why\n\nA: because\n");
        assert!(!spaced_run(&l, 0));
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
}
