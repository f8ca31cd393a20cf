//! The site's files besides its pages: theme static files, the menu
//! script, highlighting CSS, copied assets, `search.html`, `genindex.html`,
//! `404.html`, `sitemap.xml` and redirect pages for old URLs.

use super::context::{LinkContext, PageContext};
use super::{Context, Renderer, Theme, write_file};
use crate::error::{BuildError, BuildErrors};
use crate::links::{path_to_root, relative};
use serde::Serialize;
use std::path::Path;

/// Theme static files, the menu and the highlighting stylesheet, as
/// (site path, contents).
pub fn statics(r: &Renderer, theme: &Theme) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = theme
        .statics
        .iter()
        .map(|(name, bytes)| (format!("_static/{name}"), bytes.clone()))
        .collect();
    files.push((
        "_static/menu.js".into(),
        super::menu::script(r.book).into_bytes(),
    ));
    files.push((
        "_static/highlight.css".into(),
        r.highlighter.css().into_bytes(),
    ));
    files
}

/// Writes the static files and copies the book's assets.
pub fn write_statics(r: &Renderer, theme: &Theme, out: &Path) -> Result<(), BuildErrors> {
    let mut errors = Vec::new();
    for (path, bytes) in statics(r, theme) {
        errors.extend(write_file(out, &path, &bytes).err());
    }
    for asset in &r.book.assets {
        let from = r.config.src_dir.join(asset);
        let to = out.join(asset);
        if let Some(parent) = to.parent()
            && let Err(e) = std::fs::create_dir_all(parent)
        {
            errors.push(BuildError::new(
                parent,
                0,
                format!("cannot create folder: {e}"),
            ));
            continue;
        }
        if let Err(e) = std::fs::copy(&from, &to) {
            errors.push(BuildError::new(&from, 0, format!("cannot copy: {e}")));
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(BuildErrors(errors))
    }
}

/// A page of the theme's own (search, index, 404) at the site root.
fn special(title: &str, path: &str) -> PageContext {
    PageContext {
        title: title.to_string(),
        path: path.to_string(),
        root: path_to_root(path),
        body: String::new(),
        toc: vec![],
        breadcrumbs: vec![],
        prev: None,
        next: None,
        local_nav: vec![],
        edit_url: None,
        canonical: None,
        sop: None,
        description: None,
    }
}

#[derive(Serialize)]
struct IndexContext<'a> {
    book: &'a super::BookContext,
    page: PageContext,
    /// Every page, sorted by title.
    entries: Vec<LinkContext>,
}

#[derive(Serialize)]
struct RedirectContext {
    url: String,
    canonical: Option<String>,
}

/// `search.html`, `genindex.html`, `404.html`, the sitemap and redirects,
/// as (site path, contents).
pub fn generated(r: &Renderer) -> Result<Vec<(String, String)>, BuildErrors> {
    let src = Path::new("(generated)");
    let mut errors = Vec::new();
    let mut files = Vec::new();
    let mut add = |path: &str, html: Result<String, BuildError>| match html {
        Ok(h) => files.push((path.to_string(), h)),
        Err(e) => errors.push(e),
    };
    for (template, title, path) in [
        ("search.html", "Search", "search.html"),
        ("404.html", "Page not found", "404.html"),
    ] {
        let ctx = Context {
            book: &r.book_ctx,
            page: special(title, path),
        };
        add(path, r.render(template, &ctx, src));
    }
    let mut entries: Vec<LinkContext> = r
        .book
        .pages
        .iter()
        .map(|p| LinkContext {
            title: p.title.clone(),
            url: p.url.clone(),
        })
        .collect();
    entries.sort_by_key(|e| e.title.to_lowercase());
    let ctx = IndexContext {
        book: &r.book_ctx,
        page: special("Index", "genindex.html"),
        entries,
    };
    add("genindex.html", r.render("genindex.html", &ctx, src));
    if let Some(site) = &r.config.raw.output.html.site_url {
        add("sitemap.xml", Ok(sitemap(r, site)));
    }
    redirects(r, &mut add);
    if errors.is_empty() {
        Ok(files)
    } else {
        Err(BuildErrors(errors))
    }
}

/// Writes the generated pages under `out`.
pub fn write_generated(r: &Renderer, out: &Path) -> Result<(), BuildErrors> {
    let errors: Vec<BuildError> = generated(r)?
        .into_iter()
        .filter_map(|(path, text)| write_file(out, &path, text.as_bytes()).err())
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(BuildErrors(errors))
    }
}

fn sitemap(r: &Renderer, site: &str) -> String {
    let base = site.trim_end_matches('/');
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for p in &r.book.pages {
        xml.push_str("  <url><loc>");
        xml.push_str(&crate::write::html::escape_text(&format!(
            "{base}/{}",
            p.url
        )));
        xml.push_str("</loc>");
        if let Some(d) = p.doc.meta.reviewed {
            xml.push_str(&format!("<lastmod>{d}</lastmod>"));
        }
        xml.push_str("</url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

/// A redirect page at each alias of each page, given to `add`. An alias
/// that would overwrite a page of the book is an error.
fn redirects(r: &Renderer, add: &mut dyn FnMut(&str, Result<String, BuildError>)) {
    for p in &r.book.pages {
        for alias in &p.doc.meta.aliases {
            let mut path = alias.trim().trim_start_matches('/').to_string();
            if path.is_empty() || path.ends_with('/') {
                path.push_str("index.html");
            } else if !path.ends_with(".html") && !path.ends_with(".htm") {
                path.push_str("/index.html");
            }
            let source = r.config.src_dir.join(&p.source);
            if r.book.by_url(&path).is_some() || path.split('/').any(|s| s == "..") {
                let msg = format!(
                    "alias `{alias}` would replace a page of the book (or leave the site): choose another"
                );
                add(&path, Err(BuildError::new(&source, 0, msg)));
                continue;
            }
            let url = relative(&path, &p.url);
            let canonical = r
                .config
                .raw
                .output
                .html
                .site_url
                .as_ref()
                .map(|s| format!("{}/{}", s.trim_end_matches('/'), p.url));
            let ctx = RedirectContext { url, canonical };
            add(&path, r.render("redirect.html", &ctx, &p.source));
        }
    }
}
