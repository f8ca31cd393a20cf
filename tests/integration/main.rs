//! Integration tests, one binary: each module covers one feature and reads
//! its fixtures from `tests/fixtures/<feature>/<case>/`.

mod build;
mod rst;
mod support;
mod webdriver;
