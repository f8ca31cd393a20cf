//! A page's [`Document`] to searchable sections: the page split at its
//! headings, each with its heading path, body text (code included, console
//! prompts left out) and, for the first section, the SOP metadata.

use crate::doc::{Block, BlockKind, Document, Inline, Meta, Visit, inlines_text, walk_blocks};

/// One section of a page, as text per field.
#[derive(Debug, Default, PartialEq)]
pub struct Section {
    /// The element id of the heading; empty for the top of the page.
    pub anchor: String,
    /// The headings from the page's first section heading down to this one.
    pub headings: Vec<String>,
    /// Their levels.
    levels: Vec<u8>,
    /// The headings joined by spaces.
    pub heading_text: String,
    pub body: String,
    /// Metadata text (owner, contact, servers, tags, purpose, description).
    pub meta: String,
}

/// Splits a page into sections at its headings (level 1 is the page title
/// and stays in the first section).
#[cfg(test)]
pub fn sections(doc: &Document) -> Vec<Section> {
    let mut out = Vec::new();
    each_section(doc, &mut |s| {
        out.push(Section {
            anchor: s.anchor.clone(),
            headings: s.headings.clone(),
            levels: s.levels.clone(),
            heading_text: s.heading_text.clone(),
            body: s.body.clone(),
            meta: s.meta.clone(),
        })
    });
    out
}

/// Calls `f` with each section of [`sections`], in order, reusing one
/// section's buffers (a page's text is read once, not kept whole).
pub fn each_section(doc: &Document, f: &mut impl FnMut(&Section)) {
    let mut s = Section {
        meta: meta_text(&doc.meta),
        ..Section::default()
    };
    for block in &doc.blocks {
        if let BlockKind::Heading {
            level,
            ids,
            content,
            ..
        } = &block.kind
            && *level > 1
        {
            f(&s);
            s.enter(*level, inlines_text(content));
            s.anchor.clear();
            s.anchor.push_str(ids.first().map_or("", String::as_str));
            s.body.clear();
            s.meta.clear();
            continue;
        }
        if let BlockKind::Heading { level: 1, .. } = block.kind {
            continue;
        }
        block_text(block, &mut s.body);
    }
    f(&s);
}

impl Section {
    /// Moves to a heading of `level`: the path keeps the headings above it.
    fn enter(&mut self, level: u8, heading: String) {
        let keep = self.levels.iter().take_while(|&&l| l < level).count();
        self.levels.truncate(keep);
        self.headings.truncate(keep);
        self.levels.push(level);
        self.headings.push(heading);
        self.heading_text.clear();
        for (i, h) in self.headings.iter().enumerate() {
            if i > 0 {
                self.heading_text.push(' ');
            }
            self.heading_text.push_str(h);
        }
    }
}

/// The metadata fields searched, as one text.
pub fn meta_text(meta: &Meta) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for v in [&meta.owner, &meta.contact, &meta.purpose, &meta.description]
        .into_iter()
        .flatten()
    {
        parts.push(v);
    }
    parts.extend(meta.servers.iter().map(String::as_str));
    parts.extend(meta.tags.iter().map(String::as_str));
    parts.join(" ")
}

/// Appends the text of a block and everything in it.
fn block_text(block: &Block, out: &mut String) {
    walk_blocks(std::slice::from_ref(block), &mut |v| match v {
        Visit::Block(b) => match &b.kind {
            BlockKind::CodeBlock { code, .. } => {
                push_sep(out);
                strip_prompts(code, out);
            }
            BlockKind::OptionList(items) => {
                for it in items {
                    push_sep(out);
                    out.push_str(&it.options.join(" "));
                }
            }
            _ => push_sep(out),
        },
        Visit::Inline(i) => match i {
            Inline::Text(t) | Inline::Code(t) => out.push_str(t),
            Inline::XRef {
                content: None,
                target,
                ..
            } => out.push_str(target),
            Inline::Image(img) => out.push_str(&img.alt),
            Inline::Problem { text, .. } => out.push_str(text),
            Inline::SoftBreak | Inline::HardBreak => out.push(' '),
            _ => {}
        },
    });
}

fn push_sep(out: &mut String) {
    if !out.is_empty() && !out.ends_with(' ') {
        out.push(' ');
    }
}

/// Code text without console prompts (`$ `, `# `, `>>> `,
/// `[root@db01 ~]# `, `user@host:~$ `).
pub fn strip_prompts(code: &str, out: &mut String) {
    for line in code.lines() {
        out.push_str(without_prompt(line));
        out.push(' ');
    }
}

fn without_prompt(line: &str) -> &str {
    let t = line.trim_start();
    for p in ["$ ", "# ", "% ", ">>> ", "> ", "... "] {
        if let Some(rest) = t.strip_prefix(p) {
            return rest;
        }
    }
    if t.starts_with('[')
        && let Some(end) = t.find(']')
        && let Some(rest) = t[end + 1..]
            .strip_prefix("$ ")
            .or_else(|| t[end + 1..].strip_prefix("# "))
    {
        return rest;
    }
    // user@host:dir$ command
    if let Some(first) = t.split(' ').next()
        && first.contains('@')
        && (first.ends_with('$') || first.ends_with('#'))
    {
        return t[first.len()..].trim_start();
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::Inline;

    fn heading(level: u8, id: &str, text: &str) -> Block {
        Block::new(
            1,
            BlockKind::Heading {
                level,
                ids: vec![id.into()],
                content: vec![Inline::Text(text.into())],
            },
        )
    }

    #[test]
    fn prompts_are_left_out() {
        let mut out = String::new();
        strip_prompts(
            "$ sudo systemctl restart kojira\n[root@db01 ~]# psql\nadmin@web02:~$ ls -l\n>>> print(1)\nplain output",
            &mut out,
        );
        assert_eq!(
            out,
            "sudo systemctl restart kojira psql ls -l print(1) plain output "
        );
    }

    #[test]
    fn pages_split_at_headings_with_paths() {
        let doc = Document {
            meta: Meta {
                owner: Some("Build Team".into()),
                servers: vec!["bk01.example.org".into()],
                ..Meta::default()
            },
            blocks: vec![
                heading(1, "koji", "Koji"),
                Block::new(2, BlockKind::Paragraph(vec![Inline::Text("Intro.".into())])),
                heading(2, "restart", "Restart"),
                Block::new(
                    4,
                    BlockKind::CodeBlock {
                        lang: None,
                        code: "$ systemctl restart kojira".into(),
                        caption: None,
                        linenos: false,
                    },
                ),
                heading(3, "hub", "The hub"),
                heading(2, "backup", "Backup"),
            ],
            ..Document::default()
        };
        let s = sections(&doc);
        assert_eq!(s.len(), 4);
        assert_eq!(s[0].anchor, "");
        assert_eq!(s[0].body, "Intro.");
        assert_eq!(s[0].meta, "Build Team bk01.example.org");
        assert_eq!(s[1].body, "systemctl restart kojira ");
        assert_eq!(s[2].headings, ["Restart", "The hub"]);
        assert_eq!(s[3].headings, ["Backup"]);
    }
}
