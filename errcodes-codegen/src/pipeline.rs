//! The whole macro, and the same pipeline on a catalog given as bytes (for tests and fuzzing).

use std::path::Path;

use errcodes_catalog::{Diagnostic, NotUtf8, Source, Style};
use proc_macro2::{Span, TokenStream};

use crate::expand::compile_error_text;
use crate::input::Input;
use crate::{expand, input, layout, locate};

/// Runs the whole macro: parse the invocation, locate the catalog, load and check it, expand.
///
/// `tokens` is what the macro was given; `manifest_dir` is the calling crate's directory, where
/// its own catalogs are looked up before the bundled ones. On failure, the result is the
/// `compile_error!`s that report every problem.
pub fn error_catalog(tokens: TokenStream, manifest_dir: Option<&Path>) -> TokenStream {
    let input = match input::parse(tokens) {
        Ok(input) => input,
        Err(e) => return e.to_compile_error(),
    };
    let located = match locate::catalog(&input.catalog, manifest_dir) {
        Ok(located) => located,
        Err(e) => return e.to_compile_error(),
    };
    // On failure, only the errors: rustc does not report the type as missing after a failed
    // macro, and a stand-in type would add errors of its own (`no variant named …`).
    expand_bytes(
        &input,
        &located.display,
        &located.bytes,
        located.tracked.as_deref(),
    )
    .unwrap_or_else(|failure| {
        failure
            .into_error(input.catalog.span(), &located.display, &located.bytes)
            .to_compile_error()
    })
}

/// Runs the macro on a catalog given as bytes, as if the invocation's catalog had them: parse
/// the invocation, decode the bytes, load and check the catalog, expand. The catalog the
/// invocation names is not looked up; `path` is the name messages give the file.
///
/// This is the pipeline [`error_catalog`] runs once it has read the file, so it can be tested
/// and fuzzed without files or a compiler. It returns the items the macro would expand to, or
/// why the macro would report errors instead, with where each problem is in `bytes`.
///
/// ```
/// use errcodes_codegen::{expand_catalog, Failure};
///
/// let catalog = b"[catalog]\ntype_name = \"E\"\ntitle = \"T\"\ncode_type = \"u32\"\nlocales = [\"en\"]\n";
/// let Err(failure) = expand_catalog(quote::quote!("my_api"), "catalogs/my_api.toml", catalog) else {
///     panic!("a catalog without entries expands");
/// };
/// let messages = failure.messages("catalogs/my_api.toml", catalog);
/// assert!(messages[0].starts_with("the catalog has no entries"), "{}", messages[0]);
/// assert!(messages[0].contains("\n --> catalogs/my_api.toml:1:1\n"), "{}", messages[0]);
/// assert!(matches!(failure, Failure::Catalog(problems) if problems[0].span == (0..0)));
///
/// let catalog = errcodes_catalog::bundled("alibaba_vod").unwrap();
/// let code = expand_catalog(quote::quote!("x"), "x.toml", catalog.as_bytes()).unwrap();
/// assert!(code.to_string().contains("enum AlibabaVodError"));
/// ```
pub fn expand_catalog(
    invocation: TokenStream,
    path: &str,
    bytes: &[u8],
) -> Result<TokenStream, Failure> {
    let input = input::parse(invocation).map_err(Failure::Invocation)?;
    expand_bytes(&input, path, bytes, None)
}

/// The pipeline from the catalog's bytes on; `tracked` is the file for cargo to track.
fn expand_bytes(
    input: &Input,
    path: &str,
    bytes: &[u8],
    tracked: Option<&Path>,
) -> Result<TokenStream, Failure> {
    let text = errcodes_catalog::decode(bytes).map_err(Failure::NotUtf8)?;
    let catalog = errcodes_catalog::load(&Source::new(path, text)).map_err(Failure::Catalog)?;
    Ok(match &catalog.layout {
        Some(layout) => layout::expand(input, &catalog, layout, tracked),
        None => expand::generate(input, &catalog, tracked),
    })
}

/// Why the macro reports errors rather than expanding to a type.
#[derive(Debug, Clone)]
pub enum Failure {
    /// The invocation is neither `"name"` nor a declaration such as `enum E from "name";`.
    Invocation(syn::Error),
    /// The catalog file is not UTF-8.
    NotUtf8(NotUtf8),
    /// The catalog's problems, at least one, in file order, each with the bytes it is at.
    Catalog(Vec<Diagnostic>),
}

impl Failure {
    /// What the macro says, one message per problem: for a problem of the catalog whose bytes
    /// are `bytes`, the message, ` --> path:line:column`, the catalog's line with a caret under
    /// the problem, and the advice, as rustc shows an error (without its `error: `).
    pub fn messages(&self, path: &str, bytes: &[u8]) -> Vec<String> {
        match self {
            Self::Invocation(e) => e.clone().into_iter().map(|e| e.to_string()).collect(),
            Self::NotUtf8(e) => vec![compile_error_text(e.report(path, bytes, Style::Plain))],
            Self::Catalog(problems) => {
                // A catalog with problems was decoded, so the bytes are its text.
                let text = String::from_utf8_lossy(bytes);
                let source = Source::new(path, &text);
                problems
                    .iter()
                    .map(|d| compile_error_text(d.report(&source, Style::Plain)))
                    .collect()
            }
        }
    }

    /// The error the macro reports, at `span` (the catalog's name) for a catalog's problems.
    fn into_error(self, span: Span, path: &str, bytes: &[u8]) -> syn::Error {
        if let Self::Invocation(e) = self {
            return e;
        }
        let mut messages = self.messages(path, bytes).into_iter();
        // `load` reports at least one problem when it fails; were it none, still fail.
        let first = messages.next().unwrap_or_else(|| {
            "errcodes could not load this catalog, and says not why: please report this bug"
                .to_owned()
        });
        let mut error = syn::Error::new(span, first);
        for message in messages {
            error.combine(syn::Error::new(span, message));
        }
        error
    }
}

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::*;

    #[test]
    fn not_utf8_says_where() {
        let dir = std::env::temp_dir().join(format!("errcodes-pipeline-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("latin1.toml"), b"[catalog]\ntitle = \"Caf\xE9\"\n").unwrap();
        let code = error_catalog(quote!("latin1.toml"), Some(&dir)).to_string();
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(
            code.contains(
                "the catalog is not UTF-8 (byte 0xE9 here is no UTF-8 character)\\n --> latin1.toml:2:13\\n"
            ),
            "{code}"
        );
    }

    #[test]
    fn every_problem_is_reported() {
        let bytes = b"[catalog]\ntype_name = 1\n[[error]]\nnam = \"A\"\n";
        let failure = expand_catalog(quote!("x"), "x.toml", bytes).unwrap_err();
        let Failure::Catalog(problems) = &failure else {
            panic!("{failure:?}")
        };
        assert!(problems.len() > 1, "{problems:?}");
        let messages = failure.messages("x.toml", bytes);
        assert_eq!(messages.len(), problems.len());
        assert!(
            messages[3].starts_with("`type_name` must be a string")
                && messages[3].contains("\n --> x.toml:2:13\n"),
            "{messages:?}"
        );
    }

    #[test]
    fn a_bad_invocation_is_a_failure() {
        let failure = expand_catalog(quote!(struct X), "x.toml", b"").unwrap_err();
        assert!(matches!(failure, Failure::Invocation(_)), "{failure:?}");
        assert!(failure.messages("x.toml", b"")[0].contains("expected a catalog name"));
    }
}
