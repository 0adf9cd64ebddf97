//! The `error_catalog!` macro of [errcodes](https://docs.rs/errcodes). Depend on `errcodes`,
//! which re-exports it with its documentation, rather than on this crate.
//!
//! The macro is a shell over [`errcodes_codegen`], where every stage lives as a library that
//! can be tested, benchmarked and fuzzed without a compiler in the loop.

// A panic in a proc macro stops the user's build with a message that points nowhere: bad input
// must be a diagnostic instead. (Unit tests may: see clippy.toml.)
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use proc_macro::TokenStream;

/// Generates a typed error enum from an error-code catalog.
///
/// Use it as `errcodes::error_catalog!`: the `errcodes` crate documents it, and the generated
/// code names items of `errcodes`.
#[proc_macro]
pub fn error_catalog(input: TokenStream) -> TokenStream {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").map(std::path::PathBuf::from);
    errcodes_codegen::error_catalog(input.into(), manifest_dir.as_deref()).into()
}
