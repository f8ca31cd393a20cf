//! Relevance over real SOPs: the book built from
//! `../shared/corpus/infra-docs-rst/docs` is searched with our own queries
//! (`tests/fixtures/search/relevance/queries.toml`); at least 90% must have
//! their page in the top 3, and those marked `top = 1` first.
//!
//! `SOPBOOK_RELEVANCE_BOOK` and `SOPBOOK_RELEVANCE_QUERIES` point the same
//! test at another book and query file (pages and queries it has never
//! seen).

use super::run_node;
use crate::support;
use serde::Deserialize;
use serde_json::json;
use std::path::PathBuf;

#[derive(Deserialize)]
struct Queries {
    query: Vec<Query>,
}

#[derive(Deserialize)]
struct Query {
    q: String,
    page: String,
    top: usize,
}

/// The book to search, or `None` with the skip printed.
fn book() -> Option<PathBuf> {
    if let Ok(dir) = std::env::var("SOPBOOK_RELEVANCE_BOOK") {
        return Some(PathBuf::from(dir));
    }
    let probe = sopbook::markup::parse(
        sopbook::markup::Format::Rst,
        "Title\n=====\n\nText.\n",
        &Default::default(),
    );
    if probe.blocks.is_empty() {
        support::skip("the RST reader is not merged yet: the corpus book would be empty");
        return None;
    }
    Some(support::corpus()?.join("infra-docs-rst/docs"))
}

#[test]
fn corpus_queries_find_their_page_in_the_top_three() {
    if !support::have_program("node", &["--version"]) {
        return;
    }
    let Some(book) = book() else { return };
    let file = std::env::var("SOPBOOK_RELEVANCE_QUERIES").map_or_else(
        |_| support::fixture("search", "relevance").join("queries.toml"),
        PathBuf::from,
    );
    let queries: Queries = toml::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    let out = support::sopbook()
        .args(["build", "-q", "--allow-broken-links", "-d"])
        .arg(&site)
        .arg(&book)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let list: Vec<&str> = queries.query.iter().map(|q| q.q.as_str()).collect();
    let got = run_node(&site, &json!({ "queries": list, "typing": false }));
    let (mut top3, mut misses) = (0, Vec::new());
    for (q, r) in queries.query.iter().zip(got["queries"].as_array().unwrap()) {
        let pages: Vec<&str> = r["pages"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|p| p.as_str())
            .collect();
        let rank = pages.iter().position(|p| *p == q.page).map(|i| i + 1);
        if rank.is_some_and(|r| r <= 3) {
            top3 += 1;
        }
        if rank.is_none_or(|r| r > q.top) {
            misses.push(format!(
                "{:?}: want {} in top {}, got {:?}",
                q.q,
                q.page,
                q.top,
                &pages[..pages.len().min(5)]
            ));
        }
    }
    let share = top3 as f64 / queries.query.len() as f64;
    eprintln!(
        "relevance: {top3}/{} in the top 3 ({:.0}%)",
        queries.query.len(),
        share * 100.0
    );
    for m in &misses {
        eprintln!("  miss {m}");
    }
    assert!(
        share >= 0.9,
        "only {:.0}% in the top 3:\n{}",
        share * 100.0,
        misses.join("\n")
    );
    let firsts: Vec<&String> = misses.iter().filter(|m| m.contains("in top 1,")).collect();
    assert!(
        firsts.is_empty(),
        "pages that must come first did not:\n{firsts:?}"
    );
}
