//! The theme: the default theme embedded in the binary, with a book's own
//! `themes/NAME/` (or `theme/`) files overriding it file by file. Gives the
//! template engine (built once) and the static files to copy.

use crate::config::Config;
use crate::error::{BuildError, BuildErrors};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

include!(concat!(env!("OUT_DIR"), "/theme_files.rs"));

/// Template and static files of the theme in use.
pub struct Theme {
    /// `templates/NAME.html` → (where it came from, text).
    pub templates: BTreeMap<String, (PathBuf, String)>,
    /// `static/...` files → contents, copied to `_static/`.
    pub statics: BTreeMap<String, Vec<u8>>,
}

impl Theme {
    /// Whether pages get a search box and the book an index: the theme has
    /// a search client and `[search] enable` is on.
    pub fn has_search(&self, config: &Config) -> bool {
        self.statics.contains_key("search.js") && config.raw.search.enable
    }

    /// The default theme, overridden by the book's theme folder if any.
    pub fn load(config: &Config) -> Result<Theme, BuildErrors> {
        let mut theme = Theme {
            templates: BTreeMap::new(),
            statics: BTreeMap::new(),
        };
        for (rel, bytes) in DEFAULT_THEME {
            theme.add(
                rel,
                PathBuf::from(format!("(built-in theme)/{rel}")),
                bytes.to_vec(),
            )?;
        }
        if let Some(dir) = theme_dir(config)? {
            theme.overlay(&dir)?;
        }
        Ok(theme)
    }

    fn add(&mut self, rel: &str, origin: PathBuf, bytes: Vec<u8>) -> Result<(), BuildError> {
        if let Some(name) = rel.strip_prefix("templates/") {
            let text = String::from_utf8(bytes).map_err(|_| {
                BuildError::new(&origin, 0, "template is not valid UTF-8: save it as UTF-8")
            })?;
            self.templates.insert(name.to_string(), (origin, text));
        } else if let Some(name) = rel.strip_prefix("static/") {
            self.statics.insert(name.to_string(), bytes);
        }
        Ok(())
    }

    fn overlay(&mut self, dir: &Path) -> Result<(), BuildErrors> {
        let mut errors = Vec::new();
        for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    errors.push(BuildError::new(
                        e.path().unwrap_or(dir),
                        0,
                        format!("cannot read theme: {e}"),
                    ));
                    continue;
                }
            };
            if !entry.file_type().is_file() {
                continue;
            }
            let rel = entry
                .path()
                .strip_prefix(dir)
                .unwrap_or(entry.path())
                .to_string_lossy()
                .replace('\\', "/");
            let rel = if rel.contains('/') || !rel.ends_with(".html") {
                rel
            } else {
                format!("templates/{rel}")
            };
            match std::fs::read(entry.path()) {
                Ok(bytes) => {
                    if let Err(e) = self.add(&rel, entry.path().to_path_buf(), bytes) {
                        errors.push(e);
                    }
                }
                Err(e) => errors.push(BuildError::new(
                    entry.path(),
                    0,
                    format!("cannot read theme file: {e}"),
                )),
            }
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(BuildErrors(errors))
        }
    }

    /// The template engine with every template of the theme.
    pub fn engine(&self) -> Result<tera::Tera, BuildErrors> {
        let mut tera = tera::Tera::new();
        tera.autoescape_on(vec![".html", ".xml"]);
        let all = self
            .templates
            .iter()
            .map(|(name, (_, text))| (name.as_str(), text.as_str()));
        tera.add_raw_templates(all)
            .map_err(|e| BuildErrors(vec![self.locate(&flatten(&e))]))?;
        Ok(tera)
    }
}

impl Theme {
    /// An error of the template engine, placed at the template file and
    /// line it names (`--> page.html:2:40`), or the first template named.
    fn locate(&self, msg: &str) -> BuildError {
        let cleaned = msg.trim_start_matches("error: ").to_string();
        if let Some(at) = msg.find("--> ") {
            let place = msg[at + 4..].split_whitespace().next().unwrap_or("");
            let mut parts = place.rsplitn(3, ':');
            let (col, line, name) = (parts.next(), parts.next(), parts.next());
            if let (Some(name), Some(line), Some(col)) = (name, line, col)
                && let Some((origin, _)) = self.templates.get(name)
            {
                let short = cleaned
                    .split(" --> ")
                    .next()
                    .unwrap_or(&cleaned)
                    .to_string();
                let (line, col) = (line.parse().unwrap_or(0), col.parse().unwrap_or(0));
                return BuildError::new(origin, line, format!("template error: {short}"))
                    .with_column(col);
            }
        }
        let origin = self
            .templates
            .iter()
            .find(|(name, _)| msg.contains(&format!("'{name}'")))
            .map_or_else(
                || PathBuf::from("(theme)"),
                |(_, (origin, _))| origin.clone(),
            );
        BuildError::new(&origin, 0, format!("template error: {cleaned}"))
    }
}

/// The book's theme folder: `themes/NAME/`, else `theme/`, else none. A
/// theme named in `book.toml` that does not exist is an error.
fn theme_dir(config: &Config) -> Result<Option<PathBuf>, BuildError> {
    let name = &config.raw.output.html.theme;
    let named = config.root.join("themes").join(name);
    if named.is_dir() {
        return Ok(Some(named));
    }
    let plain = config.root.join("theme");
    if plain.is_dir() {
        return Ok(Some(plain));
    }
    if name != "default" {
        let msg = format!(
            "theme `{name}` not found: create themes/{name}/ or set [output.html] theme = \"default\""
        );
        return Err(BuildError::new(&config.root.join("book.toml"), 0, msg));
    }
    Ok(None)
}

/// A template error and its causes on one line.
pub fn flatten(e: &dyn std::error::Error) -> String {
    let mut msg = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let text = s.to_string();
        if !msg.contains(&text) {
            msg.push_str(": ");
            msg.push_str(&text);
        }
        source = s.source();
    }
    msg.replace('\n', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
