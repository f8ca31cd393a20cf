//! Prints findings: `human` (`path:line:col: level[rule]: message`, the
//! source line with a caret, a summary), `json` and `github` (workflow
//! commands).
//!
//! The `json` format is one array of objects with stable fields: `path`,
//! `line` (0: the whole file), `column` and `end_column` (1-based
//! characters, end exclusive; 0 for the whole file), `level` (`warning` or
//! `error`), `rule`, `message`, `help`; sorted by path, line, column, rule.

use super::finding::Finding;
use super::rules::Level;
use annotate_snippets::{AnnotationKind, Group, Renderer, Snippet};
use std::fmt::Write;

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum OutputFormat {
    #[default]
    Human,
    Json,
    Github,
}

/// Renders findings in a format; `colour` only matters for `human`.
pub fn render(findings: &[Finding], files: usize, format: OutputFormat, colour: bool) -> String {
    match format {
        OutputFormat::Human => human(findings, files, colour),
        OutputFormat::Json => {
            let mut s = serde_json::to_string_pretty(findings).unwrap_or_else(|_| "[]".into());
            s.push('\n');
            s
        }
        OutputFormat::Github => findings.iter().map(github).collect(),
    }
}

fn human(findings: &[Finding], files: usize, colour: bool) -> String {
    let renderer = if colour {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for f in findings {
        let _ = writeln!(out, "{}", header(f, colour));
        match snippet(f, &renderer) {
            Some(snippet) => {
                out.push_str(&snippet);
                out.push_str("\n\n");
            }
            None => {
                let _ = writeln!(out, "  = help: {}\n", f.help);
            }
        }
    }
    out.push_str(&summary(findings, files));
    out.push('\n');
    out
}

fn header(f: &Finding, colour: bool) -> String {
    let mut place = f.path.clone();
    if f.line > 0 {
        let _ = write!(place, ":{}:{}", f.line, f.column.max(1));
    }
    let level = f.level.name();
    if !colour {
        return format!("{place}: {level}[{}]: {}", f.rule, f.message);
    }
    let tint = if f.level == Level::Error { "31" } else { "33" };
    format!(
        "\x1b[1m{place}:\x1b[0m \x1b[1;{tint}m{level}\x1b[0m\x1b[1m[{}]: {}\x1b[0m",
        f.rule, f.message
    )
}

/// The source line with a caret under the finding's columns.
fn snippet(f: &Finding, renderer: &Renderer) -> Option<String> {
    let line = f.source_line.as_deref()?;
    let byte = |col: u32| {
        line.char_indices()
            .nth(col.saturating_sub(1) as usize)
            .map_or(line.len(), |(b, _)| b)
    };
    let (a, b) = (byte(f.column), byte(f.end_column));
    let level = match f.level {
        Level::Error => annotate_snippets::Level::ERROR,
        _ => annotate_snippets::Level::WARNING,
    };
    let group = Group::with_level(level)
        .element(
            Snippet::source(line)
                .line_start(f.line as usize)
                .fold(false)
                .annotation(AnnotationKind::Primary.span(a..b.max(a))),
        )
        .element(annotate_snippets::Level::HELP.message(f.help));
    Some(renderer.render(&[group]))
}

/// `3 errors, 5 warnings in 2 of 179 files`.
pub fn summary(findings: &[Finding], files: usize) -> String {
    let errors = findings.iter().filter(|f| f.level == Level::Error).count();
    let warnings = findings.len() - errors;
    let files_word = if files == 1 { "file" } else { "files" };
    if findings.is_empty() {
        return format!("no findings in {files} {files_word}");
    }
    let mut paths: Vec<&str> = findings.iter().map(|f| f.path.as_str()).collect();
    paths.dedup();
    let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
    format!(
        "{}, {} in {} of {files} {files_word}",
        plural(errors, "error"),
        plural(warnings, "warning"),
        paths.len()
    )
}

/// `::error file=PATH,line=N,col=C,endColumn=E,title=RULE::MESSAGE`.
fn github(f: &Finding) -> String {
    let kind = if f.level == Level::Error {
        "error"
    } else {
        "warning"
    };
    let mut props = format!("file={}", escape_property(&f.path));
    if f.line > 0 {
        let _ = write!(
            props,
            ",line={},col={},endColumn={}",
            f.line, f.column, f.end_column
        );
    }
    let _ = write!(props, ",title={}", escape_property(f.rule));
    let msg = format!("{} ({})", f.message, f.help);
    format!("::{kind} {props}::{}\n", escape_data(&msg))
}

fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(level: Level) -> Finding {
        let mut f = Finding::file("a, b.rst", "tabs", "tab character: indent with spaces");
        f.level = level;
        f.line = 2;
        f.column = 3;
        f.end_column = 4;
        f.source_line = Some("  \tx".into());
        f
    }

    #[test]
    fn github_commands_escape_properties() {
        let s = github(&finding(Level::Error));
        assert!(
            s.starts_with(
                "::error file=a%2C b.rst,line=2,col=3,endColumn=4,title=tabs::tab character"
            ),
            "{s}"
        );
    }

    #[test]
    fn summary_counts_files_with_findings() {
        let f = [finding(Level::Error), finding(Level::Warning)];
        assert_eq!(summary(&f, 179), "1 error, 1 warning in 1 of 179 files");
        assert_eq!(summary(&[], 1), "no findings in 1 file");
    }
}
