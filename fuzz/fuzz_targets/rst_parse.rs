//! Fuzzes the RST reader: any UTF-8 text must parse without panicking.
//! Run: `RUSTC_BOOTSTRAP=1 cargo fuzz run rst_parse` from the repository root.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sopbook::markup::{Options, rst};

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = rst::parse(text, &Options::default());
    }
});
