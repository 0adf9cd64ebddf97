//! `errcodes`: check error-code catalogs, explain codes found in logs, list and diff catalogs,
//! and import vendors' pages, over the same catalog model, checks and messages as the
//! `errcodes::error_catalog!` macro.
//!
//! ```text
//! errcodes check catalogs/my_api.toml
//! errcodes explain "player stopped: error 0x20200194 (http 404)"
//! grep error app.log | errcodes explain -
//! errcodes list alibaba_player
//! errcodes diff old/my_api.toml catalogs/my_api.toml
//! ```

// Doc comments of the command-line types are clap's help text, where backticks would show.
#![allow(clippy::doc_markdown)]

use std::io::Write;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

mod catalogs;
mod check;
mod diff;
mod explain;
mod import;
mod list;
mod out;

/// Check error-code catalogs, explain codes from logs, list and diff catalogs, import vendor
/// pages.
#[derive(Debug, Parser)]
#[command(name = "errcodes", version, about, long_about = None)]
struct Cli {
    /// When to colour the output: `auto` colours a terminal unless NO_COLOR is set.
    #[arg(long, value_enum, default_value_t = ColorWhen::Auto, global = true)]
    color: ColorWhen,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Report every problem of catalogs, as the error_catalog! macro would (exit 1 if any).
    Check(check::Args),
    /// Find codes and names in text or log lines, and explain each from every catalog (exit 1
    /// if none is found).
    Explain(explain::Args),
    /// Print a catalog as a table.
    List(list::Args),
    /// What changed between two versions of a catalog, and what breaks users of the generated
    /// type (exit 2 if something does).
    Diff(diff::Args),
    /// Turn a vendor's page of error-code tables (markdown) into a catalog.
    Import(import::Args),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ColorWhen {
    Auto,
    Always,
    Never,
}

/// The output format of a subcommand.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    /// For people.
    #[default]
    Text,
    /// One JSON document on standard output, for scripts and editors.
    Json,
}

/// A failure that ends the command: what to print on standard error, and the exit status.
#[derive(Debug)]
pub(crate) struct Failure {
    /// What went wrong and what to do, already rendered (with colour when it goes to a
    /// terminal that wants it).
    pub(crate) message: String,
    /// The exit status.
    pub(crate) status: u8,
}

impl Failure {
    /// An error: `error: message`, exit status 1.
    pub(crate) fn error(message: impl std::fmt::Display) -> Self {
        Self {
            message: out::error_line(&message.to_string()),
            status: 1,
        }
    }

    /// A failure whose message is already rendered, such as a catalog's diagnostics.
    pub(crate) fn rendered(message: String, status: u8) -> Self {
        Self { message, status }
    }
}

/// What a subcommand returns: its exit status, or a failure.
pub(crate) type Outcome = Result<u8, Failure>;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        // clap prints usage errors to stderr (exit 2) and --help or --version to stdout (0).
        Err(e) => e.exit(),
    };
    match cli.color {
        ColorWhen::Auto => {}
        ColorWhen::Always => anstream::ColorChoice::Always.write_global(),
        ColorWhen::Never => anstream::ColorChoice::Never.write_global(),
    }
    let outcome = match cli.command {
        Command::Check(args) => check::run(&args),
        Command::Explain(args) => explain::run(&args),
        Command::List(args) => list::run(&args),
        Command::Diff(args) => diff::run(&args),
        Command::Import(args) => import::run(&args),
    };
    match outcome {
        Ok(status) => ExitCode::from(status),
        Err(failure) => {
            let mut stderr = anstream::stderr().lock();
            // Nothing more can be said if standard error is closed.
            let _ = writeln!(stderr, "{}", failure.message.trim_end());
            ExitCode::from(failure.status)
        }
    }
}
