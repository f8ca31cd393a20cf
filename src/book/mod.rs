//! The whole book in memory: a [`Config`] in, every page read and parsed
//! (in parallel), its output URL, and the navigation tree out.

mod nav;
mod scan;
mod summary;

pub use nav::{Nav, NavItem, NavKind};
pub use scan::{Scan, glob_match, scan};

use crate::config::Config;
use crate::doc::{Document, Effect, Roles};
use crate::error::{BuildError, BuildErrors};
use crate::markup::{self, Format};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// One source page.
#[derive(Debug, Clone)]
pub struct Page {
    /// Path relative to the source folder (`sops/koji.md`).
    pub source: PathBuf,
    /// Sphinx's document name: the source path without extension, with `/`.
    pub docname: String,
    /// Output path relative to the site root, with `/` (`sops/koji.html`).
    pub url: String,
    pub format: Format,
    pub title: String,
    pub doc: Document,
}

/// A loaded book.
#[derive(Debug)]
pub struct Book {
    pub pages: Vec<Page>,
    /// Other source files, copied to the site as they are.
    pub assets: Vec<PathBuf>,
    pub nav: Nav,
    /// Reader warnings, as errors with their file and line.
    pub warnings: Vec<BuildError>,
    /// `SUMMARY.md`, relative to the source folder, when the book has one.
    pub summary: Option<PathBuf>,
    by_docname: HashMap<String, usize>,
    by_url: HashMap<String, usize>,
}

impl Book {
    /// The page with a document name (`sops/koji`).
    pub fn by_docname(&self, docname: &str) -> Option<usize> {
        self.by_docname.get(docname).copied()
    }

    /// The page written to a URL (`sops/koji.html`).
    pub fn by_url(&self, url: &str) -> Option<usize> {
        self.by_url.get(url).copied()
    }
}

/// Reads and parses every page of the book and builds its navigation.
pub fn load(config: &Config) -> Result<Book, BuildErrors> {
    let (book, errors) = load_all(config);
    if errors.is_empty() {
        Ok(book)
    } else {
        Err(BuildErrors(errors))
    }
}

/// Like [`load`], but keeps going: the book of every page that could be
/// read, and every error met on the way (`sopbook check` reports them all).
pub fn load_all(config: &Config) -> (Book, Vec<BuildError>) {
    let scan = scan::scan(config);
    let mut errors = scan.errors;
    let results: Vec<Result<Page, BuildError>> = scan
        .pages
        .par_iter()
        .map(|rel| read_page(config, rel))
        .collect();
    let mut pages = Vec::with_capacity(results.len());
    for r in results {
        match r {
            Ok(p) => pages.push(p),
            Err(e) => errors.push(e),
        }
    }
    carry_roles(config, &mut pages);
    let mut warnings = Vec::new();
    for page in &pages {
        let path = config.src_dir.join(&page.source);
        for d in &page.doc.diagnostics {
            let e = BuildError::new(&path, d.line, d.one_line()).with_column(d.column);
            match d.effect {
                Effect::Fail => errors.push(e),
                Effect::Report => warnings.push(e),
                // Reported with the broken links (`Links::broken`).
                Effect::BrokenLink => {}
            }
        }
    }
    let (by_docname, by_url) = index(config, &pages, &mut errors);
    let mut book = Book {
        pages,
        assets: scan.assets,
        nav: Nav::default(),
        warnings,
        summary: scan.summary,
        by_docname,
        by_url,
    };
    match nav::build(config, &book, book.summary.as_deref()) {
        Ok(nav) => book.nav = nav,
        Err(e) => errors.extend(e.0),
    }
    (book, errors)
}

/// Rebuilds the navigation after pages changed in place (a title, a
/// toctree or a weight); the set of pages must be the same.
pub fn rebuild_nav(config: &Config, book: &mut Book) -> Result<(), BuildErrors> {
    book.nav = nav::build(config, book, book.summary.as_deref())?;
    Ok(())
}

/// The RST roles each page starts with when pages are read one after the
/// other in Sphinx's order (sorted document names): a `default-role` or
/// `role` directive stays in force for the pages read after its own.
/// Indexed like `pages`.
pub fn incoming_roles(pages: &[Page]) -> Vec<Roles> {
    let mut order: Vec<usize> = (0..pages.len()).collect();
    order.sort_by(|&a, &b| pages[a].docname.cmp(&pages[b].docname));
    let mut incoming = vec![Roles::default(); pages.len()];
    let mut roles = Roles::default();
    for i in order {
        if pages[i].format != Format::Rst {
            continue;
        }
        incoming[i] = roles.clone();
        roles = roles.then(&pages[i].doc.roles_after);
    }
    incoming
}

/// Reads again, with the roles carried in, the pages a `default-role` or
/// `role` of an earlier page reaches (see [`incoming_roles`]).
fn carry_roles(config: &Config, pages: &mut [Page]) {
    let incoming = incoming_roles(pages);
    pages
        .par_iter_mut()
        .zip(incoming)
        .filter(|(_, roles)| !roles.is_empty())
        .for_each(|(page, roles)| {
            if let Ok(p) = read_page_with(config, &page.source, roles) {
                *page = p;
            }
        });
}

/// Reads one page (`rel` relative to the source folder); a file that
/// cannot be read or is not UTF-8 is an error. Reader diagnostics stay in
/// the page's document.
pub fn read_page(config: &Config, rel: &Path) -> Result<Page, BuildError> {
    read_page_with(config, rel, Roles::default())
}

/// [`read_page`], with the RST roles in force at the start of the page
/// (those earlier pages left).
pub fn read_page_with(config: &Config, rel: &Path, roles: Roles) -> Result<Page, BuildError> {
    let path = config.src_dir.join(rel);
    let bytes =
        std::fs::read(&path).map_err(|e| BuildError::new(&path, 0, format!("cannot read: {e}")))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
        BuildError::new(
            &path,
            line,
            format!("not valid UTF-8 (byte {at}): save the file as UTF-8"),
        )
    })?;
    let format = Format::from_path(rel).expect("scan keeps only page formats");
    let options = markup::Options {
        raw_html: config.raw.markup.rst_raw_html,
        path: Some(path.clone()),
        root: Some(config.src_dir.clone()),
        read_file: Some(|p| std::fs::read_to_string(p)),
        roles,
    };
    let doc = markup::parse(format, &text, &options);
    let docname = docname(rel);
    let title = doc.title().unwrap_or_else(|| title_from_name(&docname));
    Ok(Page {
        source: rel.to_path_buf(),
        url: url_for(rel),
        docname,
        format,
        title,
        doc,
    })
}

/// `a/b.md` → `a/b`.
pub fn docname(rel: &Path) -> String {
    let s = rel.with_extension("").to_string_lossy().replace('\\', "/");
    s.trim_start_matches("./").to_string()
}

/// The output path of a source page: `a/b.md` → `a/b.html`, and a
/// folder's `README.md` → its `index.html`.
pub fn url_for(rel: &Path) -> String {
    let name = docname(rel);
    let (dir, stem) = name
        .rsplit_once('/')
        .map_or(("", name.as_str()), |(d, s)| (d, s));
    let stem = if stem.eq_ignore_ascii_case("readme") {
        "index"
    } else {
        stem
    };
    if dir.is_empty() {
        format!("{stem}.html")
    } else {
        format!("{dir}/{stem}.html")
    }
}

/// A title made from a file name: `restart-koji` → `Restart koji`.
fn title_from_name(docname: &str) -> String {
    let stem = docname.rsplit('/').next().unwrap_or(docname);
    let words = stem.replace(['-', '_'], " ");
    let mut chars = words.trim().chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => "Untitled".into(),
    }
}

type Indexes = (HashMap<String, usize>, HashMap<String, usize>);

/// Indexes pages by document name and URL; two pages with one URL is an error.
fn index(config: &Config, pages: &[Page], errors: &mut Vec<BuildError>) -> Indexes {
    let mut by_docname = HashMap::new();
    let mut by_url: HashMap<String, usize> = HashMap::new();
    for (i, p) in pages.iter().enumerate() {
        by_docname.insert(p.docname.clone(), i);
        if let Some(&other) = by_url.get(&p.url) {
            let msg = format!(
                "two pages are written to {}: this one and {}; rename one of them",
                p.url,
                pages[other].source.display()
            );
            errors.push(BuildError::new(&config.src_dir.join(&p.source), 0, msg));
        } else {
            by_url.insert(p.url.clone(), i);
        }
    }
    // `dir/README` also answers to `dir/index` when there is no index page.
    for p in pages {
        if let Some(stem) = p
            .docname
            .strip_suffix("README")
            .or_else(|| p.docname.strip_suffix("readme"))
        {
            let alias = format!("{stem}index");
            by_docname.entry(alias).or_insert(by_url[&p.url]);
        }
    }
    (by_docname, by_url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_and_docnames() {
        assert_eq!(url_for(Path::new("a/b.md")), "a/b.html");
        assert_eq!(url_for(Path::new("a/README.md")), "a/index.html");
        assert_eq!(url_for(Path::new("index.rst")), "index.html");
        assert_eq!(docname(Path::new("a/b.rst")), "a/b");
        assert_eq!(title_from_name("sops/restart-koji"), "Restart koji");
    }
}

/// What a toctree entry names.
#[derive(Debug, Clone, PartialEq)]
pub enum TocTarget {
    Page(usize),
    External(String),
    /// A document that does not exist.
    Missing(String),
}

/// The targets of one toctree entry of the page `from` (a document name):
/// one page, the pages a glob matches (sorted), or an external URL.
pub fn toctree_targets(book: &Book, from: &str, entry: &crate::doc::TocEntry) -> Vec<TocTarget> {
    let target = entry.target.trim();
    if target.contains("://") || target.starts_with("mailto:") {
        return vec![TocTarget::External(target.to_string())];
    }
    if target == "self" {
        return vec![];
    }
    let name = resolve_docname(from, target);
    if entry.glob {
        let mut names: Vec<(&str, usize)> = book
            .pages
            .iter()
            .enumerate()
            .filter(|(_, p)| p.docname != from && glob_match(&name, &p.docname))
            .map(|(i, p)| (p.docname.as_str(), i))
            .collect();
        names.sort();
        return names.into_iter().map(|(_, i)| TocTarget::Page(i)).collect();
    }
    match book.by_docname(&name) {
        Some(p) => vec![TocTarget::Page(p)],
        None => vec![TocTarget::Missing(name)],
    }
}

/// A document name written in page `from`: relative to its folder, or to
/// the book root with a leading `/`; a source extension is dropped.
pub fn resolve_docname(from: &str, target: &str) -> String {
    let target = target.trim();
    let target = [".rst", ".md"]
        .iter()
        .find_map(|e| target.strip_suffix(e))
        .unwrap_or(target);
    let joined = match target.strip_prefix('/') {
        Some(abs) => abs.to_string(),
        None => match from.rsplit_once('/') {
            Some((dir, _)) => format!("{dir}/{target}"),
            None => target.to_string(),
        },
    };
    normalize(&joined)
}

/// Folds `.` and `..` segments of a `/`-separated path.
pub fn normalize(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    parts.join("/")
}
