//! The pipeline, and the parts of the generated code that every shape of catalog shares.
//!
//! Lookups go through tables (`errcodes_runtime::__private::Tables`) indexed by the entry's
//! position, rather than through a `match` per operation: one `match` maps a variant to its
//! position (LLVM reduces it to the discriminant), every fact is one read of a table with a last
//! element for `Unknown`, and codes and names are found through the perfect hash indexes of
//! `index` (or a `match` of strings for a few names). This keeps the generated code, and so
//! compile time, proportional to the catalog, and every lookup's time the same whatever its size.

use std::path::Path;

use errcodes_catalog::{Catalog, Code, CodeType, Source};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::Ident;

use crate::docs::{type_docs, variant_docs};
use crate::input::Input;
use crate::{index, input, layout, locate, numeric, string};

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
    // On failure, only the errors: rustc does not report the type as missing after a failed
    // macro, and a stand-in type would add errors of its own (`no variant named …`).
    try_expand(&input, manifest_dir).unwrap_or_else(|e| e.to_compile_error())
}

fn try_expand(input: &Input, manifest_dir: Option<&Path>) -> syn::Result<TokenStream> {
    let located = locate::catalog(&input.catalog, manifest_dir)?;
    let source = Source::new(&located.display, &located.text);
    let catalog = errcodes_catalog::load(&source).map_err(|errors| {
        let error = errors
            .iter()
            .map(|d| {
                let report = d.report(&source, errcodes_catalog::Style::Plain);
                syn::Error::new(input.catalog.span(), compile_error_text(report))
            })
            .reduce(|mut all, e| {
                all.combine(e);
                all
            })
            .expect("load reports at least one error when it fails");
        error
    })?;
    let tracked = located.tracked.as_deref();
    Ok(match &catalog.layout {
        Some(layout) => layout::expand(input, &catalog, layout, tracked),
        None => generate(input, &catalog, tracked),
    })
}

/// A catalog's problem, as `errcodes check` shows it (rustc's look, with the catalog's line and
/// a caret), as the text of a compile error: without the `error: ` that rustc writes itself.
pub(crate) fn compile_error_text(report: String) -> String {
    match report.strip_prefix("error: ") {
        Some(rest) => rest.to_owned(),
        None => report,
    }
}

/// What the shape-specific generators need to know.
pub(crate) struct Ctx<'a> {
    pub(crate) catalog: &'a Catalog,
    /// The generated type.
    pub(crate) ty: Ident,
    /// The type of its codes, as code.
    pub(crate) code_ty: TokenStream,
}

/// The generated enum for a checked catalog (for a catalog with a layout, its kind enum).
pub(crate) fn generate(input: &Input, catalog: &Catalog, tracked: Option<&Path>) -> TokenStream {
    let ty = type_ident(input, catalog);
    let code_ty = match catalog.code_type {
        CodeType::U32 => quote!(u32),
        CodeType::I32 => quote!(i32),
        CodeType::String => quote!(&'static str),
    };
    let cx = Ctx {
        catalog,
        ty,
        code_ty,
    };
    let numeric = catalog.code_type != CodeType::String;
    let (shape_items, unknown_variant) = if numeric {
        (numeric::items(&cx), Some(numeric::unknown_variant(&cx)))
    } else {
        (string::items(&cx), None)
    };

    let Ctx { ty, code_ty, .. } = &cx;
    let vis = &input.vis;
    let attrs = &input.attrs;
    let type_docs = if attrs.iter().any(|a| a.path().is_ident("doc")) {
        Vec::new()
    } else {
        type_docs(catalog)
    };
    let type_name = ty.to_string();
    let entries = &catalog.entries;
    let variants: Vec<Ident> = entries
        .iter()
        .map(|e| format_ident!("{}", e.variant))
        .collect();
    let variant_docs = entries.iter().map(|e| variant_docs(catalog, e));
    // rustdoc rejects an alias equal to the item's own name.
    let doc_aliases = entries.iter().map(|e| {
        let names = std::iter::once(&e.name)
            .chain(e.aliases.iter().map(|a| &a.name))
            .filter(|name| **name != e.variant);
        quote!(#(#[doc(alias = #names)])*)
    });
    let n = entries.len();
    let indices = 0..n;
    let alias_consts = entries.iter().zip(&variants).flat_map(|(e, variant)| {
        e.aliases.iter().map(move |a| {
            let constant = format_ident!("{}", a.constant);
            let doc = format!(
                "`{}`: another name the vendor gives code {}, the same error as [`Self::{variant}`].",
                a.name,
                catalog.format_code(e)
            );
            quote! {
                #[doc = #doc]
                #[allow(non_upper_case_globals)]
                pub const #constant: Self = Self::#variant;
            }
        })
    });
    let unknown_arm = unknown_variant
        .as_ref()
        .map(|_| quote!(Self::Unknown(_) => #n,));

    // The tables of facts have an element per entry and one for `Unknown`, last.
    let locales = &catalog.locales;
    let locale_indices = 0..locales.len();
    let names = entries.iter().map(|e| option(Some(&e.name)));
    let codes = entries.iter().map(|e| code_literal(&e.code));
    let messages = (0..locales.len()).map(|l| {
        let texts = entries.iter().map(move |e| &e.messages[l]);
        quote!(&[#(#texts,)* __e::UNKNOWN_MESSAGE])
    });
    let groups = entries
        .iter()
        .map(|e| option(e.group.map(|g| &catalog.groups[g].titles[0])));
    let http_status = entries.iter().map(|e| e.http_status.unwrap_or(0));
    let retryable = entries.iter().map(|e| e.retryable);
    let descriptions = entries.iter().map(|e| option(e.description.as_ref()));
    let aliases: Vec<(&str, usize)> = entries
        .iter()
        .enumerate()
        .flat_map(|(i, e)| e.aliases.iter().map(move |a| (a.name.as_str(), i)))
        .collect();
    let keys: Vec<&str> = entries
        .iter()
        .map(|e| e.name.as_str())
        .chain(aliases.iter().map(|(name, _)| *name))
        .collect();
    let alias_variants = aliases.iter().map(|(_, entry)| &variants[*entry]);
    let find_key = index::text_lookup(&format_ident!("find_key"), &keys, &quote!(TABLES.keys));
    let code_lookup = match catalog.code_type {
        CodeType::String => {
            let codes: Vec<&str> = entries
                .iter()
                .map(|e| match &e.code {
                    Code::Text(text) => text.as_str(),
                    Code::Int(_) => "",
                })
                .collect();
            index::text_lookup(&format_ident!("find_code"), &codes, &quote!(TABLES.codes))
        }
        // An integer code is hashed as its 32 bits, whatever its type.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        _ => {
            let index = index::codes(
                &entries
                    .iter()
                    .map(|e| match e.code {
                        Code::Int(code) => code as u32,
                        Code::Text(_) => 0,
                    })
                    .collect::<Vec<_>>(),
            );
            quote!(const CODE_INDEX: __e::Index = #index;)
        }
    };
    let example_name = &entries[0].name;
    let example_code = catalog.format_code(&entries[0]);
    let code_type_name = catalog.code_type.rust_name();
    let tracking = tracked.map(|path| {
        let path = path.to_string_lossy();
        quote!(
            const _: &[u8] = __e::core::include_bytes!(#path);
        )
    });

    let error_code_impl = error_code_impl(ty, code_ty, &quote!(TABLES.locales));

    quote! {
        #(#type_docs)*
        #[derive(
            ::errcodes::__private::core::fmt::Debug,
            ::errcodes::__private::core::clone::Clone,
            ::errcodes::__private::core::marker::Copy,
            ::errcodes::__private::core::cmp::PartialEq,
            ::errcodes::__private::core::cmp::Eq,
            ::errcodes::__private::core::hash::Hash,
        )]
        #(#attrs)*
        #vis enum #ty {
            #(
                #variant_docs
                #doc_aliases
                #variants,
            )*
            #unknown_variant
        }

        const _: () = {
            use ::errcodes::__private as __e;
            use __e::core::option::Option::{self, None, Some};
            use __e::core::result::Result;

            #tracking

            const TABLES: __e::Tables<#code_ty> = __e::Tables {
                parse_context: __e::ParseContext {
                    type_name: #type_name,
                    code_type: #code_type_name,
                    example_name: #example_name,
                    example_code: #example_code,
                },
                locales: &[#(#locales),*],
                names: &[#(#names,)* None],
                keys: &[#(#keys),*],
                codes: &[#(#codes),*],
                messages: &[#(#messages),*],
                groups: &[#(#groups,)* None],
                http_status: &[#(#http_status,)* 0],
                retryable: &[#(#retryable,)* false],
                descriptions: &[#(#descriptions,)* None],
            };

            #find_key
            #code_lookup

            /// The entry of each name in `TABLES.keys`: every entry in catalog order, then
            /// the entry of each alias.
            const BY_KEY: &[#ty] = &[#(#ty::#variants,)* #(#ty::#alias_variants),*];

            impl #ty {
                /// The entries of the catalog, in catalog order.
                pub const ALL: &'static [Self] = BY_KEY.split_at(#n).0;

                #(#alias_consts)*

                /// The position of the entry in the tables: the variant's own, or the last
                /// for `Unknown`.
                #[inline]
                const fn index(self) -> usize {
                    match self {
                        #(Self::#variants => #indices,)*
                        #unknown_arm
                    }
                }

                /// The vendor's definition name, or `None` for a code the catalog does not
                /// list.
                #[inline]
                #[must_use]
                pub const fn name(&self) -> Option<&'static str> {
                    TABLES.names[self.index()]
                }

                /// The message in the catalog's default locale.
                #[inline]
                #[must_use]
                pub const fn message(&self) -> &'static str {
                    TABLES.messages[0][self.index()]
                }

                /// The message in `locale` (`"zh-CN"` falls back to `"zh"`), or `None` when the
                /// catalog has no message in that locale or the code is unknown.
                #[inline]
                #[must_use]
                pub fn message_in(&self, locale: &str) -> Option<&'static str> {
                    // The catalog's own tags first, as rustc compiles a match of strings.
                    let locale = match locale {
                        #(#locales => Some(#locale_indices),)*
                        _ => __e::locale_index(TABLES.locales, locale),
                    };
                    TABLES.message_in(self.index(), locale)
                }

                /// The title of the section of the vendor's page the entry stands in, in the
                /// default locale.
                #[inline]
                #[must_use]
                pub const fn group(&self) -> Option<&'static str> {
                    TABLES.groups[self.index()]
                }

                /// Whether the catalog lists this code.
                #[inline]
                #[must_use]
                pub const fn is_known(&self) -> bool {
                    self.index() < #n
                }

                /// The HTTP status the vendor's service answers this error with, if the
                /// catalog says.
                #[inline]
                #[must_use]
                pub const fn http_status(&self) -> Option<u16> {
                    match TABLES.http_status[self.index()] {
                        0 => None,
                        status => Some(status),
                    }
                }

                /// Whether the vendor says to try again later; `false` for an unknown code.
                #[inline]
                #[must_use]
                pub const fn is_retryable(&self) -> bool {
                    TABLES.retryable[self.index()]
                }

                /// The vendor's explanation of the error, beyond its message, if the catalog
                /// has one.
                #[inline]
                #[must_use]
                pub const fn description(&self) -> Option<&'static str> {
                    TABLES.descriptions[self.index()]
                }

                /// The entry with this definition name or alias.
                #[inline]
                #[must_use]
                pub fn from_name(name: &str) -> Option<Self> {
                    match find_key(name) {
                        Some(key) => Some(BY_KEY[key]),
                        None => None,
                    }
                }
            }

            impl __e::core::error::Error for #ty {}

            #error_code_impl

            #shape_items
        };
    }
}

/// The runtime's `ErrorCode` for a generated type: the inherent methods, by another path.
pub(crate) fn error_code_impl(
    ty: &Ident,
    code_ty: &TokenStream,
    locales: &TokenStream,
) -> TokenStream {
    quote! {
        impl __e::ErrorCode for #ty {
            type Code = #code_ty;
            const ALL: &'static [Self] = Self::ALL;
            const LOCALES: &'static [&'static str] = #locales;

            #[inline]
            fn code(&self) -> #code_ty {
                #ty::code(*self)
            }
            #[inline]
            fn name(&self) -> Option<&'static str> {
                #ty::name(self)
            }
            #[inline]
            fn message(&self) -> &'static str {
                #ty::message(self)
            }
            #[inline]
            fn message_in(&self, locale: &str) -> Option<&'static str> {
                #ty::message_in(self, locale)
            }
            #[inline]
            fn group(&self) -> Option<&'static str> {
                #ty::group(self)
            }
            #[inline]
            fn is_known(&self) -> bool {
                #ty::is_known(self)
            }
            #[inline]
            fn from_name(name: &str) -> Option<Self> {
                #ty::from_name(name)
            }
            #[inline]
            fn http_status(&self) -> Option<u16> {
                #ty::http_status(self)
            }
            #[inline]
            fn is_retryable(&self) -> bool {
                #ty::is_retryable(self)
            }
            #[inline]
            fn description(&self) -> Option<&'static str> {
                #ty::description(self)
            }
        }
    }
}

/// `Serialize` as the code and `Deserialize` through the runtime's `deserialize`, when the
/// `serde` feature asks for them.
#[cfg(feature = "serde")]
pub(crate) fn serde_impls(ty: &Ident, deserialize: &Ident) -> TokenStream {
    quote! {
        impl __e::serde::Serialize for #ty {
            fn serialize<S: __e::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                __e::serialize(self, serializer)
            }
        }

        impl<'de> __e::serde::Deserialize<'de> for #ty {
            fn deserialize<D: __e::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                __e::#deserialize(deserializer)
            }
        }
    }
}

/// Nothing, without the `serde` feature.
#[cfg(not(feature = "serde"))]
pub(crate) fn serde_impls(_: &Ident, _: &Ident) -> TokenStream {
    TokenStream::new()
}

/// The type's name: the caller's, or the catalog's.
pub(crate) fn type_ident(input: &Input, catalog: &Catalog) -> Ident {
    match &input.name {
        Some(name) => name.clone(),
        None => Ident::new(&catalog.type_name, input.catalog.span()),
    }
}

/// `Some(value)` or `None`, as code.
fn option<T: quote::ToTokens>(value: Option<T>) -> TokenStream {
    // The generated block imports `Some` and `None`: one token instead of a path of eleven.
    match value {
        Some(value) => quote!(Some(#value)),
        None => quote!(None),
    }
}

/// A code as a literal; integer codes are unsuffixed, so they take the table's type.
fn code_literal(code: &Code) -> TokenStream {
    match code {
        Code::Int(n) => {
            let literal = proc_macro2::Literal::i64_unsuffixed(*n);
            quote!(#literal)
        }
        Code::Text(text) => quote!(#text),
    }
}
