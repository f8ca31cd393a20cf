//! `sopbook serve`: HTTP behaviour on the router (content types, ETag and
//! 304, HEAD, 404, folders, traversal attempts, symlinks), rebuilds in
//! process and through the real server (SSE events, the error overlay
//! state), port and shutdown handling, and a headless Chromium session
//! that watches an edit arrive.

use super::support::{copy_tree, fixture, sopbook};
use super::webdriver::{Browser, free_port};
use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use sopbook::config::Config;
use sopbook::serve::{LIVE_TAG, Preview, Signal};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};
use tower::ServiceExt;

/// The `folders` build fixture copied into a temporary folder.
fn book() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("book");
    copy_tree(&fixture("build", "folders"), &dir);
    (tmp, dir)
}

fn preview(dir: &Path) -> Preview {
    Preview::new(Config::load(dir).unwrap())
}

struct Reply {
    status: StatusCode,
    headers: HeaderMap,
    body: String,
}

async fn call(p: &Preview, method: Method, uri: &str, headers: &[(&str, &str)]) -> Reply {
    let mut req = Request::builder().method(method).uri(uri);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let res = p
        .router()
        .oneshot(req.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let bytes = axum::body::to_bytes(res.into_body(), usize::MAX)
        .await
        .unwrap();
    Reply {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

async fn get(p: &Preview, uri: &str) -> Reply {
    call(p, Method::GET, uri, &[]).await
}

fn content_type(r: &Reply) -> &str {
    r.headers[header::CONTENT_TYPE].to_str().unwrap()
}

#[tokio::test]
async fn content_types_follow_the_extension() {
    let (_tmp, dir) = book();
    let p = preview(&dir);
    assert!(p.errors().is_empty(), "{:?}", p.errors());
    for (uri, ty) in [
        ("/", "text/html; charset=utf-8"),
        ("/network/dns.html", "text/html; charset=utf-8"),
        ("/_static/sopbook.css", "text/css; charset=utf-8"),
        ("/_static/menu.js", "text/javascript; charset=utf-8"),
        ("/files/diagram.svg", "image/svg+xml"),
        ("/__sopbook/live.js", "text/javascript; charset=utf-8"),
    ] {
        let r = get(&p, uri).await;
        assert_eq!(r.status, StatusCode::OK, "{uri}");
        assert_eq!(content_type(&r), ty, "{uri}");
    }
}

#[tokio::test]
async fn etag_and_if_none_match_give_304() {
    let (_tmp, dir) = book();
    let p = preview(&dir);
    let first = get(&p, "/network/dns.html").await;
    let etag = first.headers[header::ETAG].to_str().unwrap().to_string();
    assert!(etag.starts_with('"') && etag.ends_with('"'), "{etag}");
    let again = call(
        &p,
        Method::GET,
        "/network/dns.html",
        &[("if-none-match", &etag)],
    )
    .await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(again.body.is_empty());
    assert_eq!(again.headers[header::ETAG], etag.as_str());
    let weak = format!("\"x\", W/{etag}");
    let listed = call(
        &p,
        Method::GET,
        "/network/dns.html",
        &[("if-none-match", &weak)],
    )
    .await;
    assert_eq!(listed.status, StatusCode::NOT_MODIFIED);
    let other = call(
        &p,
        Method::GET,
        "/network/dns.html",
        &[("if-none-match", "\"0\"")],
    )
    .await;
    assert_eq!(other.status, StatusCode::OK);
    assert_eq!(other.body, first.body);
    let css = get(&p, "/_static/sopbook.css").await;
    assert_ne!(css.headers[header::ETAG], etag.as_str());
}

#[tokio::test]
async fn head_gives_headers_without_a_body() {
    let (_tmp, dir) = book();
    let p = preview(&dir);
    let full = get(&p, "/network/dns.html").await;
    let head = call(&p, Method::HEAD, "/network/dns.html", &[]).await;
    assert_eq!(head.status, StatusCode::OK);
    assert!(head.body.is_empty());
    assert_eq!(content_type(&head), "text/html; charset=utf-8");
    assert_eq!(head.headers[header::ETAG], full.headers[header::ETAG]);
    let missing = call(&p, Method::HEAD, "/nope.html", &[]).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    let post = call(&p, Method::POST, "/network/dns.html", &[]).await;
    assert_eq!(post.status, StatusCode::METHOD_NOT_ALLOWED);
}

#[tokio::test]
async fn missing_pages_get_404_html_with_status_404() {
    let (_tmp, dir) = book();
    let p = preview(&dir);
    let r = get(&p, "/network/no-such-page.html").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert_eq!(content_type(&r), "text/html; charset=utf-8");
    assert!(r.body.contains("Page not found"), "{}", r.body);
    assert!(
        r.body.contains("<base href=\"/\">"),
        "links resolve from the root"
    );
    assert!(r.body.contains(LIVE_TAG));
}

#[tokio::test]
async fn folders_serve_their_index_and_are_never_listed() {
    let (_tmp, dir) = book();
    let p = preview(&dir);
    let index = get(&p, "/network/").await;
    assert_eq!(index.status, StatusCode::OK);
    assert_eq!(index.body, get(&p, "/network/index.html").await.body);
    let bare = get(&p, "/network").await;
    assert_eq!(bare.status, StatusCode::MOVED_PERMANENTLY);
    assert_eq!(bare.headers[header::LOCATION], "/network/");
    let not_found = get(&p, "/no-such-page.html").await.body;
    for uri in ["/files/", "/files", "/_static/", "/_static"] {
        let r = get(&p, uri).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{uri}");
        assert_eq!(r.body, not_found, "{uri}: the 404 page, no listing");
    }
}

#[tokio::test]
async fn no_path_outside_the_site_is_reachable() {
    let (_tmp, dir) = book();
    std::fs::write(dir.join("secret.txt"), "TOP-SECRET-VALUE").unwrap();
    let p = preview(&dir);
    for uri in [
        "/../secret.txt",
        "/../../secret.txt",
        "/network/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/%2e%2e/secret.txt",
        "/network/%2e%2e/%2e%2e/secret.txt",
        "/%2e%2e%2fsecret.txt",
        "/network%2f..%2f..%2fsecret.txt",
        "/..%5csecret.txt",
        "/.%2e/secret.txt",
        "/network/./dns.html",
        "//secret.txt",
        "/%00/secret.txt",
        "/%zz",
        "/../book.toml",
        "/../content/network/dns.md",
    ] {
        let r = get(&p, uri).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{uri}");
        assert!(!r.body.contains("TOP-SECRET"), "{uri}");
        assert!(!r.body.contains("[book]"), "{uri}");
    }
    let sources = get(&p, "/network/dns.md").await;
    assert_eq!(
        sources.status,
        StatusCode::NOT_FOUND,
        "sources are not served"
    );
}

#[tokio::test]
async fn symlinks_leaving_the_book_are_not_followed() {
    let (tmp, dir) = book();
    let outside = tmp.path().join("outside.txt");
    std::fs::write(&outside, "TOP-SECRET-VALUE").unwrap();
    std::os::unix::fs::symlink(&outside, dir.join("content/files/leak.txt")).unwrap();
    let p = preview(&dir);
    let errors = p.errors().join("\n");
    assert!(
        errors.contains("leak.txt") && errors.contains("symlink"),
        "{errors}"
    );
    let r = get(&p, "/files/leak.txt").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(!r.body.contains("TOP-SECRET"));
    // Removing the link: the next build is good and serves the book.
    let mut p = p;
    std::fs::remove_file(dir.join("content/files/leak.txt")).unwrap();
    let changed = [dir
        .join("content/files/leak.txt")
        .canonicalize()
        .unwrap_or_else(|_| dir.canonicalize().unwrap().join("content/files/leak.txt"))];
    assert!(p.rebuild(&changed).is_some());
    assert!(p.errors().is_empty(), "{:?}", p.errors());
    assert_eq!(
        get(&p, "/files/leak.txt").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(get(&p, "/network/dns.html").await.status, StatusCode::OK);
}

/// The JSON of the next build message (search index news skipped).
fn next_build(rx: &mut tokio::sync::broadcast::Receiver<Signal>) -> serde_json::Value {
    loop {
        match rx.try_recv().expect("a message was sent") {
            Signal::Build(json) => return serde_json::from_str(&json).unwrap(),
            Signal::Search => continue,
            Signal::Shutdown => panic!("unexpected shutdown"),
        }
    }
}

#[tokio::test]
async fn an_edit_rebuilds_the_page_and_tells_browsers() {
    let (_tmp, dir) = book();
    let mut p = preview(&dir);
    let mut rx = p.subscribe();
    let src = dir.canonicalize().unwrap().join("content/network/dns.md");
    let text = std::fs::read_to_string(&src).unwrap();
    std::fs::write(&src, format!("{text}\nA new line about forwarders.\n")).unwrap();
    assert_eq!(p.rebuild(std::slice::from_ref(&src)), Some(1));
    let m = next_build(&mut rx);
    assert_eq!(m["pages"], serde_json::json!(["network/dns.html"]));
    assert_eq!(m["errors"], serde_json::json!([]));
    assert!(
        get(&p, "/network/dns.html")
            .await
            .body
            .contains("about forwarders")
    );

    // A new title: the pages showing it are rendered again, not the others.
    let text = std::fs::read_to_string(&src).unwrap();
    std::fs::write(
        &src,
        text.replace("Restart the resolver", "Restart unbound"),
    )
    .unwrap();
    let n = p.rebuild(std::slice::from_ref(&src)).unwrap();
    let m = next_build(&mut rx);
    let pages: Vec<String> = serde_json::from_value(m["pages"].clone()).unwrap();
    assert!(
        pages.contains(&"network/firewall.html".to_string()),
        "{pages:?}"
    );
    assert!(
        !pages.contains(&"storage/archive.html".to_string()),
        "{pages:?}"
    );
    assert!(n > 1 && n < 7, "{n} pages rendered");
    assert!(
        get(&p, "/network/firewall.html")
            .await
            .body
            .contains("Restart unbound")
    );
    assert!(
        get(&p, "/_static/menu.js")
            .await
            .body
            .contains("Restart unbound")
    );

    // Editor droppings and unrelated files are ignored.
    let swap = src.with_file_name(".dns.md.swp");
    std::fs::write(&swap, "x").unwrap();
    assert_eq!(
        p.rebuild(&[swap, dir.canonicalize().unwrap().join("site/x.html")]),
        None
    );
}

/// The shard names of a served search manifest.
fn shard_names(manifest: &str) -> Vec<String> {
    let json = manifest
        .trim()
        .strip_prefix("sopbookSearch(\"manifest\",")
        .and_then(|m| m.strip_suffix(");"))
        .expect("a manifest script");
    let m: serde_json::Value = serde_json::from_str(json).unwrap();
    let mut names: Vec<String> = ["vocab", "postings", "docs"]
        .iter()
        .flat_map(|k| m[*k].as_array().unwrap().clone())
        .map(|run| run[1].as_str().unwrap().to_string())
        .collect();
    names.extend(m["facets"].as_str().map(String::from));
    names
}

/// Copies the served search index into `site/search/`; returns the shard
/// names.
async fn download_index(p: &Preview, site: &Path) -> Vec<String> {
    let manifest = get(p, "/search/manifest.js").await;
    assert_eq!(manifest.status, StatusCode::OK);
    let names = shard_names(&manifest.body);
    let dir = site.join("search");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("manifest.js"), &manifest.body).unwrap();
    for name in &names {
        let shard = get(p, &format!("/search/{name}.js")).await;
        assert_eq!(shard.status, StatusCode::OK, "{name}");
        std::fs::write(dir.join(format!("{name}.js")), shard.body).unwrap();
    }
    names
}

/// The pages found for each query by the theme's `search.js`.
fn search_pages(site: &Path, queries: &[&str]) -> Vec<Vec<String>> {
    let out = super::search::run_node(site, &serde_json::json!({ "queries": queries }));
    out["queries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| serde_json::from_value(q["pages"].clone()).unwrap())
        .collect()
}

#[tokio::test]
async fn an_edit_updates_the_search_index() {
    if !super::support::have_program("node", &["--version"]) {
        return;
    }
    let (tmp, dir) = book();
    let site = tmp.path().join("downloaded");
    let mut p = preview(&dir);
    p.settle_search();
    let before = download_index(&p, &site).await;
    let queries = ["forwarders", "unbound", "firewall"];
    let found = search_pages(&site, &queries);
    assert!(found[0].is_empty(), "{found:?}");
    assert_eq!(
        found[1].first().map(String::as_str),
        Some("network/dns.html")
    );
    assert!(!found[2].is_empty(), "{found:?}");

    // The page is served first; the index follows.
    let src = dir.canonicalize().unwrap().join("content/network/dns.md");
    let text = std::fs::read_to_string(&src).unwrap();
    let text = text.replace("unbound-control flush_zone", "resolverctl purge");
    std::fs::write(&src, format!("{text}\nCheck the forwarders answer.\n")).unwrap();
    assert_eq!(p.rebuild(std::slice::from_ref(&src)), Some(1));
    assert!(
        get(&p, "/network/dns.html")
            .await
            .body
            .contains("forwarders")
    );
    p.settle_search();
    let after = download_index(&p, &site).await;
    let found = search_pages(&site, &queries);
    assert_eq!(
        found[0].first().map(String::as_str),
        Some("network/dns.html")
    );
    assert!(found[1].is_empty(), "{found:?}");
    assert!(!found[2].is_empty(), "{found:?}");

    // Shards whose content changed are gone from the site.
    let gone: Vec<&String> = before.iter().filter(|n| !after.contains(n)).collect();
    assert!(!gone.is_empty());
    for name in gone {
        let r = get(&p, &format!("/search/{name}.js")).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{name}");
    }
}

#[tokio::test]
async fn a_broken_page_keeps_the_last_good_one_until_fixed() {
    let (_tmp, dir) = book();
    let mut p = preview(&dir);
    let mut rx = p.subscribe();
    let src = dir.canonicalize().unwrap().join("content/network/dns.md");
    let good = std::fs::read_to_string(&src).unwrap();
    let before = get(&p, "/network/dns.html").await.body;
    std::fs::write(&src, format!("{good}\nSee [the runbook](missing.md).\n")).unwrap();
    p.rebuild(std::slice::from_ref(&src));
    let m = next_build(&mut rx);
    let errors = m["errors"].to_string();
    assert!(
        errors.contains("dns.md:") && errors.contains("broken link"),
        "{errors}"
    );
    assert_eq!(get(&p, "/network/dns.html").await.body, before);
    let bad_front = good.replacen("owner = ", "owner = = ", 1);
    std::fs::write(&src, bad_front).unwrap();
    p.rebuild(std::slice::from_ref(&src));
    let errors = next_build(&mut rx)["errors"].to_string();
    assert!(
        errors.contains("dns.md:") && errors.contains("front matter"),
        "{errors}"
    );
    std::fs::write(&src, format!("{good}\nFixed now.\n")).unwrap();
    p.rebuild(std::slice::from_ref(&src));
    let m = next_build(&mut rx);
    assert_eq!(m["errors"], serde_json::json!([]));
    assert!(
        get(&p, "/network/dns.html")
            .await
            .body
            .contains("Fixed now.")
    );
}

#[tokio::test]
async fn a_stylesheet_change_is_swapped_not_reloaded() {
    let (_tmp, dir) = book();
    let theme = dir.join("theme/static");
    std::fs::create_dir_all(&theme).unwrap();
    std::fs::write(theme.join("sopbook.css"), "body { color: red }").unwrap();
    let mut p = preview(&dir);
    let mut rx = p.subscribe();
    let css = dir.canonicalize().unwrap().join("theme/static/sopbook.css");
    std::fs::write(&css, "body { color: blue }").unwrap();
    p.rebuild(std::slice::from_ref(&css));
    let m = next_build(&mut rx);
    assert_eq!(m["css"], serde_json::json!(["_static/sopbook.css"]));
    assert_eq!(m["pages"], serde_json::json!([]));
    assert_eq!(m["all"], false);
    assert_eq!(
        get(&p, "/_static/sopbook.css").await.body,
        "body { color: blue }"
    );
}

/// A `sopbook serve` process on a free port, killed on drop.
struct Server {
    child: Child,
    port: u16,
    stderr: mpsc::Receiver<String>,
}

impl Server {
    fn start(dir: &Path) -> Server {
        let port = free_port();
        let mut child = sopbook()
            .args(["serve", "--port", &port.to_string()])
            .arg(dir)
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        let (tx, stderr) = mpsc::channel();
        let err = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(err).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
        let s = Server {
            child,
            port,
            stderr,
        };
        s.wait_line("serving http://127.0.0.1:", 60);
        s
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    fn wait_line(&self, needle: &str, secs: u64) -> String {
        let deadline = Instant::now() + Duration::from_secs(secs);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.stderr.recv_timeout(left) {
                Ok(line) if line.contains(needle) => return line,
                Ok(_) => {}
                Err(_) => panic!("no line with `{needle}` from the server"),
            }
        }
    }

    fn get(&self, path: &str) -> (u16, String) {
        let r = ureq::get(&self.url(path))
            .config()
            .http_status_as_error(false)
            .build()
            .call()
            .unwrap();
        let status = r.status().as_u16();
        (status, r.into_body().read_to_string().unwrap())
    }

    /// The `data:` lines of the event stream, as they come.
    fn events(&self) -> mpsc::Receiver<String> {
        let r = ureq::get(&self.url("/__sopbook/events")).call().unwrap();
        assert_eq!(
            r.headers()["content-type"].to_str().unwrap(),
            "text/event-stream"
        );
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(r.into_body().into_reader())
                .lines()
                .map_while(Result::ok)
            {
                if let Some(data) = line.strip_prefix("data: ")
                    && tx.send(data.to_string()).is_err()
                {
                    break;
                }
            }
        });
        rx
    }

    fn interrupt(&self) {
        let ok = std::process::Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(ok.success());
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Waits for an event whose JSON satisfies `pred`.
fn wait_event(rx: &mpsc::Receiver<String>, pred: impl Fn(&serde_json::Value) -> bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let data = rx.recv_timeout(left).expect("an event in time");
        if pred(&serde_json::from_str(&data).unwrap()) {
            return;
        }
    }
}

fn wait_until(secs: u64, mut cond: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(secs);
    while !cond() {
        assert!(Instant::now() < deadline, "timed out");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn the_server_rebuilds_on_save_and_sends_an_event() {
    let (_tmp, dir) = book();
    let server = Server::start(&dir);
    let events = server.events();
    wait_event(&events, |m| m["errors"] == serde_json::json!([]));
    let src = dir.join("content/network/dns.md");
    let text = std::fs::read_to_string(&src).unwrap();
    // Saved the way vim does: a new file renamed over the old one.
    let tmp = dir.join("content/network/dns.md.tmp");
    std::fs::write(&tmp, format!("{text}\nSaved through a rename.\n")).unwrap();
    std::fs::rename(&tmp, &src).unwrap();
    wait_until(10, || {
        server
            .get("/network/dns.html")
            .1
            .contains("through a rename")
    });
    wait_event(&events, |m| {
        m["pages"] == serde_json::json!(["network/dns.html"])
    });
    // A broken link: an event with the message, the old page still served.
    std::fs::write(&src, format!("{text}\n[x](gone.md)\n")).unwrap();
    wait_event(&events, |m| m["errors"].to_string().contains("dns.md:"));
    assert!(
        server
            .get("/network/dns.html")
            .1
            .contains("through a rename")
    );
    assert!(server.wait_line("broken link", 5).contains("dns.md:"));
}

#[test]
fn a_burst_of_changes_is_one_rebuild() {
    let (_tmp, dir) = book();
    let server = Server::start(&dir);
    let events = server.events();
    wait_event(&events, |m| m["errors"] == serde_json::json!([]));
    let content = dir.join("content");
    for name in [
        "network/dns.md",
        "network/firewall.md",
        "storage/archive.md",
    ] {
        let path = content.join(name);
        let text = std::fs::read_to_string(&path).unwrap();
        for i in 0..20 {
            std::fs::write(&path, format!("{text}\nBurst {i}.\n")).unwrap();
        }
    }
    wait_event(&events, |m| {
        m["pages"].as_array().is_some_and(|p| !p.is_empty())
    });
    std::thread::sleep(Duration::from_millis(500));
    // 60 saves: one rebuild, or a few when the machine is so loaded that
    // the writes pause longer than the quiet time (the batching itself is
    // tested exactly in `serve::watch`).
    let more = events.try_iter().count();
    assert!(more <= 3, "{} rebuilds for 60 saves", more + 1);
    assert!(server.get("/storage/archive.html").1.contains("Burst 19."));
}

#[test]
fn binds_loopback_and_stops_cleanly_on_ctrl_c() {
    let (_tmp, dir) = book();
    let server = Server::start(&dir);
    let events = server.events();
    assert_eq!(server.get("/").0, 200);
    server.interrupt();
    let start = Instant::now();
    server.wait_line("stopped", 5);
    let mut server = server;
    let status = server.child.wait().unwrap();
    assert!(status.success(), "{status:?}");
    assert!(start.elapsed() < Duration::from_secs(3));
    drop(events);
}

#[test]
fn open_starts_the_browser_named_by_browser_env() {
    let (tmp, dir) = book();
    let seen = tmp.path().join("opened.txt");
    let script = tmp.path().join("fake-browser");
    let body = "#!/bin/sh\nd=\"$(dirname \"$0\")\"\nprintf '%s' \"$1\" > \"$d/tmp.txt\" && mv \"$d/tmp.txt\" \"$d/opened.txt\"\n";
    std::fs::write(&script, body).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let port = free_port();
    let mut child = sopbook()
        .args(["serve", "--open", "--port", &port.to_string()])
        .arg(&dir)
        .env(
            "BROWSER",
            format!("/nonexistent/browser:{}", script.display()),
        )
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    wait_until(30, || seen.is_file());
    let _ = child.kill();
    let _ = child.wait();
    let opened = std::fs::read_to_string(&seen).unwrap();
    assert_eq!(opened, format!("http://127.0.0.1:{port}/"));
}

#[test]
fn a_taken_port_is_a_clear_error() {
    let (_tmp, dir) = book();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let out = sopbook()
        .args(["serve", "--port", &port.to_string()])
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("already in use") && err.contains("--port"),
        "{err}"
    );
}

#[test]
fn browser_sees_edits_live_and_the_error_overlay() {
    let (_tmp, dir) = book();
    let src = dir.join("content/network/dns.md");
    let mut good = std::fs::read_to_string(&src).unwrap();
    for i in 0..80 {
        good.push_str(&format!(
            "\nParagraph {i} of the long resolver procedure.\n"
        ));
    }
    std::fs::write(&src, &good).unwrap();
    let server = Server::start(&dir);
    let Some(browser) = open_live(&server, "/network/dns.html") else {
        return;
    };
    browser.eval("window.scrollTo(0, 900); window.sopbookStayed = true;");
    let y = browser.eval("return window.scrollY").as_f64().unwrap();
    assert!(y > 500.0, "the page scrolls ({y})");

    std::fs::write(
        &src,
        format!("{good}\nThe resolver now answers on port 5353.\n"),
    )
    .unwrap();
    browser.wait_for(
        "return document.body.textContent.includes('answers on port 5353')",
        10,
    );
    let after = browser.eval("return window.scrollY").as_f64().unwrap();
    assert!((after - y).abs() < 2.0, "scroll kept: {y} then {after}");
    assert_eq!(browser.eval("return window.sopbookStayed === true"), false);

    let broken = good.replacen("owner = ", "owner = = ", 1);
    std::fs::write(&src, broken).unwrap();
    browser.wait_for(
        "var o = document.getElementById('sopbook-overlay'); \
         return !!o && o.textContent.includes('dns.md:') && o.textContent.includes('front matter')",
        10,
    );
    assert_eq!(
        browser.eval("return document.body.textContent.includes('answers on port 5353')"),
        true,
        "the last good page stays under the overlay"
    );

    std::fs::write(&src, format!("{good}\nFixed: port 53 again.\n")).unwrap();
    browser.wait_for(
        "return !document.getElementById('sopbook-overlay') && \
         document.body.textContent.includes('Fixed: port 53 again')",
        10,
    );
}

/// A page open before an edit keeps a search box that works: the server
/// tells it the index was replaced, and it loads the new one.
#[test]
fn an_open_page_searches_the_index_rebuilt_after_an_edit() {
    let (_tmp, dir) = book();
    let src = dir.join("content/network/dns.md");
    let good = std::fs::read_to_string(&src).unwrap();
    let server = Server::start(&dir);
    let Some(browser) = open_live(&server, "/index.html") else {
        return;
    };
    let hits = "var d = document.getElementById('search-dropdown'); \
                return !!d && !d.hidden && d.querySelector('a.search-hit') !== null";
    browser.type_into("#search-box", "unbound");
    browser.wait_for(hits, 10);
    browser.eval("window.sopbookStayed = true;");

    std::fs::write(&src, format!("{good}\nThe quokkaserver answers first.\n")).unwrap();
    let found = "var a = document.querySelector('#search-dropdown a.search-hit'); \
                 return !!a && a.getAttribute('href').indexOf('network/dns.html') >= 0";
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        browser.eval(
            "var b = document.getElementById('search-box'); b.value = 'quokkaserver'; \
             b.dispatchEvent(new Event('input'));",
        );
        std::thread::sleep(std::time::Duration::from_millis(300));
        if browser.eval(found) == true {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the open page never found the new word: {}",
            browser.eval(
                "return [typeof window.sopbookSearchRefresh, \
                 document.getElementById('search-dropdown').textContent, document.body.textContent.indexOf('quokka')]"
            )
        );
    }
    assert_eq!(
        browser.eval("return window.sopbookStayed === true"),
        true,
        "the page was not reloaded"
    );
}

/// A browser on `path` of the preview, once its live-reload stream is
/// connected; `None` when there is no browser to drive.
fn open_live(server: &Server, path: &str) -> Option<Browser> {
    let browser = Browser::start()?;
    browser.goto(&server.url(path));
    browser.wait_for(
        "return document.documentElement.getAttribute('data-sopbook-live') === 'connected'",
        10,
    );
    Some(browser)
}
