//! `cargo run -p errcodes-xtask -- import <catalog>|all [--check]`: rebuilds bundled catalogs
//! from their sources in `catalogs/sources/`, or with `--check`, fails if one differs.

use std::fs;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Tasks of the errcodes repository.
#[derive(Parser)]
#[command(name = "errcodes-xtask")]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Rebuilds catalogs/<catalog>.toml from catalogs/sources/<catalog>/.
    Import {
        /// The catalog, or `all`.
        catalog: String,
        /// Writes nothing; fails if a catalog differs from what its sources give.
        #[arg(long)]
        check: bool,
    },
}

fn main() -> ExitCode {
    let Task::Import { catalog, check } = Cli::parse().task;
    let catalogs = if catalog == "all" {
        errcodes_xtask::names()
    } else {
        vec![catalog.as_str()]
    };
    let mut failed = false;
    for catalog in catalogs {
        if let Err(e) = import(catalog, check) {
            eprintln!("error: {e}");
            failed = true;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn import(catalog: &str, check: bool) -> Result<(), String> {
    let text = errcodes_xtask::import(catalog)?;
    let path = errcodes_xtask::catalog_path(catalog);
    let shown = format!("catalogs/{catalog}.toml");
    let current = fs::read_to_string(&path).ok();
    if current.as_deref() == Some(text.as_str()) {
        println!("{shown}: up to date");
        return Ok(());
    }
    if check {
        return Err(format!(
            "{shown} differs from what its sources give: run `cargo run -p errcodes-xtask -- \
             import {catalog}` (and never edit it by hand)"
        ));
    }
    fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    println!("{shown}: written");
    Ok(())
}
