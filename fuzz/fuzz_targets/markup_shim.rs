//! Stand-in for `src/markup/mod.rs` in the fuzz build: the RST reader from
//! `src/markup/rst/` and a copy of `Options`.

#[path = "../../src/markup/rst/mod.rs"]
pub mod rst;

/// Same as `sopbook::markup::ReadFile`.
pub type ReadFile = fn(&std::path::Path) -> std::io::Result<String>;

/// Same fields as `sopbook::markup::Options`.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub raw_html: bool,
    pub path: Option<std::path::PathBuf>,
    pub root: Option<std::path::PathBuf>,
    pub read_file: Option<ReadFile>,
}
