//! A man page's lines in, as `man` formats one (`NAME(8)  Manual
//! NAME(8)` heading the page, section names in capitals at the margin,
//! subsection names set in by three, the text by seven, a footer line
//! closing the page); out, the same lines with the running header's page
//! name as the title, the footer taken out, the section and subsection
//! names written as headings (`== NAME ==`, `=== Name ===`) and the
//! `SYNOPSIS` between fences: the page decoration gone, its parts marked.

use super::lines::Line;
use crate::doc::{Block, BlockKind};

/// Marks up `lines[from..]` when they are a man page; its header and
/// footer lines, kept as a comment, when they are.
pub fn prepare(lines: &mut Vec<Line>, from: usize) -> Option<Block> {
    let head = (from..lines.len()).find(|&k| !lines[k].blank())?;
    let name = running_name(&lines[head])?;
    let mut kept = vec![lines[head].text.clone()];
    if let Some(foot) = (head + 1..lines.len()).rfind(|&k| !lines[k].blank())
        && running_name(&lines[foot]).is_some_and(|n| n == name)
    {
        kept.push(std::mem::take(&mut lines[foot].text));
    }
    let comment = Block::new(lines[head].no, BlockKind::Comment(kept.join("\n")));
    mark(&mut lines[head], 1, &name);
    for k in head + 1..lines.len() {
        if section(&lines[k]) {
            let text = lines[k].text.clone();
            mark(&mut lines[k], 2, &text);
        } else if subsection(lines, k) {
            let text = lines[k].text.clone();
            mark(&mut lines[k], 3, &text);
        }
    }
    code_tags(lines, head + 1, 5);
    fence_synopsis(lines, head);
    Some(comment)
}

/// Writes the tags of tagged paragraphs in `lines[from..]` set in by
/// `min` columns or more that read as commands as code (`--force`,
/// `/etc/x.conf`): so they read as the terms they are, not as command
/// lines.
pub(super) fn code_tags(lines: &mut [Line], from: usize, min: usize) {
    for k in from.max(1)..lines.len() {
        if tag(lines, k, min) && lines[k].code_like() {
            lines[k].text = format!("``{}``", lines[k].text);
        }
    }
}

/// Whether `lines[k]` is the tag of a tagged paragraph (a file name over
/// what it holds, an option over what it does): a line of its own set in
/// by `min` or more, not a list item, over text set deeper by four or
/// more, a definition list's term.
fn tag(lines: &[Line], k: usize, min: usize) -> bool {
    let l = &lines[k];
    l.indent >= min
        && !l.blank()
        && (lines[k - 1].blank() || lines[k - 1].text.starts_with("=="))
        && super::classify::list_marker(&l.text).is_none()
        && l.text.split_whitespace().count() <= 4
        && !l.text.contains('`')
        && lines
            .get(k + 1)
            .is_some_and(|n| !n.blank() && n.indent >= l.indent + 4)
}

/// The page name of a man page's header or footer line: a line of three
/// parts or more, wide gaps between them, ending with the page name and
/// its section (`ETCD-MEMBER-REPLACE(8)`); the header starts with it too.
fn running_name(l: &Line) -> Option<String> {
    let parts: Vec<&str> = l
        .text
        .split("  ")
        .filter(|p| !p.trim().is_empty())
        .collect();
    let last = parts.last()?.trim();
    let named = last
        .strip_suffix(')')
        .and_then(|t| t.rsplit_once('('))
        .is_some_and(|(page, sec)| {
            !page.is_empty()
                && !page.contains(' ')
                && sec.starts_with(|c: char| c.is_ascii_digit())
                && sec.len() <= 3
        });
    (parts.len() >= 2 && named).then(|| last.to_string())
}

/// Writes `text` on `l` as a heading of depth `n`, at the margin.
pub(super) fn mark(l: &mut Line, n: usize, text: &str) {
    let eq = "=".repeat(n);
    l.text = format!("{eq} {text} {eq}");
    l.indent = 0;
}

/// Whether a line names a section: at the margin, in capitals.
fn section(l: &Line) -> bool {
    l.indent == 0
        && !l.blank()
        && l.text.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !l.text.chars().any(char::is_lowercase)
        && l.text.split_whitespace().count() <= 4
}

/// Whether `lines[k]` names a subsection: set in by one to four columns,
/// a few words and no stop, over text set deeper.
fn subsection(lines: &[Line], k: usize) -> bool {
    let l = &lines[k];
    (1..=4).contains(&l.indent)
        && l.text.split_whitespace().count() <= 6
        && l.text.starts_with(char::is_uppercase)
        && !l.text.ends_with(['.', ':', ',', ';'])
        && (k == 0 || lines[k - 1].blank() || lines[k - 1].text.starts_with("== "))
        && lines
            .get(k + 1)
            .is_some_and(|n| !n.blank() && n.indent >= l.indent + 3)
}

/// Puts the text of the `SYNOPSIS` section between fences: a man page's
/// synopsis is command lines, kept as they are laid out.
fn fence_synopsis(lines: &mut Vec<Line>, head: usize) {
    let Some(s) = (head..lines.len()).find(|&k| lines[k].text == "== SYNOPSIS ==") else {
        return;
    };
    let Some(first) = (s + 1..lines.len()).find(|&k| !lines[k].blank()) else {
        return;
    };
    let end = (first..lines.len())
        .find(|&k| lines[k].text.starts_with("== "))
        .unwrap_or(lines.len());
    let Some(last) = (first..end).rfind(|&k| !lines[k].blank()) else {
        return;
    };
    let fence = |l: &Line| Line::new(l.no, "```", l.indent, "```".to_string());
    let close = fence(&lines[last]);
    let open = fence(&lines[first]);
    lines.insert(last + 1, close);
    lines.insert(first, open);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn a_man_page_is_marked_up() {
        let text = "KITE(1)   Garden Tools   KITE(1)\n\nNAME\n       kite - fly one\n\nSYNOPSIS\n       kite up\n       kite down\n\nUSAGE\n   Windy days\n       Hold on.\n\nGarden Tools   2024   KITE(1)\n";
        let mut lines = split(text);
        assert!(prepare(&mut lines, 0).is_some());
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts[0], "= KITE(1) =");
        assert_eq!(texts[2], "== NAME ==");
        assert_eq!(&texts[6..10], ["```", "kite up", "kite down", "```"]);
        assert_eq!(texts[12], "=== Windy days ===");
        assert_eq!(texts[15], "");
        let mut files =
            split("X(5)  M  X(5)\n\nFILES\n       /etc/x.conf\n              The settings.\n");
        prepare(&mut files, 0);
        assert_eq!(files[3].text, "``/etc/x.conf``");
        let mut plain = split("Kites\n\nNAME\n   x\n");
        assert!(prepare(&mut plain, 0).is_none());
    }
}
