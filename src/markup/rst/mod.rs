//! reStructuredText reader: RST source text in, a [`Document`] out, with a
//! source line on every block and on every link and cross-reference.
//!
//! It follows the docutils specification: an indentation-aware block
//! parser (`block`, `lists`, `explicit`, `directive`, `table`) cuts the
//! text into body elements the way docutils' state machine does, the inline
//! parser (`inline`) applies the inline-markup recognition rules, and a last
//! pass (`refs`) resolves references to targets of the same document and
//! numbers footnotes. Diagnostics use docutils' wording and lines.
//!
//! Why not `rst_parser` 0.4.2, the crate the project was planned with:
//! measured on all 266 files of the Fedora tree, 12 fail to parse (two blank
//! lines at end of file), 3 panic (`text::` literal blocks are not
//! recognised) and its renderer panics on 105 (`unimplemented!()` on grid
//! tables). Where it does not fail it silently turns enumerated lists,
//! definition lists, field lists, tables and `text::` literal blocks into
//! paragraphs (560 literal blocks in, 34 `<pre>` out; 914 enumerated items
//! in, no `<ol>` out), drops `toctree` and unknown directives, leaves roles
//! as text, carries no line numbers, and parses at about 86 KB/s.

mod block;
mod directive;
mod directives;
mod docfields;
mod enumerator;
mod explicit;
mod ids;
mod include;
mod inline;
mod lines;
mod lists;
mod math;
mod meta;
mod options;
mod pydomain;
mod refs;
mod roles;
mod scan;
mod section;
mod sectnum;
mod stdinc;
mod table;
mod tabledir;
mod targetnotes;
#[cfg(test)]
mod tests;
mod uri;

use std::collections::{HashMap, HashSet};

use crate::doc::{Block, BlockKind, Diagnostic, Document, Label, Meta, Roles};
use crate::markup::Options;

pub use ids::{make_id, normalize_name};

/// Reads RST text into a document.
pub fn parse(text: &str, options: &Options) -> Document {
    let mut p = Parser::new(options);
    let lines = lines::split(text, 1);
    p.last_line = lines.last().map_or(0, |l| l.no);
    let blocks = p.body(&lines, true);
    p.finish(blocks)
}

/// What the reader knows about the document while reading it.
pub(crate) struct Parser<'o> {
    opts: &'o Options,
    diags: Vec<Diagnostic>,
    /// Section adornment styles in order of first appearance.
    styles: Vec<(char, bool)>,
    /// Depth of the current section (0: before any section).
    section_level: usize,
    /// Ids from `.. _name:` targets waiting for the next element.
    pending: Vec<(String, String, u32)>,
    ids: HashSet<String>,
    labels: Vec<Label>,
    targets: refs::Targets,
    /// The language `highlight` set for later `::` blocks.
    highlight: Option<String>,
    include_depth: u32,
    meta: Meta,
    /// Substitution definitions: name as written -> replacement.
    substitutions: HashMap<String, Vec<crate::doc::Inline>>,
    /// Substitutions whose references eat the white space before and
    /// after them (`unicode` `ltrim`, `rtrim`, `trim`).
    substitution_trims: Vec<(String, (bool, bool))>,
    /// True once the document has produced a section heading.
    has_title: bool,
    /// Current nesting of bodies (1: the document itself).
    depth: u32,
    /// The role of interpreted text without one (`default-role`).
    default_role: Option<String>,
    /// True once a `default-role` directive changed `default_role`.
    default_role_set: bool,
    /// How many of `custom_roles` earlier pages declared.
    roles_carried: usize,
    /// Roles declared with the `role` directive: name and base role
    /// (empty: none).
    custom_roles: Vec<(String, String)>,
    /// The number of the document's last line.
    last_line: u32,
    /// True when a `target-notes` directive asks for link footnotes.
    target_notes: bool,
    /// Numbered `math` displays so far.
    equations: u32,
    /// The current Python module (`module`, `currentmodule`).
    py_module: Option<String>,
    /// How many Python class descriptions the reader is inside.
    py_class_depth: u32,
    /// Section numbering asked for by `sectnum`.
    sectnum: Option<sectnum::SectNum>,
}

impl<'o> Parser<'o> {
    fn new(opts: &'o Options) -> Self {
        Parser {
            opts,
            diags: Vec::new(),
            styles: Vec::new(),
            section_level: 0,
            pending: Vec::new(),
            ids: HashSet::new(),
            labels: Vec::new(),
            targets: refs::Targets::default(),
            highlight: None,
            include_depth: 0,
            meta: Meta::default(),
            substitutions: HashMap::new(),
            substitution_trims: Vec::new(),
            has_title: false,
            depth: 0,
            default_role: opts.roles.default_role.clone().filter(|r| !r.is_empty()),
            default_role_set: false,
            roles_carried: opts.roles.declared.len(),
            custom_roles: opts.roles.declared.clone(),
            last_line: 0,
            sectnum: None,
            py_module: None,
            equations: 0,
            target_notes: false,
            py_class_depth: 0,
        }
    }

    fn warn(&mut self, line: u32, message: impl Into<String>) {
        self.diags.push(Diagnostic::warning(line, message));
    }

    fn error(&mut self, line: u32, message: impl Into<String>) {
        self.diags.push(Diagnostic::error(line, message));
    }

    /// A reference to an undefined target or substitution: docutils'
    /// error, and a broken link for the build.
    fn broken_reference(&mut self, line: u32, message: impl Into<String>) {
        self.diags.push(Diagnostic::broken_link(line, message));
    }

    /// A unique element id made from `text` (docutils `set_id`).
    fn unique_id(&mut self, text: &str) -> String {
        let base = make_id(text);
        let mut id = if base.is_empty() {
            "id1".to_string()
        } else {
            base.clone()
        };
        let mut n = 1;
        while self.ids.contains(&id) {
            id = if base.is_empty() {
                format!("id{n}")
            } else {
                format!("{base}-{n}")
            };
            n += 1;
        }
        self.ids.insert(id.clone());
        id
    }

    /// Adds a block, first placing the ids of targets that precede it.
    fn push(&mut self, out: &mut Vec<Block>, block: Block) {
        let mut block = block;
        if let BlockKind::Heading { ids, content, .. } = &mut block.kind {
            let title = crate::doc::inlines_text(content);
            for (name, id, line) in std::mem::take(&mut self.pending) {
                ids.push(id.clone());
                self.labels.push(Label {
                    name,
                    id,
                    title: Some(title.clone()),
                    line,
                });
            }
        }
        self.flush_pending(out);
        out.push(block);
    }

    /// Places waiting target ids as anchors.
    fn flush_pending(&mut self, out: &mut Vec<Block>) {
        for (name, id, line) in std::mem::take(&mut self.pending) {
            out.push(Block::new(line, BlockKind::Anchor(id.clone())));
            self.labels.push(Label {
                name,
                id,
                title: None,
                line,
            });
        }
    }

    fn finish(mut self, mut blocks: Vec<Block>) -> Document {
        self.flush_pending(&mut blocks);
        let docinfo = take_docinfo(&mut blocks);
        refs::resolve(&mut self, &mut blocks);
        directives::parsed_literals(&mut blocks);
        if let Some(n) = &self.sectnum {
            n.apply(&mut blocks);
        }
        let mut meta = std::mem::take(&mut self.meta);
        if self.has_title {
            meta.title = None;
        }
        meta::contact(&blocks, &mut meta);
        if let Some(fields) = docinfo {
            meta::docinfo(&fields, &mut meta);
        }
        let mut diagnostics = self.diags;
        diagnostics.sort_by_key(|d| d.line);
        Document {
            meta,
            blocks,
            labels: self.labels,
            diagnostics,
            roles_after: Roles {
                default_role: self
                    .default_role_set
                    .then(|| self.default_role.unwrap_or_default()),
                declared: self.custom_roles.split_off(self.roles_carried),
            },
        }
    }
}

/// A field list that opens the page, before any title (only comments and
/// raw content may precede it), is docutils' docinfo; Sphinx takes it as
/// page metadata (`:orphan:`, `:tocdepth:`) and does not show it; its
/// SOP fields (`:Owner:`, `:Servers:`) go to the page's metadata.
fn take_docinfo(blocks: &mut Vec<Block>) -> Option<Vec<crate::doc::Field>> {
    let i = blocks
        .iter()
        .position(|b| !matches!(b.kind, BlockKind::Comment(_) | BlockKind::Html(_)))?;
    if !matches!(blocks[i].kind, BlockKind::FieldList(_)) {
        return None;
    }
    match blocks.remove(i).kind {
        BlockKind::FieldList(fields) => Some(fields),
        _ => None,
    }
}
