//! What a catalog of integer codes adds: `Unknown`, conversions to and from the integer, hex,
//! and parsing of names and numbers.

use errcodes_catalog::{Catalog, Code};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::expand::{code_format, serde_impls, Ctx};
use crate::{index, text};

/// The catch-all variant.
pub(crate) fn unknown_variant(cx: &Ctx<'_>) -> TokenStream {
    let code_ty = &cx.code_ty;
    let private = cx.private;
    quote! {
        /// A code that the catalog does not list. Its payload gives the code back with
        /// `code()`, but cannot be built or matched as a literal: a later version of the
        /// catalog may give the code a variant of its own.
        Unknown(#private::Unknown<#code_ty>),
    }
}

/// Items for the `const _` block of a catalog of integer codes.
pub(crate) fn items(cx: &Ctx<'_>) -> TokenStream {
    let Ctx {
        catalog,
        ty,
        code_ty,
        ..
    } = cx;
    let codes: Vec<i64> = catalog
        .entries
        .iter()
        .map(|e| match e.code {
            Code::Int(code) => code,
            Code::Text(_) => 0,
        })
        .collect();
    let (code_lookup, from_code) = index::int_codes(ty, &codes, catalog.code_type);
    let type_name = ty.to_string();
    // `key_or_number` (in `expand::generate`) parses a text that is no name with `from_number`.
    // Where it is one `match` of the text, a number costs the `match` little (a jump on its
    // length, and the keys of that length) and a name would pay four instructions for the test
    // that it does not start as a number: the test is left out.
    let keys = catalog.entries.iter().map(|e| 1 + e.aliases.len()).sum();
    let parse = if index::is_match(keys) {
        quote!(key_or_number(text))
    } else {
        name_unless_number(
            catalog,
            &quote!(key_or_number(text)),
            &quote!(from_number(text)),
        )
    };
    let unknown_format = format!("unknown {type_name} code {}", code_format(catalog));
    let code_texts = text::list(catalog.entries.iter().map(|e| catalog.format_code(e)));
    let known = quote! {
        __e::write_padded(
            f,
            __e::core::format_args!(
                "{} ({}, {})",
                self.message(),
                TABLES.keys[entry],
                code_text,
            ),
        )
    };
    // An entry without a message is written `NAME (code)`, not `NAME (NAME, code)`.
    let write_known = if catalog.entries.iter().any(|e| e.messages.is_empty()) {
        quote! {
            if TABLES.messages[0][self.index()].is_empty() {
                __e::write_padded(
                    f,
                    __e::core::format_args!("{} ({})", TABLES.keys[entry], code_text),
                )
            } else {
                #known
            }
        }
    } else {
        known
    };
    let serde = serde_impls(ty, &format_ident!("deserialize_numeric"));

    quote! {
        #code_lookup

        /// Each entry's code as people read it, in the catalog's notation, in catalog order.
        const CODE_TEXTS: &[&str] = &[#code_texts];

        impl #ty {
            /// The error for `code`: its entry, or `Unknown` holding `code`.
            #[must_use]
            #[inline]
            pub const fn from_code(code: #code_ty) -> Self {
                #from_code
            }

            /// The vendor's code of this error (for `Unknown`, the code it holds).
            #[must_use]
            #[inline]
            pub const fn code(self) -> #code_ty {
                match self {
                    Self::Unknown(unknown) => unknown.code(),
                    known => TABLES.codes[known.index() - 1],
                }
            }

            /// Parses a code written in hex, with or without `0x`, in either case
            /// (`0x2001000A`, `0X2001000a`, `2001000A`); a code the catalog does not list
            /// gives `Unknown`.
            #[inline]
            pub fn from_hex(text: &str) -> __e::Result<Self, __e::ParseError> {
                TABLES.parse_hex(text).map(Self::from_code)
            }
        }

        impl __e::core::convert::From<#code_ty> for #ty {
            #[inline]
            fn from(code: #code_ty) -> Self {
                Self::from_code(code)
            }
        }

        impl __e::core::convert::From<#ty> for #code_ty {
            #[inline]
            fn from(error: #ty) -> Self {
                error.code()
            }
        }

        impl __e::core::fmt::Display for #ty {
            fn fmt(&self, f: &mut __e::core::fmt::Formatter<'_>) -> __e::core::fmt::Result {
                match self.index().checked_sub(1) {
                    __e::Some(entry) => {
                        let code_text = CODE_TEXTS[entry];
                        #write_known
                    }
                    __e::None => __e::write_padded(
                        f,
                        __e::core::format_args!(#unknown_format, self.code()),
                    ),
                }
            }
        }

        impl __e::core::fmt::LowerHex for #ty {
            fn fmt(&self, f: &mut __e::core::fmt::Formatter<'_>) -> __e::core::fmt::Result {
                __e::core::fmt::LowerHex::fmt(&self.code(), f)
            }
        }

        impl __e::core::fmt::UpperHex for #ty {
            fn fmt(&self, f: &mut __e::core::fmt::Formatter<'_>) -> __e::core::fmt::Result {
                __e::core::fmt::UpperHex::fmt(&self.code(), f)
            }
        }

        impl __e::core::str::FromStr for #ty {
            type Err = __e::ParseError;

            // Inlined whole, so that a lookup by hash is inlined with it: as a call LLVM kept
            // it out of line, saving registers and returning through memory (`synth_100`'s
            // `FromStr` by name 87.3 -> 72.3 instructions, by alias 90.5 -> 74.9).
            #[inline(always)]
            fn from_str(text: &str) -> __e::Result<Self, Self::Err> {
                #parse
            }
        }

        /// A code written as a number, out of `from_str`'s line so that a name's lookup does
        /// not save and restore the registers parsing uses.
        #[inline(never)]
        fn from_number(text: &str) -> __e::Result<#ty, __e::ParseError> {
            match __e::parse_number(text) {
                __e::Ok(code) => __e::Ok(#ty::from_code(code)),
                __e::Err(kind) => __e::Err(TABLES.error(kind)),
            }
        }

        impl __e::NumericErrorCode for #ty {
            #[inline]
            fn from_code(code: #code_ty) -> Self {
                #ty::from_code(code)
            }
            #[inline]
            fn from_hex(text: &str) -> __e::Result<Self, __e::ParseError> {
                #ty::from_hex(text)
            }
        }

        #serde
    }
}

/// `lookup` (a lookup of `text` by name), or else `otherwise` (what `text` gives as a number):
/// the lookup is skipped for a text that starts as a number does (a digit or `-`) when no name
/// or alias of the catalog starts so, so that parsing a code does not first pay for a name's
/// lookup. When every name and alias starts with a byte above `9`, as most do, the test is that
/// one comparison (and a text that starts with `+` or a space, say, goes to `otherwise` at
/// once, which is where the lookup would have sent it).
pub(crate) fn name_unless_number(
    catalog: &Catalog,
    lookup: &TokenStream,
    otherwise: &TokenStream,
) -> TokenStream {
    let keys = || {
        catalog
            .entries
            .iter()
            .flat_map(|e| std::iter::once(&e.name).chain(e.aliases.iter().map(|a| &a.name)))
    };
    if keys().all(|name| errcodes_runtime::__private::starts_past_digits(name)) {
        quote!(if __e::starts_past_digits(text) {
            #lookup
        } else {
            #otherwise
        })
    } else if keys().any(|name| errcodes_runtime::__private::looks_like_number(name)) {
        lookup.clone()
    } else {
        quote!(if __e::looks_like_number(text) {
            #otherwise
        } else {
            #lookup
        })
    }
}
