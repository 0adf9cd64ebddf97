//! Rebuilds the bundled catalogs that come from a vendor's source file, so that none is edited
//! by hand.
//!
//! Each source family has a module with `fn import(sources: &Path) -> Result<String, String>`:
//! it reads the files kept in `catalogs/sources/<catalog>/` (passed as `sources`; `windows_hresult`
//! reads `windows/`, the header it shares with `windows`) and returns
//! the catalog's TOML, which [`import`] checks with `errcodes-catalog` before anyone writes it
//! to `catalogs/<catalog>.toml`. The binary runs them:
//! `cargo run -p errcodes-xtask -- import <catalog>|all [--check]`.

use std::fs;
use std::path::{Path, PathBuf};

mod curl;
mod errno_linux;
mod grpc;
mod http_status;
mod sqlite;
mod sqlstate;
mod toml_out;
mod windows;

/// An importer: the files of `catalogs/sources/<catalog>/` → the catalog's TOML, or what is
/// wrong with them.
pub type Importer = fn(sources: &Path) -> Result<String, String>;

/// Every catalog made from a source, and its importer, by name.
pub const IMPORTERS: &[(&str, Importer)] = &[
    ("curl", curl::import),
    ("errno_linux", errno_linux::import),
    ("grpc", grpc::import),
    ("http_status", http_status::import),
    ("sqlite", sqlite::import),
    ("sqlstate", sqlstate::import),
    ("windows", windows::import),
    ("windows_hresult", windows::import_hresult),
];

/// The catalogs whose sources are in another catalog's folder of `catalogs/sources/`.
const SHARED_SOURCES: &[(&str, &str)] = &[("windows_hresult", "windows")];

/// The root of the errcodes repository (this crate is its `xtask/`).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from(".."), Path::to_path_buf)
}

/// `catalogs/<catalog>.toml` in the repository.
pub fn catalog_path(catalog: &str) -> PathBuf {
    repo_root().join("catalogs").join(format!("{catalog}.toml"))
}

/// The catalog `catalog` rebuilt from its sources and checked as the macro checks it.
pub fn import(catalog: &str) -> Result<String, String> {
    let Some((_, importer)) = IMPORTERS.iter().find(|(name, _)| *name == catalog) else {
        return Err(format!(
            "no importer for catalog `{catalog}`: expected one of {}, or all",
            names().join(", ")
        ));
    };
    let folder = SHARED_SOURCES
        .iter()
        .find(|(name, _)| *name == catalog)
        .map_or(catalog, |(_, folder)| folder);
    let sources = repo_root().join("catalogs").join("sources").join(folder);
    let text = importer(&sources)?;
    let display = format!("catalogs/{catalog}.toml");
    let source = errcodes_catalog::Source::new(&display, &text);
    if let Err(problems) = errcodes_catalog::load(&source) {
        let problems: Vec<String> = problems.iter().map(|p| p.render(&source)).collect();
        return Err(format!(
            "the catalog imported from {} is not valid: fix the importer\n{}",
            sources.display(),
            problems.join("\n")
        ));
    }
    Ok(text)
}

/// The names of the catalogs that have an importer.
pub fn names() -> Vec<&'static str> {
    IMPORTERS.iter().map(|(name, _)| *name).collect()
}

/// Reads a JSON snapshot, saying which one when it cannot.
pub(crate) fn read_json(path: &Path) -> Result<serde_json::Value, String> {
    serde_json::from_str(&read(path)?).map_err(|e| format!("{}: {e}", path.display()))
}

/// Reads a source file, saying which one when it cannot.
pub(crate) fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}
