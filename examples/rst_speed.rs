//! Reading speed of the RST reader: parses every `.rst` file under a folder
//! (10 rounds) and prints MB/s. Compare with docutils:
//! `tests/fixtures/rst/docutils_speed.py DIR`.
//!
//! Run: `cargo run --release --example rst_speed -- ../shared/corpus/infra-docs-rst/docs`

use sopbook::markup::{Options, rst};
use std::time::Instant;

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| ".".into());
    let mut texts = Vec::new();
    for e in walkdir::WalkDir::new(&dir).into_iter().flatten() {
        if e.path().extension().is_some_and(|x| x == "rst")
            && let Ok(t) = std::fs::read_to_string(e.path())
        {
            texts.push(t);
        }
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let rounds = 10;
    let start = Instant::now();
    let mut blocks = 0;
    for _ in 0..rounds {
        for t in &texts {
            blocks += rst::parse(t, &Options::default()).blocks.len();
        }
    }
    let secs = start.elapsed().as_secs_f64() / f64::from(rounds);
    let mb = bytes as f64 / 1e6;
    println!(
        "{} files, {:.2} MB: {:.1} ms per pass, {:.1} MB/s ({} blocks)",
        texts.len(),
        mb,
        secs * 1e3,
        mb / secs,
        blocks / rounds as usize
    );
}
