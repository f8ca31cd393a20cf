//! Legacy plain-text SOPs in (`links -dump` output, underlined headings,
//! flush-left notes, MoinMoin), the shared [`Document`] out, with a report
//! of what was recognised and what was guessed; [`run`] is the
//! `sopbook convert` command around it.

mod activities;
mod admonitions;
mod adoctable;
mod adorned;
mod aligned;
mod annotated;
mod announce;
mod asciidoc;
mod aside;
mod asked;
mod bareline;
mod bbcode;
mod blockrun;
mod body;
mod byline;
mod callout;
mod capsnest;
mod captioned;
mod cases;
mod checklist;
mod classify;
mod cmdshape;
mod codechunk;
mod coded;
mod codedir;
mod codelang;
mod codes;
mod colhead;
mod colonhead;
mod columns;
mod comments;
mod confluence;
mod connective;
mod contact;
mod contents;
mod continued;
mod creole;
mod crontab;
mod csvrow;
mod dashtable;
mod dated;
mod described;
mod dokuwiki;
mod dumped;
mod dumprefs;
mod encoded;
mod encoding;
mod faq;
mod fence;
mod fieldwrap;
mod figurewrap;
mod flushfields;
mod flushsample;
mod framebox;
mod framed;
mod gapped;
mod glossary;
mod gluedhead;
mod grid;
mod gridrows;
mod hashed;
mod headings;
mod headtext;
mod hostlist;
mod indent;
mod infodump;
mod inline;
mod inset;
mod interposed;
mod intro;
mod itemlead;
mod itemrows;
mod itemsample;
mod itemstop;
mod itemtext;
mod keyed;
mod labelhead;
mod labels;
mod leadlist;
mod ledfields;
mod lettered;
mod levels;
mod lines;
mod list;
mod listcode;
mod listpairs;
mod literal;
mod locations;
mod logline;
mod lonefield;
mod longfield;
mod longline;
mod lowerfields;
mod mailhead;
mod manpage;
mod markedrows;
mod markup;
mod mdhtml;
mod mdpage;
mod mdtext;
mod mediawiki;
mod moinremarks;
mod mwnotes;
mod mwrefs;
mod mwtable;
mod namedprompt;
mod names;
mod nextstep;
mod numbered;
mod obullets;
mod org;
mod outline;
mod pairs;
mod parts;
mod passage;
mod pasted;
mod peers;
mod pipetable;
mod podtext;
mod pointed;
mod printed;
mod programs;
mod prose;
mod quote;
mod ragged;
mod recipes;
mod references;
mod remark;
mod reported;
mod rsttable;
mod run;
mod semicomments;
mod separator;
mod session;
mod setback;
mod settingline;
mod setunder;
mod shellprompt;
mod shown;
mod signature;
mod slips;
mod spaced;
mod spanline;
mod sqlclause;
mod stanzas;
mod steps;
mod subhead;
mod tagged;
mod tally;
mod template;
mod terms;
mod textile;
mod tiddly;
mod trac;
mod traceback;
mod tsv;
mod twiki;
mod uimacro;
mod unlisted;
mod unwrapped;
mod vimwiki;
mod wiki;
mod wikitable;
mod wordtext;
mod wraptext;
mod zim;

pub use run::{ConvertArgs, Target, run};

use crate::doc::{Block, BlockKind, Diagnostic, Document, Inline, Meta, Visit, walk_blocks};
use headings::Found;
use levels::{heading, levels, names_page, names_title, nest, shown_title};
use wiki::Flavour;

/// A converted page and what the reader made of it.
#[derive(Debug, Clone)]
pub struct Converted {
    pub doc: Document,
    pub report: Report,
}

/// What the reader recognised, and where it guessed.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub title: Option<String>,
    pub sections: usize,
    pub literal_blocks: usize,
    pub lists: usize,
    pub tables: usize,
    pub admonitions: usize,
    /// Contact fields found (also set as metadata).
    pub fields: usize,
    pub contents: bool,
    /// Places the reader was unsure of, with their input lines.
    pub unsure: Vec<Diagnostic>,
}

impl Report {
    fn unsure(&mut self, line: u32, message: &str) {
        self.unsure.push(Diagnostic::warning(line, message));
    }

    /// One line: `title, 7 sections, 3 literal blocks, contact block (5 fields)`.
    pub fn summary(&self) -> String {
        let mut parts = vec![match &self.title {
            Some(_) => "title".to_string(),
            None => "no title".to_string(),
        }];
        let mut count = |n: usize, what: &str| {
            if n > 0 {
                parts.push(format!("{n} {what}{}", if n == 1 { "" } else { "s" }));
            }
        };
        count(self.sections, "section");
        count(self.literal_blocks, "literal block");
        count(self.lists, "list");
        count(self.tables, "table");
        count(self.admonitions, "admonition");
        if self.fields > 0 {
            let s = if self.fields == 1 { "" } else { "s" };
            parts.push(format!("contact block ({} field{s})", self.fields));
        }
        if self.contents {
            parts.push("contents list".into());
        }
        parts.join(", ")
    }
}

/// Reads legacy plain text. Never fails: what cannot be placed stays a
/// paragraph.
pub fn read(text: &str) -> Converted {
    let text = lines::ascii_bullets(text);
    let text = lines::flush_left(&text);
    let mut lines = lines::split(&text);
    let mut meta = Meta::default();
    if let Some(converted) = mdtext::read(&text, &lines) {
        return converted;
    }
    let from = lines::header(&lines, &mut meta);
    let flavour = wiki::flavour(&lines[from..]);
    if flavour == Flavour::Plain && from == 0 && mdpage::page(&lines) {
        return mdpage::read(&text);
    }
    // (read before `prepare` takes the page's furniture out)
    let pasted = pasted::page(&lines[from..]);
    let (instructions, unannounced, notes) = prepare(&mut lines, from, flavour, &mut meta);
    let remarks = moinremarks::take(&mut lines[from..], flavour == Flavour::Moin);
    // (what the layout tests ask of every line, read once)
    let layout = indent::Layout::read(&lines[from..]);
    let found = headings::find(&lines, from, flavour, &layout, pasted);
    // an Org page's `#+TITLE:` is its title: its `*` headings are sections
    let titled = flavour == Flavour::Org && meta.title.is_some();
    let header = (meta.title.as_deref()).map(|t| shown_title(t, meta.taxonomy.as_deref()));
    let levels = section_levels(&found, &lines, from, titled, pasted, header.as_deref());
    let mut report = Report::default();
    let mut blocks = instructions;
    if !levels.contains(&1)
        && !names_title(&found, meta.title.as_deref())
        && let Some(t) = &meta.title
    {
        blocks.push(heading(1, &shown_title(t, meta.taxonomy.as_deref()), 1));
    }
    let base = base_indent(&lines[from..], &layout.sentence);
    blocks.extend(sections(
        &lines,
        from,
        base,
        &found,
        &levels,
        &mut meta,
        &mut report,
    ));
    moinremarks::place(&mut blocks, remarks);
    contents::moin_depths(&mut blocks, &lines[from..]);
    notes.place(&mut blocks, &inline::parse);
    touch_up(&mut blocks, &lines, flavour, unannounced);
    tally(&blocks, &mut report);
    converted(meta, blocks, report)
}

/// The document of `meta` and `blocks`, with what the report says of its
/// title: the one found, or that none was.
fn converted(meta: Meta, blocks: Vec<Block>, mut report: Report) -> Converted {
    let doc = Document {
        meta,
        blocks,
        ..Document::default()
    };
    report.title = doc.title();
    if report.title.is_none() {
        report.unsure(
            1,
            "found no title: add a `.. title:` line or a first line of its own",
        );
    }
    Converted { doc, report }
}

/// The level of each heading of `found`: by its marks (`levels`), the
/// first the page's title when it shares words with the metadata's
/// `header` title (`names_page`), a
/// pasted page's and a FAQ's headings set under the part they belong to,
/// then nested without gaps.
fn section_levels(
    found: &[Found],
    lines: &[lines::Line],
    from: usize,
    titled: bool,
    pasted: bool,
    header: Option<&str>,
) -> Vec<u8> {
    let mut levels = levels(found, lines, from, titled);
    levels::by_contents(found, lines, &mut levels);
    if !titled && !levels.contains(&1) && names_page(found, lines, from, header) {
        levels[0] = 1;
    }
    if pasted {
        pasted::nest(found, lines, &mut levels);
    }
    faq::nest(found, lines, &mut levels);
    nest(&levels)
}

/// The last stage of `read`, over all of the page's blocks at once: a
/// wiki's inline marks read into the inlines and its one-line code spans
/// made into literal blocks unwrapped (`spanline`), a contents list asked for above
/// the title moved under it, note sections and `Note that` remarks as
/// admonitions, literal blocks split at a `then` between commands, a
/// `:` before each literal block not announced by a
/// directive or fences in `lines` (unless the page sets code off
/// `unannounced`), and term lists blank lines apart joined into one.
fn touch_up(blocks: &mut Vec<Block>, lines: &[lines::Line], flavour: Flavour, unannounced: bool) {
    if flavour != Flavour::Plain {
        crate::doc::for_each_inlines(blocks, &mut |i| inline::wiki_marks(i, flavour));
        spanline::unwrap(blocks);
    }
    contents_under_title(blocks);
    callout::sections_to_admonitions(blocks);
    callout::remarks_to_notes(blocks);
    let mut announced = codedir::opened(lines);
    announced.extend(fence::marked(lines));
    connective::split_at_then(blocks, &announced);
    if !unannounced {
        announce::colon_before_literals(blocks, &announced);
    }
    join_definitions(blocks);
}

/// Rewrites `lines[from..]` for reading: the lines the page's wiki, dump
/// or mail put around the text taken out (back as comments, or into
/// `meta`), its wiki's list and block marks made plain text's; and
/// whether the page sets code off without announcing it with a colon,
/// as Info and pod2text do; and a MediaWiki page's `<ref>` notes.
fn prepare(
    lines: &mut Vec<lines::Line>,
    from: usize,
    flavour: Flavour,
    meta: &mut Meta,
) -> (Vec<Block>, bool, mwrefs::Notes) {
    let mut notes = mwrefs::Notes::default();
    if let Some(decoration) = manpage::prepare(lines, from) {
        return (vec![decoration], false, notes);
    }
    if let Some(decoration) =
        infodump::prepare(lines, from).or_else(|| podtext::prepare(lines, from))
    {
        return (vec![decoration], true, notes);
    }
    let mut instructions = wiki::moin_instructions(&mut lines[from..]);
    instructions.extend(wiki::page_macros(&mut lines[from..]));
    wiki::drop_moin_anchors(&mut lines[from..]);
    instructions.extend(dumped::link_relations(&mut lines[from..]));
    dumped::join_cut_addresses(lines, from);
    dumprefs::drop_furniture(&mut lines[from..]);
    dumprefs::link(&mut lines[from..]);
    dumprefs::bullets(lines, from);
    wordtext::prepare(lines, from, meta);
    obullets::prepare(lines, from);
    slips::bullets(lines, from);
    dumped::drop_edit_links(&mut lines[from..]);
    instructions.extend(mailhead::headers(&mut lines[from..], meta));
    instructions.extend(zim::prepare(&mut lines[from..]));
    instructions.extend(pasted::prepare(&mut lines[from..]));
    match flavour {
        Flavour::Org => {
            instructions.extend(org::header(&mut lines[from..], meta));
            instructions.extend(org::prepare(&mut lines[from..]));
        }
        Flavour::AsciiDoc => instructions.extend(asciidoc::prepare(&mut lines[from..])),
        Flavour::Confluence => {
            confluence::lists(&mut lines[from..]);
            textile::prepare(&mut lines[from..]);
        }
        Flavour::MediaWiki => {
            notes = mwnotes::set_apart(lines, from);
            mediawiki::prepare(&mut lines[from..]);
        }
        Flavour::DokuWiki => dokuwiki::lists(&mut lines[from..]),
        Flavour::Plain | Flavour::Moin => {
            instructions.extend(tiddly::prepare(&mut lines[from..], meta));
            instructions.extend(vimwiki::prepare(&mut lines[from..]));
        }
    }
    wiki::unwrap_moin_fields(&mut lines[from..]);
    hashed::lone_remarks(lines, from);
    slips::numbers(&mut lines[from..]);
    if flavour == Flavour::Plain {
        faq::questions(lines, from);
        steps::steps_to_items(&mut lines[from..]);
    }
    (instructions, false, notes)
}

/// The blocks of the body after the header: the text between the
/// headings found, read by `body`, and the headings at their levels.
/// (`base`: the indentation of the body's prose, `base_indent`.)
fn sections(
    lines: &[lines::Line],
    from: usize,
    base: usize,
    found: &[Found],
    levels: &[u8],
    meta: &mut Meta,
    report: &mut Report,
) -> Vec<Block> {
    let parts = parts::on_page(&lines[from..]);
    // (MoinMoin joins the lines of a paragraph, however long, as it shows
    // the page)
    let unwrapped =
        unwrapped::page(&lines[from..]) && wiki::flavour(&lines[from..]) != Flavour::Moin;
    let mut blocks = Vec::new();
    let mut pos = from;
    let mut section = String::new();
    for (h, level) in found.iter().zip(levels) {
        let mut ctx = body::Ctx {
            section: section.clone(),
            base,
            item: false,
            parts,
            unwrapped,
            meta: &mut *meta,
            report: &mut *report,
        };
        blocks.extend(body::blocks(&lines[pos..h.start], &mut ctx));
        if h.guessed {
            report.unsure(
                h.line,
                &format!("took the lone line `{}` for a heading", h.text),
            );
        }
        blocks.push(heading(*level, &h.text, h.line));
        section = h.text.to_lowercase();
        pos = h.end;
    }
    let mut ctx = body::Ctx {
        section,
        base,
        item: false,
        parts,
        unwrapped,
        meta,
        report,
    };
    blocks.extend(body::blocks(&lines[pos..], &mut ctx));
    blocks
}

/// A contents list asked for above the page's title goes under it: the
/// title opens the page (RST takes no title after a contents list).
fn contents_under_title(blocks: &mut Vec<Block>) {
    let is_title = |b: &Block| matches!(b.kind, BlockKind::Heading { level: 1, .. });
    let contents = |b: &Block| matches!(b.kind, BlockKind::Contents { .. });
    let (Some(c), Some(t)) = (
        blocks.iter().position(contents),
        blocks.iter().position(is_title),
    ) else {
        return;
    };
    if c < t {
        let block = blocks.remove(c);
        blocks.insert(t, block);
    }
}

/// Joins term lists that follow one another, blank lines apart, into
/// one list: the source's terms, each with its definition, are one list
/// (a writer would otherwise keep them apart with an empty comment).
fn join_definitions(blocks: &mut Vec<Block>) {
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    for mut b in std::mem::take(blocks) {
        match &mut b.kind {
            BlockKind::List(list) => {
                for item in &mut list.items {
                    join_definitions(&mut item.blocks);
                }
            }
            BlockKind::Admonition { blocks: inner, .. } => join_definitions(inner),
            BlockKind::DefinitionList(items) => {
                for item in items.iter_mut() {
                    join_definitions(&mut item.definition);
                }
                if let Some(BlockKind::DefinitionList(prev)) = out.last_mut().map(|p| &mut p.kind) {
                    prev.append(items);
                    continue;
                }
            }
            _ => {}
        }
        out.push(b);
    }
    *blocks = out;
}

/// The most common indentation of prose lines (commands that read like
/// words, as SQL does, left out; `sentence`: `Layout::sentence` of `lines`).
fn base_indent(lines: &[lines::Line], sentence: &[bool]) -> usize {
    let mut counts = [0usize; 16];
    for (l, _) in lines.iter().zip(sentence).filter(|(_, s)| **s) {
        counts[l.indent.min(15)] += 1;
    }
    (0..16)
        .max_by_key(|&i| (counts[i], usize::MAX - i))
        .unwrap_or(0)
}

fn tally(blocks: &[Block], report: &mut Report) {
    walk_blocks(blocks, &mut |v| {
        if let Visit::Block(b) = v {
            match &b.kind {
                BlockKind::Heading { level, .. } if *level > 1 => report.sections += 1,
                BlockKind::CodeBlock { .. } => report.literal_blocks += 1,
                BlockKind::List(_) => report.lists += 1,
                BlockKind::Table(_) => report.tables += 1,
                BlockKind::Admonition { .. } => report.admonitions += 1,
                _ => {}
            }
        }
    });
}

/// The plain text of a document's inlines and literal text, for checks
/// that no word was lost.
pub fn text_of(doc: &Document) -> String {
    let mut out = String::new();
    walk_blocks(&doc.blocks, &mut |v| match v {
        Visit::Inline(Inline::Text(t) | Inline::Code(t)) => {
            out.push_str(t);
            out.push(' ');
        }
        Visit::Block(Block {
            kind: BlockKind::CodeBlock { code, .. },
            ..
        }) => {
            out.push_str(code);
            out.push(' ');
        }
        _ => {}
    });
    out
}

/// The text of each cell of a table block, row by row (tests only).
#[cfg(test)]
pub(crate) fn table_cells(b: &Block) -> Vec<Vec<String>> {
    let BlockKind::Table(t) = &b.kind else {
        panic!("not a table: {b:?}")
    };
    let text = |c: &crate::doc::Cell| match c.blocks.first().map(|b| &b.kind) {
        Some(BlockKind::Paragraph(i)) => crate::doc::inlines_text(i),
        _ => String::new(),
    };
    t.rows
        .iter()
        .map(|r| r.iter().map(text).collect())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moin_line_breaks_end_fields() {
        let doc = read("= Hives =\n\n'''Owner:''' Keepers<<BR>>\n'''Contact:''' #hives\n").doc;
        assert_eq!(doc.meta.owner.as_deref(), Some("Keepers"));
    }

    /// The level and text of each heading read from the text.
    fn headings(text: &str) -> Vec<(u8, String)> {
        let level = |b: &Block| match &b.kind {
            BlockKind::Heading { level, content, .. } => {
                Some((*level, crate::doc::inlines_text(content)))
            }
            _ => None,
        };
        read(text).doc.blocks.iter().filter_map(level).collect()
    }

    #[test]
    fn moin_sections_from_the_first_line() {
        // several == sections, the first on the page's first line: no title
        let several =
            "== Checks ==\n\nLook.\n\n=== Gauge ===\n\nGreen.\n\n== Radiators ==\n\nTurn.\n";
        let got = headings(several);
        let want = [(2, "Checks"), (3, "Gauge"), (2, "Radiators")];
        assert_eq!(got, want.map(|(l, t)| (l, t.to_string())));
        // a lone == over === sections names the page
        let lone = "== Checks ==\n\nLook.\n\n=== Gauge ===\n\nGreen.\n";
        assert_eq!(headings(lone), [(1, "Checks".into()), (2, "Gauge".into())]);
    }
}
