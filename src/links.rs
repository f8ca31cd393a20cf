//! Links across the book: a loaded [`Book`] in; every relative link,
//! `#fragment`, image, cross-reference and toctree entry resolved to a
//! relative URL, or reported as broken with its file and line.

use crate::book::{Book, TocTarget, normalize, resolve_docname, toctree_targets};
use crate::doc::{BlockKind, Effect, Inline, Toctree, Visit, XRefKind, walk_blocks};
use crate::error::BuildError;
use crate::write::html::{Resolver, TocNode};
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// Pages the build writes besides the book's own.
pub const GENERATED: &[&str] = &["search.html", "genindex.html", "404.html"];

/// What the pages of a book offer to link to: each page's ids, the
/// labels, the copied files. Built once per book; a long-lived preview
/// keeps it and updates one page at a time.
#[derive(Debug, Clone, Default)]
pub struct LinkIndex {
    ids: Vec<HashSet<String>>,
    labels: HashMap<String, (usize, String, Option<String>)>,
    assets: HashSet<String>,
}

impl LinkIndex {
    pub fn new(book: &Book) -> Self {
        let ids = book
            .pages
            .iter()
            .map(|p| p.doc.ids().into_iter().collect())
            .collect();
        let assets = book
            .assets
            .iter()
            .map(|a| a.to_string_lossy().replace('\\', "/"))
            .collect();
        LinkIndex {
            ids,
            labels: labels(book),
            assets,
        }
    }

    /// Takes in the ids and labels of page `i` after it changed in place.
    pub fn update_page(&mut self, book: &Book, i: usize) {
        self.ids[i] = book.pages[i].doc.ids().into_iter().collect();
        self.labels = labels(book);
    }
}

fn labels(book: &Book) -> HashMap<String, (usize, String, Option<String>)> {
    let mut labels = HashMap::new();
    for (i, p) in book.pages.iter().enumerate() {
        for l in &p.doc.labels {
            labels
                .entry(label_key(&l.name))
                .or_insert((i, l.id.clone(), l.title.clone()));
        }
    }
    labels
}

/// What the book offers to link to.
pub struct Links<'a> {
    book: &'a Book,
    index: std::borrow::Cow<'a, LinkIndex>,
}

/// Where a link leads.
#[derive(Debug, Clone, PartialEq)]
enum Target {
    External,
    /// A site path (page, generated page or file) and an optional fragment.
    Site(String, Option<String>),
}

impl<'a> Links<'a> {
    pub fn new(book: &'a Book) -> Self {
        Links {
            book,
            index: std::borrow::Cow::Owned(LinkIndex::new(book)),
        }
    }

    /// The book these links are of.
    pub fn book(&self) -> &'a Book {
        self.book
    }

    /// Links over an index kept from earlier (it must match `book`).
    pub fn with_index(book: &'a Book, index: &'a LinkIndex) -> Self {
        Links {
            book,
            index: std::borrow::Cow::Borrowed(index),
        }
    }

    /// Resolves `url` as written in page `from`.
    fn resolve(&self, from: usize, url: &str) -> Result<Target, String> {
        let url = url.trim();
        if is_external(url) {
            return Ok(Target::External);
        }
        let (path, fragment) = match url.split_once('#') {
            Some((p, f)) => (p, Some(f.to_string())),
            None => (url, None),
        };
        let path = path.split('?').next().unwrap_or("");
        let page = &self.book.pages[from];
        if path.is_empty() {
            return self.with_fragment(from, page.url.clone(), fragment);
        }
        let decoded = percent_decode(path);
        let dir = page
            .source
            .parent()
            .map(|d| d.to_string_lossy().replace('\\', "/"))
            .unwrap_or_default();
        let joined = match decoded.strip_prefix('/') {
            Some(abs) => abs.to_string(),
            None if dir.is_empty() => decoded.clone(),
            None => format!("{dir}/{decoded}"),
        };
        let target = normalize(&joined);
        if let Some(p) = self.page_for_path(&target, decoded.ends_with('/')) {
            return self.with_fragment(p, self.book.pages[p].url.clone(), fragment);
        }
        if GENERATED.contains(&target.as_str()) || self.index.assets.contains(&target) {
            return Ok(Target::Site(target, fragment));
        }
        Err(format!("`{decoded}` is not a page or file of the book"))
    }

    /// The page a site path names: a source file, an output page or a folder.
    fn page_for_path(&self, target: &str, folder: bool) -> Option<usize> {
        let by_source = self
            .book
            .pages
            .iter()
            .position(|p| p.source.to_string_lossy().replace('\\', "/") == target);
        if by_source.is_some() && !folder {
            return by_source;
        }
        let index = if target.is_empty() {
            "index.html".to_string()
        } else {
            format!("{target}/index.html")
        };
        self.book
            .by_url(target)
            .filter(|_| !folder)
            .or_else(|| self.book.by_url(&index))
    }

    fn with_fragment(
        &self,
        page: usize,
        url: String,
        fragment: Option<String>,
    ) -> Result<Target, String> {
        if let Some(f) = &fragment {
            let id = percent_decode(f);
            if !id.is_empty() && !self.index.ids[page].contains(&id) {
                return Err(format!(
                    "no element `#{id}` in {}",
                    self.book.pages[page].source.display()
                ));
            }
        }
        Ok(Target::Site(url, fragment))
    }

    /// The href of a link written in page `from`; broken links keep their text.
    pub fn href(&self, from: usize, url: &str) -> String {
        match self.resolve(from, url) {
            Ok(Target::Site(path, fragment)) => {
                let rel = relative(&self.book.pages[from].url, &path);
                match fragment {
                    Some(f) => format!("{rel}#{f}"),
                    None => rel,
                }
            }
            _ => url.to_string(),
        }
    }

    /// Resolves a cross-reference in page `from`: its site path and title.
    fn xref_target(&self, from: usize, kind: XRefKind, target: &str) -> Option<(String, String)> {
        let (target, _) = split_explicit(target);
        match kind {
            XRefKind::Ref => match label_key(target).as_str() {
                "genindex" | "modindex" => Some(("genindex.html".into(), "Index".into())),
                "search" => Some(("search.html".into(), "Search Page".into())),
                key => self.index.labels.get(key).map(|(p, id, title)| {
                    let page = &self.book.pages[*p];
                    (
                        format!("{}#{id}", page.url),
                        title.clone().unwrap_or_else(|| page.title.clone()),
                    )
                }),
            },
            XRefKind::Doc => {
                let name = resolve_docname(&self.book.pages[from].docname, target);
                let p = self.book.by_docname(&name)?;
                Some((
                    self.book.pages[p].url.clone(),
                    self.book.pages[p].title.clone(),
                ))
            }
            XRefKind::Term => None,
        }
    }

    /// Every broken link of the book, as `file:line: broken link ...`.
    pub fn check(&self, src_dir: &Path) -> Vec<BuildError> {
        (0..self.book.pages.len())
            .flat_map(|i| self.check_page(src_dir, i))
            .collect()
    }

    /// What stops a build for broken links: every broken link of the book
    /// and every reference a reader found undefined (an RST `name_` with no
    /// target). `sopbook check` reports the latter as reader findings.
    pub fn broken(&self, src_dir: &Path) -> Vec<BuildError> {
        (0..self.book.pages.len())
            .flat_map(|i| self.broken_page(src_dir, i))
            .collect()
    }

    /// [`Links::broken`] for page `i`.
    pub fn broken_page(&self, src_dir: &Path, i: usize) -> Vec<BuildError> {
        let page = &self.book.pages[i];
        let path = src_dir.join(&page.source);
        let mut out = self.check_page(src_dir, i);
        out.extend(
            page.doc
                .diagnostics
                .iter()
                .filter(|d| d.effect == Effect::BrokenLink)
                .map(|d| BuildError::new(&path, d.line, d.one_line()).with_column(d.column)),
        );
        out
    }

    /// The broken links of page `i`.
    pub fn check_page(&self, src_dir: &Path, i: usize) -> Vec<BuildError> {
        let mut errors = Vec::new();
        let page = &self.book.pages[i];
        {
            let path = src_dir.join(&page.source);
            let mut report =
                |line: u32, msg: String| errors.push(BuildError::new(&path, line, msg));
            walk_blocks(&page.doc.blocks, &mut |v| match v {
                Visit::Inline(Inline::Link { url, line, .. }) => {
                    if let Err(why) = self.resolve(i, url) {
                        report(*line, format!("broken link `{url}`: {why}"));
                    }
                }
                Visit::Inline(Inline::Image(img))
                | Visit::Block(crate::doc::Block {
                    kind: BlockKind::Image(img),
                    ..
                }) => {
                    if let Err(why) = self.resolve(i, &img.src) {
                        report(img.line, format!("broken image `{}`: {why}", img.src));
                    }
                }
                Visit::Inline(Inline::XRef {
                    kind, target, line, ..
                }) if *kind != XRefKind::Term && self.xref_target(i, *kind, target).is_none() => {
                    let role = if *kind == XRefKind::Ref { "ref" } else { "doc" };
                    report(
                        *line,
                        format!(
                            "broken link: :{role}:`{target}` names no {}",
                            if role == "ref" { "label" } else { "document" }
                        ),
                    );
                }
                Visit::Block(b) => {
                    if let BlockKind::Toctree(t) = &b.kind {
                        for e in &t.entries {
                            for target in toctree_targets(self.book, &page.docname, e) {
                                if let TocTarget::Missing(name) = target {
                                    report(
                                        e.line,
                                        format!(
                                            "broken link: toctree entry `{}` names no document ({name})",
                                            e.target
                                        ),
                                    );
                                }
                            }
                        }
                    }
                }
                _ => {}
            });
        }
        errors
    }

    /// The resolver the HTML writer uses for page `page`.
    pub fn resolver(&'a self, page: usize) -> PageResolver<'a> {
        PageResolver { links: self, page }
    }

    /// Toctree entries of page `from`, resolved with their sections and
    /// nested toctrees down to `depth` levels.
    fn toc_nodes(
        &self,
        from: usize,
        tree: &Toctree,
        stack: &mut Vec<usize>,
        depth: u8,
    ) -> Vec<TocNode> {
        let mut nodes = Vec::new();
        if depth == 0 {
            return nodes;
        }
        let from_page = &self.book.pages[from];
        for entry in &tree.entries {
            for target in toctree_targets(self.book, &from_page.docname, entry) {
                match target {
                    TocTarget::Page(p) if !stack.contains(&p) => {
                        let page = &self.book.pages[p];
                        stack.push(p);
                        let children = self.page_children(p, stack, depth - 1, tree.titlesonly);
                        stack.pop();
                        let title = entry.title.clone().unwrap_or_else(|| page.title.clone());
                        nodes.push(TocNode {
                            title,
                            url: page.url.clone(),
                            external: false,
                            children,
                        });
                    }
                    TocTarget::External(url) => {
                        let title = entry.title.clone().unwrap_or_else(|| url.clone());
                        nodes.push(TocNode {
                            title,
                            url,
                            external: true,
                            children: vec![],
                        });
                    }
                    _ => {}
                }
            }
        }
        nodes
    }

    /// A page's sections (below its title) and the toctrees inside them.
    fn page_children(
        &self,
        p: usize,
        stack: &mut Vec<usize>,
        depth: u8,
        titlesonly: bool,
    ) -> Vec<TocNode> {
        let blocks = &self.book.pages[p].doc.blocks;
        let mut idx = 0;
        self.level(p, blocks, &mut idx, 1, stack, depth, titlesonly)
    }

    #[allow(clippy::too_many_arguments)]
    fn level(
        &self,
        p: usize,
        blocks: &[crate::doc::Block],
        idx: &mut usize,
        parent_level: u8,
        stack: &mut Vec<usize>,
        depth: u8,
        titlesonly: bool,
    ) -> Vec<TocNode> {
        let mut nodes = Vec::new();
        while *idx < blocks.len() {
            match &blocks[*idx].kind {
                BlockKind::Heading { level, .. } if *level <= parent_level && *level > 1 => {
                    return nodes;
                }
                BlockKind::Heading {
                    level,
                    ids,
                    content,
                } if *level > 1 => {
                    *idx += 1;
                    let children = self.level(
                        p,
                        blocks,
                        idx,
                        *level,
                        stack,
                        depth.saturating_sub(1),
                        titlesonly,
                    );
                    if depth > 0 && !titlesonly {
                        let url = format!(
                            "{}#{}",
                            self.book.pages[p].url,
                            ids.first().map_or("", |s| s)
                        );
                        let title = crate::doc::inlines_text(content);
                        nodes.push(TocNode {
                            title,
                            url,
                            external: false,
                            children,
                        });
                    } else {
                        nodes.extend(children.into_iter().filter(|_| depth > 0));
                    }
                }
                BlockKind::Toctree(t) => {
                    *idx += 1;
                    nodes.extend(self.toc_nodes(p, t, stack, depth));
                }
                _ => *idx += 1,
            }
        }
        nodes
    }
}

/// Links resolved from one page.
pub struct PageResolver<'a> {
    links: &'a Links<'a>,
    page: usize,
}

impl Resolver for PageResolver<'_> {
    fn link(&self, url: &str) -> String {
        self.links.href(self.page, url)
    }

    fn xref(&self, kind: XRefKind, target: &str) -> Option<(String, String)> {
        let (path, title) = self.links.xref_target(self.page, kind, target)?;
        let (path, fragment) = path
            .split_once('#')
            .map_or((path.as_str(), None), |(p, f)| (p, Some(f)));
        let rel = relative(&self.links.book.pages[self.page].url, path);
        let url = fragment.map_or(rel.clone(), |f| format!("{rel}#{f}"));
        Some((url, title))
    }

    fn toctree(&self, tree: &Toctree) -> Vec<TocNode> {
        let depth = tree.maxdepth.filter(|&d| d > 0).unwrap_or(u8::MAX);
        let mut stack = vec![self.page];
        let mut nodes = self.links.toc_nodes(self.page, tree, &mut stack, depth);
        let from = self.links.book.pages[self.page].url.clone();
        relink(&mut nodes, &from);
        nodes
    }
}

fn relink(nodes: &mut [TocNode], from: &str) {
    for n in nodes {
        if !n.external {
            let (path, frag) = n
                .url
                .split_once('#')
                .map_or((n.url.as_str(), None), |(p, f)| (p, Some(f)));
            let rel = relative(from, path);
            n.url = frag.map_or(rel.clone(), |f| format!("{rel}#{f}"));
        }
        relink(&mut n.children, from);
    }
}

/// `Title <target>` in a role: the target part.
fn split_explicit(target: &str) -> (&str, Option<&str>) {
    let t = target.trim();
    match (t.rfind('<'), t.ends_with('>')) {
        (Some(i), true) => (&t[i + 1..t.len() - 1], Some(t[..i].trim())),
        _ => (t, None),
    }
}

fn label_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Whether a URL leaves the book (has a scheme, or is protocol-relative).
pub fn is_external(url: &str) -> bool {
    if url.starts_with("//") {
        return true;
    }
    match url.find(':') {
        Some(i) => {
            let scheme = &url[..i];
            !scheme.is_empty()
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
                && !url[..i].contains('/')
        }
        None => false,
    }
}

/// The relative URL from the page at site path `from` to site path `to`.
pub fn relative(from: &str, to: &str) -> String {
    let from_dir: Vec<&str> = from
        .split('/')
        .collect::<Vec<_>>()
        .split_last()
        .map_or(vec![], |(_, d)| d.to_vec());
    let to_parts: Vec<&str> = to.split('/').collect();
    let common = from_dir
        .iter()
        .zip(&to_parts)
        .take_while(|(a, b)| a == b)
        .count();
    let mut out = "../".repeat(from_dir.len() - common);
    out.push_str(&to_parts[common..].join("/"));
    if out.is_empty() {
        to_parts.last().copied().unwrap_or("").to_string()
    } else {
        out
    }
}

/// The path from a page at site path `url` to the site root (`../../`).
pub fn path_to_root(url: &str) -> String {
    "../".repeat(url.matches('/').count())
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_urls() {
        assert_eq!(relative("a/b.html", "a/c.html"), "c.html");
        assert_eq!(relative("a/b.html", "d.html"), "../d.html");
        assert_eq!(relative("index.html", "x/y.html"), "x/y.html");
        assert_eq!(relative("a/b/c.html", "a/d/e.png"), "../d/e.png");
        assert_eq!(relative("a/b.html", "a/b.html"), "b.html");
        assert_eq!(path_to_root("a/b/c.html"), "../../");
    }

    #[test]
    fn external_urls() {
        assert!(is_external("https://x.org/a"));
        assert!(is_external("mailto:a@b"));
        assert!(is_external("//cdn/x"));
        assert!(!is_external("a/b.md"));
        assert!(!is_external("a/b:c.md"));
        assert!(!is_external("#top"));
    }

    #[test]
    fn decoding() {
        assert_eq!(percent_decode("a%20b.md"), "a b.md");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%é"), "%é");
        assert_eq!(split_explicit("Title <label>"), ("label", Some("Title")));
    }
}
