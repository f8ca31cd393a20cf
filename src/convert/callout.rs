//! Sections that are admonitions in disguise: a heading that starts with
//! `Important`, `Note` or `Warning` (`Important Notice About Backups`)
//! over a few paragraphs becomes an admonition of that kind, the rest of
//! the heading its first line, as a careful human converts it; and the
//! labels (`Note: text`, a lone `* Note -- text` bullet) that make a
//! paragraph an admonition; a `Note that ...` remark right under a
//! literal block becomes a note too, and so does a lone bullet set off
//! under a numbered step, the steps going on after it.

use super::classify::list_marker;
use super::lines::Line;
use crate::doc::{AdmonitionKind, Block, BlockKind, Inline, ListKind, inlines_text};

/// Rewrites, in place, every such section of `blocks` (the top-level
/// blocks of a page) that has no subsections.
pub fn sections_to_admonitions(blocks: &mut Vec<Block>) {
    let mut i = 0;
    while i < blocks.len() {
        if let Some((kind, rest)) = callout(&blocks[i]) {
            let end = section_end(blocks, i);
            let level = heading_level(&blocks[i]);
            let nested = blocks.get(end).and_then(heading_level) > level;
            if end > i + 1 && !nested && plain_body(&blocks[i + 1..end]) {
                let body: Vec<Block> = blocks.drain(i + 1..end).collect();
                let line = blocks[i].line;
                blocks[i] = admonition(kind, rest, body, line);
            }
        }
        i += 1;
    }
}

/// Rewrites, in place, each paragraph of `blocks` that starts `Note
/// that` right after a literal block into a note: a remark on the
/// commands above it.
pub fn remarks_to_notes(blocks: &mut [Block]) {
    for i in 1..blocks.len() {
        let after_code = matches!(blocks[i - 1].kind, BlockKind::CodeBlock { .. });
        if let BlockKind::Paragraph(content) = &blocks[i].kind
            && after_code
            && inlines_text(content).starts_with("Note that ")
        {
            let para = blocks[i].clone();
            let kind = BlockKind::Admonition {
                kind: AdmonitionKind::Note,
                title: None,
                blocks: vec![para],
            };
            blocks[i] = Block::new(blocks[i].line, kind);
        }
    }
}

/// Makes the lone bullet that ends a step of a numbered list, the steps
/// going on after it, a note (`3. Set the path` / blank / `* The path is
/// read by the client` / `4. Save it`): an aside on the step above, not a
/// list of one (under a step ending with `:` it is what the colon
/// announces). `item` is the step's blocks; the bullet may end the last
/// item of a list ending the step; `set_off` tells whether the bullet's
/// line is a marked line with a blank line above it.
pub fn trailing_aside(item: &mut [Block], set_off: &dyn Fn(u32) -> bool) {
    let [.., before, last] = item else {
        return;
    };
    let BlockKind::List(list) = &mut last.kind else {
        return;
    };
    if let [one] = list.items.as_slice()
        && list.kind == ListKind::Bullet
        && let [para] = one.blocks.as_slice()
        && let BlockKind::Paragraph(content) = &para.kind
        && !inlines_text(content).trim_end().ends_with(':')
        && !matches!(before.kind, BlockKind::List(_))
        && !matches!(&before.kind, BlockKind::Paragraph(c) if inlines_text(c).ends_with(':'))
        && set_off(one.line)
    {
        let kind = BlockKind::Admonition {
            kind: AdmonitionKind::Note,
            title: None,
            blocks: vec![para.clone()],
        };
        *last = Block::new(last.line, kind);
    } else if let Some(inner) = list.items.last_mut() {
        trailing_aside(&mut inner.blocks, set_off);
    }
}

/// The kind a heading names by its first word, and the words after it
/// (`Note about backups`: a note, `About backups`).
fn callout(block: &Block) -> Option<(AdmonitionKind, String)> {
    let BlockKind::Heading { level, content, .. } = &block.kind else {
        return None;
    };
    if *level < 2 {
        return None;
    }
    let text = inlines_text(content);
    // a heading that is only the word (`NOTE`, `Warning:`) over its text
    if let Some(kind) =
        super::classify::admonition_word(text.trim()).and_then(AdmonitionKind::from_name)
    {
        return Some((kind, String::new()));
    }
    let (first, rest) = text.trim().split_once(' ')?;
    let kind = match first.trim_end_matches(':') {
        "Important" | "IMPORTANT" => AdmonitionKind::Important,
        "Note" | "NOTE" => AdmonitionKind::Note,
        "Warning" | "WARNING" => AdmonitionKind::Warning,
        _ => return None,
    };
    // `Important files` names a section; `Important note about`, `Note
    // on`, `Warning: ...` call something out
    let labelled = first.ends_with(':') || rest.starts_with([':', '-']);
    let rest = rest.trim_start_matches([':', '-', ' ']).trim();
    let next = rest.split(' ').next().unwrap_or("").to_lowercase();
    const CALLING: [&str; 7] = [
        "about",
        "on",
        "notice",
        "note",
        "regarding",
        "concerning",
        "for",
    ];
    if !labelled && !CALLING.contains(&next.as_str()) {
        return None;
    }
    let mut chars = rest.chars();
    let head = chars.next()?;
    Some((kind, head.to_uppercase().chain(chars).collect()))
}

fn heading_level(block: &Block) -> Option<u8> {
    match block.kind {
        BlockKind::Heading { level, .. } => Some(level),
        _ => None,
    }
}

/// The index of the next heading after `i`, or the end.
fn section_end(blocks: &[Block], i: usize) -> usize {
    (i + 1..blocks.len())
        .find(|&k| heading_level(&blocks[k]).is_some())
        .unwrap_or(blocks.len())
}

/// Whether a section body reads as one admonition: paragraphs, literal
/// blocks, lists, or a single admonition already (the dump's icon).
fn plain_body(body: &[Block]) -> bool {
    body.iter().all(|b| {
        matches!(
            b.kind,
            BlockKind::Paragraph(_) | BlockKind::CodeBlock { .. } | BlockKind::List(_)
        )
    }) || matches!(
        body,
        [Block {
            kind: BlockKind::Admonition { .. },
            ..
        }]
    )
}

fn admonition(kind: AdmonitionKind, rest: String, body: Vec<Block>, line: u32) -> Block {
    let mut inner = Vec::new();
    if !rest.is_empty() {
        inner.push(Block::new(
            line,
            BlockKind::Paragraph(vec![Inline::Text(rest)]),
        ));
    }
    for b in body {
        match b.kind {
            BlockKind::Admonition { blocks, .. } => inner.extend(blocks),
            _ => inner.push(b),
        }
    }
    let kind = BlockKind::Admonition {
        kind,
        title: None,
        blocks: inner,
    };
    Block::new(line, kind)
}

/// `Note: text`, `WARNING: text`, `CAUTION: text`, `NOTE - text`,
/// `NOTE -- text` or `Warning - text`: the kind of admonition and the
/// length of the label with its separator.
pub fn label(text: &str) -> Option<(AdmonitionKind, usize)> {
    // MoinMoin's warning sign `/!\` and its info sign `{i}`
    for (sign, kind) in [
        ("/!\\ ", AdmonitionKind::Warning),
        ("{i} ", AdmonitionKind::Note),
    ] {
        if let Some(rest) = text.strip_prefix(sign)
            && !rest.trim().is_empty()
        {
            return Some((kind, text.len() - rest.trim_start().len()));
        }
    }
    // the dump's icon with its text on the line (`[64]Note.png Keep ...`)
    if let Some((icon, rest)) = text.split_once(".png ")
        && let Some(name) = super::classify::note_icon(&format!("{icon}.png"))
        && !rest.trim().is_empty()
    {
        let kind = AdmonitionKind::from_name(name)?;
        return Some((kind, text.len() - rest.trim_start().len()));
    }
    // a label in capitals may end with a dash (`NOTE - text`), one in
    // capitalised words with a single dash (`Warning - text`)
    let caps = text
        .split_whitespace()
        .next()
        .is_some_and(|w| w.chars().all(|c| c.is_ascii_uppercase()));
    let seps: &[&str] = if caps {
        &[": ", " - ", " -- "]
    } else {
        &[": ", " - "]
    };
    label_with(text, seps)
}

/// Whether `lines[i]`, a label's line with a short value and no
/// sentence in it (`Warning: 30 seconds`), is one row of `Name: value`
/// rows set one a line at its margin, another right over or under it
/// and no note's label itself (`Critical: 300 seconds`), or of
/// `Name - value` rows (`Warning - look within the hour` / `Critical -
/// page the on-call now`): a field of the record whose name happens to
/// be a note's word, not a note.
pub(super) fn among_fields(lines: &[Line], i: usize) -> bool {
    let l = &lines[i];
    let short = l.text.split_whitespace().count() <= 8 && !l.text.contains(". ");
    let row = |k: &Line| {
        !k.blank()
            && k.indent == l.indent
            && super::contact::other_field(&k.text).is_some()
            && label(&k.text).is_none()
    };
    let dashed = dash_row(&l.text);
    let row = |k: &Line| row(k) || (dashed && k.indent == l.indent && dash_row(&k.text));
    short && ((i > 0 && row(&lines[i - 1])) || lines.get(i + 1).is_some_and(row))
}

/// Whether `text` is a `Name - value` row (`Critical - page the on-call
/// now`): one capitalised word of letters, ` - `, then text, as levels or
/// parts are listed one a line; a `Warning - ...` among such rows is one
/// of them, not a note.
fn dash_row(text: &str) -> bool {
    text.split_once(" - ").is_some_and(|(name, rest)| {
        name.starts_with(|c: char| c.is_ascii_uppercase())
            && name.chars().all(|c| c.is_ascii_alphabetic())
            && !rest.trim().is_empty()
    })
}

/// Whether a line opens with a label in capitals (`NOTE - text`,
/// `WARNING: text`): one the author set at the line's start on purpose.
pub fn caps_label(text: &str) -> bool {
    let word = text.split([' ', ':']).next().unwrap_or("");
    label(text).is_some() && word.len() >= 3 && word.chars().all(|c| c.is_ascii_uppercase())
}

/// Whether `line`, right under `prev` ending a sentence, opens a label
/// set off on purpose: in capitals (`NOTE - text`), or any label set in
/// deeper than the line above (`asset list.` / `<TAB>Note: the remote
/// hands ...`), a paragraph of its own, not the sentence running on.
pub fn label_after(prev: &Line, line: &Line) -> bool {
    prev.text.ends_with(['.', '!', '?', ':'])
        && (caps_label(&line.text) || (line.indent > prev.indent && label(&line.text).is_some()))
}

/// Whether `lines[k]`, at the margin of the paragraph opened at
/// `lines[i]` two lines up or more, opens a `Note:` or `Warning:` label
/// right under a line ending a sentence (`... corrected, not the shelf.` /
/// `Note: the spares for db01 are kept back`): the note on the paragraph,
/// set apart. (Under a sentence of one line the writers as often go on
/// with the label in the same paragraph, and it is left there.)
pub fn label_closing(lines: &[Line], i: usize, k: usize) -> bool {
    let (Some(prev), Some(line)) = (k.checked_sub(1).and_then(|p| lines.get(p)), lines.get(k))
    else {
        return false;
    };
    k >= i + 2
        && line.indent == prev.indent
        && prev.text.ends_with(['.', '!', '?'])
        && label_with(&line.text, &[": "]).is_some()
}

/// A label that ends with one of `seps` (`: `, `, `, ` -- `).
fn label_with(text: &str, seps: &[&str]) -> Option<(AdmonitionKind, usize)> {
    const KNOWN: [&str; 15] = [
        "Note",
        "NOTE",
        "Warning",
        "WARNING",
        "Important",
        "IMPORTANT",
        "Caution",
        "CAUTION",
        "Danger",
        "DANGER",
        "Tip",
        "TIP",
        "Hint",
        "HINT",
        // nota bene, the team's own `NB: text`
        "NB",
    ];
    let word = KNOWN.into_iter().find(|w| text.starts_with(w))?;
    let after = &text[word.len()..];
    let sep = seps.iter().find(|s| after.starts_with(**s))?;
    let rest = &after[sep.len()..];
    if rest.trim().is_empty() {
        return None;
    }
    let skip = word.len() + sep.len() + (rest.len() - rest.trim_start().len());
    let kind = match word {
        "NB" => AdmonitionKind::Note,
        _ => AdmonitionKind::from_name(word)?,
    };
    Some((kind, skip))
}

/// Whether a line opens with a note to the team (`TODO: ...`, `FIXME:`,
/// `XXX:`, `NB:`, `N.B.`): after a full stop, it starts a paragraph of
/// its own rather than running on from the sentence before.
pub fn work_note(text: &str) -> bool {
    [
        "TODO:", "TODO ", "FIXME:", "FIXME ", "XXX:", "NB:", "NB ", "N.B. ", "N.B.:",
    ]
    .iter()
    .any(|p| text.starts_with(p))
}

/// Whether a line opens with a label in double stars (`**Who:** the
/// rota`, `**When**: quarterly`): one field a line, each a paragraph of
/// its own.
pub fn bold_label(text: &str) -> bool {
    let Some(rest) = text.strip_prefix("**") else {
        return false;
    };
    rest.find("**").is_some_and(|e| {
        let label = &rest[..e];
        let after = &rest[e + 2..];
        (label.ends_with(':') || after.starts_with(':'))
            && (1..=4).contains(&label.split_whitespace().count())
    })
}

/// Whether a line opens with a note's label its author set in bold marks
/// (`'''Warning:''' run it as the service user`, `**Note:** ...`; the
/// marks are gone from its text, not from the line as typed): a note set
/// off on purpose, never words the sentence before wraps onto.
pub fn marked_note(line: &Line) -> bool {
    let raw = line.raw.trim_start();
    label(&line.text).is_some()
        && ["'''", "**", "*"].iter().any(|m| {
            raw.strip_prefix(m)
                .is_some_and(|r| r.starts_with(char::is_alphabetic))
        })
}

/// A bullet standing alone, no other bullet beside it, whose text is
/// labelled (`* Note -- the page also shows the totals`, `* Note, ...`):
/// an aside set off as an item, the kind and the length of marker and
/// label.
pub fn lone_bullet(lines: &[Line], i: usize) -> Option<(AdmonitionKind, usize)> {
    let l = &lines[i];
    let (kind, _, width) = list_marker(&l.text)?;
    let (adm, n) = label_with(&l.text[width..], &[": ", ", ", " -- ", " - "])?;
    let bullet_at =
        |k: &Line| k.indent == l.indent && list_marker(&k.text).is_some_and(|(c, _, _)| c == kind);
    let prev = lines[..i].iter().rev().find(|k| !k.blank());
    let next = lines[i + 1..]
        .iter()
        .find(|k| !k.blank() && k.indent <= l.indent);
    let alone =
        "*-+".contains(kind) && !prev.is_some_and(bullet_at) && !next.is_some_and(bullet_at);
    alone.then_some((adm, width + n))
}

/// A paragraph wholly in parentheses that starts with a label, `(note:
/// text).`, from `lines[i]` to `end`: an aside; the kind and the length
/// of the opening parenthesis and label.
pub fn aside(lines: &[Line], i: usize, end: usize) -> Option<(AdmonitionKind, usize)> {
    let inner = lines[i].text.strip_prefix('(')?;
    let (word, _) = inner.split_once(": ")?;
    let kind = ["note", "warning", "important"]
        .into_iter()
        .find(|k| word.eq_ignore_ascii_case(k))?;
    let closed = lines[end - 1].text.trim_end_matches('.').ends_with(')');
    let nested = lines[i..end]
        .iter()
        .map(|l| l.text.matches('(').count())
        .sum::<usize>();
    (closed && nested == 1).then_some((AdmonitionKind::from_name(kind)?, 1 + word.len() + 2))
}

/// A paragraph set between runs of stars or bangs, from `lines[i]` to
/// `end`, that starts with a label (`*** WARNING: text ... ***`, `!!
/// NOTE: text !!`): a banner
/// calling the text out; the kind and the length of the stars and label.
pub fn starred(lines: &[Line], i: usize, end: usize) -> Option<(AdmonitionKind, usize)> {
    let text = &lines[i].text;
    let mark = text.chars().next().filter(|c| matches!(c, '*' | '!'))?;
    let stars = text.chars().take_while(|&c| c == mark).count();
    let inner = text[stars..].strip_prefix(' ')?;
    let (kind, n) = label(inner)?;
    let closed = lines[end - 1]
        .text
        .strip_suffix(&text[..stars])
        .is_some_and(|t| t.ends_with(' '));
    (stars >= 2 && closed).then_some((kind, stars + 1 + n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_heading_with_a_kind_word_alone_or_calling_out_is_a_callout() {
        let h = |t: &str| {
            Block::new(
                1,
                BlockKind::Heading {
                    level: 2,
                    ids: Vec::new(),
                    content: vec![Inline::Text(t.into())],
                },
            )
        };
        let (kind, rest) = callout(&h("Important notice about the disks")).unwrap();
        assert_eq!(
            (kind, rest.as_str()),
            (AdmonitionKind::Important, "Notice about the disks")
        );
        assert!(callout(&h("Notes")).is_none());
        // the word alone (`NOTE` over its text) is the note itself
        assert_eq!(
            callout(&h("NOTE")),
            Some((AdmonitionKind::Note, String::new()))
        );
        assert!(callout(&h("Notable hosts")).is_none());
        assert!(callout(&h("Important files")).is_none());
        assert!(callout(&h("Warning signs of a full disk")).is_none());
        assert!(callout(&h("Note on the spare keys")).is_some());
        assert!(callout(&h("Warning: the gate sticks")).is_some());
    }

    #[test]
    fn a_dashed_label_among_dashed_rows_is_a_row() {
        let split = crate::convert::lines::split;
        let rows = split("Warning - look within the hour\nCritical - page the on-call now\n");
        assert!(among_fields(&rows, 0));
        let alone = split("Warning - the spare disk is not hot-swap\n\nThen pull it.\n");
        assert!(!among_fields(&alone, 0) && label(&alone[0].text).is_some());
    }

    #[test]
    fn a_dumped_icon_with_its_text_on_the_line_is_a_label() {
        let text = "[12]Warning.png Unplug it first.";
        let (kind, skip) = label(text).unwrap();
        assert_eq!(
            (kind, &text[skip..]),
            (AdmonitionKind::Warning, "Unplug it first.")
        );
        assert!(label("[12]Warning.png").is_none() && label("see logo.png here").is_none());
    }

    #[test]
    fn a_starred_banner_with_a_label_is_a_callout() {
        let lines = crate::convert::lines::split("** NOTE: the shed\nis locked. **\n*** x ***\n");
        assert_eq!(starred(&lines, 0, 2).map(|(_, n)| n), Some(9));
        assert!(starred(&lines, 0, 1).is_none() && starred(&lines, 2, 3).is_none());
        let lines = crate::convert::lines::split("!! WARNING: hot\nplates !!\n");
        assert_eq!(starred(&lines, 0, 2).map(|(_, n)| n), Some(12));
    }

    #[test]
    fn labels_end_with_a_separator() {
        assert_eq!(label("Note: keep it dry"), Some((AdmonitionKind::Note, 6)));
        assert_eq!(label("WARNING:  hot"), Some((AdmonitionKind::Warning, 10)));
        assert!(label("Note -- keep it dry").is_none());
        assert_eq!(
            label("Warning - keep it dry"),
            Some((AdmonitionKind::Warning, 10))
        );
        assert!(label("Warning -keep it dry").is_none());
        assert_eq!(label("NOTE - keep it dry"), Some((AdmonitionKind::Note, 7)));
        assert!(label("Note that it is dry").is_none());
        assert!(label("Note: ").is_none());
        // nota bene is a note; the letters inside a word are not
        assert_eq!(label("NB: it is dry"), Some((AdmonitionKind::Note, 4)));
        assert!(label("NBD: it is dry").is_none());
        let lines = crate::convert::lines::split("Text.\n\n* Note -- dry\n\nMore.\n");
        assert_eq!(lone_bullet(&lines, 2), Some((AdmonitionKind::Note, 10)));
        let lines = crate::convert::lines::split("* one\n* Note, dry\n");
        assert!(lone_bullet(&lines, 1).is_none());
        let lines = crate::convert::lines::split("(note: keep it\ndry).\n");
        assert_eq!(aside(&lines, 0, 2), Some((AdmonitionKind::Note, 7)));
        let lines = crate::convert::lines::split("(note: dry) and warm.\n");
        assert!(aside(&lines, 0, 1).is_none());
    }
}
