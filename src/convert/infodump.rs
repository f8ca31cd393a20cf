//! A GNU Info manual as `info --subnodes` dumps it in (`File: x.info,
//! Node: N,  Next: ...` lines opening each node, titles underlined with
//! `*`, `=`, `-`, `.` by depth and numbered, `* Menu:` lists, examples
//! set in by five, `-- Command: name args` definitions, `*note X::`
//! references, `'code'` quotes); out, the same lines with the node lines
//! and menus taken out (returned as a comment), the titles as headings
//! without their numbers, paragraphs at the margin, definitions as terms,
//! references as `see X` and quoted code as code.

use super::classify::{list_marker, strip_heading_number};
use super::lines::Line;
use super::manpage::mark;
use crate::doc::{Block, BlockKind};

/// Marks up `lines[from..]` when they are an Info dump; its node lines
/// and menus, kept as a comment, when they are.
pub fn prepare(lines: &mut Vec<Line>, from: usize) -> Option<Block> {
    let head = dump(lines, from)?;
    let comment = Block::new(lines[head].no, BlockKind::Comment(furniture(lines, head)));
    titles(lines, head);
    definitions(lines, head);
    for k in head..lines.len() {
        if paragraph_indent(lines, k) {
            lines[k].raw = lines[k].raw.trim_start();
            lines[k].indent = 0;
        }
        lines[k].text = quotes(&references(&lines[k].text));
    }
    join_references(lines, head);
    Some(comment)
}

/// The first line of `lines[from..]` when it opens an Info node: the
/// lines are an Info dump.
pub fn dump(lines: &[Line], from: usize) -> Option<usize> {
    let head = (from..lines.len()).find(|&k| !lines[k].blank())?;
    node_line(&lines[head]).then_some(head)
}

/// Writes the underlined titles of `lines[head..]` as headings: a
/// chapter's at the top, but when there are several chapters (a whole
/// manual, its `Top` node titled the same way) the first is the title
/// and the rest sit one level down.
fn titles(lines: &mut [Line], head: usize) {
    let at: Vec<(usize, usize)> = (head..lines.len().saturating_sub(1))
        .filter_map(|k| underline(&lines[k], &lines[k + 1]).map(|d| (k, d)))
        .collect();
    let chapters = at.iter().filter(|&&(_, d)| d == 1).count();
    for (n, &(k, depth)) in at.iter().enumerate() {
        let down = usize::from(chapters > 1 && n > 0);
        let text = strip_number(&lines[k].text).to_string();
        mark(&mut lines[k], depth + down, &text);
        lines[k + 1].text.clear();
    }
}

/// Whether `before` already says `see` (`see *note X::`, `See also
/// *note X::`): the reference is not to say it again.
fn said(before: &str) -> bool {
    let b = before.to_lowercase();
    b.ends_with("see ") || b.ends_with("see also ")
}

/// Whether `l` opens an Info node (`File: x.info,  Node: N,  Up: Top`).
fn node_line(l: &Line) -> bool {
    l.indent == 0 && l.text.starts_with("File: ") && l.text.contains(",  Node: ")
}

/// Takes the node lines and the menus (`* Menu:` and its `* Entry::`
/// lines, with the group names over them) out of `lines[head..]`; their
/// text. Text after a blank line that is no entry nor over one ends the
/// menu (the copyright notice of a `Top` node).
fn furniture(lines: &mut [Line], head: usize) -> String {
    let mut kept = Vec::new();
    let mut menu = false;
    let mut after_blank = false;
    for k in head..lines.len() {
        let l = &lines[k];
        let blank = l.blank();
        if node_line(l) {
            menu = false;
        } else if l.indent == 0 && l.text == "* Menu:" {
            menu = true;
        } else if menu && after_blank && !blank && !entry(l) {
            menu = lines.get(k + 1).is_some_and(entry);
        }
        if (menu || node_line(l)) && !blank {
            kept.push(std::mem::take(&mut lines[k].text));
        }
        after_blank = blank;
    }
    kept.join("\n")
}

/// Whether `l` is a menu entry (`* Node::`, `* Label: Node.`).
fn entry(l: &Line) -> bool {
    l.indent == 0 && l.text.starts_with("* ") && l.text.contains(':')
}

/// The depth of the title `l` when `under` underlines it: `*` a chapter,
/// `=` a section, `-` a subsection, `.` a subsubsection, as long as the
/// title.
fn underline(l: &Line, under: &Line) -> Option<usize> {
    let c = under.text.chars().next()?;
    let depth = "*=-.".find(c)? + 1;
    let same =
        under.text.chars().all(|x| x == c) && under.text.chars().count() == l.text.chars().count();
    (same && l.indent == 0 && under.indent == 0 && !l.blank()).then_some(depth)
}

/// A title without its number (`2.3.1 Speed limits`, `A.2 Tables`; an
/// appendix keeps its word: `Appendix A Extra`).
fn strip_number(text: &str) -> &str {
    let text = strip_heading_number(text);
    lettered(text).unwrap_or(text)
}

/// `t` after an appendix section's number (`A.2`, `B.1.3`).
fn lettered(t: &str) -> Option<&str> {
    let (n, rest) = t.split_once(' ')?;
    let ok = n.starts_with(|c: char| c.is_ascii_uppercase())
        && n[1..].starts_with('.')
        && n[1..].chars().all(|c| c.is_ascii_digit() || c == '.');
    ok.then_some(rest)
}

/// Writes the definition lines (` -- Command: name args` after a blank
/// line, and the lines of more names right under) as terms at the
/// margin: `Command: ``name args```, over their text set in by five.
/// (One right under other text is left as typed: it may be code, which
/// keeps its lines as typed, and would lose the names joined to it.)
fn definitions(lines: &mut Vec<Line>, head: usize) {
    let mut k = head;
    while k < lines.len() {
        let apart = k == head || lines[k - 1].blank();
        let Some(mut term) = definition(&lines[k]).filter(|_| apart) else {
            k += 1;
            continue;
        };
        while let Some(more) = lines.get(k + 1).and_then(definition) {
            term = format!("{term}, {more}");
            lines.remove(k + 1);
        }
        lines[k].text = term;
        lines[k].raw = lines[k].raw.trim_start();
        lines[k].indent = 0;
        k += 1;
    }
}

/// The term of a definition line: ` -- Function: int foo (int x)` as
/// `Function: ``int foo (int x)```.
fn definition(l: &Line) -> Option<String> {
    let rest = l.text.strip_prefix("-- ")?;
    let (category, what) = rest.split_once(": ")?;
    let named = category.starts_with(|c: char| c.is_ascii_uppercase())
        && category.split(' ').count() <= 3
        && category.chars().all(|c| c.is_alphabetic() || c == ' ');
    (l.indent == 1 && named && !what.contains('`')).then(|| format!("{category}: ``{what}``"))
}

/// Whether `lines[k]` opens a paragraph set in by three, as Info sets
/// in every paragraph but a section's first: after a blank line, no
/// list item, over lines at the margin or alone.
fn paragraph_indent(lines: &[Line], k: usize) -> bool {
    let l = &lines[k];
    l.indent == 3
        && k > 0
        && lines[k - 1].blank()
        && list_marker(&l.text).is_none()
        && lines.get(k + 1).is_none_or(|n| n.blank() || n.indent == 0)
}

/// `text` with Info's references (`*note Node::`, `*Note Label: Node.`)
/// as `see Label`.
fn references(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("*note ").or_else(|| rest.find("*Note ")) {
        let see = if &rest[at + 1..at + 2] == "N" {
            "See"
        } else {
            "see"
        };
        let after = &rest[at + 6..];
        let Some((label, tail)) = target(after) else {
            break;
        };
        out.push_str(&rest[..at]);
        // `see *note X::` (Texinfo's `@ref` after a `see`) is said once
        if said(&out) {
            out.push_str(&label);
        } else {
            out.push_str(&format!("{see} {label}"));
        }
        rest = tail;
    }
    out.push_str(rest);
    out
}

/// The label of a reference's target and the text after it: `Node::`,
/// or `Label: Node.` as `Label (Node)` (the `.`, `,` or `)` after the
/// node kept as the sentence's).
fn target(after: &str) -> Option<(String, &str)> {
    let colon = after.find(':')?;
    let label = &after[..colon];
    if label.is_empty() {
        return None;
    }
    if let Some(tail) = after[colon..].strip_prefix("::") {
        return Some((label.to_string(), tail));
    }
    let node = &after[colon + 1..];
    let end = node.find(['.', ',', ')'])?;
    let name = node[..end].trim();
    let label = if name == label || name.is_empty() {
        label.to_string()
    } else {
        format!("{label} ({name})")
    };
    Some((label, &node[end..]))
}

/// References broken over two lines (`*note Checking` / `the array::`,
/// `*Note the` / `first page: Top,`): the `*note` written `see`, the
/// node name taken off the next line.
fn join_references(lines: &mut [Line], head: usize) {
    for k in head..lines.len().saturating_sub(1) {
        let t = lines[k].text.clone();
        let Some(at) = t.rfind("*note").or_else(|| t.rfind("*Note")) else {
            continue;
        };
        let next = lines[k + 1].text.clone();
        let Some((label, tail)) = target(&next) else {
            continue;
        };
        let see = if &t[at + 1..at + 2] == "N" {
            "See"
        } else {
            "see"
        };
        let before = &t[..at];
        let see = if said(before) { "" } else { see };
        let after = t[at + 5..].trim_start();
        let joined = format!("{before}{see} {after}");
        lines[k].text = joined
            .trim_end()
            .replace("  ", " ")
            .trim_start()
            .to_string();
        lines[k + 1].text = format!("{label}{tail}");
    }
}

/// `text` with Info's quotes around code (`'mdadm'`, older `` `mdadm'
/// ``) as ``` ``mdadm`` ```: a quote after a space or `(` opening, one
/// before a space or a stop closing.
fn quotes(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let opens = (c == '\'' || c == '`') && (i == 0 || " (".contains(chars[i - 1]));
        let close = opens
            .then(|| (i + 2..chars.len()).find(|&j| chars[j] == '\'' && closes(&chars, j)))
            .flatten()
            .filter(|&j| {
                let inner = &chars[i + 1..j];
                !inner.contains(&'\'') && !inner.contains(&'`') && inner[0] != ' '
            });
        match close {
            Some(j) => {
                out.push_str("``");
                out.extend(&chars[i + 1..j]);
                out.push_str("``");
                i = j + 1;
            }
            None => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// Whether the quote at `chars[j]` closes: at the end, or before a
/// space or a stop.
fn closes(chars: &[char], j: usize) -> bool {
    chars.get(j + 1).is_none_or(|n| " .,;:)?!".contains(*n)) && chars[j - 1] != ' '
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::convert::lines::split;

    #[test]
    fn an_info_dump_is_marked_up() {
        let text = "File: k.info,  Node: Top,  Next: Up,  Up: (dir)\n\n1 Kites\n*******\n\nRun 'kite up' now.\n\n   Then look (*note Tails::).\n\n* Menu:\n\n* Tails::\n\nFile: k.info,  Node: Tails,  Up: Top\n\n1.1 Tails\n=========\n\n -- Command: tail LENGTH\n     Adds a tail.\n";
        let mut lines = split(text);
        let comment = prepare(&mut lines, 0).unwrap();
        assert!(matches!(comment.kind, BlockKind::Comment(ref c) if c.contains("* Tails::")));
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts[0], "");
        assert_eq!(texts[2], "= Kites =");
        assert_eq!(texts[3], "");
        assert_eq!(texts[5], "Run ``kite up`` now.");
        assert_eq!(texts[7], "Then look (see Tails).");
        assert_eq!(lines[7].indent, 0);
        assert_eq!(texts[9], "");
        assert_eq!(texts[15], "== Tails ==");
        assert_eq!(texts[18], "Command: ``tail LENGTH``");
        // a definition line right under other text is left as typed: it
        // may be code, kept as typed, which would lose the names joined
        let mut run = split("    -- x\n -- Command: a B\n -- Command: a B\n     Text.\n");
        definitions(&mut run, 0);
        assert_eq!(run.len(), 4);
        assert_eq!(run[1].text, "-- Command: a B");
        let mut plain = split("Kites\n*****\n\nText.\n");
        assert!(prepare(&mut plain, 0).is_none());
    }

    #[test]
    fn a_menu_ends_at_text_after_it() {
        let text = "File: k.info,  Node: Top,  Up: (dir)\n\n* Menu:\n\n* Tails::\n\nKites\n* Kinds::\n\nCopyright 2020 the kite club.\n";
        let mut lines = split(text);
        let kept = furniture(&mut lines, 0);
        assert_eq!(kept.lines().count(), 5);
        assert_eq!(lines[9].text, "Copyright 2020 the kite club.");
    }

    #[test]
    fn references_and_quotes() {
        assert_eq!(
            references("*Note Tails::, for more."),
            "See Tails, for more."
        );
        assert_eq!(
            references("see *note the tail: Tails."),
            "see the tail (Tails)."
        );
        assert_eq!(
            quotes("users' homes and 'x' or `y'."),
            "users' homes and ``x`` or ``y``."
        );
        assert_eq!(strip_number("Appendix A Extra"), "Appendix A Extra");
        assert_eq!(strip_number("A.2 Tables"), "Tables");
        assert_eq!(strip_number("2.3.1 Speed limits"), "Speed limits");
    }
}
