//! Headings a page's earlier headings vouch for: the lines, the line
//! `i` and the headings found above it in; the heading `i` makes when it
//! has the shape of one of them (the same text again, or a lowercase
//! name set as the bare titles around it are), or None.

use super::classify::list_marker;
use super::headings::Found;
use super::headtext::{heading_like, unstopped_sentence};
use super::lines::Line;
use std::collections::HashMap;

/// A lone line with the text of a bare heading found before, at its
/// indentation give or take one (the dump shifted it): the same heading
/// again (`Installation` under each way to install). (`found`: the
/// headings found so far, and where in them each bare one's text is.)
pub(super) fn repeated(
    lines: &[Line],
    i: usize,
    prev_blank: bool,
    (found, bare): (&[Found], &HashMap<String, Vec<usize>>),
) -> Option<Found> {
    let l = &lines[i];
    let next_blank = lines.get(i + 1).is_none_or(|n| n.blank());
    let twin = (bare.get(&l.text)?.iter())
        .map(|&k| &found[k])
        .find(|f| lines[f.start].indent.abs_diff(l.indent) <= 1)?;
    let ok = prev_blank && next_blank && !l.code_like() && list_marker(&l.text).is_none();
    ok.then(|| Found {
        start: i,
        end: i + 1,
        line: l.no,
        key: twin.key.clone(),
        text: twin.text.clone(),
        guessed: false,
    })
}

/// A flush-left lone line of two to four plain words that starts with a
/// lowercase name (`nftables hosts`, `cron jobs`), on a page whose bare
/// titles above are flush left too, over a paragraph that starts a
/// sentence: a title named by a program or a thing written small, set
/// as its siblings are, not a fragment of text. Or, up to six such words,
/// on a page whose title is typed in lower case too (`lower_titled`).
pub(super) fn lower_peer(
    lines: &[Line],
    i: usize,
    prev_blank: bool,
    found: &[Found],
) -> Option<Found> {
    let l = &lines[i];
    let words: Vec<&str> = l.text.split_whitespace().collect();
    let plain = words
        .iter()
        .all(|w| w.chars().all(|c| c.is_alphanumeric() || c == '-'));
    // (a lone flush-left name in lower case: no sentence, no lead-in)
    let name = prev_blank
        && l.indent == 0
        && plain
        && l.text.starts_with(char::is_lowercase)
        && !unstopped_sentence(&l.text)
        && !super::lines::after_colon_line(lines, i);
    // vouched for by bare titles above, set as they are
    let beside_titles = || {
        let sibling = |f: &Found| {
            f.key == "b0" && f.end == f.start + 1 && f.text.starts_with(char::is_uppercase)
        };
        (2..=4).contains(&words.len())
            && found.iter().any(sibling)
            && (heading_like(&l.text, false) || parallel(lines, i))
            && (!l.code_like() || parallel(lines, i))
            && over_sentence(lines, i)
    };
    // or by the page's own title, typed in lower case too
    let under_title = || {
        words.len() <= 6
            && heading_like(&l.text, false)
            && !l.code_like()
            && lower_titled(lines, i, found)
    };
    (name && (beside_titles() || under_title())).then(|| Found {
        start: i,
        end: i + 1,
        line: l.no,
        key: "b0".to_string(),
        text: l.text.clone(),
        guessed: true,
    })
}

/// Whether a lone lower-case name at `lines[i]` stands on a page whose
/// title the writer typed in lower case (`console server notes`), over a
/// list or a paragraph of two lines or more after one blank line: a
/// section titled as the page is (`firmware upgrade`).
fn lower_titled(lines: &[Line], i: usize, found: &[Found]) -> bool {
    let titled = found
        .iter()
        .any(|f| f.key == "title" && f.text.starts_with(char::is_lowercase));
    let (Some(gap), Some(n)) = (lines.get(i + 1), lines.get(i + 2)) else {
        return false;
    };
    let more = lines
        .get(i + 3)
        .is_some_and(|m| !m.blank() && !m.code_like());
    let under = n.indent == 0 && !n.code_like() && (list_marker(&n.text).is_some() || more);
    titled && gap.blank() && !n.blank() && under
}

/// Whether another lone flush-left line near `lines[i]` (within
/// `NEAR` lines: siblings stand a few sections apart, and a long input
/// stays linear) names a sibling of it: the same words after a different
/// first one, and no command (`nftables hosts` beside `iptables hosts`):
/// parallel titles, so the one whose first word names a program is a
/// title too.
fn parallel(lines: &[Line], i: usize) -> bool {
    const NEAR: usize = 400;
    let rest = |t: &str| t.split_once(' ').map(|(_, r)| r.to_string());
    let Some(own) = rest(&lines[i].text) else {
        return false;
    };
    (i.saturating_sub(NEAR)..lines.len().min(i + NEAR)).any(|j| {
        let l = &lines[j];
        j != i
            && l.indent == 0
            && (j == 0 || lines[j - 1].blank())
            && lines.get(j + 1).is_some_and(Line::blank)
            && rest(&l.text).is_some_and(|r| r == own)
            && l.text != lines[i].text
            && heading_like(&l.text, false)
    })
}

/// Whether `lines[i]` has a blank line under it and then flush-left
/// prose starting with a capital, two lines or more of it.
fn over_sentence(lines: &[Line], i: usize) -> bool {
    let (Some(gap), Some(n), Some(m)) = (lines.get(i + 1), lines.get(i + 2), lines.get(i + 3))
    else {
        return false;
    };
    gap.blank()
        && n.indent == 0
        && n.text.starts_with(char::is_uppercase)
        && !n.code_like()
        && !m.blank()
        && m.indent == 0
        && !m.code_like()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    fn bare(i: usize, text: &str) -> Found {
        Found {
            start: i,
            end: i + 1,
            line: 1,
            key: "b0".to_string(),
            text: text.to_string(),
            guessed: true,
        }
    }

    #[test]
    fn lowercase_name_beside_bare_titles_is_a_title() {
        let page = "Setup\n\nSome text here.\n\nrsync targets\n\nEach target is a dir.\nMake it first.\n\nrestic targets\n\nThe same for restic.\nRun init once.\n";
        let lines = split(page);
        let above = [bare(0, "Setup")];
        // `rsync` names a command, but `restic targets` is its sibling
        assert!(lower_peer(&lines, 4, true, &above).is_some());
        assert!(lower_peer(&lines, 9, true, &above).is_some());
        // no bare title above: nothing vouches for it
        assert!(lower_peer(&lines, 9, true, &[]).is_none());
    }

    #[test]
    fn lowercase_line_on_a_lowercase_titled_page_is_a_title() {
        let page = "cage notes\n\nsome text.\n\nfirmware upgrade\n\nthe image is on the host,\ncopy it over.\n\nreboot it now\n\nsystemctl reboot\n";
        let lines = split(page);
        let title = Found {
            key: "title".to_string(),
            ..bare(0, "cage notes")
        };
        assert!(lower_peer(&lines, 4, true, std::slice::from_ref(&title)).is_some());
        // over a command, or with no lower-case title above, it is text
        assert!(lower_peer(&lines, 9, true, std::slice::from_ref(&title)).is_none());
        assert!(lower_peer(&lines, 4, true, &[]).is_none());
    }

    #[test]
    fn command_or_announced_line_is_no_title() {
        let page = "Setup\n\nRestart it:\n\nsystemctl restart nginx\n\nThen check it.\nAll good.\n\nrsync -a src dst\n\nThe copy runs.\nIt ends.\n";
        let lines = split(page);
        let above = [bare(0, "Setup")];
        assert!(lower_peer(&lines, 4, true, &above).is_none());
        assert!(lower_peer(&lines, 9, true, &above).is_none());
    }
}
