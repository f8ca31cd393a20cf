//! The site being served, in memory: (site path, contents) in, files with
//! their content type and ETag out. HTML pages get the live-reload script
//! when they are stored, so `sopbook build` output never carries it.

use axum::body::Bytes;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

/// The tag inserted before `</body>` of every served page.
pub const LIVE_TAG: &str = "<script src=\"/__sopbook/live.js\"></script>";

/// One file of the site, ready to send.
#[derive(Debug)]
pub struct File {
    pub body: Bytes,
    pub etag: String,
    pub mime: &'static str,
}

impl File {
    /// A file at site path `path`; pages get the live-reload script.
    pub fn new(path: &str, bytes: Vec<u8>) -> File {
        let mime = content_type(path);
        let bytes = if mime.starts_with("text/html") {
            inject(bytes)
        } else {
            bytes
        };
        File {
            etag: etag(&bytes),
            body: Bytes::from(bytes),
            mime,
        }
    }
}

/// Every file of the site by site path (`sops/koji.html`).
#[derive(Debug, Default)]
pub struct Site {
    files: HashMap<String, Arc<File>>,
}

impl Site {
    pub fn get(&self, path: &str) -> Option<Arc<File>> {
        self.files.get(path).cloned()
    }

    pub fn contains(&self, path: &str) -> bool {
        self.files.contains_key(path)
    }

    /// Adds or replaces files.
    pub fn put(&mut self, files: Vec<(String, Vec<u8>)>) {
        for (path, bytes) in files {
            let file = Arc::new(File::new(&path, bytes));
            self.files.insert(path, file);
        }
    }

    /// Replaces every file under the folder `dir` (`search/`) with
    /// `files`: the ones not given any more are gone.
    pub fn replace_dir(&mut self, dir: &str, files: Vec<(String, Vec<u8>)>) {
        let keep: std::collections::HashSet<&str> = files.iter().map(|(p, _)| p.as_str()).collect();
        self.files
            .retain(|path, _| !path.starts_with(dir) || keep.contains(path.as_str()));
        self.put(files);
    }

    /// Copies the files under the folder `dir` of `other` that this site
    /// does not have.
    pub fn keep_dir(&mut self, dir: &str, other: &Site) {
        for (path, file) in &other.files {
            if path.starts_with(dir) && !self.files.contains_key(path) {
                self.files.insert(path.clone(), file.clone());
            }
        }
    }

    /// A whole new site from files.
    pub fn from_files(files: Vec<(String, Vec<u8>)>) -> Site {
        let mut site = Site::default();
        site.put(files);
        site
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

/// Puts the live-reload script before the last `</body>` (or at the end).
fn inject(mut html: Vec<u8>) -> Vec<u8> {
    let at = html
        .windows(7)
        .rposition(|w| w.eq_ignore_ascii_case(b"</body>"))
        .unwrap_or(html.len());
    html.splice(at..at, LIVE_TAG.bytes());
    html
}

/// A strong ETag from the contents.
fn etag(bytes: &[u8]) -> String {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut h);
    format!("\"{:016x}-{:x}\"", h.finish(), bytes.len())
}

/// The content type of a site path, by extension.
pub fn content_type(path: &str) -> &'static str {
    let ext = path
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" | "map" => "application/json",
        "xml" => "application/xml",
        "txt" | "md" | "rst" | "conf" | "sh" | "log" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "pdf" => "application/pdf",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "ttf" => "font/ttf",
        "wasm" => "application/wasm",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_get_the_script_before_body_end() {
        let f = File::new("a.html", b"<html><body><p>x</p></body></html>".to_vec());
        let text = String::from_utf8(f.body.to_vec()).unwrap();
        assert_eq!(
            text,
            format!("<html><body><p>x</p>{LIVE_TAG}</body></html>")
        );
        let css = File::new("_static/a.css", b"p{}".to_vec());
        assert_eq!(&css.body[..], b"p{}");
        assert_eq!(css.mime, "text/css; charset=utf-8");
    }

    #[test]
    fn replacing_a_folder_drops_its_old_files_only() {
        let mut site = Site::from_files(vec![
            ("search/p-1.js".into(), b"1".to_vec()),
            ("search/manifest.js".into(), b"m1".to_vec()),
            ("index.html".into(), b"<p>".to_vec()),
        ]);
        site.replace_dir(
            "search/",
            vec![
                ("search/p-2.js".into(), b"2".to_vec()),
                ("search/manifest.js".into(), b"m2".to_vec()),
            ],
        );
        assert!(!site.contains("search/p-1.js"));
        assert!(site.contains("search/p-2.js") && site.contains("index.html"));
        assert_eq!(&site.get("search/manifest.js").unwrap().body[..], b"m2");
        let mut fresh = Site::from_files(vec![("index.html".into(), b"<h1>".to_vec())]);
        fresh.keep_dir("search/", &site);
        assert_eq!(fresh.len(), 3);
        assert!(fresh.get("index.html").unwrap().body.starts_with(b"<h1>"));
    }

    #[test]
    fn etags_follow_contents() {
        let a = File::new("a.css", b"a".to_vec());
        let b = File::new("b.css", b"a".to_vec());
        let c = File::new("a.css", b"b".to_vec());
        assert_eq!(a.etag, b.etag);
        assert_ne!(a.etag, c.etag);
    }
}
