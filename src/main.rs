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
    /// Check that the sources are readable as plain text and the book whole.
    Check(sopbook::check::CheckArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let _ = (cli.quiet, cli.verbose);
    match cli.command {
        Command::Check(args) => match sopbook::check::run(&args) {
            Ok(code) => ExitCode::from(code),
            Err(e) => {
                eprintln!("error: {e:#}");
                ExitCode::from(2)
            }
        },
    }
}
