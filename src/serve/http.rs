//! The HTTP side: the in-memory site in, an axum router out. Files with
//! content type and ETag (304 on `If-None-Match`), HEAD, `404.html` with
//! status 404, a folder URL answered by its `index.html`, nothing outside
//! the site, the live-reload script and its event stream.

use super::site::{LIVE_TAG, Site};
use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use std::convert::Infallible;
use std::sync::{Arc, Mutex, RwLock};
use tokio::sync::broadcast;
use tokio_stream::StreamExt;
use tokio_stream::wrappers::BroadcastStream;

/// What the server tells browsers.
#[derive(Debug, Clone)]
pub enum Signal {
    /// A build finished: its JSON message.
    Build(Arc<String>),
    /// A new search index replaced the old one: pages drop what they loaded.
    Search,
    /// The server is stopping: close the event streams.
    Shutdown,
}

/// State shared by the handlers and the rebuild thread.
pub struct Shared {
    pub site: RwLock<Site>,
    /// The message a browser gets on connecting (the current errors).
    pub status: Mutex<Arc<String>>,
    pub events: broadcast::Sender<Signal>,
}

impl Shared {
    pub fn new(site: Site) -> Arc<Shared> {
        Arc::new(Shared {
            site: RwLock::new(site),
            status: Mutex::new(Arc::new(String::new())),
            events: broadcast::channel(64).0,
        })
    }
}

const LIVE_JS: &str = include_str!("live.js");

/// The router of the preview server.
pub fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/__sopbook/events", get(events))
        .route("/__sopbook/live.js", get(live_js))
        .fallback_service(get(file).with_state(shared.clone()))
        .with_state(shared)
}

async fn live_js() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        LIVE_JS,
    )
        .into_response()
}

async fn events(
    State(shared): State<Arc<Shared>>,
) -> Sse<impl tokio_stream::Stream<Item = Result<Event, Infallible>>> {
    let rx = shared.events.subscribe();
    let first = shared.status.lock().expect("status lock").clone();
    let first = tokio_stream::iter((!first.is_empty()).then_some(Signal::Build(first)));
    let rest = BroadcastStream::new(rx).filter_map(Result::ok);
    let stream = first
        .chain(rest)
        .take_while(|s| !matches!(s, Signal::Shutdown))
        .map(|s| match s {
            Signal::Build(json) => Ok(Event::default().event("build").data(json.as_str())),
            Signal::Search => Ok(Event::default().event("search").data("{}")),
            Signal::Shutdown => Ok(Event::default()),
        });
    Sse::new(stream).keep_alive(KeepAlive::default())
}

async fn file(State(shared): State<Arc<Shared>>, uri: Uri, headers: HeaderMap) -> Response {
    let Some((rel, folder)) = site_path(uri.path()) else {
        return not_found(&shared);
    };
    let site = shared.site.read().expect("site lock");
    let key = if folder {
        format!("{rel}index.html")
    } else {
        rel.clone()
    };
    if let Some(f) = site.get(&key) {
        drop(site);
        let fresh = headers
            .get(header::IF_NONE_MATCH)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| etag_matches(v, &f.etag));
        let etag = HeaderValue::from_str(&f.etag).expect("etag is ascii");
        let mut res = if fresh {
            StatusCode::NOT_MODIFIED.into_response()
        } else {
            let mut r = Response::new(Body::from(f.body.clone()));
            r.headers_mut()
                .insert(header::CONTENT_TYPE, HeaderValue::from_static(f.mime));
            r
        };
        let h = res.headers_mut();
        h.insert(header::ETAG, etag);
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
        h.insert(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        );
        return res;
    }
    if !folder && site.contains(&format!("{rel}/index.html")) {
        drop(site);
        let to = format!("{}/", uri.path());
        return (
            StatusCode::MOVED_PERMANENTLY,
            [(header::LOCATION, to)],
            "moved",
        )
            .into_response();
    }
    drop(site);
    not_found(&shared)
}

/// `404.html` with status 404; links in it resolve from the site root.
fn not_found(shared: &Shared) -> Response {
    let page = shared.site.read().expect("site lock").get("404.html");
    let html = match page {
        Some(f) => {
            let text = String::from_utf8_lossy(&f.body).into_owned();
            match text.find("<head>") {
                Some(at) => format!("{}<base href=\"/\">{}", &text[..at + 6], &text[at + 6..]),
                None => text,
            }
        }
        None => format!(
            "<!DOCTYPE html>\n<title>Page not found</title>\n<h1>Page not found</h1>\n{LIVE_TAG}\n"
        ),
    };
    (
        StatusCode::NOT_FOUND,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        html,
    )
        .into_response()
}

/// Whether an `If-None-Match` value names `etag` (or is `*`).
fn etag_matches(header: &str, etag: &str) -> bool {
    header.split(',').map(str::trim).any(|t| {
        let t = t.strip_prefix("W/").unwrap_or(t);
        t == "*" || t == etag
    })
}

/// The site path of a request path, `None` when it could leave the site
/// (`..`, `.`, encoded slashes or backslashes, NUL, bad encoding). The
/// flag tells a folder URL (empty, or ending in `/`); a folder path keeps
/// its trailing `/`.
pub fn site_path(raw: &str) -> Option<(String, bool)> {
    let raw = raw.strip_prefix('/')?;
    let folder = raw.is_empty() || raw.ends_with('/');
    let raw = raw.strip_suffix('/').unwrap_or(raw);
    if raw.is_empty() {
        return Some((String::new(), true));
    }
    let mut parts = Vec::new();
    for seg in raw.split('/') {
        let bytes = percent_decode(seg)?;
        let text = String::from_utf8(bytes).ok()?;
        let bad = text.is_empty()
            || text == "."
            || text == ".."
            || text.contains(['/', '\\', '\0'])
            || text.contains(':');
        if bad {
            return None;
        }
        parts.push(text);
    }
    let mut path = parts.join("/");
    if folder {
        path.push('/');
    }
    Some((path, folder))
}

/// Decodes `%XX` escapes; a malformed escape gives `None`.
fn percent_decode(s: &str) -> Option<Vec<u8>> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = |c: u8| (c as char).to_digit(16);
            let (h, l) = (hex(*b.get(i + 1)?)?, hex(*b.get(i + 2)?)?);
            out.push((h * 16 + l) as u8);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_stay_inside_the_site() {
        assert_eq!(site_path("/"), Some((String::new(), true)));
        assert_eq!(site_path("/a/b.html"), Some(("a/b.html".into(), false)));
        assert_eq!(site_path("/a/"), Some(("a/".into(), true)));
        assert_eq!(site_path("/a%20b.html"), Some(("a b.html".into(), false)));
        for bad in [
            "/../etc/passwd",
            "/a/../../x",
            "/%2e%2e/x",
            "/%2E%2E%2Fx",
            "/a%2f..%2f..%2fx",
            "/a%5c..%5cx",
            "/./a",
            "/a//b",
            "/a%00b",
            "/%zz",
            "/c:/x",
        ] {
            assert_eq!(site_path(bad), None, "{bad}");
        }
    }

    #[test]
    fn etags_match_lists_and_weak_forms() {
        assert!(etag_matches("\"a\", W/\"b\"", "\"b\""));
        assert!(etag_matches("*", "\"b\""));
        assert!(!etag_matches("\"a\"", "\"b\""));
    }
}
