//! The code generator of [errcodes](https://docs.rs/errcodes)' `error_catalog!` macro, as a
//! library, so that each stage can be tested, benchmarked and fuzzed on `proc_macro2` tokens.
//!
//! The stages, one module each: `input` parses the invocation, `locate` finds and reads the
//! catalog, `errcodes_catalog::load` parses and checks it, and `expand` writes the code (with
//! `numeric`, `string` and `layout` for what each shape of catalog adds, `docs` for the
//! rustdoc, and `text` for the long lists of a large catalog, written as text and lexed by
//! rustc in one call). [`error_catalog`] runs them all, as the macro does; [`expand_catalog`]
//! runs them on a catalog given as bytes, for tests and fuzzing.
//!
//! ```
//! let tokens = quote::quote!("alibaba_player");
//! let code = errcodes_codegen::error_catalog(tokens, None).to_string();
//! assert!(code.contains("enum AlibabaPlayerError"));
//! ```

// A panic in a proc macro stops the user's build with a message that points nowhere: bad input
// must be a diagnostic instead. (Unit tests may: see clippy.toml.)
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod docs;
mod expand;
mod index;
mod input;
mod layout;
mod locate;
mod numeric;
mod pipeline;
mod string;
mod text;

pub use pipeline::{error_catalog, expand_catalog, Failure};
