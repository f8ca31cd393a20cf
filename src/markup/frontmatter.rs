//! Front matter: a TOML (`+++`) or YAML (`---`) block at the top of a
//! Markdown page, split from the body and read into [`Meta`].

use crate::doc::{Diagnostic, Meta};

/// A page split into its metadata and its body.
pub struct Split<'a> {
    pub meta: Meta,
    /// The body text after the front matter.
    pub body: &'a str,
    /// Lines taken by the front matter: add to body line numbers.
    pub line_offset: u32,
    pub diagnostics: Vec<Diagnostic>,
}

/// Splits front matter from `text`. A malformed block is reported as an
/// error with its line, and the page keeps its body.
pub fn split(text: &str) -> Split<'_> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let fence = if text.starts_with("+++") {
        "+++"
    } else if text.starts_with("---") {
        "---"
    } else {
        return Split {
            meta: Meta::default(),
            body: text,
            line_offset: 0,
            diagnostics: vec![],
        };
    };
    let first_end = text.find('\n').map_or(text.len(), |i| i + 1);
    if text[..first_end].trim_end() != fence {
        return Split {
            meta: Meta::default(),
            body: text,
            line_offset: 0,
            diagnostics: vec![],
        };
    }
    let mut pos = first_end;
    let mut line = 2u32;
    while pos < text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i + 1);
        if text[pos..end].trim_end() == fence {
            let inner = &text[first_end..pos];
            let (meta, diagnostics) = read(fence, inner);
            return Split {
                meta,
                body: &text[end..],
                line_offset: line,
                diagnostics,
            };
        }
        pos = end;
        line += 1;
    }
    let msg = format!(
        "front matter opened with `{fence}` on line 1 is never closed: end it with a `{fence}` line"
    );
    Split {
        meta: Meta::default(),
        body: text,
        line_offset: 0,
        diagnostics: vec![Diagnostic::fatal(1, msg)],
    }
}

fn read(fence: &str, inner: &str) -> (Meta, Vec<Diagnostic>) {
    if inner.trim().is_empty() {
        return (Meta::default(), vec![]);
    }
    let result = if fence == "+++" {
        toml::from_str::<Meta>(inner).map_err(|e| {
            let line = e
                .span()
                .map_or(0, |s| crate::config::line_col(inner, s.start).0);
            (line, e.message().trim().to_string())
        })
    } else {
        serde_yaml_ng::from_str::<Meta>(inner).map_err(|e| {
            let line = e.location().map_or(0, |l| l.line() as u32);
            let msg = e.to_string();
            let msg = msg.split(" at line ").next().unwrap_or(&msg).to_string();
            (line, msg)
        })
    };
    match result {
        Ok(meta) => (meta, vec![]),
        Err((line, msg)) => {
            // The block starts on line 2 of the file.
            let line = if line == 0 { 1 } else { line + 1 };
            (
                Meta::default(),
                vec![Diagnostic::fatal(
                    line,
                    format!("malformed front matter: {msg}"),
                )],
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toml_front_matter() {
        let s = split("+++\ntitle = \"Koji\"\nservers = [\"koji01\"]\n+++\n# Body\n");
        assert_eq!(s.meta.title.as_deref(), Some("Koji"));
        assert_eq!(s.meta.servers, ["koji01"]);
        assert_eq!(s.body, "# Body\n");
        assert_eq!(s.line_offset, 4);
        assert!(s.diagnostics.is_empty());
    }

    #[test]
    fn yaml_front_matter() {
        let s = split("---\ntitle: Koji\nreviewed: 2026-01-02\ntags: [build, koji]\n---\nbody\n");
        assert_eq!(s.meta.reviewed.unwrap().to_string(), "2026-01-02");
        assert_eq!(s.meta.tags, ["build", "koji"]);
        assert_eq!(s.line_offset, 5);
    }

    #[test]
    fn malformed_front_matter_names_the_line() {
        let s = split("---\ntitle: Koji\nowner: [unclosed\n---\nbody\n");
        assert_eq!(s.diagnostics.len(), 1, "{:?}", s.diagnostics);
        assert!(
            s.diagnostics[0]
                .message
                .starts_with("malformed front matter")
        );
        let s = split("+++\ntitle = \"x\"\nownr = \"y\"\n+++\n");
        assert_eq!(s.diagnostics[0].line, 3, "{:?}", s.diagnostics);
        assert!(s.diagnostics[0].message.contains("ownr"));
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        let s = split("+++\ntitle = \"x\"\n");
        assert_eq!(s.diagnostics[0].line, 1);
        let s = split("---\n\nA thematic break above? no: unclosed\n");
        assert_eq!(s.diagnostics.len(), 1);
    }
}
