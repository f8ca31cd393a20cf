//! Runs the rules: finds the source files under a folder, reads each one
//! (reporting unreadable, binary, non-UTF-8 and empty files), runs the
//! per-page rules in parallel, then the book-wide ones, and applies levels
//! and suppression comments.

use super::config::CheckTable;
use super::finding::{Finding, Sink};
use super::rules::{self, Level};
use super::source::{Kind, Source};
use super::suppress::Suppressions;
use crate::config::Config;
use crate::doc::Document;
use crate::error::BuildError;
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// What one run found.
#[derive(Debug, Default)]
pub struct Outcome {
    pub findings: Vec<Finding>,
    /// How many source files were checked.
    pub files: usize,
    /// The sources that could be read, for `--fix`.
    pub sources: Vec<Source>,
}

/// Where the sources are and how paths are printed.
pub struct Book<'a> {
    pub config: &'a Config,
    pub check: &'a CheckTable,
    /// The source folder as the user named it, for printed paths.
    pub shown: PathBuf,
}

impl Book<'_> {
    fn display(&self, rel: &str) -> String {
        let joined = self.shown.join(rel);
        let clean: PathBuf = joined
            .components()
            .filter(|c| !matches!(c, std::path::Component::CurDir))
            .collect();
        clean.to_string_lossy().into_owned()
    }
}

/// Checks every source page of a book.
pub fn check(book: &Book) -> Outcome {
    let (paths, mut findings) = walk(book);
    let loaded: Vec<Result<Source, Finding>> = paths
        .par_iter()
        .map(|(p, rel)| load(book, p, rel))
        .collect();
    let files = loaded.len();
    let mut sources = Vec::new();
    for l in loaded {
        match l {
            Ok(s) => sources.push(s),
            Err(f) => findings.push(f),
        }
    }
    let (loaded_book, book_errors) = crate::book::load_all(book.config);
    let docs: HashMap<String, &Document> = loaded_book
        .pages
        .iter()
        .map(|p| (p.source.to_string_lossy().replace('\\', "/"), &p.doc))
        .collect();
    let per_page: Vec<Vec<Finding>> = sources
        .par_iter()
        .map(|s| check_page(book, s, docs.get(&s.rel).copied()))
        .collect();
    let book_wide = check_book(book, &sources, &loaded_book, &book_errors);
    for (src, (mut page, extra)) in sources.iter().zip(per_page.into_iter().zip(book_wide)) {
        page.extend(extra);
        let (sup, bad) = Suppressions::read(src);
        page.retain(|f| !sup.allows(f.rule, f.line));
        page.extend(bad);
        findings.extend(page);
    }
    let mut findings = apply_levels(book.check, findings);
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    Outcome {
        findings,
        files,
        sources,
    }
}

/// Drops `off` rules and sets configured levels.
fn apply_levels(table: &CheckTable, findings: Vec<Finding>) -> Vec<Finding> {
    findings
        .into_iter()
        .filter_map(|mut f| {
            if let Some(l) = table.level.get(f.rule) {
                f.level = *l;
            }
            (f.level != Level::Off).then_some(f)
        })
        .collect()
}

/// The rules that look at one page alone.
pub fn check_page(book: &Book, src: &Source, doc: Option<&Document>) -> Vec<Finding> {
    let mut out = Sink::new(src);
    let limits = &book.check.limits;
    rules::whitespace::check(&mut out);
    rules::length::check(&mut out, limits);
    rules::markup::check(&mut out, limits.markup_min);
    rules::heading::check(&mut out);
    if let Some(doc) = doc {
        rules::reader::check_page(&mut out, doc, book.config);
    }
    out.findings
}

/// The rules that compare pages: one list of extra findings per source.
fn check_book(
    book: &Book,
    sources: &[Source],
    loaded: &crate::book::Book,
    errors: &[BuildError],
) -> Vec<Vec<Finding>> {
    let mut outs: Vec<Sink> = sources.iter().map(Sink::new).collect();
    rules::book::check(loaded, &book.config.src_dir, errors, &mut outs);
    let rst: Vec<usize> = (0..sources.len())
        .filter(|&i| sources[i].kind == Kind::Rst)
        .collect();
    let rst_sources: Vec<&Source> = rst.iter().map(|&i| &sources[i]).collect();
    let mut rst_outs: Vec<Sink> = rst.iter().map(|&i| Sink::new(&sources[i])).collect();
    rules::heading::check_book(&rst_sources, &mut rst_outs);
    for (k, out) in rst.iter().zip(rst_outs) {
        outs[*k].findings.extend(out.findings);
    }
    outs.into_iter().map(|o| o.findings).collect()
}

/// The source files of the book, found with the build's exclusion
/// rules (pages, `SUMMARY.md`, legacy `.txt`), less `[check] exclude`,
/// with findings for what cannot be read.
fn walk(book: &Book) -> (Vec<(PathBuf, String)>, Vec<Finding>) {
    let root = &book.config.src_dir;
    let scan = crate::book::scan(book.config);
    let findings = scan
        .errors
        .iter()
        .map(|e| {
            let rel = relative(root, &e.path);
            let msg = e.message.to_lowercase();
            Finding::file(&book.display(&rel), "unreadable", msg)
        })
        .collect();
    let txt = scan
        .assets
        .into_iter()
        .filter(|p| Kind::of(p) == Some(Kind::Text));
    let mut files: Vec<(PathBuf, String)> = scan
        .pages
        .into_iter()
        .chain(scan.summary)
        .chain(txt)
        .map(|rel| (root.join(&rel), relative(root, &rel)))
        .filter(|(_, rel)| !book.check.excludes(rel))
        .collect();
    files.sort_by(|a, b| a.1.cmp(&b.1));
    (files, findings)
}

fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.to_string_lossy().replace('\\', "/")
}

/// Reads one file: a source, or the finding that says why not.
fn load(book: &Book, path: &Path, rel: &str) -> Result<Source, Finding> {
    let shown = book.display(rel);
    let fail = |rule, msg: String| Finding::file(&shown, rule, msg);
    let bytes = std::fs::read(path).map_err(|e| {
        fail(
            "unreadable",
            format!("cannot read: {}", e.to_string().to_lowercase()),
        )
    })?;
    if bytes.contains(&0) {
        return Err(fail(
            "unreadable",
            "binary file (it contains NUL bytes)".into(),
        ));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let good = &e.as_bytes()[..at];
        let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
        let mut f = fail(
            "unreadable",
            format!(
                "not UTF-8: invalid byte 0x{:02X} at byte {at}",
                e.as_bytes()[at]
            ),
        );
        f.line = line as u32;
        f.column = 1;
        f.end_column = 2;
        f
    })?;
    if text.trim().is_empty() {
        return Err(fail("empty-file", "empty page".into()));
    }
    let kind = Kind::of(path).unwrap_or(Kind::Text);
    Ok(Source::new(
        path.to_path_buf(),
        rel.to_string(),
        shown,
        kind,
        text,
    ))
}
