//! `sopbook check`: runs the readability and integrity rules over every
//! source page of a book and reports findings; returns the exit code (0
//! clean or warnings only, 1 errors or warnings with `--strict`). Errors
//! (`Err`) mean it could not run.

pub mod config;
mod engine;
pub mod finding;
mod fix;
pub mod report;
pub mod rules;
mod scan;
pub mod source;
pub mod suppress;

pub use config::CheckTable;
pub use finding::Finding;
pub use report::OutputFormat;

use crate::config::Config;
use anyhow::{Context, bail};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

/// Arguments of `sopbook check`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct CheckArgs {
    /// The book folder (with book.toml) or a folder of sources.
    pub dir: Option<PathBuf>,
    /// How findings are printed.
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,
    /// Fail (exit 1) on warnings too.
    #[arg(long)]
    pub strict: bool,
    /// Print the documentation of a rule and exit.
    #[arg(long, value_name = "RULE")]
    pub explain: Option<String>,
    /// Repair what is mechanical and safe, then report what is left.
    #[arg(long)]
    pub fix: bool,
}

/// Runs `sopbook check`.
pub fn run(args: &CheckArgs) -> anyhow::Result<u8> {
    if let Some(rule) = &args.explain {
        write_stdout(&explain(rule)?)?;
        return Ok(0);
    }
    let dir = args.dir.clone().unwrap_or_else(|| PathBuf::from("."));
    let config = load_config(&dir)?;
    let shown = shown_path(&dir, &config);
    let book = engine::Book {
        config: &config,
        check: &config.raw.check,
        shown,
    };
    let mut outcome = engine::check(&book);
    if args.fix {
        let fixed = fix::apply(&book, &outcome)?;
        if fixed > 0 {
            eprintln!("fixed {fixed} file{}", if fixed == 1 { "" } else { "s" });
            outcome = engine::check(&book);
        }
    }
    let colour = args.format == OutputFormat::Human
        && std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none();
    let text = report::render(&outcome.findings, outcome.files, args.format, colour);
    write_stdout(&text)?;
    Ok(exit_code(&outcome.findings, args.strict))
}

/// Prints to stdout; a closed pipe (`| head`, quitting `less`) is no error.
fn write_stdout(text: &str) -> anyhow::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(anyhow::Error::new(e).context("cannot write the report"))
        }
        _ => Ok(()),
    }
}

/// 1 when there is an error, or a warning under `--strict`; else 0.
pub fn exit_code(findings: &[Finding], strict: bool) -> u8 {
    let fails = |f: &Finding| f.level == rules::Level::Error || strict;
    u8::from(findings.iter().any(fails))
}

/// The documentation of a rule, with its default level.
pub fn explain(rule: &str) -> anyhow::Result<String> {
    let Some(r) = rules::find(rule) else {
        bail!("unknown rule `{rule}`: the rules are {}", rules::list());
    };
    let fix = if r.fixable { ", fixed by --fix" } else { "" };
    Ok(format!(
        "{}\nDefault level: {}{fix}. Set it in book.toml: [check.level] {} = \"off\" | \"warning\" | \"error\".\n",
        r.doc,
        r.level.name(),
        r.id
    ))
}

/// The book's configuration: `DIR/book.toml`, else the nearest
/// `book.toml` above whose source folder is `DIR`.
fn load_config(dir: &Path) -> anyhow::Result<Config> {
    let config = Config::load(dir).map_err(anyhow::Error::new)?;
    if config.has_file {
        return Ok(config);
    }
    let want = dir
        .canonicalize()
        .with_context(|| format!("{}: cannot read", dir.display()))?;
    for parent in want.ancestors().skip(1) {
        if parent.join("book.toml").is_file() {
            let outer = Config::load(parent).map_err(anyhow::Error::new)?;
            if outer.src_dir.canonicalize().ok().as_deref() == Some(want.as_path()) {
                return Ok(outer);
            }
            break;
        }
    }
    Ok(config)
}

/// The source folder as printed: relative to what the user typed.
fn shown_path(dir: &Path, config: &Config) -> PathBuf {
    let src = &config.src_dir;
    let same = |a: &Path, b: &Path| a.canonicalize().ok() == b.canonicalize().ok();
    if same(src, dir) {
        return dir.to_path_buf();
    }
    match src.strip_prefix(&config.root) {
        Ok(rel) if same(&config.root, dir) => dir.join(rel),
        _ => src.clone(),
    }
}
