//! Lays the book into the theme: a loaded [`Book`] in, the site's files
//! (pages, menu, static files, search page, index, 404, sitemap, redirects)
//! written under an output folder.

pub mod context;
mod extra;
pub mod menu;
pub mod theme;

use crate::book::Book;
use crate::config::Config;
use crate::doc::Date;
use crate::error::{BuildError, BuildErrors};
use crate::highlight::Highlighter;
use crate::links::Links;
use context::{BookContext, Context};
use rayon::prelude::*;
use std::path::Path;
pub use theme::Theme;

/// Everything needed to render pages of one book, built once.
pub struct Renderer<'a> {
    pub config: &'a Config,
    pub book: &'a Book,
    pub links: Links<'a>,
    pub tera: tera::Tera,
    pub highlighter: &'a Highlighter,
    pub book_ctx: BookContext,
    pub today: Date,
}

impl<'a> Renderer<'a> {
    pub fn new(
        config: &'a Config,
        book: &'a Book,
        theme: &Theme,
        highlighter: &'a Highlighter,
    ) -> Result<Self, BuildErrors> {
        let tera = theme.engine()?;
        let search = theme.has_search(config);
        Ok(Renderer::with_engine(
            config,
            book,
            tera,
            search,
            highlighter,
        ))
    }

    /// A renderer around a template engine built earlier (a long-lived
    /// preview keeps one engine across rebuilds); `search` tells whether
    /// the theme has a search client.
    pub fn with_engine(
        config: &'a Config,
        book: &'a Book,
        tera: tera::Tera,
        search: bool,
        highlighter: &'a Highlighter,
    ) -> Self {
        Renderer::with_links(config, Links::new(book), tera, search, highlighter)
    }

    /// A renderer around an engine and links kept from earlier.
    pub fn with_links(
        config: &'a Config,
        links: Links<'a>,
        tera: tera::Tera,
        search: bool,
        highlighter: &'a Highlighter,
    ) -> Self {
        let book = links.book();
        Renderer {
            config,
            book,
            book_ctx: BookContext::new(config, book, search),
            links,
            tera,
            highlighter,
            today: Date::today(),
        }
    }

    /// The HTML of the body of page `i`.
    pub fn body(&self, i: usize) -> String {
        crate::write::html::write(
            &self.book.pages[i].doc,
            self.highlighter,
            &self.links.resolver(i),
        )
    }

    /// The full HTML of page `i`.
    pub fn page(&self, i: usize) -> Result<String, BuildError> {
        let page = context::page(self.config, self.book, i, self.body(i), self.today);
        self.render(
            "page.html",
            &Context {
                book: &self.book_ctx,
                page,
            },
            &self.book.pages[i].source,
        )
    }

    /// Renders a template with a context; errors name the template.
    pub fn render(
        &self,
        template: &str,
        ctx: &impl serde::Serialize,
        source: &Path,
    ) -> Result<String, BuildError> {
        let context = tera::Context::from_serialize(ctx).map_err(|e| {
            BuildError::new(source, 0, format!("cannot build template context: {e}"))
        })?;
        self.tera.render(template, &context).map_err(|e| {
            let msg = format!("template {template} failed: {}", theme::flatten(&e));
            BuildError::new(&self.config.src_dir.join(source), 0, msg)
        })
    }

    /// Writes every page and site file under `out`; `progress` is told of
    /// each page written.
    pub fn write_site(
        &self,
        theme: &Theme,
        out: &Path,
        progress: &(dyn Fn() + Sync),
    ) -> Result<(), BuildErrors> {
        let errors: Vec<BuildError> = (0..self.book.pages.len())
            .into_par_iter()
            .filter_map(|i| {
                let r = self
                    .page(i)
                    .and_then(|html| write_file(out, &self.book.pages[i].url, html.as_bytes()));
                progress();
                r.err()
            })
            .collect();
        if !errors.is_empty() {
            return Err(BuildErrors(errors));
        }
        extra::write_statics(self, theme, out)?;
        extra::write_generated(self, out)?;
        Ok(())
    }

    /// The theme's static files, the menu script and the highlighting
    /// stylesheet, as (site path, contents); copied assets not included.
    pub fn statics(&self, theme: &Theme) -> Vec<(String, Vec<u8>)> {
        extra::statics(self, theme)
    }

    /// The generated pages (search, 404, index, sitemap, redirects), as
    /// (site path, contents).
    pub fn generated(&self) -> Result<Vec<(String, String)>, BuildErrors> {
        extra::generated(self)
    }
}

/// Writes `bytes` to `out/rel`, creating folders.
pub fn write_file(out: &Path, rel: &str, bytes: &[u8]) -> Result<(), BuildError> {
    let path = out.join(rel);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|e| BuildError::new(parent, 0, format!("cannot create folder: {e}")))?;
    }
    std::fs::write(&path, bytes)
        .map_err(|e| BuildError::new(&path, 0, format!("cannot write: {e}")))
}
