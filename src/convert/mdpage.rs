//! A page written in GitHub-flavoured Markdown (ATX `#` headings with a
//! fenced code block, a pipe table or an inline link): its lines in,
//! whether it is one; its text in, the page read by the project's own
//! Markdown reader out, with a converter's touches: `**Owner:** team`
//! lines as the contact fields and metadata, `> **Note**` quotes and
//! `**Warning:** text` paragraphs as admonitions.

use super::classify::{code_like, contact_field};
use super::contact::set_meta;
use super::lines::Line;
use super::{Converted, Report};
use crate::doc::{
    AdmonitionKind, Block, BlockKind, DefinitionItem, Inline, Meta, inlines_text, walk_blocks_mut,
};

/// Whether the page is Markdown: two ATX headings or more (`## Setup`,
/// capitalised, not a command under a root prompt) and a construct no
/// plain text has: a closed ```` ``` ```` fence, a table's `|---|` row
/// or an inline link `[text](url)`.
pub fn page(lines: &[Line]) -> bool {
    let mut fence = false;
    let mut fences = 0;
    let mut headings = 0;
    let mut markdown = false;
    for (i, l) in lines.iter().enumerate() {
        let t = l.text.as_str();
        if l.indent <= 3 && t.starts_with("```") {
            fence = !fence;
            fences += usize::from(!fence);
            continue;
        }
        if fence {
            continue;
        }
        if l.indent == 0 && atx(t) {
            headings += 1;
        }
        let delimiter = i > 0 && lines[i - 1].text.starts_with('|') && delimiter_row(t);
        markdown |= delimiter || inline_link(t);
    }
    headings >= 2 && (fences > 0 || markdown)
}

/// `## Heading text`: one to six `#`, a space, a capital letter or digit,
/// and no command.
fn atx(text: &str) -> bool {
    let hashes = text.chars().take_while(|&c| c == '#').count();
    let rest = &text[hashes..];
    (1..=6).contains(&hashes)
        && rest
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        && !code_like(rest.trim())
}

/// A table's delimiter row: `|---|:---:|`, cells of dashes and colons.
fn delimiter_row(text: &str) -> bool {
    let cells: Vec<&str> = text.trim().trim_matches('|').split('|').collect();
    text.starts_with('|')
        && cells.iter().all(|c| {
            let c = c.trim().trim_matches(':');
            c.len() >= 3 && c.chars().all(|ch| ch == '-')
        })
}

/// `[text](http...)` somewhere in the line.
fn inline_link(text: &str) -> bool {
    text.match_indices("](")
        .any(|(i, _)| text[..i].contains('[') && text[i + 2..].contains(')'))
}

/// Reads a Markdown page into the converter's document.
pub fn read(text: &str) -> Converted {
    let mut doc = crate::markup::markdown::parse(&mend_fences(text));
    let mut report = Report::default();
    fields(&mut doc.blocks, &mut doc.meta, &mut report);
    walk_blocks_mut(&mut doc.blocks, &mut admonition);
    walk_blocks_mut(&mut doc.blocks, &mut attribution);
    walk_blocks_mut(&mut doc.blocks, &mut empty_fence);
    super::mdhtml::unknown_tags_as_text(&mut doc.blocks);
    super::tally(&doc.blocks, &mut report);
    report.title = doc.title();
    Converted { doc, report }
}

/// The text with each fence mended for the reader, in one pass over the
/// fences: the body of one typed back at the margin under an indented
/// opening line (```` ```sh ```` at three spaces in a list item, the
/// command at none, the closing ```` ``` ```` at three again) indented to
/// its fence, as its author meant it (read as it stands, the body would
/// end the list item and the fence would be empty; a closing fence typed
/// at the margin as well is set in with it); and an opening line whose
/// info string is more than a language word (```` ```sh 2) then ````,
/// ```` ~~~ A: the queue ````) split into the rest, a line of text over
/// it, and the fence opened by its language alone (a lower-case word):
/// the reader keeps the first word as the language and drops the others.
/// A closed fence's body is left as written, fence-like lines in it too.
fn mend_fences(text: &str) -> String {
    let indent = |l: &str| l.len() - l.trim_start_matches(' ').len();
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    let mut i = 0;
    while i < lines.len() {
        let t = lines[i].trim_start();
        let Some(mark) = ["```", "~~~"].into_iter().find(|m| t.starts_with(m)) else {
            i += 1;
            continue;
        };
        let fence = |l: &str| l.trim().len() >= 3 && l.trim().chars().all(|c| mark.starts_with(c));
        let close = (i + 1..lines.len()).find(|&k| fence(&lines[k]));
        let at = indent(&lines[i]);
        if let Some(close) = close
            && at > 0
            && indent(&lines[close]) <= at
        {
            set_in(&mut lines[i + 1..=close], at);
        }
        if let Some(captioned) = caption(&lines[i]) {
            lines[i] = captioned;
        }
        // (an opening never closed may be no fence to the reader, indented
        // four or more: the lines after it are read on as fences)
        i = close.map_or(i + 1, |c| c + 1);
    }
    let mut out = lines.join("\n");
    if text.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// Sets a fence's body lines left of its opening line's indentation `at`
/// in by `at`, and its closing line (the last of `lines`) at `at`.
fn set_in(lines: &mut [String], at: usize) {
    let Some((close, body)) = lines.split_last_mut() else {
        return;
    };
    for l in body {
        if !l.trim().is_empty() && l.len() - l.trim_start_matches(' ').len() < at {
            l.insert_str(0, &" ".repeat(at));
        }
    }
    // (a closing fence typed back at the margin too closes it there)
    *close = format!("{}{}", " ".repeat(at), close.trim_start());
}

/// An opening fence line with more than a language word after its marks,
/// as the words over it and the fence opened by the language alone
/// (none when the first word is not one); `None` for any other line.
fn caption(line: &str) -> Option<String> {
    let t = line.trim_start();
    let marks = t.chars().take_while(|&c| c == '`' || c == '~').count();
    let info = t[marks..].trim();
    let lang = info.split_whitespace().next().unwrap_or("");
    if marks < 3
        || !t[..marks].chars().all(|c| t.starts_with(c))
        || info == lang
        || info.contains('`')
    {
        return None;
    }
    let word = lang
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "+-_".contains(c));
    let (lang, rest) = if word {
        (lang, info[lang.len()..].trim())
    } else {
        ("", info)
    };
    let lead = &line[..line.len() - t.len()];
    Some(format!("{lead}{rest}\n{lead}{}{lang}", &t[..marks]))
}

/// Paragraphs of `**Name:** value` lines, under a contact heading or
/// with a contact field among two or more, as a definition list; their
/// values fill the metadata.
fn fields(blocks: &mut [Block], meta: &mut Meta, report: &mut Report) {
    let mut section = String::new();
    for b in blocks {
        match &mut b.kind {
            BlockKind::Heading { content, .. } => section = inlines_text(content).to_lowercase(),
            BlockKind::Paragraph(content) => {
                let Some(items) = field_lines(content) else {
                    continue;
                };
                let contact = items
                    .iter()
                    .any(|(n, _)| contact_field(&format!("{n}:")).is_some());
                let note = items
                    .iter()
                    .any(|(n, _)| AdmonitionKind::from_name(n).is_some());
                if note || !(section.contains("contact") || (contact && items.len() >= 2)) {
                    continue;
                }
                let defs = items
                    .into_iter()
                    .map(|(name, value)| {
                        set_meta(meta, &name, &inlines_text(&value));
                        report.fields += 1;
                        DefinitionItem {
                            line: b.line,
                            term: vec![Inline::Text(name)],
                            classifiers: Vec::new(),
                            definition: vec![Block::new(b.line, BlockKind::Paragraph(value))],
                        }
                    })
                    .collect();
                b.kind = BlockKind::DefinitionList(defs);
            }
            _ => {}
        }
    }
}

/// The lines of a paragraph if each is a field, `**Name:** value` (or
/// `**Name**: value`): their names and values.
fn field_lines(content: &[Inline]) -> Option<Vec<(String, Vec<Inline>)>> {
    content
        .split(|i| matches!(i, Inline::SoftBreak | Inline::HardBreak))
        .map(|line| {
            let (name, rest) = label(line)?;
            let words = name.split_whitespace().count();
            (words <= 3 && name.starts_with(char::is_uppercase) && !rest.is_empty())
                .then_some((name, rest))
        })
        .collect()
}

/// A run of inlines opening with a bold label, `**Name:**` or
/// `**Name**:`: the name and the inlines after it, the colon and space
/// taken off.
fn label(line: &[Inline]) -> Option<(String, Vec<Inline>)> {
    let (Inline::Strong(inner), rest) = line.split_first()? else {
        return None;
    };
    let bold = inlines_text(inner);
    let mut rest = rest.to_vec();
    let name = match bold.trim().strip_suffix(':') {
        Some(name) => name.to_string(),
        None => {
            let Some(Inline::Text(t)) = rest.first_mut() else {
                return None;
            };
            *t = t.strip_prefix(':')?.to_string();
            bold.trim().to_string()
        }
    };
    if let Some(Inline::Text(t)) = rest.first_mut() {
        *t = t.trim_start().to_string();
        if t.is_empty() {
            rest.remove(0);
        }
    }
    Some((name, rest))
}

/// A quote opening with a bold admonition name (`> **Note**` over its
/// text, GitHub's older alert) or a paragraph opening with one and a
/// colon (`**Warning:** text`): the admonition.
fn admonition(b: &mut Block) {
    let (kind, blocks) = match &mut b.kind {
        BlockKind::BlockQuote { blocks, .. } => match opening(blocks, false) {
            Some(kind) => (kind, std::mem::take(blocks)),
            None => return,
        },
        BlockKind::Paragraph(_) => {
            let mut blocks = vec![b.clone()];
            match opening(&mut blocks, true) {
                Some(kind) => (kind, blocks),
                None => return,
            }
        }
        _ => return,
    };
    b.kind = BlockKind::Admonition {
        kind,
        title: None,
        blocks,
    };
}

/// A quote's last paragraph typed as two dashes and a name (`> -- Sam
/// Roe`; the reader takes `> — Sam Roe` itself): the quote's attribution.
fn attribution(b: &mut Block) {
    if let BlockKind::BlockQuote {
        blocks,
        attribution: attribution @ None,
    } = &mut b.kind
    {
        *attribution = crate::markup::markdown::attribution::take(blocks, &["-- "]);
    }
}

/// A fence the reader found empty though it names a language (its body
/// typed left of an opening line set in under a list item ends the item
/// first): its opening marks and language, kept as the text they are,
/// since a writer has no block to put the language on.
fn empty_fence(b: &mut Block) {
    if let BlockKind::CodeBlock {
        lang: Some(lang),
        code,
        ..
    } = &b.kind
        && code.trim().is_empty()
    {
        b.kind = BlockKind::Paragraph(vec![Inline::Text(format!("```{lang}"))]);
    }
}

/// Takes a bold admonition name off the first paragraph of `blocks`
/// (with its colon, required when `colon`): the admonition's kind.
fn opening(blocks: &mut Vec<Block>, colon: bool) -> Option<AdmonitionKind> {
    let Some(BlockKind::Paragraph(content)) = blocks.first().map(|b| &b.kind) else {
        return None;
    };
    let Some(Inline::Strong(inner)) = content.first() else {
        return None;
    };
    let bold = inlines_text(inner);
    let word = bold.trim().trim_end_matches(':');
    let kind = AdmonitionKind::from_name(word).filter(|k| *k != AdmonitionKind::Generic)?;
    let (_, mut rest) = match label(content) {
        Some(l) => l,
        None if !colon => (String::new(), content[1..].to_vec()),
        None => return None,
    };
    while matches!(rest.first(), Some(Inline::SoftBreak | Inline::HardBreak)) {
        rest.remove(0);
    }
    if rest.is_empty() {
        blocks.remove(0);
    } else {
        blocks[0].kind = BlockKind::Paragraph(rest);
    }
    Some(kind)
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_empty_fence_naming_a_language_keeps_the_name_as_text() {
        let text = "# Kiln\n\n## Firing\n\n   1. Light it:\n      ```sh\n   kilnctl fire\n            ```\n\nSee [the notes](https://kiln.example.org).\n";
        let doc = super::read(text).doc;
        let rst = crate::write::rst::write(&doc);
        assert!(rst.contains(r"\`\`\`sh"), "{rst}");
        assert!(rst.contains("kilnctl fire"), "{rst}");
    }

    #[test]
    fn a_fence_info_string_of_several_words_is_a_line_over_it() {
        let text = "```sh 2) then\nls\n```\n  ~~~ A: full\n  ~~~\n```bash\n";
        assert_eq!(
            super::mend_fences(text),
            "2) then\n```sh\nls\n```\n  A: full\n  ~~~\n  ~~~\n```bash\n"
        );
    }

    #[test]
    fn a_fence_like_line_in_a_fence_body_is_left_as_written() {
        let text = "~~~\n```sh 2) then\nls\n```\n~~~\n";
        assert_eq!(super::mend_fences(text), text);
        let unclosed = "      ```\n~~~ A: full\n";
        assert_eq!(super::mend_fences(unclosed), "      ```\nA: full\n~~~\n");
    }

    #[test]
    fn a_fence_body_typed_at_the_margin_joins_its_item() {
        let text = "1. Check:\n   ```sh\nflowctl status\n  --all\n   ```\n2. Done.\n";
        assert_eq!(
            super::mend_fences(text),
            "1. Check:\n   ```sh\n   flowctl status\n     --all\n   ```\n2. Done.\n"
        );
        let text = "1. Check:\n   ```sh\nflowctl status\n```\n2. Done.\n";
        assert_eq!(
            super::mend_fences(text),
            "1. Check:\n   ```sh\n   flowctl status\n   ```\n2. Done.\n"
        );
        let kept = "```\nls\n```\n";
        assert_eq!(super::mend_fences(kept), kept);
    }

    use super::*;
    use crate::convert::lines::split;

    /// The attribution of the page's first block quote, and how many
    /// blocks the quote keeps.
    fn quote_of(md: &str) -> (Option<String>, usize) {
        let doc = read(md).doc;
        let quote = doc.blocks.iter().find_map(|b| match &b.kind {
            BlockKind::BlockQuote {
                blocks,
                attribution,
            } => Some((attribution.as_deref().map(inlines_text), blocks.len())),
            _ => None,
        });
        quote.expect("a quote")
    }

    #[test]
    fn a_dash_and_a_name_under_a_quote_is_its_attribution() {
        let said = "> Keep the spare key.\n>\n> — Ada *Ng*\n";
        assert_eq!(quote_of(said), (Some("Ada Ng".into()), 1));
        let typed = "> Keep the spare key.\n>\n> -- ops team\n";
        assert_eq!(quote_of(typed), (Some("ops team".into()), 1));
        // a dash line alone, one that runs on, or a long one, is quoted text
        assert_eq!(quote_of("> — Ada Ng\n").0, None);
        let wrapped = "> Keep it.\n>\n> — Ada Ng,\n> on call\n";
        assert_eq!(quote_of(wrapped), (None, 2));
        let long = "> Keep it.\n>\n> -- and that is all there is to say about it\n";
        assert_eq!(quote_of(long), (None, 2));
    }

    #[test]
    fn markdown_pages_need_headings_and_markdown() {
        let md = "# Boats\n\n## Launch\n\n```sh\nlaunch --now\n```\n";
        assert!(page(&split(md)));
        let md = "# Boats\n\n## Launch\n\nSee [the guide](https://x.example).\n";
        assert!(page(&split(md)));
        // root prompts are no headings; a fence alone is no Markdown page
        let plain = "Boats\n\n# launch --now\n# dock\n\n```\nx\n```\n";
        assert!(!page(&split(plain)));
        assert!(!page(&split("# Boats\n## Launch\n\nRow the boat.\n")));
    }

    #[test]
    fn bold_fields_and_notes() {
        let c = read(
            "# Boats\n\n## Contact\n\n**Owner:** Harbour team\n**Purpose:** rowing\n\n\
             > **Note**\n> Oars first.\n\n**Warning:** wet paint\n",
        );
        assert_eq!(c.doc.meta.owner.as_deref(), Some("Harbour team"));
        let kinds: Vec<_> = c.doc.blocks.iter().map(|b| &b.kind).collect();
        assert!(matches!(kinds[2], BlockKind::DefinitionList(d) if d.len() == 2));
        assert!(matches!(
            kinds[3],
            BlockKind::Admonition { kind: AdmonitionKind::Note, blocks, .. } if blocks.len() == 1
        ));
        assert!(matches!(
            kinds[4],
            BlockKind::Admonition {
                kind: AdmonitionKind::Warning,
                ..
            }
        ));
    }
}
