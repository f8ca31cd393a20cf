//! `sopbook init`: a folder in; a `book.toml` and a `content/` folder with
//! a home page and one example SOP written there, nothing overwritten.

use crate::error::BuildError;
use std::path::{Path, PathBuf};

/// What `init` wrote, and what it found already there.
#[derive(Debug, Default)]
pub struct Written {
    pub created: Vec<PathBuf>,
    pub kept: Vec<PathBuf>,
}

const BOOK_TOML: &str = r#"[book]
title = "Operations runbooks"
description = "Standard operating procedures of the operations team"
language = "en"
src = "content"

[build]
build-dir = "site"

[output.html]
# site-url = "https://docs.example.org/sops/"
# edit-url-template = "https://git.example.org/ops/sops/edit/main/content/{path}"

[sop]
required = ["owner", "contact", "purpose"]
review-period = 365
"#;

const INDEX_MD: &str = "# Operations runbooks

Procedures for the services we run. Start from the menu, or search with `/`.
";

const EXAMPLE_SOP: &str = r##"+++
title = "Restart the queue worker"
owner = "Platform team"
contact = "#platform on chat, platform@example.org"
location = "Main data centre"
servers = ["queue01", "queue02"]
purpose = "Bring a stuck queue worker back without losing jobs"
reviewed = 2026-01-15
tags = ["queue", "restart"]
+++

# Restart the queue worker

Use this when the queue depth keeps growing and the worker log is silent.

## Check the worker

```console
$ ssh queue01
$ systemctl status queue-worker
```

## Restart it

> [!WARNING]
> Restart one host at a time: the other keeps taking jobs.

```console
$ sudo systemctl restart queue-worker
$ journalctl -u queue-worker -f
```
"##;

/// Writes a new book into `dir`, keeping any file already there.
pub fn run(dir: &Path) -> Result<Written, BuildError> {
    let mut written = Written::default();
    let files = [
        (dir.join("book.toml"), BOOK_TOML),
        (dir.join("content/index.md"), INDEX_MD),
        (dir.join("content/restart-queue-worker.md"), EXAMPLE_SOP),
    ];
    for (path, text) in files {
        if path.exists() {
            written.kept.push(path);
            continue;
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| BuildError::new(parent, 0, format!("cannot create folder: {e}")))?;
        }
        std::fs::write(&path, text)
            .map_err(|e| BuildError::new(&path, 0, format!("cannot write: {e}")))?;
        written.created.push(path);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_template_config_parses() {
        crate::config::parse(std::path::Path::new("book.toml"), super::BOOK_TOML).unwrap();
    }
}
