//! Web-page furniture a text browser's dump of a wiki page leaves in the
//! lines: the `#[1]Edit [2]Atom feed` link relations `lynx -dump` puts
//! over the page (taken out as comments, so the title after them opens the
//! page), MediaWiki's `[edit]` section links after a heading (dropped),
//! and a long address the dump cut at its wrap width (joined again); and
//! whether a run set left of the prose is or goes on a preformatted block.

use super::classify::{list_marker, prompt, prose};
use super::lines::Line;
use crate::doc::Block;

/// Takes the link-relation lines heading the page out of `lines` and gives
/// them back as comments.
pub fn link_relations(lines: &mut [Line]) -> Vec<Block> {
    let mut out = Vec::new();
    for l in lines.iter_mut().skip_while(|l| l.blank()) {
        if l.indent > 4 || !relation(&l.text) {
            break;
        }
        out.push(l.take_comment());
    }
    out
}

/// `#[1]Edit [2]Wiki (en)`: a `#`, then a dump's link marker.
fn relation(text: &str) -> bool {
    text.strip_prefix("#[")
        .and_then(|t| t.split_once(']'))
        .is_some_and(|(n, rest)| {
            !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && !rest.is_empty()
        })
}

/// Whether `run`, a blank line under the literal `block`, is more of the
/// same `<pre>`: on a page whose prose the dump sets in (`base` 3 or more),
/// a command at a prompt and what follows it sit left of the prose, set
/// in at least one column, and the run is no sentence (a command, blank,
/// its output, blank, `Objects found: 2`). A run set exactly at the
/// prompt's own column is the program's output even where it reads as a
/// sentence (`Error: Error acquiring the state lock` between blank lines
/// of what a command printed): the page's sentences sit at the prose's
/// margin, and a heading a dump sets left of it sits at another column.
pub(super) fn pre_goes_on(block: &[Line], run: &[Line], base: usize) -> bool {
    let left = |l: &Line| l.blank() || (l.indent > 0 && l.indent < base);
    let Some(first) = block.first() else {
        return false;
    };
    if base < 3 || !prompt(&first.text) || !block.iter().all(left) {
        return false;
    }
    let at_prompt = run.iter().all(|l| l.indent == first.indent);
    run.iter()
        .all(|l| left(l) && (at_prompt || !prose(&l.text)))
}

/// Whether the run `lines[i..end]` is a `<pre>` a sentence of the prose
/// announces: on a page whose prose the dump sets in (`base` 3 or more),
/// after a blank line under text at the prose's margin ending with `:`,
/// every line set in left of the prose (`links -dump` sets a `<pre>` in
/// 1), no list item: what the program said (`bot: 4 messages dropped`),
/// a sentence though it may read as one.
pub(super) fn pre_announced(lines: &[Line], i: usize, end: usize, base: usize) -> bool {
    let left = |l: &Line| l.indent > 0 && l.indent < base && list_marker(&l.text).is_none();
    base >= 3
        && i >= 2
        && lines[i - 1].blank()
        && lines[i - 2].indent >= base
        && lines[i - 2].text.ends_with(':')
        && lines[i..end].iter().all(left)
}

/// Whether the run `chunk` is a `<pre>` the dump set left of its prose
/// (`base` 3 or more, `links -dump` sets commands in 1): a line there that
/// is no sentence nor a lead-in, lines set deeper under it (`confrepo/`
/// over its tree, a section name over its settings), a listing as laid
/// out, never a term over its definition.
pub(super) fn pre_tree(chunk: &[Line], base: usize) -> bool {
    let Some((first, rest)) = chunk.split_first() else {
        return false;
    };
    base >= 3
        && first.indent == 1
        && !rest.is_empty()
        && !prose(&first.text)
        && !first.text.ends_with(':')
        && list_marker(&first.text).is_none()
        && rest.iter().all(|l| l.indent > first.indent)
}

/// Drops the `[edit]` link (also `[[12]edit]`, `[edit | edit source]`)
/// ending a line that has words before it.
pub fn drop_edit_links(lines: &mut [Line]) {
    for l in lines {
        if let Some(at) = edit_link(&l.text) {
            l.text.truncate(at);
            l.text.truncate(l.text.trim_end().len());
        }
    }
}

/// The columns a text browser wraps its dump at: a line cut there ends
/// within these (`lynx` at 79, `links` at 80, less a broken-off part);
/// an editor filling at 70 (Emacs's default) cuts a long address so too.
const WRAP: std::ops::RangeInclusive<usize> = 70..=80;

/// Joins an address the dump cut at its wrap width (`.../version-2.`
/// over `0.html`): a line ending in an address, as long as the dump's
/// lines go, with under it one unbroken token set at about its indent
/// and reading as an address's part (a `/`, `.`, `-`, `_`, `=`, `?`,
/// `&`, `%`, `~` or digit in it), not a word going on (`instead.`) nor an address of its own; a
/// command's line (`$ curl .../TIMESTAMP` over its output) is not cut.
/// Also an address the author broke after a `/`, the text after it
/// joined too.
pub fn join_cut_addresses(lines: &mut Vec<Line>, from: usize) {
    let mut k = from;
    while k + 1 < lines.len() {
        if cut_address(&lines[k], &lines[k + 1]) {
            let part = lines.remove(k + 1);
            lines[k].join(part, "");
        }
        k += 1;
    }
}

/// Whether `next` is the rest of the address `l` ends with: cut at the
/// dump's wrap, or broken by the author after a `/` (`broken_address`).
fn cut_address(l: &Line, next: &Line) -> bool {
    wrapped_address(l, next) || broken_address(l, next)
}

/// Whether the author broke the address `l` ends with at a `/` and `next`
/// goes on with it: the address stops at its `://` (`https://` over
/// `thanos.io/tip/`), or after a `/` with the next line's first word an
/// address's path going on (`.../licensing/` over `floating/overview?site=`,
/// a `/` in it and a `.`, `?`, `=`, `&`, `_`, `-`, `#`, `%`, `~` or digit,
/// not a word such as `and/or`); a command's line is not broken.
fn broken_address(l: &Line, next: &Line) -> bool {
    let Some(last) = l.text.split_whitespace().last() else {
        return false;
    };
    let Some(first) = next.text.split_whitespace().next() else {
        return false;
    };
    let scheme = ["http://", "https://", "ftp://"];
    let bare = scheme.contains(&last);
    let path = scheme
        .iter()
        .any(|s| last.starts_with(s) && last.len() > s.len())
        && last.ends_with('/')
        && first.starts_with(|c: char| c.is_ascii_alphanumeric())
        && first.contains('/')
        && first.contains(|c: char| ".?=&_-#%~".contains(c) || c.is_ascii_digit());
    (bare || path)
        && !l.code_like()
        && (l.indent..=l.indent + 4).contains(&next.indent)
        && !first.contains("://")
        && list_marker(&next.text).is_none()
}

/// Whether `next`, one token, is the rest of the address `l` ends with,
/// cut at the dump's wrap width.
fn wrapped_address(l: &Line, next: &Line) -> bool {
    let Some(last) = l.text.split_whitespace().last() else {
        return false;
    };
    let address = ["http://", "https://", "ftp://"]
        .iter()
        .any(|s| last.contains(s));
    let core = next.text.trim_end_matches(['.', ',', ';', ':', ')']);
    let part = core.contains(|c: char| "/.-_=?&%~".contains(c) || c.is_ascii_digit());
    address
        && !l.code_like()
        && WRAP.contains(&(l.indent + l.text.chars().count()))
        && (l.indent..=l.indent + 4).contains(&next.indent)
        && !next.text.is_empty()
        && !next.text.contains(char::is_whitespace)
        && !next.text.contains("://")
        && list_marker(&next.text).is_none()
        && part
}

/// Where the closing `[edit]` link of `text` starts.
fn edit_link(text: &str) -> Option<usize> {
    let inner = text.strip_suffix(']')?;
    // the outer `[`: the last one not opening a `[12]` marker
    let mut at = inner.rfind('[')?;
    while inner[at + 1..].starts_with(|c: char| c.is_ascii_digit()) {
        at = inner[..at].rfind('[')?;
    }
    let words = super::inline::drop_markers(&inner[at + 1..]);
    let edit = words
        .split(|c: char| c.is_whitespace() || c == '|')
        .filter(|w| !w.is_empty())
        .all(|w| w == "edit" || w == "source")
        && words.contains("edit");
    (edit && !text[..at].trim().is_empty()).then_some(at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn relations_head_the_page_only() {
        let mut lines = split("   #[1]Edit [2]Wiki (en)\n\nTitle\n#[3]x\n");
        let comments = link_relations(&mut lines);
        assert_eq!(comments.len(), 1);
        assert!(lines[0].blank());
        assert_eq!(lines[3].text, "#[3]x");
        assert!(!relation("#[x]y") && !relation("# [1]y") && !relation("#[1]"));
    }

    #[test]
    fn addresses_cut_at_the_wrap_are_joined() {
        let pad = "   see the page at https://wiki.example.org/Printing/Queues/Drain";
        let long = format!("{pad}ingTheQueue-");
        let text = format!("{long}\n   step-4.html\n\n{long}\n   instead.\n\n{pad}\n   a-b\n");
        let mut lines = split(&text);
        join_cut_addresses(&mut lines, 0);
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        let joined = format!("{}step-4.html", long.trim_start());
        let kept = long.trim_start();
        assert_eq!(
            texts,
            [&joined, "", kept, "instead.", "", pad.trim_start(), "a-b"]
        );
    }

    #[test]
    fn a_joined_address_keeps_its_typed_lines_for_a_literal_block() {
        let cut = "      https://docs.example.net/Kiosk/Printers/Spool/Nightly-Cleanup-Notes-For";
        let text = format!("{cut}\n      -Operators\n");
        let mut lines = split(&text);
        join_cut_addresses(&mut lines, 0);
        assert_eq!(lines.len(), 1);
        assert!(lines[0].text.ends_with("Notes-For-Operators"));
        let code = super::super::lines::dedent(&lines);
        assert_eq!(code, format!("{}\n-Operators\n", cut.trim_start()));
    }

    #[test]
    fn edit_links_go() {
        let mut lines = split(
            "Overview[edit]\nSetup [[13]edit]\nA [edit | edit source]\n[edit]\nsee [edit]ing\n",
        );
        drop_edit_links(&mut lines);
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["Overview", "Setup", "A", "[edit]", "see [edit]ing"]);
    }
}
