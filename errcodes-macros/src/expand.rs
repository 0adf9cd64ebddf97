//! The pipeline, and the code it writes for a checked catalog.
//!
//! Lookups go through tables (`errcodes_runtime::__private::Tables`) indexed by the entry's
//! position, rather than through a `match` per operation: one small `match` maps a variant to
//! its index, and everything else is an array read or a binary search. This keeps the generated
//! code, and so compile time, proportional to the catalog, whatever its size.

use std::path::Path;

use errcodes_catalog::{Catalog, CodeType, Entry, Notation, Source};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::Ident;

use crate::input::Input;
use crate::{fallback, input, locate};

/// Runs the whole macro: parse the invocation, locate the catalog, load and check it, expand.
pub(crate) fn error_catalog(tokens: TokenStream, manifest_dir: Option<&Path>) -> TokenStream {
    let input = match input::parse(tokens) {
        Ok(input) => input,
        Err(e) => return e.to_compile_error(),
    };
    match try_expand(&input, manifest_dir) {
        Ok(tokens) => tokens,
        Err((error, type_name)) => fallback::expand(&input, type_name.as_deref(), &error),
    }
}

/// The errors, and the type name the catalog declares if it could be read.
type Failure = (syn::Error, Option<String>);

fn try_expand(input: &Input, manifest_dir: Option<&Path>) -> Result<TokenStream, Failure> {
    let located = locate::catalog(&input.catalog, manifest_dir).map_err(|e| (e, None))?;
    let source = Source::new(&located.display, &located.text);
    let catalog = errcodes_catalog::load(&source).map_err(|errors| {
        let error = errors
            .iter()
            .map(|d| syn::Error::new(input.catalog.span(), d.render(&source)))
            .reduce(|mut all, e| {
                all.combine(e);
                all
            })
            .expect("load reports at least one error when it fails");
        (error, errcodes_catalog::declared_type_name(&located.text))
    })?;
    let tracked = located.tracked.as_deref();
    Ok(generate(input, &catalog, tracked))
}

/// The generated code for a checked catalog.
pub(crate) fn generate(input: &Input, catalog: &Catalog, tracked: Option<&Path>) -> TokenStream {
    let ty = type_ident(input, catalog);
    let vis = &input.vis;
    let attrs = &input.attrs;
    let type_docs = if attrs.iter().any(|a| a.path().is_ident("doc")) {
        Vec::new()
    } else {
        type_docs(catalog)
    };
    let code_ty = format_ident!("{}", catalog.code_type.rust_name());
    let search = format_ident!("search_{}", catalog.code_type.rust_name());
    let type_name = ty.to_string();
    let code_type_name = catalog.code_type.rust_name();

    let entries = &catalog.entries;
    let variants: Vec<Ident> = entries
        .iter()
        .map(|e| format_ident!("{}", e.variant))
        .collect();
    let variant_docs = entries.iter().map(|e| variant_docs(catalog, e));
    let doc_aliases = entries.iter().map(|e| {
        let names = std::iter::once(&e.name).chain(e.aliases.iter().map(|a| &a.name));
        quote!(#(#[doc(alias = #names)])*)
    });
    let indices = 0..entries.len();
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

    let locales = &catalog.locales;
    let names = entries.iter().map(|e| &e.name);
    let codes = entries
        .iter()
        .map(|e| code_literal(catalog.code_type, e.code));
    let messages = (0..locales.len()).map(|l| {
        let texts = entries.iter().map(move |e| &e.messages[l]);
        quote!(&[#(#texts),*])
    });
    let groups = entries.iter().map(|e| match e.group {
        Some(g) => {
            let title = &catalog.groups[g].titles[0];
            quote!(__e::core::option::Option::Some(#title))
        }
        None => quote!(__e::core::option::Option::None),
    });
    let mut by_code: Vec<(i64, usize)> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| (e.code, i))
        .collect();
    by_code.sort_unstable();
    let by_code = by_code.iter().map(|(code, i)| {
        let code = code_literal(catalog.code_type, *code);
        quote!((#code, #i))
    });
    let mut by_name: Vec<(&str, usize)> = entries
        .iter()
        .enumerate()
        .flat_map(|(i, e)| {
            std::iter::once((e.name.as_str(), i))
                .chain(e.aliases.iter().map(move |a| (a.name.as_str(), i)))
        })
        .collect();
    by_name.sort_unstable();
    let by_name = by_name.iter().map(|(name, i)| quote!((#name, #i)));
    let example_name = &entries[0].name;
    let example_code = catalog.format_code(&entries[0]);

    let write_code = match catalog.notation {
        Notation::Hex => quote!(__e::core::write!(f, "{:#010X}", code)),
        Notation::Decimal => quote!(__e::core::write!(f, "{}", code)),
    };
    let code_texts = entries.iter().map(|e| catalog.format_code(e));
    let unknown_message = format!("An error code that the {type_name} catalog does not list.");
    let tracking = tracked.map(|path| {
        let path = path.to_string_lossy();
        quote!(
            const _: &[u8] = __e::core::include_bytes!(#path);
        )
    });

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
            /// A code that the catalog does not list. Its payload gives the code back with
            /// `code()`, but cannot be built or matched as a literal: a later version of the
            /// catalog may give the code a variant of its own.
            Unknown(::errcodes::__private::Unknown<#code_ty>),
        }

        const _: () = {
            use ::errcodes::__private as __e;
            use __e::core::option::Option::{self, None, Some};
            use __e::core::result::Result;

            #tracking

            const TABLES: __e::Tables<#code_ty> = __e::Tables {
                type_name: #type_name,
                code_type: #code_type_name,
                examples: (#example_name, #example_code),
                locales: &[#(#locales),*],
                names: &[#(#names),*],
                codes: &[#(#codes),*],
                messages: &[#(#messages),*],
                groups: &[#(#groups),*],
                by_code: &[#(#by_code),*],
                by_name: &[#(#by_name),*],
            };
            const CODE_TEXTS: &[&str] = &[#(#code_texts),*];

            impl #ty {
                /// The entries of the catalog, in catalog order (without `Unknown`).
                pub const ALL: &'static [Self] = &[#(Self::#variants),*];

                #(#alias_consts)*

                /// The index of the entry in the tables, or `None` for `Unknown`.
                const fn entry(self) -> Option<usize> {
                    match self {
                        #(Self::#variants => Some(#indices),)*
                        Self::Unknown(_) => None,
                    }
                }

                /// The error for `code`: its entry, or `Unknown` holding `code`.
                #[must_use]
                pub const fn from_code(code: #code_ty) -> Self {
                    match __e::#search(TABLES.by_code, code) {
                        Some(entry) => Self::ALL[entry],
                        None => Self::Unknown(__e::Unknown::__new(code)),
                    }
                }

                /// The vendor's code of this error (for `Unknown`, the code it holds).
                #[must_use]
                pub const fn code(self) -> #code_ty {
                    match self {
                        Self::Unknown(unknown) => unknown.code(),
                        known => match known.entry() {
                            Some(entry) => TABLES.codes[entry],
                            None => 0,
                        },
                    }
                }

                /// The vendor's definition name, or `None` for `Unknown`.
                #[must_use]
                pub const fn name(&self) -> Option<&'static str> {
                    match self.entry() {
                        Some(entry) => Some(TABLES.names[entry]),
                        None => None,
                    }
                }

                /// The message in the catalog's default locale; a generic text for `Unknown`.
                #[must_use]
                pub const fn message(&self) -> &'static str {
                    match self.entry() {
                        Some(entry) => TABLES.messages[0][entry],
                        None => #unknown_message,
                    }
                }

                /// The message in `locale` (`"zh-CN"` falls back to `"zh"`), or `None` when the
                /// catalog has no message in that locale or the code is unknown.
                #[must_use]
                pub fn message_in(&self, locale: &str) -> Option<&'static str> {
                    TABLES.message_in(self.entry()?, locale)
                }

                /// The title of the section of the vendor's page the entry stands in, in the
                /// default locale.
                #[must_use]
                pub const fn group(&self) -> Option<&'static str> {
                    match self.entry() {
                        Some(entry) => TABLES.groups[entry],
                        None => None,
                    }
                }

                /// Whether the catalog lists this code.
                #[must_use]
                pub const fn is_known(&self) -> bool {
                    self.entry().is_some()
                }

                /// The entry with this definition name or alias.
                #[must_use]
                pub fn from_name(name: &str) -> Option<Self> {
                    TABLES.find_name(name).map(|entry| Self::ALL[entry])
                }

                /// Parses a code written in hex, with or without `0x`, in either case
                /// (`0x2001000A`, `0X2001000a`, `2001000A`); a code the catalog does not list
                /// gives `Unknown`.
                pub fn from_hex(text: &str) -> Result<Self, __e::ParseError> {
                    TABLES.parse_hex(text).map(Self::from_code)
                }
            }

            impl __e::core::convert::From<#code_ty> for #ty {
                fn from(code: #code_ty) -> Self {
                    Self::from_code(code)
                }
            }

            impl __e::core::convert::From<#ty> for #code_ty {
                fn from(error: #ty) -> Self {
                    error.code()
                }
            }

            impl __e::core::fmt::Display for #ty {
                fn fmt(&self, f: &mut __e::core::fmt::Formatter<'_>) -> __e::core::fmt::Result {
                    match self.entry() {
                        Some(entry) => __e::core::write!(
                            f,
                            "{} ({}, {})",
                            TABLES.messages[0][entry],
                            TABLES.names[entry],
                            CODE_TEXTS[entry],
                        ),
                        None => {
                            let code = self.code();
                            __e::core::write!(f, "unknown {} code ", #type_name)?;
                            #write_code
                        }
                    }
                }
            }

            impl __e::core::error::Error for #ty {}

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

                fn from_str(text: &str) -> Result<Self, Self::Err> {
                    match TABLES.parse(text)? {
                        __e::Parsed::Entry(entry) => Result::Ok(Self::ALL[entry]),
                        __e::Parsed::Code(code) => Result::Ok(Self::from_code(code)),
                    }
                }
            }

            impl __e::ErrorCode for #ty {
                type Code = #code_ty;
                const ALL: &'static [Self] = Self::ALL;
                const LOCALES: &'static [&'static str] = TABLES.locales;

                fn code(&self) -> #code_ty {
                    #ty::code(*self)
                }
                fn name(&self) -> Option<&'static str> {
                    #ty::name(self)
                }
                fn message(&self) -> &'static str {
                    #ty::message(self)
                }
                fn message_in(&self, locale: &str) -> Option<&'static str> {
                    #ty::message_in(self, locale)
                }
                fn group(&self) -> Option<&'static str> {
                    #ty::group(self)
                }
                fn is_known(&self) -> bool {
                    #ty::is_known(self)
                }
                fn from_name(name: &str) -> Option<Self> {
                    #ty::from_name(name)
                }
            }

            impl __e::NumericErrorCode for #ty {
                fn from_code(code: #code_ty) -> Self {
                    #ty::from_code(code)
                }
                fn from_hex(text: &str) -> Result<Self, __e::ParseError> {
                    #ty::from_hex(text)
                }
            }
        };
    }
}

/// The type's name: the caller's, or the catalog's.
pub(crate) fn type_ident(input: &Input, catalog: &Catalog) -> Ident {
    match &input.name {
        Some(name) => name.clone(),
        None => Ident::new(&catalog.type_name, input.catalog.span()),
    }
}

fn code_literal(code_type: CodeType, code: i64) -> TokenStream {
    match code_type {
        CodeType::U32 => {
            let code = u32::try_from(code).expect("checked to fit in u32");
            quote!(#code)
        }
        CodeType::I32 => {
            let code = i32::try_from(code).expect("checked to fit in i32");
            quote!(#code)
        }
    }
}

fn type_docs(catalog: &Catalog) -> Vec<TokenStream> {
    let mut lines = vec![escape(&catalog.title)];
    if let Some(description) = &catalog.description {
        lines.push(String::new());
        lines.push(escape(description));
    }
    lines.push(String::new());
    let mut facts = Vec::new();
    if let Some(vendor) = &catalog.vendor {
        facts.push(format!("Vendor: {}.", escape(vendor)));
    }
    if let Some(source) = &catalog.source {
        facts.push(format!("Source: {}.", link(source)));
    }
    facts.push(format!(
        "{} codes, of type `{}`; messages in {} (default {}).",
        catalog.entries.len(),
        catalog.code_type.rust_name(),
        catalog.locales.join(", "),
        catalog.default_locale(),
    ));
    lines.push(facts.join(" "));
    lines.push(String::new());
    lines.push(
        "Generated by `errcodes::error_catalog!`: convert with `from_code`/`From` and `code`/`Into`, \
         parse with `FromStr` or `from_hex`, read `name`, `message`, `message_in` and `group`."
            .to_owned(),
    );
    doc_attrs(&lines)
}

fn variant_docs(catalog: &Catalog, entry: &Entry) -> TokenStream {
    let mut lines = vec![escape(&entry.messages[0]), String::new()];
    lines.push(format!(
        "- Code: {}",
        code_span(&catalog.format_code(entry))
    ));
    if catalog.notation == Notation::Hex {
        lines.push(format!(
            "  (decimal {})",
            Notation::Decimal.format(entry.code)
        ));
    }
    lines.push(format!("- Vendor name: {}", code_span(&entry.name)));
    for alias in &entry.aliases {
        lines.push(format!("- Also called: {}", code_span(&alias.name)));
    }
    if let Some(g) = entry.group {
        lines.push(format!("- Group: {}", escape(&catalog.groups[g].titles[0])));
    }
    for (locale, message) in catalog.locales.iter().zip(&entry.messages).skip(1) {
        lines.push(format!("- {}: {}", escape(locale), escape(message)));
    }
    let attrs = doc_attrs(&lines);
    quote!(#(#attrs)*)
}

fn doc_attrs(lines: &[String]) -> Vec<TokenStream> {
    lines
        .iter()
        .map(|line| {
            let line = format!(" {line}");
            quote!(#[doc = #line])
        })
        .collect()
}

/// Text with the characters that markdown would read as markup escaped, so that rustdoc shows
/// it as it is.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// `text` as a markdown code span, however many backticks it holds.
fn code_span(text: &str) -> String {
    let mut fence = String::from("`");
    while text.contains(fence.as_str()) {
        fence.push('`');
    }
    format!("{fence} {text} {fence}")
}

/// A URL as a markdown autolink, if it can be one.
fn link(url: &str) -> String {
    if url.contains(|c: char| c.is_whitespace() || c == '<' || c == '>') {
        escape(url)
    } else {
        format!("<{url}>")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markdown() {
        assert_eq!(escape("a*b_c [x](y) <t> {}"), r"a\*b\_c \[x\](y) \<t\> {}");
        assert_eq!(code_span("A`B"), "`` A`B ``");
    }
}
