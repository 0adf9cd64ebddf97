//! Catalogs whose codes are built from bit fields. The generated type is a struct that holds the
//! whole code, so every `u32` (or `i32`) converts to it and back; its `kind()` is an ordinary
//! generated enum over the key bits (written by `expand::generate`), and each field has an
//! accessor, typed by an enum of the field's named values when it has any. Fields are read from
//! the code's 32 bits, so an `i32` code such as an HRESULT has its sign bit as bit 31.
//!
//! The struct also holds its kind, found once by `from_code`, so that its facts (`message()`,
//! `http_status()`, …) are one read of the kind's tables, as an enum's are, rather than a lookup
//! of the key bits on every call.
//!
//! The field enums take the names the catalog gives them; when the long form renames the type,
//! they are renamed with it (`{Type}{Field}`, as the kind enum is `{Type}Kind`), so that one
//! catalog can be expanded twice in a module.

use std::path::Path;

use errcodes_catalog::{upper_camel_case, Catalog, Code, CodeType, Field, Layout};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::Ident;

use crate::docs::{doc_attrs, escape, type_docs};
use crate::expand::{
    error_code_impl, field_format, generate, notation_format, serde_impls, type_ident,
};
use crate::index;
use crate::input::Input;
use crate::numeric::name_unless_number;
use crate::text::{self, Spell, VariantPath};

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
    // `#[non_exhaustive]` on the type is meant for its enums: the struct cannot be built or
    // destructured outside its crate anyway.
    let non_exhaustive: Vec<&syn::Attribute> = input
        .attrs
        .iter()
        .filter(|a| a.path().is_ident("non_exhaustive"))
        .collect();
    let mut kind_attrs: Vec<syn::Attribute> = vec![syn::parse_quote!(#[doc = #kind_doc])];
    kind_attrs.extend(non_exhaustive.iter().map(|a| (*a).clone()));
    let kind_input = Input {
        attrs: kind_attrs,
        private: input.private.clone(),
        vis: input.vis.clone(),
        name: Some(kind.clone()),
        catalog: input.catalog.clone(),
    };
    let vis = &input.vis;
    let attrs = &input.attrs;
    let private = &input.private;
    let docs = if attrs.iter().any(|a| a.path().is_ident("doc")) {
        Vec::new()
    } else {
        type_docs(catalog)
    };
    let type_name = ty.to_string();
    let key_low = layout.key.low;
    let key_max = mask(layout.key.max_value());
    let signed = catalog.code_type == CodeType::I32;
    let code_ty = if signed { quote!(i32) } else { quote!(u32) };
    let code_ty_name = code_ty.to_string();
    // The checker gives a layout integer codes that fit the key bits (an `i32` code as its 32
    // bits); `whole_code` puts them in place, in the code type (written unsuffixed, the field's
    // type types it).
    let kind_name = kind.to_string();
    let all = text::written(|out| {
        for e in &catalog.entries {
            if let Code::Int(code) = catalog.whole_code(e) {
                out.push_str("Self { code: ");
                code.spell(out);
                out.push_str(", kind: __e::Derived(");
                VariantPath(&kind_name, &e.variant).spell(out);
                out.push_str(") },");
            }
        }
    });
    let kind_items = generate(&kind_input, catalog, tracked);
    let find_name = name_unless_number(catalog, &quote!(Self::from_name(text)), &quote!(__e::None));
    // The code's 32 bits, and back: the identity for `u32`, the same bits for `i32`.
    let (to_bits, from_bits) = if signed {
        (
            quote!(u32::from_ne_bytes(code.to_ne_bytes())),
            quote!(i32::from_ne_bytes(bits.to_ne_bytes())),
        )
    } else {
        (quote!(code), quote!(bits))
    };
    let example_name = catalog.entries.first().map_or("", |e| e.name.as_str());
    let example_code = catalog
        .entries
        .first()
        .map_or_else(String::new, |e| catalog.format_code(e));

    let renamed = input.name.as_ref().is_some_and(|n| *n != catalog.type_name);
    let field_types: Vec<Option<Ident>> = layout
        .fields
        .iter()
        .map(|f| {
            let catalog_name = f.type_name.as_ref()?;
            Some(if renamed {
                format_ident!("{}{}", ty, upper_camel_case(&f.name))
            } else {
                format_ident!("{}", catalog_name)
            })
        })
        .collect();
    let field_enums = layout
        .fields
        .iter()
        .zip(&field_types)
        .filter_map(|(f, enum_ty)| {
            Some(field_enum(
                input,
                catalog,
                f,
                enum_ty.as_ref()?,
                &non_exhaustive,
            ))
        });
    let accessors = layout
        .fields
        .iter()
        .zip(&field_types)
        .map(|(f, enum_ty)| accessor(f, enum_ty.as_ref(), &type_name));
    let value_format = field_format(catalog.notation);
    let debug_fields = layout.fields.iter().zip(&field_types).map(|(f, enum_ty)| {
        let name = format_ident!("{}", f.name);
        let label = &f.name;
        match enum_ty {
            Some(_) => quote!(.field(#label, &self.#name())),
            None => quote!(.field(#label, &__e::core::format_args!(#value_format, self.#name()))),
        }
    });
    let code_format = notation_format(catalog.notation);
    let unknown_format = format!("unknown {type_name} code {code_format}");
    let known_format = format!("{{}} ({{}}, {code_format})");
    let serde = serde_impls(&ty, &format_ident!("deserialize_numeric"));
    // An entry without a message, whose `message()` is its name, is written `NAME (code)`.
    let no_message_format = format!("{{}} ({code_format})");
    let no_message_arm = catalog
        .entries
        .iter()
        .any(|e| e.messages.is_empty())
        .then(|| {
            quote! {
                __e::Some(name) if self.kind().message_in(<#kind as __e::ErrorCode>::LOCALES[0]).is_none() => {
                    __e::write_padded(f, __e::core::format_args!(#no_message_format, name, self.code))
                }
            }
        });

    let error_code_impl =
        error_code_impl(&ty, &code_ty, &quote!(<#kind as __e::ErrorCode>::LOCALES));

    quote! {
        #kind_items

        #(#field_enums)*

        #(#docs)*
        #[derive(
            #private::core::clone::Clone,
            #private::core::marker::Copy,
            #private::core::cmp::PartialEq,
            #private::core::cmp::Eq,
            #private::core::hash::Hash,
        )]
        #(#attrs)*
        #vis struct #ty {
            code: #code_ty,
            /// The entry that the key bits of `code` name, found once: its facts are then one
            /// read of a table, as an enum's are. It takes no part in comparisons or hashing.
            kind: #private::Derived<#kind>,
        }

        const _: () = {
            use #private as __e;

            #[inline]
            const fn parse_error(kind: __e::ParseErrorKind) -> __e::ParseError {
                const CONTEXT: __e::ParseContext = __e::ParseContext {
                    type_name: #type_name,
                    code_type: #code_ty_name,
                    example_name: #example_name,
                    example_code: #example_code,
                };
                __e::ParseError::__new(kind, &CONTEXT)
            }

            /// The 32 bits of a code.
            #[inline]
            const fn bits(code: #code_ty) -> u32 {
                #to_bits
            }

            /// The code with these 32 bits.
            #[inline]
            const fn from_bits(bits: u32) -> #code_ty {
                #from_bits
            }

            impl #ty {
                /// The entries of the vendor's table, in catalog order, with every bit outside
                /// the key zero.
                pub const ALL: &'static [Self] = &[#all];

                /// The error with this code. Every code is one, known or not.
                #[must_use]
                #[inline]
                pub const fn from_code(code: #code_ty) -> Self {
                    Self {
                        code,
                        kind: __e::Derived(#kind::from_code(from_bits(
                            (bits(code) >> #key_low) & #key_max,
                        ))),
                    }
                }

                /// The whole code, every bit as it was.
                #[must_use]
                #[inline]
                pub const fn code(self) -> #code_ty {
                    self.code
                }

                /// The entry of the vendor's table that the key bits name, or `Unknown`.
                #[must_use]
                #[inline]
                pub const fn kind(self) -> #kind {
                    self.kind.0
                }

                /// The code of an entry, with every bit outside the key zero.
                #[must_use]
                #[inline]
                pub const fn from_kind(kind: #kind) -> Self {
                    match kind {
                        // Its value may have bits beyond the key's: the key bits decide.
                        #kind::Unknown(_) => {
                            Self::from_code(from_bits(bits(kind.code()) << #key_low))
                        }
                        known => Self {
                            code: from_bits(bits(known.code()) << #key_low),
                            kind: __e::Derived(known),
                        },
                    }
                }

                #(#accessors)*

                /// The vendor's definition name of the entry, or `None` for a key the table
                /// does not list.
                #[must_use]
                #[inline]
                pub const fn name(&self) -> __e::Option<&'static str> {
                    self.kind.0.name()
                }

                /// The entry's message in the catalog's default locale.
                #[must_use]
                #[inline]
                pub const fn message(&self) -> &'static str {
                    self.kind.0.message()
                }

                /// The entry's message in `locale` (`"en-US"` falls back to `"en"`).
                #[must_use]
                #[inline]
                pub fn message_in(&self, locale: &str) -> __e::Option<&'static str> {
                    self.kind.0.message_in(locale)
                }

                /// The title of the section of the vendor's table the entry stands in.
                #[must_use]
                #[inline]
                pub const fn group(&self) -> __e::Option<&'static str> {
                    self.kind.0.group()
                }

                /// Whether the vendor's table lists the key bits.
                #[must_use]
                #[inline]
                pub const fn is_known(&self) -> bool {
                    self.kind.0.is_known()
                }

                /// The HTTP status of the entry, if the catalog says.
                #[must_use]
                #[inline]
                pub const fn http_status(&self) -> __e::Option<u16> {
                    self.kind.0.http_status()
                }

                /// Whether the vendor says to try again later.
                #[must_use]
                #[inline]
                pub const fn is_retryable(&self) -> bool {
                    self.kind.0.is_retryable()
                }

                /// The vendor's explanation of the entry, if the catalog has one.
                #[must_use]
                #[inline]
                pub const fn description(&self) -> __e::Option<&'static str> {
                    self.kind.0.description()
                }

                /// The entry with this definition name or alias, with every bit outside the key
                /// zero.
                #[must_use]
                #[inline]
                pub fn from_name(name: &str) -> __e::Option<Self> {
                    #kind::from_name(name).map(Self::from_kind)
                }

                /// Parses a code written in hex, with or without `0x`, in either case.
                #[inline]
                pub fn from_hex(text: &str) -> __e::Result<Self, __e::ParseError> {
                    __e::parse_hex(text).map(Self::from_code).map_err(parse_error)
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
                        .field("code", &__e::core::format_args!(#code_format, self.code))
                        .finish()
                }
            }

            impl __e::core::fmt::Display for #ty {
                fn fmt(&self, f: &mut __e::core::fmt::Formatter<'_>) -> __e::core::fmt::Result {
                    match self.name() {
                        #no_message_arm
                        __e::Some(name) => __e::write_padded(
                            f,
                            __e::core::format_args!(#known_format, self.message(), name, self.code),
                        ),
                        __e::None => __e::write_padded(
                            f,
                            __e::core::format_args!(#unknown_format, self.code),
                        ),
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
                // Inlined whole, as the enums' (`numeric::items`): `sqlite`'s `FromStr` by name
                // 83.9 -> 67.0 instructions, hex and decimal 10 fewer.
                #[inline(always)]
                fn from_str(text: &str) -> __e::Result<Self, Self::Err> {
                    if let __e::Some(named) = #find_name {
                        return __e::Ok(named);
                    }
                    from_number(text)
                }
            }

            /// A code written as a number, out of `from_str`'s line so that a name's lookup does
            /// not save and restore the registers parsing uses.
            #[inline(never)]
            fn from_number(text: &str) -> __e::Result<#ty, __e::ParseError> {
                __e::parse_number(text).map(#ty::from_code).map_err(parse_error)
            }

            #error_code_impl

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
        };
    }
}

/// The accessor of a field: typed by the field's enum, or a plain `u32`.
fn accessor(field: &Field, enum_ty: Option<&Ident>, type_name: &str) -> TokenStream {
    let name = format_ident!("{}", field.name);
    let low = field.bits.low;
    let max = mask(field.bits.max_value());
    let doc = field.doc.as_deref().map_or_else(
        || {
            format!(
                " Bits {} to {} of the code: the {} field of a {type_name}.",
                field.bits.high, field.bits.low, field.name
            )
        },
        |doc| format!(" {}", escape(doc)),
    );
    match enum_ty {
        Some(enum_ty) => {
            quote! {
                #[doc = #doc]
                #[must_use]
                pub const fn #name(self) -> #enum_ty {
                    #enum_ty::from_value((bits(self.code) >> #low) & #max)
                }
            }
        }
        None => quote! {
            #[doc = #doc]
            #[must_use]
            pub const fn #name(self) -> u32 {
                (bits(self.code) >> #low) & #max
            }
        },
    }
}

/// The largest value of bits that the checker keeps within 32, as a `u32`.
fn mask(max_value: u64) -> u32 {
    u32::try_from(max_value).unwrap_or(u32::MAX)
}

/// The enum of a field's named values, named `enum_ty`, with `attrs` (`#[non_exhaustive]`).
fn field_enum(
    input: &Input,
    catalog: &Catalog,
    field: &Field,
    enum_ty: &Ident,
    attrs: &[&syn::Attribute],
) -> TokenStream {
    let vis = &input.vis;
    let private = &input.private;
    let value_format = field_format(catalog.notation);
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
    let values2 = field.values.iter().map(|v| v.value);
    let labels = field.values.iter().map(|v| &v.label);
    let variant_names = field.values.iter().map(|v| &v.variant);
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
    // Values close together are found in a table, as codes are (`index::dense_lookup`): a
    // `match` of them compiles to a jump to each arm, which mispredicts on varied codes.
    let other = |value: TokenStream| quote!(#enum_ty::Other(__e::Unknown::__new(#value)));
    let keys: Vec<i64> = field.values.iter().map(|v| i64::from(v.value)).collect();
    // Where the variants name every value of the bits, in order from 0, a `match` is the
    // accessor's shift alone: LLVM sees each variant's discriminant is its value (`severity()`
    // of an HRESULT 10 instructions through a table, 9 as the hand-written `match`).
    let every_value_in_order = u64::try_from(field.values.len())
        .is_ok_and(|len| len == field.bits.max_value().saturating_add(1))
        && field
            .values
            .iter()
            .zip(0..)
            .all(|(v, position)| v.value == position);
    let lookup = if every_value_in_order {
        None
    } else {
        index::dense_lookup(
            &keys,
            &index::DenseTable {
                suffix: "VALUE",
                int: "u32",
                elem: quote!(#enum_ty),
                count: quote!(#enum_ty::ALL.len()),
                key: quote!(#enum_ty::ALL[entry].value()),
                value: &|entry| quote!(#enum_ty::ALL[#entry]),
                arg: &format_ident!("value"),
                miss: &other,
            },
        )
    };
    let (value_table, from_value) = lookup.unwrap_or_else(|| {
        let values = field.values.iter().map(|v| v.value);
        let other = other(quote!(value));
        let body = quote! {
            match value {
                #(#values => Self::#variants,)*
                _ => #other,
            }
        };
        (TokenStream::new(), body)
    });
    let locales = &catalog.locales;
    let message_rows = field.values.iter().map(|v| match &v.messages {
        Some(messages) => quote!(__e::Some(&[#(#messages),*])),
        None => quote!(__e::None),
    });
    let all_variants = &variants;

    quote! {
        #(#docs)*
        #[derive(
            #private::core::clone::Clone,
            #private::core::marker::Copy,
            #private::core::cmp::PartialEq,
            #private::core::cmp::Eq,
            #private::core::cmp::PartialOrd,
            #private::core::cmp::Ord,
            #private::core::hash::Hash,
        )]
        #(#attrs)*
        #vis enum #enum_ty {
            #(
                #variant_docs
                #variants,
            )*
            /// A value the vendor does not name. Its payload gives the value back with
            /// `code()`, but cannot be built or matched as a literal.
            Other(#private::Unknown<u32>),
        }

        const _: () = {
            use #private as __e;

            const LOCALES: &[&str] = &[#(#locales),*];

            #value_table

            impl #enum_ty {
                /// The values the vendor names, in catalog order.
                pub const ALL: &'static [Self] = &[#(Self::#all_variants),*];

                /// The value for these bits.
                #[must_use]
                #[inline]
                pub const fn from_value(value: u32) -> Self {
                    #from_value
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
                pub const fn label(self) -> __e::Option<&'static str> {
                    match self {
                        #(Self::#all_variants => __e::Some(#labels),)*
                        Self::Other(_) => __e::None,
                    }
                }

                #[inline]
                const fn messages(self) -> __e::Option<&'static [&'static str]> {
                    match self {
                        #(Self::#all_variants => #message_rows,)*
                        Self::Other(_) => __e::None,
                    }
                }

                /// The message of the value in the catalog's default locale, if it has one.
                #[must_use]
                #[inline]
                pub const fn message(self) -> __e::Option<&'static str> {
                    match self.messages() {
                        __e::Some([message, ..]) => __e::Some(message),
                        _ => __e::None,
                    }
                }

                /// The message of the value in `locale`, if it has one.
                #[must_use]
                #[inline]
                pub fn message_in(self, locale: &str) -> __e::Option<&'static str> {
                    self.messages()?.get(__e::locale_index(LOCALES, locale)?).copied()
                }
            }

            impl __e::core::fmt::Display for #enum_ty {
                /// The vendor's name of the value, or the number; padded as text is.
                fn fmt(&self, f: &mut __e::core::fmt::Formatter<'_>) -> __e::core::fmt::Result {
                    match self.label() {
                        __e::Some(label) => f.pad(label),
                        __e::None => __e::write_padded(f, __e::core::format_args!("{}", self.value())),
                    }
                }
            }

            impl __e::core::fmt::Debug for #enum_ty {
                /// The variant's name, as a derived `Debug` writes it, with another value in
                /// the catalog's notation.
                fn fmt(&self, f: &mut __e::core::fmt::Formatter<'_>) -> __e::core::fmt::Result {
                    match self {
                        #(Self::#all_variants => f.write_str(#variant_names),)*
                        Self::Other(other) => f
                            .debug_tuple("Other")
                            .field(&__e::core::format_args!(#value_format, other.code()))
                            .finish(),
                    }
                }
            }
        };
    }
}
