//! The `error_catalog!` macro of [errcodes](https://docs.rs/errcodes). Depend on `errcodes`,
//! which re-exports it with its documentation, rather than on this crate.
//!
//! The macro is a thin shell over stages that each take and give plain values, so that each can
//! be tested on its own: `input` parses the invocation, `locate` finds and reads the catalog,
//! `errcodes_catalog::load` parses and checks it, and `expand` writes the code (with `numeric`,
//! `string` and `layout` for what each shape of catalog adds, and `docs` for the rustdoc).

mod docs;
mod expand;
mod input;
mod layout;
mod locate;
mod numeric;
mod string;

use proc_macro::TokenStream;

/// Generates a typed error enum from an error-code catalog.
///
/// Use it as `errcodes::error_catalog!`: the `errcodes` crate documents it, and the generated
/// code names items of `errcodes`.
#[proc_macro]
pub fn error_catalog(input: TokenStream) -> TokenStream {
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").map(std::path::PathBuf::from);
    expand::error_catalog(input.into(), manifest_dir.as_deref()).into()
}
