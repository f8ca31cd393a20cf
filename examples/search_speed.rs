//! Speed of the search index on one thread: loads a book, then times, over
//! ROUNDS rounds (the second argument, default 5), the best of extracting
//! each page and merging them (the path `sopbook serve` takes) and of the
//! whole index as `sopbook build` makes it, with a hash of the files written
//! so that a faster index can be checked to be the same bytes.
//!
//! Run: `cargo run --release --example search_speed -- BOOK_DIR [ROUNDS]`

use sopbook::search::{self, SearchPage};
use std::time::{Duration, Instant};

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| ".".into());
    let config = sopbook::config::Config::load(std::path::Path::new(&dir)).expect("config");
    let book = sopbook::book::load(&config).expect("book");
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("pool");
    let cfg = &config.raw.search;
    let mut best = [Duration::MAX; 3];
    let mut files = Vec::new();
    let rounds: usize = std::env::args()
        .nth(2)
        .and_then(|r| r.parse().ok())
        .unwrap_or(5);
    for _ in 0..rounds {
        pool.install(|| {
            let t = Instant::now();
            let pages = SearchPage::of_book(&book);
            let extracted: Vec<_> = pages
                .iter()
                .enumerate()
                .map(|(i, p)| search::extract(i as u32, p, cfg))
                .collect();
            let t1 = t.elapsed();
            let index = search::merge(&extracted, cfg);
            let t2 = t.elapsed();
            files = search::build(&pages, cfg);
            let t3 = t.elapsed() - t2;
            drop(index);
            for (b, d) in best.iter_mut().zip([t1, t2 - t1, t3]) {
                *b = (*b).min(d);
            }
        });
    }
    let bytes: usize = files.iter().map(|f| f.bytes.len()).sum();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for f in &files {
        for &b in f.path.as_bytes().iter().chain(&f.bytes) {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    println!(
        "{} pages: extract {:.1} ms, merge {:.1} ms, whole build {:.1} ms; {} files, {} bytes, hash {h:016x}",
        book.pages.len(),
        best[0].as_secs_f64() * 1e3,
        best[1].as_secs_f64() * 1e3,
        best[2].as_secs_f64() * 1e3,
        files.len(),
        bytes
    );
}
