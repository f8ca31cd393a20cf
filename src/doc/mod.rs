//! The document model: one tree of blocks and inlines, with source lines,
//! that every reader (Markdown, RST, legacy text) produces and every writer
//! (HTML, RST, Markdown, plain text) consumes.
//!
//! Sections are flat: a [`BlockKind::Heading`] opens a section that runs to
//! the next heading of the same or a higher level, as in Markdown. Readers
//! keep unresolved references (`:ref:`, `:doc:`, relative links) as they are
//! written; the build resolves them across the book.

mod meta;
mod text;
mod walk;
mod walk_mut;

pub use meta::{Date, META_FIELDS, Meta};
pub use text::{inline_text, inlines_text, slugify};
pub use walk::{Visit, inline_children, walk_blocks};
pub use walk_mut::{for_each_inlines, walk_blocks_mut};

use serde::Serialize;

/// A parsed source page.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Document {
    /// Metadata from front matter, the RST comment header or a contact block.
    pub meta: Meta,
    /// The body, in source order.
    pub blocks: Vec<Block>,
    /// Labels other pages can reference (`.. _name:` in RST); each names the
    /// element id in this page and, for a label before a section, its title.
    pub labels: Vec<Label>,
    /// What the reader found wrong, with source lines.
    pub diagnostics: Vec<Diagnostic>,
    /// What the page changed in the RST role table (`default-role`,
    /// `role`); Sphinx keeps it for the pages it reads after this one.
    #[serde(skip)]
    pub roles_after: Roles,
}

/// An RST role table, or changes to one: the default role of interpreted
/// text and the roles declared with the `role` directive.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Roles {
    /// The default role; `Some("")`: reset to the standard one; `None`:
    /// unchanged.
    pub default_role: Option<String>,
    /// Declared roles: name (lowercase) and base role (empty: none).
    pub declared: Vec<(String, String)>,
}

impl Roles {
    /// True when nothing is set or declared.
    pub fn is_empty(&self) -> bool {
        self.default_role.is_none() && self.declared.is_empty()
    }

    /// This table with the changes of a later page applied.
    pub fn then(&self, later: &Roles) -> Roles {
        let mut declared = self.declared.clone();
        declared.extend(later.declared.iter().cloned());
        Roles {
            default_role: later.default_role.clone().or(self.default_role.clone()),
            declared,
        }
    }
}

/// A cross-reference label defined by a page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Label {
    /// The label as written, normalised (lowercase, white space folded).
    pub name: String,
    /// The element id it points at in the page.
    pub id: String,
    /// The title of the section it precedes, if any.
    pub title: Option<String>,
    pub line: u32,
}

/// How serious a reader diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

/// What a diagnostic does to a build. `sopbook check` reports every
/// diagnostic by its severity; the build only stops for these effects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Effect {
    /// Reported, and the page is built the way the reader degraded it
    /// (docutils' warnings and errors alike).
    #[default]
    Report,
    /// A reference to nothing: a broken link, an error unless broken links
    /// are allowed.
    BrokenLink,
    /// The page cannot be built (malformed front matter).
    Fail,
}

/// A problem a reader found in the source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub line: u32,
    pub column: u32,
    pub severity: Severity,
    pub message: String,
    pub effect: Effect,
}

impl Diagnostic {
    pub fn warning(line: u32, message: impl Into<String>) -> Self {
        Diagnostic {
            line,
            column: 1,
            severity: Severity::Warning,
            message: message.into(),
            effect: Effect::Report,
        }
    }

    pub fn error(line: u32, message: impl Into<String>) -> Self {
        Diagnostic {
            line,
            column: 1,
            severity: Severity::Error,
            message: message.into(),
            effect: Effect::Report,
        }
    }

    /// An error that stops the page from being built.
    pub fn fatal(line: u32, message: impl Into<String>) -> Self {
        Diagnostic {
            effect: Effect::Fail,
            ..Diagnostic::error(line, message)
        }
    }

    /// An error that is a reference to nothing (a broken link).
    pub fn broken_link(line: u32, message: impl Into<String>) -> Self {
        Diagnostic {
            effect: Effect::BrokenLink,
            ..Diagnostic::error(line, message)
        }
    }

    /// The message on one line (docutils writes some over two).
    pub fn one_line(&self) -> String {
        self.message
            .split('\n')
            .map(str::trim)
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// A block with the 1-based source line it starts on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Block {
    pub line: u32,
    pub kind: BlockKind,
}

impl Block {
    pub fn new(line: u32, kind: BlockKind) -> Self {
        Block { line, kind }
    }
}

/// The kinds of block.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum BlockKind {
    /// A section heading; `level` 1 is the page title. `ids` are the
    /// element ids: the first is the section's own, the others come from
    /// targets placed before it.
    Heading {
        level: u8,
        ids: Vec<String>,
        content: Vec<Inline>,
    },
    Paragraph(Vec<Inline>),
    /// Preformatted text, exact to the character. `lang` is the language
    /// for highlighting (`None`: plain). `linenos` asks for line numbers.
    CodeBlock {
        lang: Option<String>,
        code: String,
        caption: Option<String>,
        linenos: bool,
    },
    BlockQuote {
        blocks: Vec<Block>,
        attribution: Option<Vec<Inline>>,
    },
    List(List),
    DefinitionList(Vec<DefinitionItem>),
    FieldList(Vec<Field>),
    OptionList(Vec<OptionItem>),
    /// Lines kept as written; each has its indentation in levels.
    LineBlock(Vec<Line>),
    Table(Table),
    Admonition {
        kind: AdmonitionKind,
        title: Option<Vec<Inline>>,
        blocks: Vec<Block>,
    },
    /// A titled block set apart: RST `topic` and `sidebar`.
    Topic {
        class: String,
        title: Vec<Inline>,
        blocks: Vec<Block>,
    },
    /// A heading that is not a section (RST `rubric`).
    Rubric(Vec<Inline>),
    /// A generic wrapper (`container`, a directive's `:class:`).
    Container {
        classes: Vec<String>,
        blocks: Vec<Block>,
    },
    Image(Image),
    Figure {
        image: Image,
        caption: Vec<Inline>,
        legend: Vec<Block>,
    },
    ThematicBreak,
    /// Raw HTML kept as written (Markdown HTML blocks, RST `raw:: html`).
    Html(String),
    /// An element id to place here (an RST target before a non-section).
    Anchor(String),
    /// A footnote or citation body.
    Footnote {
        label: String,
        id: String,
        backrefs: Vec<String>,
        blocks: Vec<Block>,
    },
    /// A Sphinx toctree, resolved by the build.
    Toctree(Toctree),
    /// A table of contents of this page (RST `contents`), filled by the writer.
    Contents {
        title: Option<Vec<Inline>>,
        depth: Option<u8>,
        local: bool,
    },
    /// Text the reader could not interpret, shown as a literal block.
    Problem {
        message: String,
        source: String,
    },
    /// A comment: kept for writers that preserve it, never rendered.
    Comment(String),
}

/// A bullet or enumerated list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct List {
    pub kind: ListKind,
    /// The first number of an enumerated list.
    pub start: u32,
    /// Items are single paragraphs with no blank line between them.
    pub tight: bool,
    pub items: Vec<ListItem>,
}

/// The marker of a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ListKind {
    Bullet,
    Arabic,
    LowerAlpha,
    UpperAlpha,
    LowerRoman,
    UpperRoman,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ListItem {
    pub line: u32,
    /// `Some(done)` for a task list item.
    pub task: Option<bool>,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DefinitionItem {
    pub line: u32,
    pub term: Vec<Inline>,
    pub classifiers: Vec<Vec<Inline>>,
    pub definition: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Field {
    pub line: u32,
    pub name: Vec<Inline>,
    pub body: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OptionItem {
    pub line: u32,
    /// The option strings as written (`-a FILE`, `--all`).
    pub options: Vec<String>,
    pub description: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Line {
    pub indent: u8,
    pub content: Vec<Inline>,
}

/// A table: rows of cells, header rows first.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Table {
    pub caption: Option<Vec<Inline>>,
    /// Column alignment, one per column (Markdown tables).
    pub align: Vec<Align>,
    /// Relative column widths, when the source gives them.
    pub widths: Vec<u32>,
    pub header_rows: usize,
    pub rows: Vec<Vec<Cell>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Align {
    #[default]
    None,
    Left,
    Center,
    Right,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cell {
    pub colspan: u32,
    pub rowspan: u32,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AdmonitionKind {
    Note,
    Tip,
    Hint,
    Important,
    Warning,
    Caution,
    Danger,
    Attention,
    Error,
    SeeAlso,
    /// The generic `admonition` with its own title.
    Generic,
}

impl AdmonitionKind {
    /// The kind named by an RST directive or a GitHub alert, if any.
    pub fn from_name(name: &str) -> Option<Self> {
        use AdmonitionKind::*;
        Some(match name.to_ascii_lowercase().as_str() {
            "note" => Note,
            "tip" => Tip,
            "hint" => Hint,
            "important" => Important,
            "warning" => Warning,
            "caution" => Caution,
            "danger" => Danger,
            "attention" => Attention,
            "error" => Error,
            "seealso" => SeeAlso,
            "admonition" => Generic,
            _ => return None,
        })
    }

    /// The CSS class and directive name.
    pub fn name(self) -> &'static str {
        use AdmonitionKind::*;
        match self {
            Note => "note",
            Tip => "tip",
            Hint => "hint",
            Important => "important",
            Warning => "warning",
            Caution => "caution",
            Danger => "danger",
            Attention => "attention",
            Error => "error",
            SeeAlso => "seealso",
            Generic => "admonition",
        }
    }

    /// The title shown when the source gives none.
    pub fn default_title(self) -> &'static str {
        use AdmonitionKind::*;
        match self {
            Note => "Note",
            Tip => "Tip",
            Hint => "Hint",
            Important => "Important",
            Warning => "Warning",
            Caution => "Caution",
            Danger => "Danger",
            Attention => "Attention!",
            Error => "Error",
            SeeAlso => "See also",
            Generic => "Note",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Image {
    pub src: String,
    pub alt: String,
    pub title: Option<String>,
    pub width: Option<String>,
    pub height: Option<String>,
    /// Where the image links to (RST `:target:`).
    pub target: Option<String>,
    pub line: u32,
}

/// A Sphinx `toctree` directive.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Toctree {
    pub caption: Option<String>,
    pub maxdepth: Option<u8>,
    pub hidden: bool,
    pub titlesonly: bool,
    pub numbered: bool,
    pub entries: Vec<TocEntry>,
}

/// One toctree line: a document name (relative to the page, or absolute from
/// the book root with a leading `/`), a glob pattern, or an external URL,
/// with an optional explicit title.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TocEntry {
    pub line: u32,
    pub title: Option<String>,
    pub target: String,
    pub glob: bool,
}

/// Inline content.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Inline {
    Text(String),
    Emphasis(Vec<Inline>),
    Strong(Vec<Inline>),
    Strikethrough(Vec<Inline>),
    /// Inline literal text.
    Code(String),
    /// A hyperlink. `url` is as written: external, `#fragment`, or a
    /// relative path to a source page that the build rewrites and checks.
    Link {
        url: String,
        title: Option<String>,
        content: Vec<Inline>,
        line: u32,
    },
    /// A cross-reference the build resolves across the book.
    XRef {
        kind: XRefKind,
        target: String,
        content: Option<Vec<Inline>>,
        line: u32,
    },
    Image(Image),
    /// An element id placed inline (RST inline target `_`text``).
    Anchor {
        id: String,
        content: Vec<Inline>,
    },
    FootnoteRef {
        label: String,
        id: String,
        backref: String,
        line: u32,
    },
    /// Text with a semantic role: `kbd`, `sub`, `sup`, `abbr`, `command`,
    /// `file`, `guilabel`, `term`, ... rendered with the matching element.
    Role {
        role: String,
        title: Option<String>,
        content: Vec<Inline>,
    },
    /// Raw inline HTML as written.
    Html(String),
    SoftBreak,
    HardBreak,
    /// Markup the reader could not resolve, shown as written.
    Problem {
        text: String,
        line: u32,
    },
}

/// What an [`Inline::XRef`] names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum XRefKind {
    /// A label (`:ref:`), resolved to its element and section title.
    Ref,
    /// A document (`:doc:`), resolved to its page and title.
    Doc,
    /// A glossary term (`:term:`).
    Term,
}

impl Document {
    /// The page title: front matter first, then the first level-1 heading.
    pub fn title(&self) -> Option<String> {
        if let Some(t) = &self.meta.title {
            return Some(t.clone());
        }
        self.blocks.iter().find_map(|b| match &b.kind {
            BlockKind::Heading {
                level: 1, content, ..
            } => Some(inlines_text(content)),
            _ => None,
        })
    }

    /// Every element id the page defines, for checking `#fragment` links.
    pub fn ids(&self) -> Vec<String> {
        let mut ids = Vec::new();
        walk_blocks(&self.blocks, &mut |v| match v {
            Visit::Block(b) => match &b.kind {
                BlockKind::Heading { ids: hs, .. } => ids.extend(hs.iter().cloned()),
                BlockKind::Anchor(id) | BlockKind::Footnote { id, .. } => ids.push(id.clone()),
                _ => {}
            },
            Visit::Inline(Inline::Anchor { id, .. }) => ids.push(id.clone()),
            Visit::Inline(Inline::FootnoteRef { backref, .. }) => ids.push(backref.clone()),
            Visit::Inline(_) => {}
        });
        ids.extend(self.labels.iter().map(|l| l.id.clone()));
        ids
    }
}
