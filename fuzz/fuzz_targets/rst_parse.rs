//! Fuzzes the RST reader (`markup::rst::parse`): any UTF-8 text must parse
//! without panicking or hanging. The reader and the document model are
//! compiled from `src/` as they are; `markup::Options` is restated here
//! (the rest of `src/markup/mod.rs` pulls in the Markdown reader).
//!
//! Run from `fuzz/`: `RUSTC_BOOTSTRAP=1 cargo fuzz run rst_parse`.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[allow(dead_code)]
#[path = "../../src/doc/mod.rs"]
mod doc;

#[allow(dead_code)]
#[path = "markup_shim.rs"]
mod markup;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = markup::rst::parse(text, &markup::Options::default());
    }
});
