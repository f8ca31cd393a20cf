//! The long-lived build state of a preview: the config, theme, template
//! engine, highlighter and book, built once and kept across rebuilds.
//! Changed paths in; the files to serve and what to tell browsers out.
//! One edited page re-renders that page (and, when its title or toctree
//! changed, the pages whose menu, breadcrumbs or neighbours show it).

use super::change::{Change, Paths};
use super::search::{Job, Pages};
use crate::book::{self, Book, Page};
use crate::config::Config;
use crate::doc::{Effect, Roles};
use crate::error::{BuildError, BuildErrors};
use crate::highlight::Highlighter;
use crate::links::{LinkIndex, Links};
use crate::render::{Renderer, Theme};
use crate::search::SearchConfig;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Files as (site path, contents).
pub type Files = Vec<(String, Vec<u8>)>;

/// What one rebuild changed.
#[derive(Debug, Default)]
pub struct Update {
    /// `files` is the whole new site.
    pub replace_all: bool,
    pub files: Files,
    /// Site paths of the pages whose HTML changed.
    pub pages: Vec<String>,
    /// Every page changed.
    pub all_pages: bool,
    /// Stylesheets changed (site paths).
    pub css: Vec<String>,
    /// Other files changed (images, attachments).
    pub assets: Vec<String>,
    /// Every error of the book now, `path:line: message`; empty when the
    /// book builds.
    pub errors: Vec<String>,
    /// Pages rendered.
    pub rendered: usize,
    /// The search index to build once the pages are served, when it
    /// changed.
    pub search: Option<Job>,
}

/// The state kept between rebuilds.
pub struct Project {
    pub config: Config,
    paths: Paths,
    theme: Option<Theme>,
    tera: Option<tera::Tera>,
    highlighter: Highlighter,
    book: Option<Book>,
    /// What the pages of `book` offer to link to.
    index: LinkIndex,
    /// The last whole build failed: the next change rebuilds everything.
    stale: bool,
    /// Current errors by the file that caused them (empty path: the book).
    errors: BTreeMap<PathBuf, Vec<BuildError>>,
    /// The pages of `book` extracted for the search index.
    search: Pages,
}

impl Project {
    /// Loads and builds the whole book once.
    pub fn new(config: Config) -> (Project, Update) {
        let mut p = Project {
            paths: Paths::new(&config),
            config,
            theme: None,
            tera: None,
            highlighter: Highlighter::new(),
            book: None,
            index: LinkIndex::default(),
            stale: true,
            errors: BTreeMap::new(),
            search: Pages::default(),
        };
        let update = p.full(false, true);
        (p, update)
    }

    /// The folders and files to watch.
    pub fn paths(&self) -> &Paths {
        &self.paths
    }

    /// Number of pages of the last good book.
    pub fn pages(&self) -> usize {
        self.book.as_ref().map_or(0, |b| b.pages.len())
    }

    /// Rebuilds what the changed paths (absolute) affect; `None` when
    /// none of them is part of the book.
    pub fn apply(&mut self, changed: &[PathBuf]) -> Option<Update> {
        let mut changes: Vec<Change> = Vec::new();
        for path in changed {
            if let Some(c) = self.paths.classify(path, self.book.as_ref())
                && !changes.contains(&c)
            {
                changes.push(c);
            }
        }
        if changes.is_empty() {
            return None;
        }
        let pages: Vec<usize> = changes
            .iter()
            .filter_map(|c| match c {
                Change::Page(i) => Some(*i),
                _ => None,
            })
            .collect();
        if self.stale || changes.contains(&Change::Config) {
            return Some(self.full(true, true));
        }
        if changes.contains(&Change::Book) || pages.len() > 64 {
            return Some(self.full(false, changes.contains(&Change::Theme)));
        }
        let mut up = Update::default();
        if changes.contains(&Change::Theme) && !self.theme_changed(&mut up) {
            return Some(self.full(false, true));
        }
        if !pages.is_empty() {
            self.pages_changed(&pages, &mut up);
        }
        for c in &changes {
            if let Change::Asset(rel) = c {
                self.asset_changed(rel, &mut up);
            }
        }
        up.errors = self.error_list();
        Some(up)
    }

    /// Every current error, formatted.
    pub fn error_list(&self) -> Vec<String> {
        self.errors
            .values()
            .flatten()
            .map(|e| e.to_string())
            .collect()
    }

    /// Rebuilds everything, re-reading `book.toml` and the theme if asked.
    fn full(&mut self, reload_config: bool, reload_theme: bool) -> Update {
        self.errors.clear();
        match self.load(reload_config, reload_theme) {
            Ok(files) => {
                self.stale = false;
                Update {
                    replace_all: true,
                    search: Some(self.search.job(&self.search_config())),
                    rendered: self.pages(),
                    files,
                    all_pages: true,
                    ..Update::default()
                }
            }
            Err(e) => {
                self.stale = true;
                self.errors.insert(PathBuf::new(), e.0);
                Update {
                    errors: self.error_list(),
                    ..Update::default()
                }
            }
        }
    }

    fn load(&mut self, reload_config: bool, reload_theme: bool) -> Result<Files, BuildErrors> {
        if reload_config {
            self.config = Config::load(&self.config.root)?;
            self.paths = Paths::new(&self.config);
        }
        if reload_theme || self.tera.is_none() {
            let theme = Theme::load(&self.config)?;
            self.tera = Some(theme.engine()?);
            self.theme = Some(theme);
        }
        let book = book::load(&self.config)?;
        let index = LinkIndex::new(&book);
        let theme = self.theme.as_ref().expect("theme loaded");
        let files = with_renderer(
            &self.config,
            &book,
            &index,
            &mut self.tera,
            theme,
            &self.highlighter,
            |r| super::render::site(r, theme),
        )?;
        let old = self.book.replace(book);
        self.index = index;
        let search = self.search_config();
        match (search.enable, &self.book) {
            (true, Some(book)) => self.search.refresh_all(old.as_ref(), book, &search),
            _ => self.search = Pages::default(),
        }
        Ok(files)
    }

    /// The search settings, disabled when the theme has no search client.
    fn search_config(&self) -> SearchConfig {
        let mut c = self.config.raw.search.clone();
        c.enable = self
            .theme
            .as_ref()
            .is_some_and(|t| t.has_search(&self.config));
        c
    }

    /// A theme file changed: new static files are swapped in; returns
    /// false when templates changed (every page must be rendered again).
    fn theme_changed(&mut self, up: &mut Update) -> bool {
        let key = self.config.root.join("theme");
        self.errors.remove(&key);
        let theme = match Theme::load(&self.config) {
            Ok(t) => t,
            Err(e) => {
                self.errors.insert(key, e.0);
                return true;
            }
        };
        let old = self.theme.as_ref().expect("theme loaded");
        if theme.templates != old.templates {
            return false;
        }
        for (name, bytes) in &theme.statics {
            if old.statics.get(name) != Some(bytes) {
                let path = format!("_static/{name}");
                if name.ends_with(".css") {
                    up.css.push(path.clone());
                } else {
                    up.all_pages = true;
                }
                up.files.push((path, bytes.clone()));
            }
        }
        self.theme = Some(theme);
        true
    }

    /// A copied file changed in place.
    fn asset_changed(&mut self, rel: &Path, up: &mut Update) {
        let path = rel.to_string_lossy().replace('\\', "/");
        match std::fs::read(self.config.src_dir.join(rel)) {
            Ok(bytes) => {
                if path.ends_with(".css") {
                    up.css.push(path.clone());
                } else {
                    up.assets.push(path.clone());
                }
                up.files.push((path, bytes));
            }
            Err(_) => self.stale = true,
        }
    }

    /// Pages edited in place: re-read them; render them and the pages
    /// whose navigation shows them; keep the last good ones on errors.
    fn pages_changed(&mut self, changed: &[usize], up: &mut Update) {
        let search = self.search_config();
        let fresh = self.reread(changed);
        let Some(book) = self.book.as_mut().filter(|_| !fresh.is_empty()) else {
            return;
        };
        let nav_changed = fresh
            .iter()
            .any(|(i, p)| super::render::nav_key(p) != super::render::nav_key(&book.pages[*i]));
        let before = nav_changed.then(|| super::render::fingerprints(&self.config, book));
        let mut old: Vec<(usize, Page)> = Vec::new();
        for (i, page) in fresh {
            old.push((i, std::mem::replace(&mut book.pages[i], page)));
            self.index.update_page(book, i);
        }
        let links_changed = old
            .iter()
            .any(|(i, o)| super::render::link_key(o) != super::render::link_key(&book.pages[*i]));
        let nav = if nav_changed {
            book::rebuild_nav(&self.config, book)
        } else {
            Ok(())
        };
        let indexes: Vec<usize> = old.iter().map(|(i, _)| *i).collect();
        let theme = self.theme.as_ref().expect("theme loaded");
        let result = nav.and_then(|()| {
            with_renderer(
                &self.config,
                book,
                &self.index,
                &mut self.tera,
                theme,
                &self.highlighter,
                |r| super::render::pages(r, theme, &indexes, links_changed, before.as_deref()),
            )
        });
        match result {
            Ok(out) => {
                up.rendered += out.rendered;
                up.pages.extend(out.pages);
                up.files.extend(out.files);
                if search.enable {
                    self.search.refresh(book, &indexes, nav_changed, &search);
                    up.search = Some(self.search.job(&search));
                }
            }
            Err(e) => {
                let sources: Vec<PathBuf> = old.iter().map(|(_, p)| p.source.clone()).collect();
                for (i, page) in old {
                    book.pages[i] = page;
                    self.index.update_page(book, i);
                }
                if nav_changed {
                    let _ = book::rebuild_nav(&self.config, book);
                }
                self.blame(&sources, e.0);
            }
        }
    }

    /// Reads edited pages again; the ones that fail keep their errors.
    fn reread(&mut self, changed: &[usize]) -> Vec<(usize, Page)> {
        let Some(book) = self.book.as_ref() else {
            return vec![];
        };
        let mut fresh = Vec::new();
        // The RST roles earlier pages left (a full build carries them).
        let roles = book::incoming_roles(&book.pages);
        for &i in changed {
            let rel = book.pages[i].source.clone();
            self.errors.remove(&rel);
            match read_checked(&self.config, &rel, roles[i].clone()) {
                Ok(page) => fresh.push((i, page)),
                Err(e) => {
                    self.errors.insert(rel, e);
                }
            }
        }
        fresh
    }

    /// Files errors under the changed page they are in, or the first one.
    fn blame(&mut self, sources: &[PathBuf], errors: Vec<BuildError>) {
        for e in errors {
            let key = sources
                .iter()
                .find(|s| e.path == self.config.src_dir.join(s))
                .unwrap_or(&sources[0])
                .clone();
            self.errors.entry(key).or_default().push(e);
        }
    }
}

/// Reads a page; reader errors (not warnings) fail it.
fn read_checked(config: &Config, rel: &Path, roles: Roles) -> Result<Page, Vec<BuildError>> {
    let page = book::read_page_with(config, rel, roles).map_err(|e| vec![e])?;
    let path = config.src_dir.join(rel);
    let errors: Vec<BuildError> = page
        .doc
        .diagnostics
        .iter()
        .filter(|d| d.effect == Effect::Fail)
        .map(|d| BuildError::new(&path, d.line, d.one_line()).with_column(d.column))
        .collect();
    if errors.is_empty() {
        Ok(page)
    } else {
        Err(errors)
    }
}

/// Runs `f` with a renderer around the engine kept in `tera` and the
/// link index kept for `book`.
fn with_renderer<T>(
    config: &Config,
    book: &Book,
    index: &LinkIndex,
    tera: &mut Option<tera::Tera>,
    theme: &Theme,
    highlighter: &Highlighter,
    f: impl FnOnce(&Renderer) -> T,
) -> T {
    let engine = tera.take().expect("template engine built");
    let search = theme.has_search(config);
    let links = Links::with_index(book, index);
    let r = Renderer::with_links(config, links, engine, search, highlighter);
    let out = f(&r);
    *tera = Some(r.tera);
    out
}
