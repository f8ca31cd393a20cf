//! `book.toml`: read as a raw, checked table, then resolved against the book
//! folder into a [`Config`] with absolute paths and defaults applied.

use crate::error::BuildError;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The `book.toml` file as written.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RawConfig {
    pub book: BookTable,
    pub build: BuildTable,
    pub output: OutputTable,
    pub sop: SopTable,
    pub markup: MarkupTable,
    pub check: crate::check::CheckTable,
    pub search: crate::search::SearchConfig,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct BookTable {
    pub title: Option<String>,
    pub description: Option<String>,
    pub language: String,
    pub authors: Vec<String>,
    /// The source folder, relative to the book folder.
    pub src: Option<PathBuf>,
}

impl Default for BookTable {
    fn default() -> Self {
        BookTable {
            title: None,
            description: None,
            language: "en".into(),
            authors: vec![],
            src: None,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct BuildTable {
    #[serde(rename = "build-dir")]
    pub build_dir: PathBuf,
    #[serde(rename = "allow-broken-links")]
    pub allow_broken_links: bool,
    /// Globs (relative to the source folder) of files to leave out.
    pub exclude: Vec<String>,
}

impl Default for BuildTable {
    fn default() -> Self {
        BuildTable {
            build_dir: "site".into(),
            allow_broken_links: false,
            exclude: vec![],
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct OutputTable {
    pub html: HtmlTable,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct HtmlTable {
    pub theme: String,
    #[serde(rename = "site-url")]
    pub site_url: Option<String>,
    #[serde(rename = "edit-url-template")]
    pub edit_url_template: Option<String>,
    /// The global menu: links to sibling sites shown above every page.
    pub menu: Vec<MenuLink>,
}

impl Default for HtmlTable {
    fn default() -> Self {
        HtmlTable {
            theme: "default".into(),
            site_url: None,
            edit_url_template: None,
            menu: vec![],
        }
    }
}

#[derive(Debug, Clone, Deserialize, serde::Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct MenuLink {
    pub name: String,
    pub url: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SopTable {
    /// Metadata fields every SOP must have.
    pub required: Vec<String>,
    /// Days after the `reviewed` date when a review is overdue.
    #[serde(rename = "review-period")]
    pub review_period: u32,
}

impl Default for SopTable {
    fn default() -> Self {
        SopTable {
            required: vec!["owner".into(), "contact".into(), "purpose".into()],
            review_period: 365,
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MarkupTable {
    /// Render RST `raw:: html` directives (off: they show as a warning).
    #[serde(rename = "rst-raw-html")]
    pub rst_raw_html: bool,
}

/// The resolved configuration of one book.
#[derive(Debug, Clone)]
pub struct Config {
    /// The book folder (where `book.toml` is, or would be).
    pub root: PathBuf,
    /// The folder of source pages.
    pub src_dir: PathBuf,
    /// Where the site is written.
    pub build_dir: PathBuf,
    /// Whether a `book.toml` was found.
    pub has_file: bool,
    pub raw: RawConfig,
}

impl Config {
    /// Reads `DIR/book.toml` if there is one and resolves the paths. Without
    /// one, `DIR/content` is the source folder if it exists, else `DIR`.
    pub fn load(root: &Path) -> Result<Config, BuildError> {
        let root = root.to_path_buf();
        if !root.is_dir() {
            return Err(BuildError::new(
                &root,
                0,
                "no such folder: give the folder of a book",
            ));
        }
        let file = root.join("book.toml");
        let (raw, has_file) = match std::fs::read_to_string(&file) {
            Ok(text) => (parse(&file, &text)?, true),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (RawConfig::default(), false),
            Err(e) => return Err(BuildError::new(&file, 0, format!("cannot read: {e}"))),
        };
        let src_dir = match &raw.book.src {
            Some(src) => root.join(src),
            None if root.join("content").is_dir() => root.join("content"),
            None => root.clone(),
        };
        if !src_dir.is_dir() {
            let msg = format!(
                "source folder {} does not exist: create it or set [book] src",
                src_dir.display()
            );
            return Err(BuildError::new(&file, 0, msg));
        }
        let build_dir = root.join(&raw.build.build_dir);
        Ok(Config {
            root,
            src_dir,
            build_dir,
            has_file,
            raw,
        })
    }

    /// The book title: `[book] title`, else the folder name.
    pub fn title(&self) -> String {
        self.raw.book.title.clone().unwrap_or_else(|| {
            let name = self
                .root
                .canonicalize()
                .ok()
                .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()));
            name.unwrap_or_else(|| "Book".into())
        })
    }
}

/// Parses `book.toml` text; errors name the key and the line.
pub fn parse(path: &Path, text: &str) -> Result<RawConfig, BuildError> {
    toml::from_str::<RawConfig>(text).map_err(|e| {
        let (line, col) = e.span().map(|s| line_col(text, s.start)).unwrap_or((0, 0));
        let msg = e.message().trim_end().to_string();
        BuildError::new(path, line, msg).with_column(col)
    })
}

/// 1-based line and column of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (u32, u32) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() as u32 + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) as u32 + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> String {
        parse(Path::new("book.toml"), text).unwrap_err().to_string()
    }

    #[test]
    fn unknown_key_names_key_and_line() {
        let e = err("[book]\ntitle = \"x\"\ntitel = \"y\"\n");
        assert!(e.starts_with("book.toml:3:"), "{e}");
        assert!(e.contains("titel"), "{e}");
    }

    #[test]
    fn wrong_type_names_line() {
        let e = err("[build]\nallow-broken-links = \"yes\"\n");
        assert!(e.starts_with("book.toml:2:"), "{e}");
    }

    #[test]
    fn defaults_apply() {
        let c = parse(
            Path::new("book.toml"),
            "[output.html]\nsite-url = \"https://x/\"\n",
        )
        .unwrap();
        assert_eq!(c.build.build_dir, PathBuf::from("site"));
        assert_eq!(c.sop.required, ["owner", "contact", "purpose"]);
        assert_eq!(c.output.html.theme, "default");
    }
}
