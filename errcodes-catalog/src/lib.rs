//! Loads and checks errcodes catalogs: the TOML files that describe a vendor's error codes.
//!
//! This is the part of errcodes that knows the catalog format. The `error_catalog!` macro wraps
//! it, and tools that read catalogs use it directly. [`load`] runs the whole pipeline on one
//! file, parse then check, and returns either a [`Catalog`] that is known to be good or every
//! problem of the file at once, each with its place in the file:
//!
//! ```
//! let text = r#"
//! [catalog]
//! type_name = "MyApiError"
//! title = "Errors of My API."
//! code_type = "u32"
//! locales = ["en"]
//!
//! [[error]]
//! name = "NOT_FOUND"
//! code = 404
//! message.en = "The resource does not exist."
//!
//! [[error]]
//! name = "GONE"
//! code = 404
//! message.en = "The resource is gone."
//! "#;
//! let source = errcodes_catalog::Source::new("catalogs/my_api.toml", text);
//! let errors = errcodes_catalog::load(&source).unwrap_err();
//! assert_eq!(
//!     errors[0].render(&source),
//!     "catalogs/my_api.toml:15:8: duplicate code 404 (GONE; NOT_FOUND has it at 10:8): \
//!      declare one an alias of the other, with aliases = [\"GONE\"] on NOT_FOUND",
//! );
//! ```
//!
//! The format is documented in `catalogs/README.md` of the errcodes repository.

#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod bundled;
mod check;
mod diag;
mod diff;
mod model;
mod naming;
mod parse;
mod text;

pub use bundled::{bundled, BUNDLED};
pub use diag::{Diagnostic, Severity, Source, Style};
pub use diff::{diff, Change, ChangeKind};
pub use model::{
    Alias, Bits, Catalog, Code, CodeType, Decoded, DecodedField, Deprecated, Entry, Field,
    FieldValue, Group, Layout, Notation,
};
pub use naming::{catalog_file, is_catalog_name, is_catalog_path, upper_camel_case};
pub use text::{decode, NotUtf8};

/// How many problems [`load`] reports at most: a catalog with a mistake repeated on every
/// line of a generated file gets the first ones and a count of the others, rather than a
/// compile error per line.
pub const MAX_PROBLEMS: usize = 100;

/// Parses and checks a catalog: the catalog, or every problem found in it, in file order (at most
/// [`MAX_PROBLEMS`] of them, and then a last one that says how many more there are).
pub fn load(source: &Source<'_>) -> Result<Catalog, Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let catalog = parse::catalog(source, &mut errors);
    if let Some(catalog) = &catalog {
        check::catalog(source, catalog, &mut errors);
    }
    match catalog {
        Some(catalog) if errors.is_empty() => Ok(catalog),
        _ => {
            errors.sort_by_key(|e| e.span.start);
            if let Some(first_left_out) = errors.get(MAX_PROBLEMS) {
                let more = errors.len() - MAX_PROBLEMS;
                let note = Diagnostic::new(
                    first_left_out.span.clone(),
                    format!("and {more} more problems from here on, not shown"),
                )
                .with_help("fix these first, then build again");
                errors.truncate(MAX_PROBLEMS);
                errors.push(note);
            }
            Err(errors)
        }
    }
}
