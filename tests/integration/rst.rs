//! The RST reader against the corpus and against docutils: no input
//! panics, and the reader reports docutils' warnings at docutils' lines.

use crate::support;
use sopbook::markup::{Options, rst};
use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

/// `(file, line)` of every diagnostic the reader gives for `.rst` files
/// under `dir`.
fn ours(dir: &Path) -> BTreeSet<(String, u32)> {
    let mut out = BTreeSet::new();
    for e in walkdir::WalkDir::new(dir).into_iter().flatten() {
        if e.path().extension().is_some_and(|x| x == "rst") {
            let text = std::fs::read_to_string(e.path()).unwrap();
            let doc = rst::parse(&text, &Options::default());
            let rel = e.path().strip_prefix(dir).unwrap().display().to_string();
            for d in doc.diagnostics {
                out.insert((rel.clone(), d.line));
            }
        }
    }
    out
}

/// `(file, line)` of every docutils warning, by the fixture script.
fn docutils(dir: &Path) -> BTreeSet<(String, u32)> {
    let script = support::fixture("rst", "docutils_diagnostics.py");
    let out = Command::new("python3")
        .arg(script)
        .arg(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| {
            let mut parts = l.splitn(3, ':');
            Some((
                parts.next()?.to_string(),
                parts.next()?.trim().parse().ok()?,
            ))
        })
        .collect()
}

/// Share of docutils' findings the reader also reports, and our extras.
fn agreement(dir: &Path) -> (f64, usize, usize, Vec<(String, u32)>) {
    let theirs = docutils(dir);
    let ours = ours(dir);
    let matched = theirs.intersection(&ours).count();
    let extra: Vec<_> = ours.difference(&theirs).cloned().collect();
    let share = if theirs.is_empty() {
        1.0
    } else {
        matched as f64 / theirs.len() as f64
    };
    (share, theirs.len(), extra.len(), extra)
}

#[test]
fn rst_bad_input_is_reported_where_docutils_reports_it() {
    if !support::have_python_module("docutils") {
        return;
    }
    let dir = support::fixture("rst", "bad");
    let (share, n, extra, list) = agreement(&dir);
    eprintln!("rst fixtures: {share:.3} of {n} docutils warnings matched, {extra} extra: {list:?}");
    assert!(
        share >= 0.9,
        "only {share:.3} of docutils' warnings matched"
    );
}

#[test]
fn rst_corpus_diagnostics_agree_with_docutils() {
    let Some(corpus) = support::corpus() else {
        return;
    };
    if !support::have_python_module("docutils") {
        return;
    }
    let dir = corpus.join("infra-docs-rst/docs");
    let (share, n, extra, list) = agreement(&dir);
    eprintln!("rst corpus: {share:.3} of {n} docutils warnings matched, {extra} extra: {list:?}");
    assert!(
        share >= 0.9,
        "only {share:.3} of docutils' warnings matched"
    );
    assert!(
        extra <= n / 10 + 1,
        "reader reports {extra} problems docutils does not"
    );
}

#[test]
fn rst_corpus_parses_without_losing_pages() {
    let Some(corpus) = support::corpus() else {
        return;
    };
    let dir = corpus.join("infra-docs-rst/docs");
    let mut files = 0;
    for e in walkdir::WalkDir::new(&dir).into_iter().flatten() {
        if e.path().extension().is_some_and(|x| x == "rst") {
            let text = std::fs::read_to_string(e.path()).unwrap();
            let doc = rst::parse(&text, &Options::default());
            if !text.trim().is_empty() {
                assert!(
                    !doc.blocks.is_empty(),
                    "{} read as empty",
                    e.path().display()
                );
            }
            files += 1;
        }
    }
    assert_eq!(files, 179);
}
