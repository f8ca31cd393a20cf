//! The site's files besides its pages: theme static files, the menu
//! script, highlighting CSS, copied assets, `search.html`, `genindex.html`,
//! `404.html`, `sitemap.xml` and redirect pages for old URLs.

use super::context::{LinkContext, PageContext};
use super::{Context, Renderer, Theme, write_file};
use crate::error::{BuildError, BuildErrors};
use crate::links::{path_to_root, relative};
use serde::Serialize;
use std::path::Path;

/// Theme static files, the menu and the highlighting stylesheet.
pub fn write_statics(r: &Renderer, theme: &Theme, out: &Path) -> Result<(), BuildErrors> {
    let mut errors = Vec::new();
    for (name, bytes) in &theme.statics {
        errors.extend(write_file(out, &format!("_static/{name}"), bytes).err());
    }
    errors.extend(
        write_file(
            out,
            "_static/menu.js",
            super::menu::script(r.book).as_bytes(),
        )
        .err(),
    );
    errors.extend(write_file(out, "_static/highlight.css", r.highlighter.css().as_bytes()).err());
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

/// `search.html`, `genindex.html`, `404.html`, the sitemap and redirects.
pub fn write_generated(r: &Renderer, out: &Path) -> Result<(), BuildErrors> {
    let src = Path::new("(generated)");
    let mut errors = Vec::new();
    for (template, title, path) in [
        ("search.html", "Search", "search.html"),
        ("404.html", "Page not found", "404.html"),
    ] {
        let ctx = Context {
            book: &r.book_ctx,
            page: special(title, path),
        };
        errors.extend(
            r.render(template, &ctx, src)
                .and_then(|html| write_file(out, path, html.as_bytes()))
                .err(),
        );
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
    errors.extend(
        r.render("genindex.html", &ctx, src)
            .and_then(|h| write_file(out, "genindex.html", h.as_bytes()))
            .err(),
    );
    if let Some(site) = &r.config.raw.output.html.site_url {
        errors.extend(write_file(out, "sitemap.xml", sitemap(r, site).as_bytes()).err());
    }
    errors.extend(redirects(r, out));
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

/// A redirect page at each alias of each page. An alias that would
/// overwrite a page of the book is an error.
fn redirects(r: &Renderer, out: &Path) -> Vec<BuildError> {
    let mut errors = Vec::new();
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
                errors.push(BuildError::new(&source, 0, msg));
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
            errors.extend(
                r.render("redirect.html", &ctx, &p.source)
                    .and_then(|h| write_file(out, &path, h.as_bytes()))
                    .err(),
            );
        }
    }
    errors
}
