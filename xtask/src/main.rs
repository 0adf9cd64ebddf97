//! `cargo run -p errcodes-xtask -- import <catalog>|all [--check]`: rebuilds bundled catalogs
//! from the vendor sources kept in `catalogs/sources/`, so that no generated catalog is edited by
//! hand. With `--check`, writes nothing and fails if a catalog differs from what its source gives.

mod curl;
mod emit;
mod sqlite;
mod windows;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// An import: the catalog it writes, the folder of `catalogs/sources/` it reads, and the
/// function that reads that folder and returns the catalog's TOML text.
pub(crate) struct Importer {
    /// The catalog's name: it is written to `catalogs/<catalog>.toml`.
    pub(crate) catalog: &'static str,
    /// The folder of `catalogs/sources/` holding the source files.
    pub(crate) sources: &'static str,
    /// Reads the source folder and returns the catalog.
    pub(crate) import: fn(&Path) -> Result<String, String>,
}

/// Every import, by catalog name.
pub(crate) const IMPORTERS: &[Importer] = &[
    Importer {
        catalog: "curl",
        sources: "curl",
        import: curl::import,
    },
    Importer {
        catalog: "sqlite",
        sources: "sqlite",
        import: sqlite::import,
    },
    Importer {
        catalog: "windows",
        sources: "windows",
        import: windows::import,
    },
    Importer {
        catalog: "windows_hresult",
        sources: "windows",
        import: windows::import_hresult,
    },
];

#[derive(Parser)]
#[command(about = "Rebuilds errcodes' bundled catalogs from their vendor sources.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Writes `catalogs/<catalog>.toml` from `catalogs/sources/`.
    Import {
        /// The catalog to rebuild, or `all`.
        catalog: String,
        /// Write nothing; fail if a bundled catalog is not what its source gives.
        #[arg(long)]
        check: bool,
    },
}

/// The repository's root folder.
pub(crate) fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask/ is inside the repository")
        .to_path_buf()
}

/// The catalog `importer` builds from its sources in the repository.
pub(crate) fn run(importer: &Importer) -> Result<String, String> {
    let sources = root().join("catalogs/sources").join(importer.sources);
    (importer.import)(&sources).map_err(|e| format!("{}: {e}", importer.catalog))
}

fn main() -> ExitCode {
    let Command::Import { catalog, check } = Cli::parse().command;
    let selected: Vec<&Importer> = IMPORTERS
        .iter()
        .filter(|i| catalog == "all" || i.catalog == catalog)
        .collect();
    if selected.is_empty() {
        let names: Vec<&str> = IMPORTERS.iter().map(|i| i.catalog).collect();
        eprintln!(
            "no import for catalog {catalog:?}: use one of {} or `all`",
            names.join(", ")
        );
        return ExitCode::FAILURE;
    }
    let mut failed = false;
    for importer in selected {
        let path = root()
            .join("catalogs")
            .join(format!("{}.toml", importer.catalog));
        let text = match run(importer) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("error: {e}");
                failed = true;
                continue;
            }
        };
        if check {
            if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
                eprintln!(
                    "error: {} is not what its source gives: run `cargo run -p errcodes-xtask -- import {}`",
                    path.display(),
                    importer.catalog
                );
                failed = true;
            }
        } else if let Err(e) = std::fs::write(&path, text) {
            eprintln!("error: cannot write {}: {e}", path.display());
            failed = true;
        } else {
            eprintln!("wrote {}", path.display());
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

#[cfg(test)]
mod tests {
    use super::{root, run, IMPORTERS};

    /// Every bundled catalog that has an import is byte for byte what its source gives, so
    /// nobody edits a generated catalog by hand.
    #[test]
    fn bundled_catalogs_are_what_their_sources_give() {
        for importer in IMPORTERS {
            let path = root()
                .join("catalogs")
                .join(format!("{}.toml", importer.catalog));
            let bundled = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
            let generated = run(importer).unwrap_or_else(|e| panic!("{e}"));
            assert!(
                bundled == generated,
                "{} differs from what its source gives: run `cargo run -p errcodes-xtask -- import {}`",
                path.display(),
                importer.catalog
            );
        }
    }
}
