//! The `sopbook` command: parses arguments, calls the library, prints errors.
//! Exit codes: 0 ok, 1 check findings, 2 error.

use clap::{Args, Parser, Subcommand};
use sopbook::build::BuildOptions;
use sopbook::config::Config;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "sopbook",
    version,
    about = "Turn SOPs and runbooks into a fast, searchable static site"
)]
struct Cli {
    /// Print only errors.
    #[arg(short, long, global = true)]
    quiet: bool,
    /// Print more about what is done.
    #[arg(short, long, global = true)]
    verbose: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the book into a static site.
    Build(BuildArgs),
    /// Check that the sources are readable as plain text and the book whole.
    Check(sopbook::check::CheckArgs),
    /// Serve the book with live reload while you edit it.
    Serve(ServeArgs),
    /// Create a new book: book.toml and content/ with an example SOP.
    Init {
        /// Folder of the new book.
        #[arg(default_value = ".")]
        dir: PathBuf,
    },
    /// Convert legacy plain-text SOPs to reStructuredText or Markdown.
    Convert(sopbook::convert::ConvertArgs),
}

#[derive(Args)]
struct BuildArgs {
    /// Folder of the book (with book.toml, or content/, or the pages).
    #[arg(default_value = ".")]
    dir: PathBuf,
    /// Where to write the site (default: [build] build-dir, `site`).
    #[arg(short, long)]
    dest_dir: Option<PathBuf>,
    /// Report broken links as warnings instead of failing.
    #[arg(long)]
    allow_broken_links: bool,
}

#[derive(Args)]
struct ServeArgs {
    /// Folder of the book.
    #[arg(default_value = ".")]
    dir: PathBuf,
    /// Port to listen on.
    #[arg(short, long, default_value_t = 3000)]
    port: u16,
    /// Address to listen on (another machine can connect if not loopback).
    #[arg(short, long, default_value = "127.0.0.1")]
    bind: std::net::IpAddr,
    /// Open the site in the default browser.
    #[arg(long)]
    open: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let verbosity = Verbosity {
        quiet: cli.quiet,
        verbose: cli.verbose,
    };
    match cli.command {
        Command::Build(args) => build(&args, verbosity),
        Command::Check(args) => match sopbook::check::run(&args) {
            Ok(code) => ExitCode::from(code),
            Err(e) => {
                eprintln!("error: {e:#}");
                ExitCode::from(2)
            }
        },
        Command::Serve(args) => serve(args, verbosity),
        Command::Init { dir } => init(&dir, verbosity),
        Command::Convert(mut args) => {
            args.quiet = cli.quiet;
            anyhow_exit(sopbook::convert::run(&args))
        }
    }
}

#[derive(Clone, Copy)]
struct Verbosity {
    quiet: bool,
    verbose: bool,
}

fn build(args: &BuildArgs, v: Verbosity) -> ExitCode {
    let config = match Config::load(&args.dir) {
        Ok(c) => c,
        Err(e) => return fail(&e),
    };
    let options = BuildOptions {
        dest_dir: args.dest_dir.clone(),
        allow_broken_links: args.allow_broken_links,
        progress: !v.quiet,
    };
    match sopbook::build::run(&config, &options) {
        Ok(report) => {
            if !v.quiet {
                for w in &report.warnings {
                    eprintln!("warning: {w}");
                }
                let secs = report.elapsed.as_secs_f64();
                eprintln!("built {} pages in {secs:.2} s", report.pages);
                if v.verbose {
                    let search = report.search_time.as_secs_f64();
                    let own = report.search_own_time.as_secs_f64();
                    if own > 0.0 {
                        eprintln!(
                            "search index written in {search:.2} s after the pages \
                             (built alongside them in {own:.2} s)"
                        );
                    }
                    eprintln!("site written to {}", report.dest.display());
                }
            }
            ExitCode::SUCCESS
        }
        Err(errors) => fail(&errors),
    }
}

fn serve(args: ServeArgs, v: Verbosity) -> ExitCode {
    let options = sopbook::serve::ServeOptions {
        dir: args.dir,
        port: args.port,
        bind: args.bind,
        open: args.open,
        quiet: v.quiet,
    };
    match sopbook::serve::run(&options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&format!("{e:#}")),
    }
}

fn init(dir: &std::path::Path, v: Verbosity) -> ExitCode {
    match sopbook::init::run(dir) {
        Ok(written) => {
            if !v.quiet {
                for path in &written.created {
                    eprintln!("created {}", path.display());
                }
                for path in &written.kept {
                    eprintln!("kept {} (already there)", path.display());
                }
            }
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e),
    }
}

fn anyhow_exit(result: anyhow::Result<()>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn fail(e: &dyn std::fmt::Display) -> ExitCode {
    for line in e.to_string().lines() {
        eprintln!("error: {line}");
    }
    ExitCode::from(2)
}
