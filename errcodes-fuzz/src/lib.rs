//! What errcodes' fuzz targets (in `fuzz/`) run and check, in one place: the targets call
//! [`bytes`] and [`structured`], and so does the test that replays their corpus and every
//! crash they found (`tests/corpus.rs`) under `cargo test`, without nightly.
//!
//! Both run the pipeline of the `error_catalog!` macro,
//! [`errcodes_codegen::expand_catalog`], and check [`property`]: it returns, and gives either
//! Rust items or problems that each point into the catalog. A panic, a hang or unbounded memory
//! is a failure that libFuzzer reports; a broken property panics.

pub mod build;

use errcodes_codegen::Failure;
use proc_macro2::{TokenStream, TokenTree};

pub use build::Case;

/// The path the catalog is given in messages.
pub const PATH: &str = "catalogs/fuzz.toml";

/// The bytes target: `data` is a catalog file, UTF-8 or not, expanded by the short form of
/// the macro. Returns whether it expanded to items.
pub fn bytes(data: &[u8]) -> bool {
    let invocation: TokenStream = "\"fuzz\"".parse().expect("a string literal lexes");
    property(invocation, data)
}

/// The structure-aware target: `data` chooses a [`Case`], a catalog and an invocation, as
/// libfuzzer-sys decodes a typed target's input; data that chooses none is skipped. Returns
/// whether it expanded to items.
pub fn structured(data: &[u8]) -> bool {
    let Ok(case) = Case::from_bytes(data) else {
        return false;
    };
    let (invocation, catalog) = case.render();
    property(invocation, catalog.as_bytes())
}

/// Expands `invocation` on the catalog `bytes` and checks the result: either tokens that parse
/// as a file of Rust items and hold no `compile_error!`, or problems, each of which points at
/// bytes inside the catalog (on character boundaries) and renders as a message. `invocation`
/// must be a valid invocation. Returns whether it expanded to items.
///
/// # Panics
///
/// When the property does not hold, with what broke it.
pub fn property(invocation: TokenStream, bytes: &[u8]) -> bool {
    let failure = match errcodes_codegen::expand_catalog(invocation, PATH, bytes) {
        Ok(tokens) => {
            assert!(
                !has_compile_error(tokens.clone()),
                "the expansion holds a compile_error!: {tokens}"
            );
            if let Err(e) = syn::parse2::<syn::File>(tokens.clone()) {
                panic!("the expansion is not Rust items: {e}\n{tokens}");
            }
            return true;
        }
        Err(failure) => failure,
    };
    let count = match &failure {
        Failure::Invocation(e) => panic!("a valid invocation was rejected: {e}"),
        Failure::NotUtf8(not_utf8) => {
            let offset = not_utf8.offset;
            assert!(offset < bytes.len(), "not UTF-8 at {offset}, past the end");
            assert!(
                bytes
                    .get(..offset)
                    .is_some_and(|b| std::str::from_utf8(b).is_ok()),
                "not UTF-8 at {offset}, but the bytes before are not UTF-8 either"
            );
            assert!(
                std::str::from_utf8(bytes).is_err(),
                "UTF-8 bytes said not to be"
            );
            1
        }
        Failure::Catalog(problems) => {
            assert!(!problems.is_empty(), "a failure without a problem");
            let text = std::str::from_utf8(bytes).expect("problems are found in UTF-8 text");
            for problem in problems {
                let span = &problem.span;
                assert!(
                    span.start <= span.end && span.end <= text.len(),
                    "span {span:?} outside the catalog ({} bytes): {}",
                    text.len(),
                    problem.message
                );
                assert!(
                    text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
                    "span {span:?} cuts a character: {}",
                    problem.message
                );
                assert!(!problem.message.trim().is_empty(), "an empty message");
            }
            problems.len()
        }
    };
    check_messages(&failure, bytes, count);
    false
}

/// The failure renders as `count` messages, each pointing at `PATH:line:column`.
fn check_messages(failure: &Failure, bytes: &[u8], count: usize) {
    let messages = failure.messages(PATH, bytes);
    assert_eq!(messages.len(), count, "{messages:?}");
    let arrow = format!("--> {PATH}:");
    for message in messages {
        let place = message
            .split_once(&arrow)
            .and_then(|(_, rest)| rest.split('\n').next())
            .unwrap_or_default();
        let numbers: Vec<_> = place.split(':').map(str::parse::<usize>).collect();
        assert!(
            numbers.len() == 2 && numbers.iter().all(|n| n.as_ref().is_ok_and(|n| *n > 0)),
            "a message without its line and column: {message}"
        );
    }
}

/// Whether `tokens` call `compile_error!` anywhere.
fn has_compile_error(tokens: TokenStream) -> bool {
    let mut previous_is_compile_error = false;
    for tree in tokens {
        let is_compile_error = match &tree {
            TokenTree::Ident(ident) => ident == "compile_error",
            TokenTree::Punct(punct) if punct.as_char() == '!' && previous_is_compile_error => {
                return true;
            }
            TokenTree::Group(group) => {
                if has_compile_error(group.stream()) {
                    return true;
                }
                false
            }
            _ => false,
        };
        previous_is_compile_error = is_compile_error;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_compile_error() {
        let tokens = |s: &str| s.parse::<TokenStream>().unwrap();
        assert!(has_compile_error(tokens(
            "const _: () = { ::core::compile_error!(\"x\"); };"
        )));
        assert!(!has_compile_error(tokens(
            "enum E { compile_error } const M: &str = \"compile_error!\";"
        )));
    }
}
