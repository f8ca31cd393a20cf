//! Search: the index written by `sopbook::search` queried by the theme's
//! `search.js` in node (ranking, typos, stems, host names, paths, CJK,
//! filters) and the JavaScript stemmer checked against the Rust one.

use crate::support;
use serde_json::{Value, json};
use sopbook::doc::{Block, BlockKind, Document, Inline, Meta};
use sopbook::search::{self, SearchConfig, SearchPage};
use std::path::Path;
use std::process::{Command, Stdio};

/// A made-up page in a tiny Markdown subset: front matter, `#` headings,
/// fenced code and paragraphs (enough for search fixtures, before the
/// Markdown reader exists).
fn read_page(text: &str) -> Document {
    let mut doc = Document::default();
    let mut body = text;
    if let Some(rest) = text.strip_prefix("---\n") {
        let end = rest.find("\n---\n").expect("front matter end");
        doc.meta = serde_yaml_ng::from_str::<Meta>(&rest[..end]).expect("front matter");
        body = &rest[end + 5..];
    }
    let mut para = String::new();
    let mut code: Option<String> = None;
    let flush = |para: &mut String, doc: &mut Document| {
        if !para.trim().is_empty() {
            let kind = BlockKind::Paragraph(vec![Inline::Text(para.trim().to_string())]);
            doc.blocks.push(Block::new(1, kind));
        }
        para.clear();
    };
    for line in body.lines() {
        if line.starts_with("```") {
            match code.take() {
                Some(c) => doc.blocks.push(Block::new(
                    1,
                    BlockKind::CodeBlock {
                        lang: None,
                        code: c,
                        caption: None,
                        linenos: false,
                    },
                )),
                None => {
                    flush(&mut para, &mut doc);
                    code = Some(String::new());
                }
            }
        } else if let Some(c) = code.as_mut() {
            c.push_str(line);
            c.push('\n');
        } else if line.starts_with('#') {
            flush(&mut para, &mut doc);
            let level = line.chars().take_while(|&c| c == '#').count() as u8;
            let title = line[level as usize..].trim().to_string();
            doc.blocks.push(Block::new(
                1,
                BlockKind::Heading {
                    level,
                    ids: vec![sopbook::doc::slugify(&title)],
                    content: vec![Inline::Text(title)],
                },
            ));
        } else if line.trim().is_empty() {
            flush(&mut para, &mut doc);
        } else {
            para.push_str(line);
            para.push(' ');
        }
    }
    flush(&mut para, &mut doc);
    doc
}

/// The fixture book's pages: (url, document).
fn fixture_pages() -> Vec<(String, Document)> {
    let root = support::fixture("search", "book");
    let mut pages = Vec::new();
    for entry in walkdir::WalkDir::new(&root).sort_by_file_name() {
        let entry = entry.unwrap();
        if entry.path().extension().is_some_and(|e| e == "md") {
            let rel = entry.path().strip_prefix(&root).unwrap();
            let url = rel
                .with_extension("html")
                .to_string_lossy()
                .replace('\\', "/");
            let text = std::fs::read_to_string(entry.path()).unwrap();
            pages.push((url, read_page(&text)));
        }
    }
    pages
}

/// Writes the index of `pages` into `site/search/`.
fn write_index(pages: &[(String, Document)], site: &Path, config: &SearchConfig) {
    let titles: Vec<String> = pages
        .iter()
        .map(|(_, d)| d.title().unwrap_or_default())
        .collect();
    let input: Vec<SearchPage> = pages
        .iter()
        .zip(&titles)
        .map(|((url, doc), title)| SearchPage {
            url,
            title,
            breadcrumbs: vec!["Operations handbook".into()],
            doc,
        })
        .collect();
    for f in search::build(&input, config) {
        let path = site.join(&f.path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, f.bytes).unwrap();
    }
}

/// Runs the node driver over an index in `site`.
pub fn run_node(site: &Path, input: &Value) -> Value {
    let repo = support::repo();
    let mut child = Command::new("node")
        .arg(repo.join("tests/js/search_driver.js"))
        .arg(repo.join("themes/default/static/search.js"))
        .arg(site)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("node runs");
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.to_string().as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "node failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("driver prints JSON")
}

fn fixture_site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write_index(&fixture_pages(), dir.path(), &SearchConfig::default());
    dir
}

#[test]
fn node_client_finds_the_right_section_first() {
    if !support::have_program("node", &["--version"]) {
        return;
    }
    let site = fixture_site();
    let cases = [
        ("kiln restart", "sysadmin/kiln.html#restarting-the-kiln-hub"),
        (
            "restaring kilnn",
            "sysadmin/kiln.html#restarting-the-kiln-hub",
        ),
        (
            "resatrting hub",
            "sysadmin/kiln.html#restarting-the-kiln-hub",
        ),
        ("db01.phx2", "sysadmin/database.html"),
        ("db01", "sysadmin/database.html"),
        ("/etc/httpd/conf.d", "sysadmin/webserver.html#configuration"),
        (
            "restore backup",
            "sysadmin/database.html#restoring-a-backup",
        ),
        ("postqueue", "sysadmin/mail.html#queue-is-growing"),
        ("mail queue", "sysadmin/mail.html#queue-is-growing"),
        ("kiln-admin", "sysadmin/kiln.html#adding-a-builder"),
        ("certificat", "sysadmin/kiln.html#rotating-certificates"),
        ("検索", "sysadmin/monitoring.html#検索の設定"),
        (
            "resume policy",
            "sysadmin/accounts.html#résumé-of-the-policy",
        ),
        (
            "reloading apache",
            "sysadmin/webserver.html#reloading-httpd",
        ),
        ("who keeps databases backed up", "sysadmin/database.html"),
    ];
    let queries: Vec<&str> = cases.iter().map(|c| c.0).collect();
    let out = run_node(site.path(), &json!({ "queries": queries }));
    let mut wrong = Vec::new();
    for ((q, want), got) in cases.iter().zip(out["queries"].as_array().unwrap()) {
        // A want without `#` names the page: any of its sections will do.
        let key = if want.contains('#') { "urls" } else { "pages" };
        let first = got[key][0].as_str().unwrap_or("");
        if first != *want {
            wrong.push(format!("{q:?}: want {want}, got {:?}", got["urls"]));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn node_client_filters_by_owner_and_tag() {
    if !support::have_program("node", &["--version"]) {
        return;
    }
    let site = fixture_site();
    let input = json!({ "queries": [
        "restart owner:Web_Team", "restart tag:builds", "restart", "restart owner:Nobody"
    ] });
    let out = run_node(site.path(), &input);
    let pages = |i: usize| -> Vec<String> {
        out["queries"][i]["pages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(pages(0), ["sysadmin/mail.html"]);
    assert_eq!(pages(1), ["sysadmin/kiln.html"]);
    assert_eq!(pages(2), ["sysadmin/kiln.html", "sysadmin/mail.html"]);
    assert!(pages(3).is_empty(), "{:?}", pages(3));
}

#[test]
fn javascript_and_rust_stemmers_agree() {
    if !support::have_program("node", &["--version"]) {
        return;
    }
    let mut words: Vec<String> = Vec::new();
    let mut dirs = vec![support::fixture("search", "book")];
    // The corpus, when present, gives thousands of real words (read only).
    dirs.extend(support::corpus().map(|c| c.join("infra-docs-rst/docs")));
    for dir in dirs {
        for entry in walkdir::WalkDir::new(dir).into_iter().flatten() {
            if entry.file_type().is_file() {
                let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
                search::token::terms(&text, &mut words);
            }
        }
    }
    for w in [
        "generously",
        "communication",
        "arsenal",
        "hopping",
        "hoping",
        "skies",
        "dying",
        "succeeding",
        "controlled",
        "rationalization",
        "sensibility",
        "electrical",
        "hopefulness",
        "cried",
        "ties",
        "conditional",
        "relational",
        "formality",
        "analogies",
        "ably",
        "fluently",
        "yelling",
        "playing",
        "syllabi",
        "agreed",
        "feed",
        "luxuriating",
        "filling",
        "probably",
    ] {
        words.push(w.to_string());
    }
    words.sort();
    words.dedup();
    let out = run_node(Path::new("."), &json!({ "stems": words }));
    let js = out["stems"].as_array().unwrap();
    let mut differ = Vec::new();
    for (w, j) in words.iter().zip(js) {
        let r = search::stem::stem(w);
        if j.as_str() != Some(r.as_str()) {
            differ.push(format!("{w}: rust {r}, js {j}"));
        }
    }
    assert!(differ.is_empty(), "{}", differ.join("\n"));
}

mod browser;
mod relevance;
