//! Rendering for the preview, into memory: a renderer in, site files out.
//! The whole site once; after an edit, the edited pages and the pages whose
//! navigation context (breadcrumbs, neighbours, menu lines) changed.

use super::project::Files;
use crate::book::{Book, Page};
use crate::config::Config;
use crate::doc::{Block, BlockKind, Date, Inline, Visit, walk_blocks};
use crate::error::{BuildError, BuildErrors};
use crate::render::{Renderer, Theme, context};
use rayon::prelude::*;
use std::collections::BTreeSet;
use std::hash::{Hash, Hasher};

/// Checks the links of the book and renders every file of the site.
pub fn site(r: &Renderer, theme: &Theme) -> Result<Files, BuildErrors> {
    check(r.links.broken(&r.config.src_dir), r)?;
    let all: Vec<usize> = (0..r.book.pages.len()).collect();
    let mut files = render(r, &all)?;
    files.extend(r.statics(theme));
    files.extend(generated(r)?);
    let mut errors = Vec::new();
    for asset in &r.book.assets {
        let from = r.config.src_dir.join(asset);
        match std::fs::read(&from) {
            Ok(bytes) => files.push((asset.to_string_lossy().replace('\\', "/"), bytes)),
            Err(e) => errors.push(BuildError::new(&from, 0, format!("cannot read: {e}"))),
        }
    }
    if errors.is_empty() {
        Ok(files)
    } else {
        Err(BuildErrors(errors))
    }
}

/// What rendering some pages gave.
pub struct Rendered {
    pub files: Files,
    /// Site paths of the pages rendered.
    pub pages: Vec<String>,
    pub rendered: usize,
}

/// Renders the edited pages `changed` after checking their links (every
/// page's when `links_changed`: ids or labels of the edited pages moved).
/// With `before` (the navigation fingerprints before the edit), also the
/// pages whose navigation changed, the menu and the generated pages; with
/// either, the pages whose toctrees or cross-references show other pages.
pub fn pages(
    r: &Renderer,
    theme: &Theme,
    changed: &[usize],
    links_changed: bool,
    before: Option<&[u64]>,
) -> Result<Rendered, BuildErrors> {
    let broken = if links_changed {
        r.links.broken(&r.config.src_dir)
    } else {
        changed
            .iter()
            .flat_map(|&i| r.links.broken_page(&r.config.src_dir, i))
            .collect()
    };
    check(broken, r)?;
    let mut targets: BTreeSet<usize> = changed.iter().copied().collect();
    if let Some(before) = before {
        let after = fingerprints(r.config, r.book);
        targets.extend((0..after.len()).filter(|&j| before.get(j) != Some(&after[j])));
    }
    if before.is_some() || links_changed {
        // Toctrees and cross-references show other pages' titles and
        // sections in their own bodies.
        let showing: Vec<usize> = (0..r.book.pages.len())
            .into_par_iter()
            .filter(|&j| shows_others(&r.book.pages[j]))
            .collect();
        targets.extend(showing);
    }
    let targets: Vec<usize> = targets.into_iter().collect();
    let mut files = render(r, &targets)?;
    let pages = targets
        .iter()
        .map(|&i| r.book.pages[i].url.clone())
        .collect();
    if before.is_some() {
        files.extend(
            r.statics(theme)
                .into_iter()
                .filter(|(p, _)| p == "_static/menu.js"),
        );
        files.extend(generated(r)?);
    }
    Ok(Rendered {
        files,
        pages,
        rendered: targets.len(),
    })
}

/// Broken links fail the build unless the book allows them.
fn check(broken: Vec<BuildError>, r: &Renderer) -> Result<(), BuildErrors> {
    if broken.is_empty() || r.config.raw.build.allow_broken_links {
        Ok(())
    } else {
        Err(BuildErrors(broken))
    }
}

fn render(r: &Renderer, pages: &[usize]) -> Result<Files, BuildErrors> {
    let results: Vec<Result<(String, Vec<u8>), BuildError>> = pages
        .par_iter()
        .map(|&i| {
            r.page(i)
                .map(|html| (r.book.pages[i].url.clone(), html.into_bytes()))
        })
        .collect();
    let mut files = Vec::with_capacity(results.len());
    let mut errors = Vec::new();
    for res in results {
        match res {
            Ok(f) => files.push(f),
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok(files)
    } else {
        Err(BuildErrors(errors))
    }
}

fn generated(r: &Renderer) -> Result<Files, BuildErrors> {
    Ok(r.generated()?
        .into_iter()
        .map(|(p, text)| (p, text.into_bytes()))
        .collect())
}

/// What of a page shows in the navigation and generated pages: title,
/// toctrees, weight, aliases, review date.
pub fn nav_key(page: &Page) -> String {
    let mut trees = Vec::new();
    walk_blocks(&page.doc.blocks, &mut |v| {
        if let Visit::Block(b) = v
            && let BlockKind::Toctree(t) = &b.kind
        {
            trees.push(t);
        }
    });
    let m = &page.doc.meta;
    format!(
        "{}\u{0}{:?}\u{0}{:?}\u{0}{:?}\u{0}{:?}",
        page.title, trees, m.weight, m.aliases, m.reviewed
    )
}

/// Whether a page's body shows other pages' titles (a toctree, a
/// cross-reference).
fn shows_others(page: &Page) -> bool {
    let mut found = false;
    walk_blocks(&page.doc.blocks, &mut |v| {
        found |= matches!(
            v,
            Visit::Block(Block {
                kind: BlockKind::Toctree(_),
                ..
            }) | Visit::Inline(Inline::XRef { .. })
        );
    });
    found
}

/// What other pages may link to in a page: its ids and labels.
pub fn link_key(page: &Page) -> (Vec<String>, String) {
    (page.doc.ids(), format!("{:?}", page.doc.labels))
}

/// A hash of each page's navigation context (breadcrumbs, previous and
/// next, menu lines shown without JavaScript).
pub fn fingerprints(config: &Config, book: &Book) -> Vec<u64> {
    (0..book.pages.len())
        .into_par_iter()
        .map(|i| {
            let ctx = context::page(config, book, i, String::new(), Date::from_days(0));
            let json = serde_json::to_string(&(
                &ctx.title,
                &ctx.breadcrumbs,
                &ctx.prev,
                &ctx.next,
                &ctx.local_nav,
            ))
            .unwrap_or_default();
            let mut h = std::collections::hash_map::DefaultHasher::new();
            json.hash(&mut h);
            h.finish()
        })
        .collect()
}
