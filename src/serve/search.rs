//! The search index of a preview, kept up to date after each edit: the
//! extracted pages ([`PageTerms`]) are kept between rebuilds and only the
//! edited ones are extracted again; a background thread then merges them
//! into new shards and swaps them into the served site, after the page
//! itself has been served and the browsers told.

use super::http::{Shared, Signal};
use crate::book::Book;
use crate::search::{self, PageTerms, SearchConfig, SearchPage};
use rayon::prelude::*;
use std::sync::{Arc, Condvar, Mutex};

/// The folder of the index in the site.
pub const DIR: &str = "search/";

/// Everything the index of one build is made from.
#[derive(Debug, Clone)]
pub struct Job {
    pub pages: Vec<Arc<PageTerms>>,
    pub config: SearchConfig,
}

/// The extracted pages of the current book, in book order.
#[derive(Debug, Default)]
pub struct Pages {
    pages: Vec<Arc<PageTerms>>,
}

impl Pages {
    /// Extracts a whole new book, reusing the pages of `old` whose source,
    /// title and document did not change.
    pub fn refresh_all(&mut self, old: Option<&Book>, book: &Book, config: &SearchConfig) {
        let mut kept: std::collections::HashMap<&std::path::Path, usize> = Default::default();
        if let Some(old) = old.filter(|o| o.pages.len() == self.pages.len()) {
            kept.extend(old.pages.iter().enumerate().map(|(i, p)| (&*p.source, i)));
        }
        let input = SearchPage::of_book(book);
        self.pages = input
            .par_iter()
            .enumerate()
            .map(|(i, sp)| {
                let page = &book.pages[i];
                let reuse = kept.get(&*page.source).and_then(|&j| {
                    let before = &old?.pages[j];
                    (before.title == page.title && before.doc == page.doc).then_some(j)
                });
                match reuse {
                    Some(j) => with_place(&self.pages[j], sp),
                    None => Arc::new(search::extract(i as u32, sp, config)),
                }
            })
            .collect();
    }

    /// Extracts the edited pages again; when the menu changed, gives the
    /// others their new breadcrumbs.
    pub fn refresh(&mut self, book: &Book, edited: &[usize], nav_changed: bool, c: &SearchConfig) {
        if self.pages.len() != book.pages.len() {
            self.refresh_all(None, book, c);
            return;
        }
        let input = SearchPage::of_book(book);
        for &i in edited {
            self.pages[i] = Arc::new(search::extract(i as u32, &input[i], c));
        }
        if nav_changed {
            for (i, sp) in input.iter().enumerate() {
                self.pages[i] = with_place(&self.pages[i], sp);
            }
        }
    }

    /// The job building the index of these pages.
    pub fn job(&self, config: &SearchConfig) -> Job {
        Job {
            pages: self.pages.clone(),
            config: config.clone(),
        }
    }
}

/// The page with its current URL and breadcrumbs (its number is set when
/// merging), copied only when they changed.
fn with_place(page: &Arc<PageTerms>, sp: &SearchPage<'_>) -> Arc<PageTerms> {
    if page.entry.url == sp.url && page.entry.breadcrumbs == sp.breadcrumbs {
        return page.clone();
    }
    let mut p = PageTerms::clone(page);
    p.set_place(sp.url, &sp.breadcrumbs);
    Arc::new(p)
}

/// What the indexing thread has to do.
#[derive(Default)]
struct State {
    /// The latest job not started yet; older ones are dropped.
    next: Option<Job>,
    busy: bool,
    stop: bool,
}

/// A thread building the index of the latest job and publishing it.
pub struct Indexer {
    state: Arc<(Mutex<State>, Condvar)>,
}

impl Indexer {
    /// Starts the thread; it swaps the index files of `shared`'s site.
    pub fn start(shared: Arc<Shared>) -> Indexer {
        let state: Arc<(Mutex<State>, Condvar)> = Arc::default();
        let worker = state.clone();
        std::thread::spawn(move || run(&worker, &shared));
        Indexer { state }
    }

    /// Replaces any job waiting with this one.
    pub fn submit(&self, job: Job) {
        let (lock, cv) = &*self.state;
        lock.lock().expect("indexer lock").next = Some(job);
        cv.notify_all();
    }

    /// Waits until the index of the last job submitted is served.
    pub fn settle(&self) {
        let (lock, cv) = &*self.state;
        let mut s = lock.lock().expect("indexer lock");
        while s.next.is_some() || s.busy {
            s = cv.wait(s).expect("indexer lock");
        }
    }
}

impl Drop for Indexer {
    fn drop(&mut self) {
        let (lock, cv) = &*self.state;
        lock.lock().expect("indexer lock").stop = true;
        cv.notify_all();
    }
}

fn run(state: &(Mutex<State>, Condvar), shared: &Shared) {
    let (lock, cv) = state;
    loop {
        let job = {
            let mut s = lock.lock().expect("indexer lock");
            while s.next.is_none() && !s.stop {
                s = cv.wait(s).expect("indexer lock");
            }
            if s.stop {
                return;
            }
            s.busy = true;
            s.next.take().expect("a job")
        };
        let files: Vec<(String, Vec<u8>)> = search::build_extracted(&job.pages, &job.config)
            .into_iter()
            .map(|f| (f.path, f.bytes))
            .collect();
        shared
            .site
            .write()
            .expect("site lock")
            .replace_dir(DIR, files);
        // Open pages hold the old manifest, whose shards are gone now.
        let _ = shared.events.send(Signal::Search);
        lock.lock().expect("indexer lock").busy = false;
        cv.notify_all();
    }
}
