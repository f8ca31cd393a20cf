//! `sopbook build`: the stages in order. Config in; load the book, check
//! its links, render every page into a staging folder, swap it in.

use crate::book::{self, Book};
use crate::config::Config;
use crate::error::{BuildError, BuildErrors};
use crate::highlight::Highlighter;
use crate::output::Staging;
use crate::render::{Renderer, Theme};
use std::path::{Path, PathBuf};
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

/// Builds the book into its output folder. The search index needs only the
/// book: it is built alongside everything else from the moment the book is
/// loaded (the template engine, the link check, the pages), on a thread of
/// its own that writes its files as soon as they are ready: measured on
/// 3,000 pages, one thread beside the page workers costs less than sharing
/// them (no work stealing back and forth), and the build ends sooner.
pub fn run(config: &Config, options: &BuildOptions) -> Result<BuildReport, BuildErrors> {
    let start = Instant::now();
    let book = book::load(config)?;
    let theme = Theme::load(config)?;
    let search = theme.has_search(config);
    let dest = site_dest(config, options);
    let staging = Staging::new(&dest)?;
    let (site, index) = std::thread::scope(|scope| {
        let index = scope.spawn(|| search.then(|| write_index(&book, config, &staging.dir)));
        let site = write_site(config, options, &book, &theme, &staging.dir, start);
        let index = index
            .join()
            .unwrap_or_else(|e| std::panic::resume_unwind(e));
        (site, index)
    });
    let done = site.and_then(|(warnings, pages_done)| {
        let times = match index.transpose()? {
            Some((index_done, own)) => SearchTimes {
                added: index_done.saturating_duration_since(pages_done),
                own,
            },
            None => SearchTimes::default(),
        };
        Ok((warnings, times))
    });
    let (warnings, times) = match done {
        Ok(done) => done,
        Err(e) => {
            staging.discard();
            return Err(e);
        }
    };
    staging.commit()?;
    Ok(BuildReport {
        pages: book.pages.len(),
        elapsed: start.elapsed(),
        search_time: times.added,
        search_own_time: times.own,
        dest,
        warnings,
    })
}

/// Where the site goes.
fn site_dest(config: &Config, options: &BuildOptions) -> PathBuf {
    options
        .dest_dir
        .clone()
        .unwrap_or_else(|| config.build_dir.clone())
}

/// Checks the links and writes the pages and site files into the staging
/// folder `out`; returns the warnings and when the pages were done.
fn write_site(
    config: &Config,
    options: &BuildOptions,
    book: &Book,
    theme: &Theme,
    out: &Path,
    start: Instant,
) -> Result<(Vec<BuildError>, Instant), BuildErrors> {
    let highlighter = Highlighter::new();
    let renderer = Renderer::new(config, book, theme, &highlighter)?;
    let mut warnings = book.warnings.clone();
    let broken = renderer.links.broken(&config.src_dir);
    if config.raw.build.allow_broken_links || options.allow_broken_links {
        warnings.extend(broken);
    } else if !broken.is_empty() {
        return Err(BuildErrors(broken));
    }
    let bar = progress_bar(book, options.progress, start);
    let written = renderer.write_site(theme, out, &|| bar.inc(1));
    bar.finish_and_clear();
    written.map(|()| (warnings, Instant::now()))
}

/// Times of the search index.
#[derive(Debug, Default)]
struct SearchTimes {
    added: Duration,
    own: Duration,
}

/// Builds the search index of the book on the calling thread alone and
/// writes its files into the staging folder `out`; returns when they were
/// written and the time the index took.
fn write_index(
    book: &Book,
    config: &Config,
    out: &Path,
) -> Result<(Instant, Duration), BuildErrors> {
    let t = Instant::now();
    let pages = crate::search::SearchPage::of_book(book);
    let build = || crate::search::build(&pages, &config.raw.search);
    let alone = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .use_current_thread()
        .build();
    let files = match alone {
        Ok(alone) => alone.install(build),
        Err(_) => build(),
    };
    let errors: Vec<BuildError> = files
        .iter()
        .filter_map(|f| crate::render::write_file(out, &f.path, &f.bytes).err())
        .collect();
    if !errors.is_empty() {
        return Err(BuildErrors(errors));
    }
    Ok((Instant::now(), t.elapsed()))
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
