//! Scans a source folder: a [`Config`] in, the relative paths of its pages
//! and of the other files to copy out, with errors for symlinks that leave
//! the folder. Hidden files, the build folder and the theme are skipped.

use crate::config::Config;
use crate::error::BuildError;
use crate::markup::Format;
use std::path::{Path, PathBuf};
use walkdir::{DirEntry, WalkDir};

/// What a source folder holds.
#[derive(Debug, Default)]
pub struct Scan {
    /// Source pages, relative to the source folder, sorted.
    pub pages: Vec<PathBuf>,
    /// Other files (images, attachments), relative, sorted.
    pub assets: Vec<PathBuf>,
    /// `SUMMARY.md` at the top of the source folder, if present.
    pub summary: Option<PathBuf>,
    pub errors: Vec<BuildError>,
}

/// Lists the files of the book's source folder.
pub fn scan(config: &Config) -> Scan {
    let src = &config.src_dir;
    let canon_src = src.canonicalize().unwrap_or_else(|_| src.clone());
    let skip_dirs: Vec<PathBuf> = skipped_dirs(config);
    let mut out = Scan::default();
    let mut symlink_errors = Vec::new();
    let walker = WalkDir::new(src)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| read_entry(e, &skip_dirs, &canon_src, &mut symlink_errors));
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                out.errors.push(walk_error(&e, src));
                continue;
            }
        };
        if entry.file_type().is_dir() {
            continue;
        }
        let rel = entry
            .path()
            .strip_prefix(src)
            .unwrap_or(entry.path())
            .to_path_buf();
        if excluded(&rel, &config.raw.build.exclude) || is_book_file(&rel, config) {
            continue;
        }
        out.add(rel);
    }
    out.errors.extend(symlink_errors);
    out
}

impl Scan {
    /// Files `rel` as the summary, a page or an asset.
    fn add(&mut self, rel: PathBuf) {
        if rel == Path::new("SUMMARY.md") {
            self.summary = Some(rel);
        } else if Format::from_path(&rel).is_some() {
            self.pages.push(rel);
        } else {
            self.assets.push(rel);
        }
    }
}

/// Whether the walk goes into (or lists) `e`: not hidden, not a skipped
/// folder, not a symlink leaving the source folder (an error for those).
fn read_entry(
    e: &DirEntry,
    skip_dirs: &[PathBuf],
    canon_src: &Path,
    symlink_errors: &mut Vec<BuildError>,
) -> bool {
    if e.depth() == 0 {
        return true;
    }
    let name = e.file_name().to_string_lossy();
    if name.starts_with('.') || skip_dirs.iter().any(|d| d == e.path()) {
        return false;
    }
    if e.path_is_symlink() {
        let inside = e
            .path()
            .canonicalize()
            .is_ok_and(|t| t.starts_with(canon_src));
        if !inside {
            let msg = "symlink points outside the source folder: replace it with the file, or move its target into the book";
            symlink_errors.push(BuildError::new(e.path(), 0, msg));
            return false;
        }
    }
    true
}

/// The error for a file or folder the walk could not read.
fn walk_error(e: &walkdir::Error, src: &Path) -> BuildError {
    let path = e.path().unwrap_or(src).to_path_buf();
    let msg = if e.loop_ancestor().is_some() {
        "symlink loop: remove the link".to_string()
    } else {
        format!(
            "cannot read: {}",
            e.io_error()
                .map_or_else(|| e.to_string(), |io| io.to_string())
        )
    };
    BuildError::new(&path, 0, msg)
}

/// Folders never read as sources: the build output, the themes, and
/// Sphinx's own build folder.
fn skipped_dirs(config: &Config) -> Vec<PathBuf> {
    let src = &config.src_dir;
    let mut dirs = vec![
        config.build_dir.clone(),
        src.join("_build"),
        src.join("target"),
    ];
    if config.src_dir == config.root {
        dirs.push(src.join("themes"));
        dirs.push(src.join("theme"));
    }
    // Leftover temporary build folders sit beside the build folder.
    if let (Some(parent), Some(name)) = (config.build_dir.parent(), config.build_dir.file_name())
        && let Ok(entries) = std::fs::read_dir(parent)
    {
        let prefix = format!("{}.", name.to_string_lossy());
        for e in entries.flatten() {
            if e.file_name().to_string_lossy().starts_with(&prefix) {
                dirs.push(e.path());
            }
        }
    }
    dirs
}

fn is_book_file(rel: &Path, config: &Config) -> bool {
    config.src_dir == config.root
        && rel.parent() == Some(Path::new(""))
        && rel == Path::new("book.toml")
}

fn excluded(rel: &Path, patterns: &[String]) -> bool {
    let text = rel.to_string_lossy().replace('\\', "/");
    patterns.iter().any(|p| glob_match(p, &text))
}

/// Matches `path` against a glob: `*` (within a folder), `**` (across
/// folders), `?` (one character).
pub fn glob_match(pattern: &str, path: &str) -> bool {
    fn go(p: &[u8], s: &[u8]) -> bool {
        match p.split_first() {
            None => s.is_empty(),
            Some((b'*', rest)) if rest.first() == Some(&b'*') => {
                let rest = rest[1..].strip_prefix(b"/").unwrap_or(&rest[1..]);
                (0..=s.len()).any(|i| go(rest, &s[i..]))
            }
            Some((b'*', rest)) => (0..=s.len())
                .take_while(|&i| i == 0 || s[i - 1] != b'/')
                .any(|i| go(rest, &s[i..])),
            Some((b'?', rest)) => s.first().is_some_and(|&c| c != b'/') && go(rest, &s[1..]),
            Some((c, rest)) => s.first() == Some(c) && go(rest, &s[1..]),
        }
    }
    go(pattern.as_bytes(), path.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::glob_match;

    #[test]
    fn globs() {
        assert!(glob_match("*.md", "a.md"));
        assert!(!glob_match("*.md", "x/a.md"));
        assert!(glob_match("**/*.md", "x/y/a.md"));
        assert!(glob_match("drafts/**", "drafts/a/b.md"));
        assert!(glob_match("sops/?.rst", "sops/a.rst"));
        assert!(!glob_match("sops/*", "ops/a"));
    }
}
