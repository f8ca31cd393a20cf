//! Headings the text marks up itself: a title over- and underlined with
//! one mark, or a line underlined (`Section` over `-------`), told apart
//! from a dump's `<hr>` rule under a sentence.

use super::classify::{adornment, list_marker, prose, strip_heading_number};
use super::headings::{Found, found};
use super::lines::Line;
use super::shellprompt::prompt;
use std::cell::OnceCell;
use unicode_width::UnicodeWidthStr;

/// An overlined and underlined title, or an underlined one (the lines
/// at least half as wide as the text: a line between two short rules,
/// `----` over `systemctl stop gitea` over `----`, is fenced, not a title;
/// a line with a wide gap in it over `====`, or between two rules, is a
/// line of a program's output laid out in columns, not a title).
/// A title drawn inside a `$` prompt's session (`in_session`) is none;
/// that is asked of a drawn title only, not of every line.
/// `drawn`: the names `lines` underlines, counted on first use (one per
/// slice of lines asked of).
pub(super) fn adorned(lines: &[Line], i: usize, prev_blank: bool, drawn: &Drawn) -> Option<Found> {
    title_drawn(lines, i, prev_blank, drawn).filter(|_| !in_session(lines, i))
}

/// The names a page underlines, counted once for `short_underline`: for
/// each mark, how many it underlines to half their width or more and how
/// many in all, and how many any mark underlines to half their width.
/// Counted on first use, for the one slice of lines it is asked of.
#[derive(Default)]
pub(super) struct Drawn(OnceCell<Counts>);

/// `Drawn`'s counts: (mark, at half width or more, in all), and the
/// names underlined to half their width by any mark.
#[derive(Default)]
struct Counts {
    marks: Vec<(char, usize, usize)>,
    half: usize,
}

impl Counts {
    /// The names underlined with `mark`: at half their width or more,
    /// and in all.
    fn of(&self, mark: char) -> (usize, usize) {
        self.marks
            .iter()
            .find(|m| m.0 == mark)
            .map_or((0, 0), |m| (m.1, m.2))
    }
}

impl Drawn {
    fn counts(&self, lines: &[Line]) -> &Counts {
        self.0.get_or_init(|| {
            let mut counts = Counts::default();
            for k in 0..lines.len().saturating_sub(1) {
                let (Some(c), half) = drawn_at(lines, k) else {
                    continue;
                };
                counts.half += usize::from(half);
                match counts.marks.iter_mut().find(|m| m.0 == c) {
                    Some(m) => (m.1, m.2) = (m.1 + usize::from(half), m.2 + 1),
                    None => counts.marks.push((c, usize::from(half), 1)),
                }
            }
            counts
        })
    }
}

/// The mark under `lines[k]` if it underlines a name there (after a
/// blank line or at the page's top, a letter or a digit in it, no rule
/// itself), and whether to half the name's width or more.
fn drawn_at(lines: &[Line], k: usize) -> (Option<char>, bool) {
    let (l, u) = (&lines[k], &lines[k + 1]);
    let named = (k == 0 || lines[k - 1].blank())
        && adornment(&l.text).is_none()
        && l.text.chars().any(char::is_alphanumeric);
    let c = adornment(&u.text).filter(|_| named);
    (c, u.text.width() * 2 >= l.text.width())
}

/// The title drawn at `lines[i]` in a box, between rules or over one.
fn title_drawn(lines: &[Line], i: usize, prev_blank: bool, drawn: &Drawn) -> Option<Found> {
    let l = &lines[i];
    let next = lines.get(i + 1);
    if let Some(b) = boxed(lines, i) {
        return Some(b);
    }
    if let (Some(c), Some(t), Some(u)) = (adornment(&l.text), next, lines.get(i + 2))
        && !t.blank()
        && adornment(&t.text).is_none()
        && t.text.chars().any(char::is_alphanumeric)
        && adornment(&u.text) == Some(c)
        && l.text.width() * 2 >= t.text.width()
        && !columns(sides_off(&t.text, c))
    {
        let text = sides_off(&t.text, c);
        return Some(found(i, i + 3, t.no, format!("o{c}"), text, false));
    }
    if let Some(u) = next
        && let Some(c) = adornment(&u.text)
        && adornment(&l.text).is_none()
        && l.text.chars().any(char::is_alphanumeric)
        && l.indent <= 3
        && (prev_blank || under_code(lines, i) || under_sentence(lines, i, c, drawn))
        && (u.text.width() * 2 >= l.text.width() || short_underline(lines, i, c, drawn))
        && u.indent <= l.indent + 1
        && (list_marker(&l.text).is_none()
            || numbered_title(&l.text, &u.text)
            || numbered_peer(lines, i, c, drawn))
        && !rule_under(&l.text, &u.text)
        && !columns(&l.text)
        && l.text.width() <= 100
        && !in_printout(lines, i)
    {
        return Some(found(i, i + 2, l.no, format!("u{c}"), &l.text, false));
    }
    None
}

/// Whether `lines[i]` underlines the line above as a heading (`adorned`
/// takes it) or closes an overlined one: the dashes under a column's
/// name in a program's output (`postgres=# select ...` / ` count` /
/// `-------`) mark no section, nor do the rules around a row laid out in
/// columns (`restic snapshots`' table between its rulers).
pub(super) fn underline(lines: &[Line], i: usize, drawn: &Drawn) -> bool {
    let over = |k: usize| adornment(&lines[k].text).is_some();
    i > 0
        && over(i)
        && !lines[i - 1].blank()
        && !over(i - 1)
        && !columns(&lines[i - 1].text)
        && ((i >= 2 && over(i - 2))
            || adorned(lines, i - 1, i == 1 || lines[i - 2].blank(), drawn).is_some())
}

/// Whether `lines[i]` is a command typed at a `$` prompt, or a line of
/// what it printed: the lines from it up to a blank line above open with
/// such a command, set in no deeper than any of them (`$ ipa user-find`
/// over its `-------` rules and `1 user matched`), no title; so with a
/// known program at a root shell's `# ` (`# kinit admin`), no comment,
/// or at a prompt naming its user and host in brackets (`[root@idm01 ~]#
/// ipa user-disable ...` over a framed `Disabled user account` line).
fn in_session(lines: &[Line], i: usize) -> bool {
    let start = (0..=i)
        .rev()
        .take_while(|&k| !lines[k].blank())
        .last()
        .unwrap_or(i);
    let p = &lines[start];
    let bracketed = p.text.starts_with('[') && super::classify::prompt(&p.text);
    (p.text == "$"
        || p.text.starts_with("$ ")
        || bracketed
        || super::session::root_command(&p.text))
        && lines[start..=i].iter().all(|l| l.indent >= p.indent)
}

/// Whether the rule of `mark` under `lines[i]`, less than half as wide
/// as the line (`Before your week starts` over `======`), still
/// underlines it: three marks or more under a short name (its section
/// number aside: `3.1 A single file` over `~~~~~~~`) with no sentence
/// mark at its end, on a page that underlines another name with the same
/// mark to at least half its width, or another name with the same mark
/// and some name to at least half its width (the writer's headings,
/// drawn in a hurry); or, such a name the page's first line of text, its
/// title.
fn short_underline(lines: &[Line], i: usize, mark: char, drawn: &Drawn) -> bool {
    let t = strip_heading_number(lines[i].text.trim_end());
    let cheap = lines[i + 1].text.width() >= 3
        && t.starts_with(char::is_uppercase)
        && !t.ends_with(['.', ',', ';', ':'])
        && t.split_whitespace().count() <= 8;
    cheap && {
        // (the page's counts, less this name's own: another name under
        // `mark` at half its width, or one under `mark` and one under any
        // mark at half its width)
        // (the page's first line over its rule is its title, drawn short
        // or not: `Office relay notes` over `===`; a `.. title:` header
        // over it is no text of the page)
        let header = |l: &Line| l.indent == 0 && super::lines::header_like(&l.text);
        if lines[..i].iter().all(|l| l.blank() || header(l)) {
            return true;
        }
        let counts = drawn.counts(lines);
        let (own, own_half) = drawn_at(lines, i);
        let own_same = usize::from(own == Some(mark));
        let (both, same) = counts.of(mark);
        both > own_same * usize::from(own_half)
            || (same > own_same && counts.half > usize::from(own.is_some() && own_half))
    }
}

/// Whether the underlined line `i` is a section of a program's printout
/// (`BBU_Info :` over `=======`, `Battery State = Failed` right under):
/// set in like its underline, the lines under the rule run on at that
/// indent with no blank line between, and the last line above, past the
/// blank, is set in to the same column, or ends a run that opens at that
/// column with none of its lines further left (yum's ` Transaction check
/// error:` over its deeper `   installing package ...`, then ` Error
/// Summary` over ` -------------`): the printout goes on through it, no
/// section of the page starts there.
fn in_printout(lines: &[Line], i: usize) -> bool {
    let l = &lines[i];
    let at = |k: usize| {
        lines
            .get(k)
            .is_some_and(|n| !n.blank() && n.indent == l.indent)
    };
    let above = (0..i).rev().find(|&k| !lines[k].blank());
    at(i + 1)
        && at(i + 2)
        && above.is_some_and(|k| {
            if l.indent == 0 {
                return k + 2 == i && flush_output(lines, k, i);
            }
            k + 1 < i && (at(k) || run_opens_at(lines, k, l.indent))
        })
}

/// Whether the flush line `k` over its rule, one blank line under a
/// printout (`flush_output`), goes on that printout: the literal block
/// above takes it in (`blockrun`), rule and all.
pub(super) fn printout_section(lines: &[Line], k: usize) -> bool {
    lines[k].indent == 0
        && adornment(&lines[k].text).is_none()
        && lines
            .get(k + 1)
            .is_some_and(|u| adornment(&u.text).is_some())
        && in_printout(lines, k)
}

/// Whether the underlined flush line `i`, one blank line under the run
/// ending at `lines[k]`, goes on a command's printout: the run opens with
/// a prompt at the margin (`$ trivy image ...` over its log line), its
/// last line no command of its own, the line itself no section's name
/// (`name_like`) and the line under the rule no sentence (`Total: 4
/// (HIGH: 2)`, not `Check the zone first, then ...`).
fn flush_output(lines: &[Line], k: usize, i: usize) -> bool {
    let start = (0..=k)
        .rev()
        .take_while(|&j| !lines[j].blank())
        .last()
        .unwrap_or(k);
    start < k
        && lines[start].indent == 0
        && prompt(&lines[start].text)
        && !prompt(&lines[k].text)
        && !name_like(&lines[i].text)
        && lines.get(i + 2).is_some_and(|n| !prose(&n.text))
}

/// Whether `text` reads as a section's name: a capital first, no colon
/// at its end (`Getting a new token`, not `BBU_Info :` nor
/// `registry.example.com/web:4.2 (alpine 3.18)`).
fn name_like(text: &str) -> bool {
    let t = text.trim_end();
    t.starts_with(char::is_uppercase) && !t.ends_with(':')
}

/// Whether the run of lines ending at `lines[k]` (back to the blank line
/// above it or the page's top) opens at column `indent` with none of its
/// lines set further left: one printout, its later lines set deeper.
/// Asked once per run, of the title right under it: no rescan.
fn run_opens_at(lines: &[Line], k: usize, indent: usize) -> bool {
    let start = (0..=k)
        .rev()
        .take_while(|&j| !lines[j].blank())
        .last()
        .unwrap_or(k);
    lines[start].indent == indent && lines[start..=k].iter().all(|n| n.indent >= indent)
}

/// Whether the line `i`, right under a line of code set deeper with no
/// blank line between (`    # cp a b` / `Reload it` / `~~~~~~~~~`), is
/// a title underlined to its exact width, flush at the margin: the
/// commands ran into the next section's title, not into its text.
fn under_code(lines: &[Line], i: usize) -> bool {
    let (Some(above), Some(u)) = (i.checked_sub(1).map(|k| &lines[k]), lines.get(i + 1)) else {
        return false;
    };
    let l = &lines[i];
    l.indent == 0
        && u.indent == 0
        && above.indent >= 2
        && above.code_like()
        && u.text.width() == l.text.width()
        && l.text.starts_with(char::is_uppercase)
        && !l.code_like()
        && lines.get(i + 2).is_none_or(Line::blank)
}

/// Whether the line `i`, right under a paragraph's last sentence with
/// no blank line between (`... under 500G.` / `Results` / `-------`), is
/// a title underlined to its exact width, flush left like the text, a
/// short capitalised name with no sentence mark, on a page that
/// underlines another name with the same `mark` after a blank line: the
/// writer left the blank line out, the section starts all the same.
fn under_sentence(lines: &[Line], i: usize, mark: char, drawn: &Drawn) -> bool {
    let (Some(above), Some(u)) = (i.checked_sub(1).map(|k| &lines[k]), lines.get(i + 1)) else {
        return false;
    };
    let l = &lines[i];
    let cheap = l.indent == 0
        && u.indent == 0
        && above.indent == 0
        && above.text.ends_with(['.', '!', '?'])
        && list_marker(&above.text).is_none()
        && u.text.width() == l.text.width()
        && l.text.starts_with(char::is_uppercase)
        && !l.text.ends_with(['.', ',', ';', ':', '!', '?'])
        && l.text.split_whitespace().count() <= 6
        && !l.code_like();
    cheap && drawn.counts(lines).of(mark).0 >= 1
}

/// A title drawn in a box of `+`, `-` and `|` (`+------+` over `| Title
/// |` over the same `+------+`): one line of words, no cell rule inside,
/// no row of a taller table over or under it; keyed with the overlined
/// titles drawn with `-` or `=` (`o-`).
fn boxed(lines: &[Line], i: usize) -> Option<Found> {
    let [top, t, bottom] = lines.get(i..i + 3)? else {
        return None;
    };
    let rule = |s: &str| {
        let inner = s.strip_prefix('+').and_then(|r| r.strip_suffix('+'));
        inner.and_then(|r| adornment(r).filter(|c| matches!(c, '-' | '=')))
    };
    let c = rule(&top.text)?;
    let inner = t.text.strip_prefix('|')?.strip_suffix('|')?;
    let words = inner.chars().any(char::is_alphanumeric) && !inner.contains('|');
    let fits = top.indent == t.indent && t.text.width() == top.text.width();
    let row = |l: Option<&Line>| l.is_some_and(|l| l.text.starts_with(['|', '+']));
    let alone = !row(i.checked_sub(1).map(|j| &lines[j])) && !row(lines.get(i + 3));
    (words && fits && alone && bottom.text == top.text && bottom.indent == top.indent)
        .then(|| found(i, i + 3, t.no, format!("o{c}"), inner, false))
}

/// The text of a title between two rules of `mark`, without the sides
/// of the box it is drawn in (`*  Title  *` between rules of `*`).
fn sides_off(text: &str, mark: char) -> &str {
    match text.strip_prefix(mark).and_then(|r| r.strip_suffix(mark)) {
        Some(inner) if inner.starts_with(' ') && inner.ends_with(' ') => inner.trim(),
        _ => text,
    }
}

/// Whether a line of `_` under a line of text is the rule a `links -dump`
/// draws for `<hr>` under the last line of a paragraph, not the text's
/// underline: it runs well past the text, or the text is a sentence
/// (ends with a stop) or a long line of one.
fn rule_under(text: &str, under: &str) -> bool {
    under.starts_with('_')
        && (under.width() > text.width() + 4
            || text.ends_with(['.', ',', ';', ':'])
            || text.width() > 60)
}

/// Whether a line is laid out in columns, as a program prints a table
/// (`ID        Time        Host`): a gap of three spaces or more inside,
/// or two gaps of two (`<Name....>  <Auth....>  <Status....>`).
pub(super) fn columns(text: &str) -> bool {
    let text = text.trim();
    text.contains("   ") || text.matches("  ").count() >= 2
}

/// Whether an underlined line that starts like a numbered list item
/// (`1. Contact Information`) is a numbered title: a section number before
/// words, underlined to its full width.
fn numbered_title(text: &str, underline: &str) -> bool {
    strip_heading_number(text).len() < text.len() && underline.width() + 1 >= text.width()
}

/// Whether the numbered line `lines[i]` (`1. Which host to pick`), its
/// rule of `mark` under it at least half as wide but short of its end,
/// is a numbered title all the same: a capitalised name with no closing
/// stop, on a page that underlines another name with the same mark to
/// half its width or more (the writer's other headings, the rule drawn
/// a little short here).
fn numbered_peer(lines: &[Line], i: usize, mark: char, drawn: &Drawn) -> bool {
    let (l, u) = (&lines[i], &lines[i + 1]);
    let t = strip_heading_number(l.text.trim_end());
    let named = t.len() < l.text.trim_end().len()
        && t.starts_with(char::is_uppercase)
        && !t.ends_with(['.', ',', ';', ':'])
        && u.text.width() * 2 >= l.text.width();
    named && {
        let (own, own_half) = drawn_at(lines, i);
        let own_same = usize::from(own == Some(mark) && own_half);
        drawn.counts(lines).of(mark).0 > own_same
    }
}

#[cfg(test)]
mod tests {
    use super::{Drawn, adorned};
    use crate::convert::lines::split;

    #[test]
    fn short_rules_fence_no_title() {
        let lines = split("--------\nDisk failover\n--------\n");
        assert_eq!(
            adorned(&lines, 0, true, &Drawn::default()).map(|h| h.key),
            Some("o-".into())
        );
        let lines = split("----\nsystemctl stop gitea\n----\n");
        assert!(adorned(&lines, 0, true, &Drawn::default()).is_none());
        // (AsciiDoc's `+` joining a block to its item is no title)
        let lines = split("+\n----\nls\n----\n");
        assert!(adorned(&lines, 0, true, &Drawn::default()).is_none());
    }

    #[test]
    fn a_drawn_line_one_blank_under_a_flush_printout_is_no_title() {
        let at = |t: &str| {
            let lines = split(t);
            adorned(&lines, 3, true, &Drawn::default()).map(|h| h.key)
        };
        // (the printout goes on under the rule: no section)
        assert_eq!(
            at(
                "$ pkgscan app:2.1\nscan started\n\napp:2.1 (alpine)\n================\nTotal: 3 (HIGH: 3)\n"
            ),
            None
        );
        // (a sentence under the rule: the page's next section)
        assert_eq!(
            at(
                "$ pkgscan app:2.1\nscan started\n\nNext steps\n==========\nIn the console open the project page first.\n"
            ),
            Some("u=".into())
        );
    }

    #[test]
    fn a_short_rule_under_the_first_line_past_a_header_is_the_title() {
        let head = |t: &str| {
            let lines = split(t);
            adorned(&lines, lines.len() - 2, true, &Drawn::default()).map(|h| h.key)
        };
        assert_eq!(
            head(".. title: Relay\n\nOffice relay notes\n===\n"),
            Some("u=".into())
        );
        assert_eq!(head("Some text here.\n\nOffice relay notes\n===\n"), None);
    }

    #[test]
    fn a_boxed_title_is_its_text() {
        let text =
            |t: &str| adorned(&split(t), 0, true, &Drawn::default()).map(|h| (h.key, h.text));
        let plus = "+-------------+\n|  PUMP CHECK |\n+-------------+\n";
        assert_eq!(text(plus), Some(("o-".into(), "PUMP CHECK".into())));
        let stars = "**************\n* PUMP CHECK *\n**************\n";
        assert_eq!(text(stars), Some(("o*".into(), "PUMP CHECK".into())));
        // a row of cells, or a box with a ragged side, is no title
        assert_eq!(text("+---+---+\n| a | b |\n+---+---+\n"), None);
        assert_eq!(text("+-------+\n| PUMP |\n+-------+\n"), None);
        let column = "+--------+\n| pump 1 |\n+--------+\n| pump 2 |\n+--------+\n";
        assert_eq!(text(column), None);
        assert_eq!(
            adorned(&split(column), 2, false, &Drawn::default()).map(|h| h.text),
            None
        );
        let starred = "**********\n*not* this\n**********\n";
        assert_eq!(text(starred).map(|t| t.1), Some("*not* this".into()));
    }

    #[test]
    fn a_numbered_title_drawn_short_beside_its_peers_is_a_title() {
        let page = "1. Picking a host\n-----------\n\nText.\n\n2. Moving it\n------------\n";
        let lines = split(page);
        let found = |i: usize| adorned(&lines, i, true, &Drawn::default()).map(|h| h.key);
        assert_eq!(found(0), Some("u-".into()));
        // (alone on its page, or a sentence, it stays an item over a rule)
        let alone = split("1. Picking a host\n-----------\n\nText.\n");
        assert!(adorned(&alone, 0, true, &Drawn::default()).is_none());
        let said = split("1. Pick a host.\n--------\n\n2. Moving it\n------------\n");
        assert!(adorned(&said, 0, true, &Drawn::default()).is_none());
    }
}
