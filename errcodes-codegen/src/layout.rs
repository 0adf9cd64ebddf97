//! Catalogs whose codes are built from bit fields. The generated type is a struct that holds the
//! whole code, so every `u32` converts to it and back; its `kind()` is an ordinary generated
//! enum over the key bits (written by `expand::generate`), and each field has an accessor, typed
//! by an enum of the field's named values when it has any.

use std::path::Path;

use errcodes_catalog::{Catalog, Field, Layout};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::Ident;

use crate::docs::{doc_attrs, escape, type_docs};
use crate::expand::{error_code_impl, generate, serde_impls, type_ident};
use crate::input::Input;

/// The struct, its kind enum and its field enums.
pub(crate) fn expand(
    input: &Input,
    catalog: &Catalog,
    layout: &Layout,
    tracked: Option<&Path>,
) -> TokenStream {
    let ty = type_ident(input, catalog);
    let kind = format_ident!("{}Kind", ty);
    let kind_doc = format!(
        " The entry of an [`{ty}`]: a variant per error of the vendor's table, which is keyed by \
         bits {} to {} of the code, and `Unknown` for any other value of those bits.",
        layout.key.high, layout.key.low
    );
    let kind_input = Input {
        attrs: vec![syn::parse_quote!(#[doc = #kind_doc])],
        vis: input.vis.clone(),
        name: Some(kind.clone()),
        catalog: input.catalog.clone(),
    };
    let kind_items = generate(&kind_input, catalog, tracked);

    let vis = &input.vis;
    let attrs = &input.attrs;
    let docs = if attrs.iter().any(|a| a.path().is_ident("doc")) {
        Vec::new()
    } else {
        type_docs(catalog)
    };
    let type_name = ty.to_string();
    let key_low = layout.key.low;
    let key_max = u32::try_from(layout.key.max_value()).expect("checked: at most 32 bits");
    let all = catalog.entries.iter().map(|e| match catalog.whole_code(e) {
        errcodes_catalog::Code::Int(code) => {
            let code = u32::try_from(code).expect("checked: a value of the key bits");
            quote!(Self { code: #code })
        }
        errcodes_catalog::Code::Text(_) => unreachable!("checked: a layout has integer codes"),
    });
    let example_name = &catalog.entries[0].name;
    let example_code = catalog.format_code(&catalog.entries[0]);

    let field_enums = layout
        .fields
        .iter()
        .filter_map(|f| field_enum(input, catalog, f));
    let accessors = layout.fields.iter().map(|f| accessor(f, &type_name));
    let debug_fields = layout.fields.iter().map(|f| {
        let name = format_ident!("{}", f.name);
        let label = &f.name;
        quote!(.field(#label, &self.#name()))
    });
    let serde = serde_impls(&ty, &format_ident!("deserialize_numeric"));

    let error_code_impl = error_code_impl(
        &ty,
        &quote!(u32),
        &quote!(<#kind as __e::ErrorCode>::LOCALES),
    );

    quote! {
        #kind_items

        #(#field_enums)*

        #(#docs)*
        #[derive(
            ::errcodes::__private::core::clone::Clone,
            ::errcodes::__private::core::marker::Copy,
            ::errcodes::__private::core::cmp::PartialEq,
            ::errcodes::__private::core::cmp::Eq,
            ::errcodes::__private::core::hash::Hash,
        )]
        #(#attrs)*
        #vis struct #ty {
            code: u32,
        }

        const _: () = {
            use ::errcodes::__private as __e;
            use __e::core::option::Option::{self, None, Some};
            use __e::core::result::Result;

            #[inline]
            const fn parse_error(kind: __e::ParseErrorKind) -> __e::ParseError {
                const CONTEXT: __e::ParseContext = __e::ParseContext {
                    type_name: #type_name,
                    code_type: "u32",
                    example_name: #example_name,
                    example_code: #example_code,
                };
                __e::ParseError::__new(kind, &CONTEXT)
            }

            impl #ty {
                /// The entries of the vendor's table, in catalog order, with every bit outside
                /// the key zero.
                pub const ALL: &'static [Self] = &[#(#all),*];

                /// The error with this code. Every `u32` is one, known or not.
                #[must_use]
                #[inline]
                pub const fn from_code(code: u32) -> Self {
                    Self { code }
                }

                /// The whole code, every bit as it was.
                #[must_use]
                #[inline]
                pub const fn code(self) -> u32 {
                    self.code
                }

                /// The entry of the vendor's table that the key bits name, or `Unknown`.
                #[must_use]
                #[inline]
                pub const fn kind(self) -> #kind {
                    #kind::from_code((self.code >> #key_low) & #key_max)
                }

                /// The code of an entry, with every bit outside the key zero.
                #[must_use]
                #[inline]
                pub const fn from_kind(kind: #kind) -> Self {
                    Self { code: kind.code() << #key_low }
                }

                #(#accessors)*

                /// The vendor's definition name of the entry, or `None` for a key the table
                /// does not list.
                #[must_use]
                #[inline]
                pub const fn name(&self) -> Option<&'static str> {
                    self.kind().name()
                }

                /// The entry's message in the catalog's default locale.
                #[must_use]
                #[inline]
                pub const fn message(&self) -> &'static str {
                    self.kind().message()
                }

                /// The entry's message in `locale` (`"en-US"` falls back to `"en"`).
                #[must_use]
                #[inline]
                pub fn message_in(&self, locale: &str) -> Option<&'static str> {
                    self.kind().message_in(locale)
                }

                /// The title of the section of the vendor's table the entry stands in.
                #[must_use]
                #[inline]
                pub const fn group(&self) -> Option<&'static str> {
                    self.kind().group()
                }

                /// Whether the vendor's table lists the key bits.
                #[must_use]
                #[inline]
                pub const fn is_known(&self) -> bool {
                    self.kind().is_known()
                }

                /// The HTTP status of the entry, if the catalog says.
                #[must_use]
                #[inline]
                pub const fn http_status(&self) -> Option<u16> {
                    self.kind().http_status()
                }

                /// Whether the vendor says to try again later.
                #[must_use]
                #[inline]
                pub const fn is_retryable(&self) -> bool {
                    self.kind().is_retryable()
                }

                /// The vendor's explanation of the entry, if the catalog has one.
                #[must_use]
                #[inline]
                pub const fn description(&self) -> Option<&'static str> {
                    self.kind().description()
                }

                /// The entry with this definition name or alias, with every bit outside the key
                /// zero.
                #[must_use]
                #[inline]
                pub fn from_name(name: &str) -> Option<Self> {
                    #kind::from_name(name).map(Self::from_kind)
                }

                /// Parses a code written in hex, with or without `0x`, in either case.
                #[inline]
                pub fn from_hex(text: &str) -> Result<Self, __e::ParseError> {
                    __e::parse_hex(text).map(Self::from_code).map_err(parse_error)
                }
            }

            impl __e::core::convert::From<u32> for #ty {
                #[inline]
                fn from(code: u32) -> Self {
                    Self::from_code(code)
                }
            }

            impl __e::core::convert::From<#ty> for u32 {
                #[inline]
                fn from(error: #ty) -> Self {
                    error.code()
                }
            }

            impl __e::core::convert::From<#kind> for #ty {
                #[inline]
                fn from(kind: #kind) -> Self {
                    Self::from_kind(kind)
                }
            }

            impl __e::core::fmt::Debug for #ty {
                fn fmt(&self, f: &mut __e::core::fmt::Formatter<'_>) -> __e::core::fmt::Result {
                    f.debug_struct(#type_name)
                        .field("kind", &self.kind())
                        #(#debug_fields)*
                        .field("code", &__e::core::format_args!("{:#010X}", self.code))
                        .finish()
                }
            }

            impl __e::core::fmt::Display for #ty {
                fn fmt(&self, f: &mut __e::core::fmt::Formatter<'_>) -> __e::core::fmt::Result {
                    match self.name() {
                        Some(name) => __e::core::write!(
                            f,
                            "{} ({}, {:#010X})",
                            self.message(),
                            name,
                            self.code
                        ),
                        None => __e::core::write!(f, "unknown {} code {:#010X}", #type_name, self.code),
                    }
                }
            }

            impl __e::core::error::Error for #ty {}

            impl __e::core::fmt::LowerHex for #ty {
                fn fmt(&self, f: &mut __e::core::fmt::Formatter<'_>) -> __e::core::fmt::Result {
                    __e::core::fmt::LowerHex::fmt(&self.code, f)
                }
            }

            impl __e::core::fmt::UpperHex for #ty {
                fn fmt(&self, f: &mut __e::core::fmt::Formatter<'_>) -> __e::core::fmt::Result {
                    __e::core::fmt::UpperHex::fmt(&self.code, f)
                }
            }

            impl __e::core::str::FromStr for #ty {
                type Err = __e::ParseError;

                /// A definition name or alias (the key bits of the entry, every other bit
                /// zero), a decimal code or a `0x` hex code.
                #[inline]
                fn from_str(text: &str) -> Result<Self, Self::Err> {
                    if let Some(named) = Self::from_name(text) {
                        return Result::Ok(named);
                    }
                    __e::parse_number(text).map(Self::from_code).map_err(parse_error)
                }
            }

            #error_code_impl

            impl __e::NumericErrorCode for #ty {
                #[inline]
                fn from_code(code: u32) -> Self {
                    #ty::from_code(code)
                }
                #[inline]
                fn from_hex(text: &str) -> Result<Self, __e::ParseError> {
                    #ty::from_hex(text)
                }
            }

            #serde
        };
    }
}

/// The accessor of a field: typed by the field's enum, or a plain `u32`.
fn accessor(field: &Field, type_name: &str) -> TokenStream {
    let name = format_ident!("{}", field.name);
    let low = field.bits.low;
    let max = u32::try_from(field.bits.max_value()).expect("checked: at most 32 bits");
    let doc = field.doc.as_deref().map_or_else(
        || {
            format!(
                " Bits {} to {} of the code: the {} field of a {type_name}.",
                field.bits.high, field.bits.low, field.name
            )
        },
        |doc| format!(" {}", escape(doc)),
    );
    match &field.type_name {
        Some(enum_name) => {
            let enum_ty = format_ident!("{}", enum_name);
            quote! {
                #[doc = #doc]
                #[must_use]
                pub const fn #name(self) -> #enum_ty {
                    #enum_ty::from_value((self.code >> #low) & #max)
                }
            }
        }
        None => quote! {
            #[doc = #doc]
            #[must_use]
            pub const fn #name(self) -> u32 {
                (self.code >> #low) & #max
            }
        },
    }
}

/// The enum of a field's named values, if it has a type.
fn field_enum(input: &Input, catalog: &Catalog, field: &Field) -> Option<TokenStream> {
    let enum_ty = format_ident!("{}", field.type_name.as_ref()?);
    let vis = &input.vis;
    let docs = doc_attrs(&[
        field
            .doc
            .as_deref()
            .map_or_else(|| format!("The {} field of a code.", field.name), escape),
        String::new(),
        format!(
            "Bits {} to {} of the code: a variant per value the vendor names, and `Other` for \
             any other value.",
            field.bits.high, field.bits.low
        ),
    ]);
    let variants: Vec<Ident> = field
        .values
        .iter()
        .map(|v| format_ident!("{}", v.variant))
        .collect();
    let values = field.values.iter().map(|v| v.value);
    let values2 = values.clone();
    let labels = field.values.iter().map(|v| &v.label);
    let variant_docs = field.values.iter().map(|v| {
        let mut lines = vec![format!("`{}` ({})", v.label, v.value)];
        if let Some(messages) = &v.messages {
            lines.push(String::new());
            for (locale, message) in catalog.locales.iter().zip(messages) {
                lines.push(format!("- {}: {}", escape(locale), escape(message)));
            }
        }
        let attrs = doc_attrs(&lines);
        quote!(#(#attrs)*)
    });
    let locales = &catalog.locales;
    let message_rows = field.values.iter().map(|v| match &v.messages {
        Some(messages) => quote!(Some(&[#(#messages),*])),
        None => quote!(None),
    });
    let all_variants = &variants;

    Some(quote! {
        #(#docs)*
        #[derive(
            ::errcodes::__private::core::fmt::Debug,
            ::errcodes::__private::core::clone::Clone,
            ::errcodes::__private::core::marker::Copy,
            ::errcodes::__private::core::cmp::PartialEq,
            ::errcodes::__private::core::cmp::Eq,
            ::errcodes::__private::core::cmp::PartialOrd,
            ::errcodes::__private::core::cmp::Ord,
            ::errcodes::__private::core::hash::Hash,
        )]
        #vis enum #enum_ty {
            #(
                #variant_docs
                #variants,
            )*
            /// A value the vendor does not name. Its payload gives the value back with
            /// `code()`, but cannot be built or matched as a literal.
            Other(::errcodes::__private::Unknown<u32>),
        }

        const _: () = {
            use ::errcodes::__private as __e;
            use __e::core::option::Option::{self, None, Some};

            const LOCALES: &[&str] = &[#(#locales),*];

            impl #enum_ty {
                /// The values the vendor names, in catalog order.
                pub const ALL: &'static [Self] = &[#(Self::#all_variants),*];

                /// The value for these bits.
                #[must_use]
                #[inline]
                pub const fn from_value(value: u32) -> Self {
                    match value {
                        #(#values => Self::#variants,)*
                        other => Self::Other(__e::Unknown::__new(other)),
                    }
                }

                /// The value of the bits.
                #[must_use]
                #[inline]
                pub const fn value(self) -> u32 {
                    match self {
                        #(Self::#all_variants => #values2,)*
                        Self::Other(other) => other.code(),
                    }
                }

                /// The vendor's name of the value, or `None` for `Other`.
                #[must_use]
                #[inline]
                pub const fn label(self) -> Option<&'static str> {
                    match self {
                        #(Self::#all_variants => Some(#labels),)*
                        Self::Other(_) => None,
                    }
                }

                #[inline]
                const fn messages(self) -> Option<&'static [&'static str]> {
                    match self {
                        #(Self::#all_variants => #message_rows,)*
                        Self::Other(_) => None,
                    }
                }

                /// The message of the value in the catalog's default locale, if it has one.
                #[must_use]
                #[inline]
                pub const fn message(self) -> Option<&'static str> {
                    match self.messages() {
                        Some(messages) => Some(messages[0]),
                        None => None,
                    }
                }

                /// The message of the value in `locale`, if it has one.
                #[must_use]
                #[inline]
                pub fn message_in(self, locale: &str) -> Option<&'static str> {
                    Some(self.messages()?[__e::locale_index(LOCALES, locale)?])
                }
            }

            impl __e::core::fmt::Display for #enum_ty {
                /// The vendor's name of the value, or the number.
                fn fmt(&self, f: &mut __e::core::fmt::Formatter<'_>) -> __e::core::fmt::Result {
                    match self.label() {
                        Some(label) => f.write_str(label),
                        None => __e::core::fmt::Display::fmt(&self.value(), f),
                    }
                }
            }
        };
    })
}
