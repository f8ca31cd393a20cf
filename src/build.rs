//! `sopbook build`: the stages in order. Config in; load the book, check
//! its links, render every page into a staging folder, swap it in.

use crate::book::{self, Book};
use crate::config::Config;
use crate::error::{BuildError, BuildErrors};
use crate::highlight::Highlighter;
use crate::output::Staging;
use crate::render::{Renderer, Theme};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Options of one build.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// Where to write the site (default: the configured build folder).
    pub dest_dir: Option<PathBuf>,
    /// Report broken links as warnings instead of failing.
    pub allow_broken_links: bool,
    /// Show a progress bar when the build takes over a second.
    pub progress: bool,
}

/// What a build did.
#[derive(Debug)]
pub struct BuildReport {
    pub pages: usize,
    pub elapsed: Duration,
    /// Of which the search index: the time it added after the pages were
    /// written (waiting for it, then writing its files).
    pub search_time: Duration,
    /// The time building the search index took, alongside the pages.
    pub search_own_time: Duration,
    pub dest: PathBuf,
    /// Problems that did not stop the build (reader warnings, allowed
    /// broken links).
    pub warnings: Vec<BuildError>,
}

/// Builds the book into its output folder.
pub fn run(config: &Config, options: &BuildOptions) -> Result<BuildReport, BuildErrors> {
    let start = Instant::now();
    let book = book::load(config)?;
    let theme = Theme::load(config)?;
    let highlighter = Highlighter::new();
    let renderer = Renderer::new(config, &book, &theme, &highlighter)?;
    let mut warnings = book.warnings.clone();
    let broken = renderer.links.broken(&config.src_dir);
    if config.raw.build.allow_broken_links || options.allow_broken_links {
        warnings.extend(broken);
    } else if !broken.is_empty() {
        return Err(BuildErrors(broken));
    }
    let dest = options
        .dest_dir
        .clone()
        .unwrap_or_else(|| config.build_dir.clone());
    let staging = Staging::new(&dest)?;
    let bar = progress_bar(&book, options.progress, start);
    let tick = || bar.inc(1);
    let written = write_all(&renderer, &theme, config, &staging.dir, &tick);
    bar.finish_and_clear();
    let search = match written {
        Ok(search) => search,
        Err(e) => {
            staging.discard();
            return Err(e);
        }
    };
    staging.commit()?;
    Ok(BuildReport {
        pages: book.pages.len(),
        elapsed: start.elapsed(),
        search_time: search.added,
        search_own_time: search.own,
        dest,
        warnings,
    })
}

/// Times of the search index.
#[derive(Debug, Default)]
struct SearchTimes {
    added: Duration,
    own: Duration,
}

/// Renders and writes the pages while the search index, which needs only
/// the book, is built alongside on the same thread pool; then writes the
/// index files.
fn write_all(
    renderer: &Renderer,
    theme: &Theme,
    config: &Config,
    out: &std::path::Path,
    tick: &(dyn Fn() + Sync),
) -> Result<SearchTimes, BuildErrors> {
    let ((written, pages_done), index) = rayon::join(
        || (renderer.write_site(theme, out, tick), Instant::now()),
        || {
            renderer.book_ctx.search.then(|| {
                let t = Instant::now();
                let pages = crate::search::SearchPage::of_book(renderer.book);
                let files = crate::search::build(&pages, &config.raw.search);
                (files, t.elapsed())
            })
        },
    );
    written?;
    let Some((files, own)) = index else {
        return Ok(SearchTimes::default());
    };
    let waited = pages_done.elapsed();
    let t = Instant::now();
    let errors: Vec<BuildError> = files
        .iter()
        .filter_map(|f| crate::render::write_file(out, &f.path, &f.bytes).err())
        .collect();
    if !errors.is_empty() {
        return Err(BuildErrors(errors));
    }
    Ok(SearchTimes {
        added: waited + t.elapsed(),
        own: own + t.elapsed(),
    })
}

/// A progress bar on a terminal, drawn only once a build has run a second.
fn progress_bar(book: &Book, enabled: bool, start: Instant) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(book.pages.len() as u64),
        indicatif::ProgressDrawTarget::hidden(),
    );
    if enabled && std::io::stderr().is_terminal() {
        let late = bar.clone();
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_secs(1).saturating_sub(start.elapsed()));
            if !late.is_finished() {
                late.set_draw_target(indicatif::ProgressDrawTarget::stderr());
            }
        });
    }
    bar
}
