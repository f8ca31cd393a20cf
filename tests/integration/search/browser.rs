//! Search in headless Chromium: the results page opened from `file://` and
//! from a local server, the search box driven with the keyboard, and the
//! matched words highlighted on the page a result opens.

use crate::support;
use crate::webdriver::Browser;
use serde_json::Value;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};

/// Builds the search fixture book with the sopbook binary.
fn build_site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let out = support::sopbook()
        .arg("build")
        .arg(support::fixture("search", "book"))
        .arg("-d")
        .arg(dir.path().join("site"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "build failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    dir
}

/// Serves `root` over HTTP on 127.0.0.1 from a thread; returns the base URL.
fn serve(root: PathBuf) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let root = root.clone();
            std::thread::spawn(move || answer(&root, stream));
        }
    });
    base
}

fn answer(root: &Path, mut stream: std::net::TcpStream) {
    let mut line = String::new();
    if BufReader::new(&stream).read_line(&mut line).is_err() {
        return;
    }
    let target = line.split(' ').nth(1).unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let path = percent_decode(path.trim_start_matches('/'));
    let file = root.join(if path.is_empty() { "index.html" } else { &path });
    let (status, body) = match std::fs::read(&file) {
        Ok(b) if !path.contains("..") => ("200 OK", b),
        _ => ("404 Not Found", b"not found".to_vec()),
    };
    let kind = match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css",
        _ => "application/octet-stream",
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(v) = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(v);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The hrefs of `#search-results > li > a`, once results are shown.
fn result_links(browser: &Browser) -> Vec<String> {
    browser.wait_for(
        "return document.querySelectorAll('#search-results > li').length > 0",
        10,
    );
    let v = browser.eval(
        "return Array.from(document.querySelectorAll('#search-results > li > a')).map(a => a.href)",
    );
    v.as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .map(String::from)
        .collect()
}

#[test]
fn results_page_works_from_file_and_from_a_server() {
    let Some(browser) = Browser::start() else {
        return;
    };
    let dir = build_site();
    let site = dir.path().join("site");
    let file_base = format!("file://{}", site.display());
    let http_base = serve(site.clone());
    for base in [file_base, http_base] {
        browser.goto(&format!("{base}/search.html?q=restaring%20kiln"));
        let links = result_links(&browser);
        assert!(
            links[0].contains("/sysadmin/kiln.html?highlight=")
                && links[0].ends_with("#restarting-the-kiln-hub"),
            "{base}: {links:?}"
        );
        let snippet = browser.eval(
            "return document.querySelector('#search-results > li .search-snippet').textContent",
        );
        assert!(
            snippet.as_str().unwrap().contains("Kiln build system"),
            "{snippet}"
        );
        browser.goto(&format!("{base}/search.html?q=db01.phx2"));
        let links = result_links(&browser);
        assert!(
            links[0].contains("/sysadmin/database.html"),
            "{base}: {links:?}"
        );
        // The target page marks the matched words.
        browser.goto(&links[0]);
        browser.wait_for(
            "return document.querySelectorAll('mark.search-hl').length > 0",
            10,
        );
    }
}

#[test]
fn search_box_answers_as_you_type_and_follows_the_keyboard() {
    let Some(browser) = Browser::start() else {
        return;
    };
    let dir = build_site();
    let page = dir.path().join("site/sysadmin/mail.html");
    browser.goto(&format!("file://{}", page.display()));
    browser.press("/");
    let focused = browser.eval("return document.activeElement && document.activeElement.id");
    assert_eq!(focused, "search-box");
    browser.type_into("#search-box", "postgres backup");
    browser.wait_for(
        "var d = document.getElementById('search-dropdown'); \
         return !!d && !d.hidden && d.querySelectorAll('a.search-hit').length > 0",
        10,
    );
    let first = browser.eval(
        "return document.querySelector('#search-dropdown a.search-hit .search-title').textContent",
    );
    assert!(
        first.as_str().unwrap().contains("Database"),
        "first hit: {first}"
    );
    let marked = browser.eval("return document.querySelectorAll('#search-dropdown mark').length");
    assert!(marked.as_u64().unwrap() > 0, "no word marked in the hits");
    browser.type_into("#search-box", "\u{E015}\u{E007}");
    browser.wait_for("return location.pathname.endsWith('/database.html')", 10);
    // `s` focuses the box too; Enter with nothing selected opens the results page.
    browser.press("s");
    browser.type_into("#search-box", "kiln\u{E007}");
    browser.wait_for("return location.pathname.endsWith('/search.html')", 10);
    let links = result_links(&browser);
    assert!(links[0].contains("/sysadmin/kiln.html"), "{links:?}");
}
