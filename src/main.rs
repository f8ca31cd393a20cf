//! The `sopbook` command: parses arguments, calls the library, prints errors.
//! Exit codes: 0 ok, 1 check findings, 2 error.

use clap::{Parser, Subcommand};
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
    /// Convert legacy plain-text SOPs to reStructuredText or Markdown.
    Convert(sopbook::convert::ConvertArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let _ = (cli.quiet, cli.verbose);
    let result = match &cli.command {
        Command::Convert(args) => sopbook::convert::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}
