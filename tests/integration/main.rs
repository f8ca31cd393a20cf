//! Integration tests, one binary: each module covers one feature and reads
//! its fixtures from `tests/fixtures/<feature>/<case>/`.

mod browser;
mod build;
mod check;
mod convert;
mod search;
mod serve;
mod support;
mod webdriver;
