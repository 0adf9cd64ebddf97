//! Finding catalogs, as the macro does: a path, or a name looked up as `catalogs/<name>.toml`
//! in the current directory and then among the bundled catalogs; and loading them with
//! `errcodes_catalog`, whose diagnostics are rendered as rustc renders its own.

use std::io::ErrorKind;

use errcodes_catalog::{Catalog, Diagnostic, Source, Style, BUNDLED};

use crate::Failure;

/// A catalog's text and the path or name to show for it.
#[derive(Debug, Clone)]
pub(crate) struct Text {
    /// The name to show: the bundled catalog's name, or the file's stem.
    pub(crate) name: String,
    /// The path to show in diagnostics.
    pub(crate) path: String,
    /// The TOML text.
    pub(crate) toml: String,
}

impl Text {
    /// The source for `errcodes_catalog::load`.
    pub(crate) fn source(&self) -> Source<'_> {
        Source::new(&self.path, &self.toml)
    }
}

/// A loaded catalog and where it came from.
#[derive(Debug, Clone)]
pub(crate) struct Loaded {
    /// Where it came from.
    pub(crate) text: Text,
    /// The checked catalog.
    pub(crate) catalog: Catalog,
}

/// The names of the bundled catalogs, for messages.
pub(crate) fn bundled_names() -> String {
    let names: Vec<&str> = BUNDLED.iter().map(|(name, _)| *name).collect();
    names.join(", ")
}

/// Reads the catalog that `name_or_path` names.
pub(crate) fn read(name_or_path: &str) -> Result<Text, Failure> {
    let Some(relative) = errcodes_catalog::catalog_file(name_or_path) else {
        return Err(Failure::error(format!(
            "`{name_or_path}` is neither a catalog name nor a path: a name is made of a-z, 0-9 \
             and _ (such as alibaba_player); a path contains / or ends in .toml"
        )));
    };
    let is_path = errcodes_catalog::is_catalog_path(name_or_path);
    match std::fs::read(&relative) {
        Ok(bytes) => {
            let text = errcodes_catalog::decode(&bytes)
                .map_err(|e| Failure::rendered(e.report(&relative, &bytes, Style::Color), 1))?;
            let name = std::path::Path::new(&relative)
                .file_stem()
                .map_or_else(|| relative.clone(), |s| s.to_string_lossy().into_owned());
            return Ok(Text {
                name,
                path: relative,
                toml: text.to_owned(),
            });
        }
        Err(e) if e.kind() == ErrorKind::NotFound && !is_path => {}
        Err(e) if e.kind() == ErrorKind::NotFound => {
            return Err(Failure::error(format!(
                "catalog {relative} does not exist: fix the path, or give the name of a bundled \
                 catalog ({})",
                bundled_names()
            )));
        }
        Err(e) if e.kind() == ErrorKind::IsADirectory => {
            return Err(Failure::error(format!(
                "{relative} is a directory: give a catalog file, such as {relative}/my_api.toml"
            )));
        }
        Err(e) => {
            return Err(Failure::error(format!("cannot read {relative}: {e}")));
        }
    }
    match errcodes_catalog::bundled(name_or_path) {
        Some(text) => Ok(Text {
            name: name_or_path.to_owned(),
            path: format!("errcodes/catalogs/{name_or_path}.toml"),
            toml: text.to_owned(),
        }),
        None => Err(Failure::error(format!(
            "no catalog named `{name_or_path}`: there is no {relative} here, and the bundled \
             catalogs are {}",
            bundled_names()
        ))),
    }
}

/// Every problem of a catalog, rendered as rustc renders its errors.
pub(crate) fn render_all(text: &Text, problems: &[Diagnostic]) -> String {
    let source = text.source();
    let mut out = String::new();
    for problem in problems {
        out.push_str(&problem.report(&source, Style::Color));
        out.push_str("\n\n");
    }
    out
}

/// Loads and checks a catalog; a catalog with problems is a failure that shows them all.
pub(crate) fn load(text: Text) -> Result<Loaded, Failure> {
    match errcodes_catalog::load(&text.source()) {
        Ok(catalog) => Ok(Loaded { text, catalog }),
        Err(problems) => {
            let mut message = render_all(&text, &problems);
            message.push_str(&crate::out::error_line(&format!(
                "{} has {}: run `errcodes check {}` after fixing them",
                text.path,
                count(problems.len(), "problem"),
                text.path
            )));
            Err(Failure::rendered(message, 1))
        }
    }
}

/// Reads and loads the catalog that `name_or_path` names.
pub(crate) fn open(name_or_path: &str) -> Result<Loaded, Failure> {
    load(read(name_or_path)?)
}

/// Every bundled catalog, loaded.
pub(crate) fn bundled() -> Result<Vec<Loaded>, Failure> {
    BUNDLED
        .iter()
        .map(|(name, text)| {
            load(Text {
                name: (*name).to_owned(),
                path: format!("errcodes/catalogs/{name}.toml"),
                toml: (*text).to_owned(),
            })
        })
        .collect()
}

/// `n` and a noun, in the plural unless `n` is 1: `1 entry`, `3 problems`.
pub(crate) fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else if let Some(stem) = noun.strip_suffix('y') {
        format!("{n} {stem}ies")
    } else {
        format!("{n} {noun}s")
    }
}
