//! Numbered headings: a page's lines in, the lines that are a run of
//! lone `1) Title`, `2) Title` ... headings (each over text set flush
//! with its number) out, and the heading each makes.

use super::classify::{
    capitalised, code_like, list_marker, sentence_opening, strip_heading_number,
};
use super::headings::{Found, found};
use super::headtext::key_of;
use super::lines::Line;
use std::collections::HashSet;
use unicode_width::UnicodeWidthStr;

/// The lines of `lines[from..]` that are numbered headings: a run of
/// lone lines `1) Title`, `2) Title`, ... at one indentation, each
/// followed by text set flush with its number (not under its title), as
/// in `1. Making a key:` then the steps at the margin. `entries`: the
/// titles the page's `Contents` names (`contents::titles`); a run they all
/// name may have its text right under every title. Also gives the lines
/// of such runs (ascending): they are sections at the `Contents` level.
pub(super) fn numbered_heads(
    lines: &[Line],
    from: usize,
    entries: &[String],
) -> (Vec<usize>, Vec<usize>) {
    let mut out = Vec::new();
    let mut named_out = Vec::new();
    let named: HashSet<&str> = entries.iter().map(String::as_str).collect();
    // (the lists inside the parts of a run already walked: no run starts
    // there, so each line is walked over once or twice)
    let mut inside: HashSet<usize> = HashSet::new();
    for i in from..lines.len() {
        if list_marker(&lines[i].text).is_some_and(|(k, n, _)| k == '1' && n == 1)
            && !inside.contains(&i)
        {
            let (run, end, inner) = numbered_run(lines, i, &named);
            inside.extend(inner);
            let ends = run.iter().skip(1).copied().chain([end]);
            // (one part of four or more may open with its text set in:
            // a list under a title that stands alone)
            let flush = run.iter().zip(ends).filter(|&(&a, b)| {
                lines[a + 1..b]
                    .iter()
                    .any(|l| !l.blank() && l.indent <= lines[a].indent)
            });
            let hanging = run.len() - flush.count() <= usize::from(run.len() >= 4);
            let titled = run.iter().all(|&k| title_words(&lines[k].text));
            let listed = !named.is_empty()
                && run.iter().all(|&k| {
                    named.contains(key_of(strip_heading_number(&lines[k].text)).as_str())
                });
            // (`i > from` first: the run's first line has one above it)
            if run.len() < 2 || i == from || !hanging || !titled {
                continue;
            }
            // (parts typed with their text right under each title stand
            // alone whatever that text opens with: `titled_parts` read it)
            let typed = titled_parts(lines, &run, end);
            let parts = listed || typed;
            if typed || stands_alone(lines, &run, parts) {
                // (sections typed so are the page's parts, as bare names are)
                if parts {
                    named_out.extend(run.iter().copied());
                }
                out.extend(run);
            }
        }
    }
    // (ascending, for `numbered_head`'s lookups)
    out.sort_unstable();
    (out, named_out)
}

/// Whether every numbered line of `run` stands alone as a heading
/// (`lone_number`); where most of them have blank lines around them,
/// the others may have their text right under them, as a typist who
/// left out a blank line here and there set them; so may all of them
/// when they are the page's parts (`parts`: the page's `Contents` names
/// them all, or `titled_parts`).
fn stands_alone(lines: &[Line], run: &[usize], parts: bool) -> bool {
    let apart = run.iter().filter(|&&k| spaced(lines, k)).count();
    let loose = parts || (apart * 2 > run.len() && apart >= 2);
    run.iter().all(|&k| lone_number(lines, k, loose, parts))
}

/// Whether every numbered line of `run` is a capitalised title with no
/// closing mark under a blank line, right over its part's first line
/// (`opens_part`: `1) Stuck job in the queue` / `A job with ...`, `2.
/// Watch the console` / `ipmitool ...`), and one of the parts goes on in
/// a paragraph of its own at that margin after a blank line: sections
/// typed without the blank line under their names, no list items (an
/// item's text would end at the blank line). Fewer than half of the
/// titles may end in a colon (`4. Check:` among `3. Switches`, `5. Clean
/// up`): a run of steps each leading in to its command (`1. Stop it:`,
/// `2. Move it:`) is a list.
fn titled_parts(lines: &[Line], run: &[usize], end: usize) -> bool {
    let titled = |k: usize| {
        let title = strip_heading_number(&lines[k].text);
        lines[k - 1].blank()
            && title.starts_with(char::is_uppercase)
            && !title.ends_with(['.', ',', ';', '!', '?'])
            && lines.get(k + 1).is_some_and(|n| opens_part(&lines[k], n))
    };
    let colons = run
        .iter()
        .filter(|&&k| lines[k].text.ends_with(':'))
        .count();
    // (a blank line under a title, up to the next title, then a line at
    // the title's margin: each part's lines are looked at once)
    let goes_on = |k: usize, end: usize| {
        let own = lines[k].indent;
        (k + 1..end.saturating_sub(1)).any(|j| {
            let n = &lines[j + 1];
            lines[j].blank() && !n.blank() && n.indent == own && list_marker(&n.text).is_none()
        })
    };
    let ends = run.iter().skip(1).copied().chain([end]);
    colons * 2 < run.len()
        && run.iter().all(|&k| titled(k))
        && run.iter().zip(ends).any(|(&k, end)| goes_on(k, end))
}

/// Whether `next`, the line right under the numbered title `title`, opens
/// the part's text rather than carrying on the title's words. At the
/// title's margin: a sentence, a command (`2. Dry run` / `[you@host ~]$
/// cd ...`), a capitalised line no list item (`On each switch:`), an item
/// of a list of another kind (`5. Close out` / `- attach the log`), or a
/// line whose first word would have fitted after the title on its line
/// (`4. Services to restart` / `needs-restarting is run by ...`), so no
/// wrap broke it there. Set in: a command (`ipmitool -I ...`).
fn opens_part(title: &Line, next: &Line) -> bool {
    let text = next.text.as_str();
    match next.indent.cmp(&title.indent) {
        std::cmp::Ordering::Equal => {
            let first = text.split_whitespace().next().unwrap_or("");
            let marker = list_marker(text);
            sentence_opening(text)
                || next.code_like()
                || (capitalised(text) && marker.is_none())
                || marker.is_some_and(|(m, ..)| !matches!(m, '1' | 'a' | 'A' | '#'))
                || title.text.width() + 1 + first.width() <= text.width()
        }
        std::cmp::Ordering::Greater => next.code_like(),
        std::cmp::Ordering::Less => false,
    }
}

/// Whether the numbered line `lines[k]` stands alone as a heading: blank
/// lines around it; or, set off by two blank lines (a word processor's
/// text export: `1. Overview` over `This ...`) or among numbered lines
/// most of which stand alone (`loose`), text right under it, a
/// sentence, a list of another kind or one set deeper; under the page's
/// parts (`parts`), or under a title that leads in to nothing (no
/// closing colon) among numbered lines most of which stand alone (`5.
/// Test it by hand` / `systemctl start ...`), also a command at its
/// margin: a step leading in to its command ends in a colon; or a web
/// address alone on its line (`7. Links` / `https://...`), the part's
/// first link, not words the title wraps onto.
fn lone_number(lines: &[Line], k: usize, loose: bool, parts: bool) -> bool {
    let own = lines[k].indent;
    let gap = loose || (k >= 2 && lines[k - 2].blank());
    let bare = parts || (loose && !lines[k].text.ends_with(':'));
    let under = |n: &Line| {
        let deeper = n.indent > own;
        match list_marker(&n.text) {
            Some((m, ..)) => m != '1' || deeper,
            None => {
                deeper
                    || n.text.starts_with(char::is_uppercase)
                    || (bare && (code_like(&n.text) || super::dumprefs::link_line(&n.text)))
            }
        }
    };
    lines[k - 1].blank()
        && lines
            .get(k + 1)
            .is_none_or(|n| n.blank() || (gap && under(n)))
}

/// The numbered lines `1.`, `2.`, ... at the indentation of `lines[i]`
/// (numbered 1), in order, up to text further out or a number out of
/// step; and the index where the run's text ends. A part may hold a
/// list of its own at the titles' margin (`3. Fixing it` over `1. Find
/// ...`, `2. Rebase ...`, then `4. When ...`): its items are passed over
/// (`Inner`), so the titles after it still count. An item whose number is
/// also the next title's (`4. Re-run ...` before `4. When ...`) is the
/// list's until a line shows which it was: the same number again (the
/// title) or the one after it (the item was the title); one right under
/// the item before it, no blank line between, runs on in that list (a
/// title has a blank line over it). Also gives the
/// lines that open such lists. An unsure item no later line settles,
/// the run's last, is the title when the page's `Contents` (`named`)
/// names it, with its number or without (`4. Tell the owners` / `5.
/// Raising the limit`, listed as `- 5. Raising the limit`): a list's
/// step is no part of the page; or when it stands alone after the list
/// has ended (`settle_spaced`).
fn numbered_run(
    lines: &[Line],
    i: usize,
    named: &HashSet<&str>,
) -> (Vec<usize>, usize, Vec<usize>) {
    let (mut next, mut inner) = (2u32, None::<u32>);
    let (mut kinds, mut pending): (Vec<Kind>, Option<usize>) = (Vec::new(), None);
    // (whether the last title has text of its own at its margin yet, or
    // stands alone, blank lines around it: a list right under titles set
    // one a line, as a contents list is, opens no part)
    let (mut worded, mut last) = (false, i);
    let (run, end) = in_step(lines, i, |at, text| {
        let Some(('1', n, _)) = list_marker(text) else {
            worded |= !text.trim().is_empty();
            return None;
        };
        let kind = match inner {
            _ if n == 1 && next > 2 && (worded || spaced(lines, last)) => Kind::Inner,
            Some(_) if n == next + 1 && pending.is_some() => {
                // (the unsure item was the title: this is the one after)
                if let Some(k) = pending.and_then(|p| kinds.get_mut(p)) {
                    *k = Kind::Title;
                }
                pending = None;
                next += 1;
                Kind::Title
            }
            Some(m) if n == m && n == next && after_blank(lines, at) => Kind::Pending,
            Some(m) if n == m => Kind::Inner,
            _ if n == next => Kind::Title,
            _ => return Some(false),
        };
        // (an unsure item a later line did not settle was the list's)
        if let Some(k) = pending.take().and_then(|p| kinds.get_mut(p)) {
            *k = Kind::Inner;
        }
        match kind {
            Kind::Title => (inner, next, worded, last) = (None, next + 1, false, at),
            Kind::Pending => (inner, pending) = (Some(n + 1), Some(kinds.len())),
            Kind::Inner => inner = Some(n + 1),
        }
        kinds.push(kind);
        Some(true)
    });
    let Some((&first, rest)) = run.split_first() else {
        return (run, end, Vec::new());
    };
    settle_named(lines, rest, pending, &mut kinds, named);
    settle_spaced(lines, rest, pending, &mut kinds);
    let titles = rest.iter().zip(&kinds).filter(|(_, k)| **k == Kind::Title);
    let kept = [first].into_iter().chain(titles.map(|(&k, _)| k)).collect();
    let opens = rest
        .iter()
        .filter(|&&k| list_marker(&lines[k].text).is_some_and(|m| m.1 == 1))
        .copied()
        .collect();
    (kept, end, opens)
}

/// Makes the run's unsure item no later line settled (`pending`, its
/// place in `rest` and `kinds`) a title when the page's `Contents`
/// (`named`) names it, with its number or without.
fn settle_named(
    lines: &[Line],
    rest: &[usize],
    pending: Option<usize>,
    kinds: &mut [Kind],
    named: &HashSet<&str>,
) {
    if let Some(p) = pending
        && let (Some(&at), Some(kind)) = (rest.get(p), kinds.get_mut(p))
        && [strip_heading_number(&lines[at].text), &lines[at].text]
            .iter()
            .any(|t| named.contains(key_of(t).as_str()))
    {
        *kind = Kind::Title;
    }
}

/// Makes the run's unsure item no later line settled (`pending`, its
/// place in `rest` and `kinds`) a title when it stands alone, blank lines
/// above and below it, after the list it would go on has ended: a blank
/// line, then text back at its margin that is no item, between the item
/// before it and it (`3. reboot ...` / `` / `NOTE: ...` / `` / `4.
/// Afterwards` / `` / its text). A list's last step typed after a note
/// goes on the list, right over its own text; set apart as the page's
/// titles are, it is the next of them.
fn settle_spaced(lines: &[Line], rest: &[usize], pending: Option<usize>, kinds: &mut [Kind]) {
    let Some(p) = pending.filter(|&p| p > 0) else {
        return;
    };
    let (Some(&before), Some(&at)) = (rest.get(p - 1), rest.get(p)) else {
        return;
    };
    let margin = lines[at].indent;
    let ended = lines[before + 1..at].windows(2).any(|w| {
        w[0].blank() && !w[1].blank() && w[1].indent == margin && list_marker(&w[1].text).is_none()
    });
    if ended
        && spaced(lines, at)
        && let Some(kind) = kinds.get_mut(p)
    {
        *kind = Kind::Title;
    }
}

/// Whether `lines[k]` has a blank line (or the page's edge) right above it.
fn after_blank(lines: &[Line], k: usize) -> bool {
    k.checked_sub(1)
        .and_then(|j| lines.get(j))
        .is_none_or(Line::blank)
}

/// Whether `lines[k]` has a blank line (or the page's edge) above and
/// below it.
fn spaced(lines: &[Line], k: usize) -> bool {
    after_blank(lines, k) && lines.get(k + 1).is_none_or(Line::blank)
}

/// What a numbered line met in `numbered_run`'s walk is: a title, an item
/// of a part's own list, or one of those two not yet known.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A title of the run.
    Title,
    /// An item of a list inside a part.
    Inner,
    /// A list item whose number is also the next title's.
    Pending,
}

/// The walk over the lines at the indentation of `lines[i]` (a numbered
/// line) that a run of numbers takes: `step` reads each line (its index
/// and text) there,
/// `None` when it holds no number (passed over), `Some(false)` when its
/// number is out of step (the walk stops), `Some(true)` when it is the
/// next; text further out stops it too. A `0.` or `(1)` a sentence
/// wrapped onto (`drops to` / `0. On the ...`: `wrapped_on`) is the
/// sentence's words, passed over. The lines taken, `lines[i]` first, and
/// the index where the walk stopped.
pub(super) fn in_step(
    lines: &[Line],
    i: usize,
    mut step: impl FnMut(usize, &str) -> Option<bool>,
) -> (Vec<usize>, usize) {
    let own = lines[i].indent;
    let mut run = vec![i];
    let mut k = i + 1;
    while k < lines.len() {
        let l = &lines[k];
        if !l.blank() && l.indent < own {
            break;
        }
        if l.indent == own
            && !wrapped_on(&lines[k - 1], l)
            && let Some(next) = step(k, &l.text)
        {
            if !next {
                break;
            }
            run.push(k);
        }
        k += 1;
    }
    (run, k)
}

/// Whether `l` opens with a number that only continues the sentence of
/// `prev`, the line right over it at its margin that ends in no stop
/// (`so the count drops to` / `0. On the ...`): a `0.` or a number in
/// brackets, which opens no list mid-sentence, or the number a part named
/// last asks for (`as described in section` / `2. Then ...`;
/// `prose::wrapped_number`).
fn wrapped_on(prev: &Line, l: &Line) -> bool {
    !prev.blank()
        && prev.indent == l.indent
        && !prev.text.ends_with([':', '.', '?', '!', ';'])
        && super::prose::wrapped_number(&prev.text, &l.text, false)
}

/// Whether a numbered line's text is short enough for a title and reads
/// as words, not a command.
pub(super) fn title_words(text: &str) -> bool {
    let title = strip_heading_number(text);
    let words = title.split_whitespace().count();
    title.len() < text.len() && (1..=12).contains(&words) && !code_like(title) && text.width() <= 72
}

/// The heading `lines[i]` makes when `numbered_heads` gave it (`at`,
/// ascending), keyed `n` and its indentation (`b`, as a bare line the
/// `Contents` names is, when `listed`, ascending, holds it).
pub(super) fn numbered_head(
    lines: &[Line],
    i: usize,
    at: &[usize],
    listed: &[usize],
) -> Option<Found> {
    let l = &lines[i];
    let kind = if listed.binary_search(&i).is_ok() {
        'b'
    } else {
        'n'
    };
    at.binary_search(&i).is_ok().then(|| {
        found(
            i,
            i + 1,
            l.no,
            format!("{kind}{}", l.indent),
            &l.text,
            false,
        )
    })
}

/// Gives the headings of a numbered run that were found as bare lines
/// (`b0`) and those found only as numbered ones (`n0`) one style, the
/// bare lines' key: `1. Overview` and `3. Who owns it` are the same
/// level whichever rule took each.
pub(super) fn one_style(found: &mut [Found], numbered: &[usize]) {
    let bare: Vec<String> = found
        .iter()
        .filter(|h| numbered.contains(&h.start) && h.key.starts_with('b'))
        .map(|h| h.key.clone())
        .collect();
    for h in found.iter_mut().filter(|h| numbered.contains(&h.start)) {
        if let Some(indent) = h.key.strip_prefix('n') {
            let key = format!("b{indent}");
            if bare.contains(&key) {
                h.key = key;
            }
        }
    }
}
