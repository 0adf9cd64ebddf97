//! The generated code that every shape of catalog shares.
//!
//! Lookups go through tables (`errcodes_runtime::__private::Tables`) indexed by the variant's
//! position, rather than through a `match` per operation: one `match` maps a variant to its
//! position (LLVM reduces it to a read of the value's niche, see [`position_match`]), every fact
//! is one read of a table whose first element is `Unknown`'s, and codes and names are found through the perfect hash indexes of
//! `index` (or a `match` of strings for a few names). This keeps the generated code, and so
//! compile time, proportional to the catalog, and every lookup's time the same whatever its size.

use std::path::Path;

use errcodes_catalog::{Catalog, Code, CodeType, Deprecated, Entry, Notation};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::Ident;

use crate::docs::{group_title, type_docs, variant_docs};
use crate::input::Input;
use crate::text::{self, Spell, VariantPath};
use crate::{index, numeric, string};

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
    /// The path of errcodes' `__private` module, for the items outside the `const _` block
    /// (inside it, `__e`).
    pub(crate) private: &'a TokenStream,
    /// The generated type.
    pub(crate) ty: Ident,
    /// The type of its codes, as code.
    pub(crate) code_ty: TokenStream,
}

/// The generated enum for a checked catalog (for a catalog with a layout, its kind enum).
pub(crate) fn generate(input: &Input, catalog: &Catalog, tracked: Option<&Path>) -> TokenStream {
    let ty = type_ident(input, catalog);
    let code_ty = match catalog.code_type {
        CodeType::U16 => quote!(u16),
        CodeType::U32 => quote!(u32),
        CodeType::I32 => quote!(i32),
        CodeType::String => quote!(&'static str),
    };
    let cx = Ctx {
        catalog,
        private: &input.private,
        ty,
        code_ty,
    };
    let numeric = catalog.code_type != CodeType::String;
    let (shape_items, unknown_variant) = if numeric {
        (numeric::items(&cx), Some(numeric::unknown_variant(&cx)))
    } else {
        (string::items(&cx), None)
    };

    let Ctx {
        ty,
        code_ty,
        private,
        ..
    } = &cx;
    let vis = &input.vis;
    let attrs = &input.attrs;
    let type_docs = if attrs.iter().any(|a| a.path().is_ident("doc")) {
        Vec::new()
    } else {
        type_docs(catalog)
    };
    let type_name = ty.to_string();
    let entries = &catalog.entries;
    let variants: Vec<&str> = entries.iter().map(|e| e.variant.as_str()).collect();
    let variant_declarations = variant_declarations(catalog);
    let variant_names = entries.iter().map(|e| &e.variant);
    let debug_unknown = unknown_variant.as_ref().map(|_| {
        let format = code_format(catalog);
        quote! {
            Self::Unknown(unknown) => f
                .debug_tuple("Unknown")
                .field(&__e::core::format_args!(#format, unknown.code()))
                .finish(),
        }
    });
    let n = entries.len();
    let alias_consts = alias_consts(catalog);
    let (index_body, index_fns) = position_match(ty, &variants, unknown_variant.is_some());

    // The tables of facts have an element per entry, after one for `Unknown` if the type has
    // it (see `position_match`).
    let locales = &catalog.locales;
    let locale_indices = 0..locales.len();
    // The names are the first keys: `KEYS[i]` is entry i's.
    let names = option_texts(numeric, &quote!(KEYS), (1..=entries.len()).map(Some));
    let codes = int_codes(catalog).unwrap_or_else(|| {
        let codes = text::list(entries.iter().map(|e| &e.code));
        quote!([#codes])
    });
    let messages = (0..locales.len()).map(|l| {
        // An entry without a message has "" here, which no message is (the checker says so).
        by_position(
            numeric,
            &quote!(__e::UNKNOWN_MESSAGE),
            entries.iter().map(|e| e.message(l).unwrap_or("")),
        )
    });
    let groups = distinct_texts(numeric, entries.iter().map(|e| group_title(catalog, e)));
    let descriptions = distinct_texts(numeric, entries.iter().map(|e| e.description.as_deref()));
    // `http_status()` and `is_retryable()`: a `match` of the position up to `FACT_MATCH_UP_TO`
    // entries, with the table in `TABLES` left empty, else a read of that table. `Unknown`'s
    // element first: no status, not retryable.
    let statuses: Vec<Option<u16>> = numeric
        .then_some(None)
        .into_iter()
        .chain(entries.iter().map(|e| e.http_status))
        .collect();
    let (http_status_body, http_status) = match fact_match(&statuses, |status, out| match status {
        Some(status) => {
            out.push_str("__e::Some(");
            status.spell(out);
            out.push(')');
        }
        None => out.push_str("__e::None"),
    }) {
        Some(body) => (body, quote!([])),
        None => (
            quote! {
                match TABLES.http_status[self.index()] {
                    0 => __e::None,
                    status => __e::Some(status),
                }
            },
            text::decoded(statuses.iter().map(|status| status.unwrap_or(0))),
        ),
    };
    let retryable: Vec<bool> = numeric
        .then_some(false)
        .into_iter()
        .chain(entries.iter().map(|e| e.retryable))
        .collect();
    let (retryable_body, retryable) = match fact_match(&retryable, |yes, out| yes.spell(out)) {
        Some(body) => (body, quote!([])),
        None => (
            quote!(TABLES.retryable[self.index()]),
            text::decoded(retryable),
        ),
    };
    let variant_names = by_position(numeric, &quote!("Unknown"), variant_names);
    // Without `Unknown`, every value is known, and positions start at 0.
    let is_known = if numeric {
        quote!(self.index() != 0)
    } else {
        quote!(true)
    };
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
    // The variant of each key: every entry's, then each alias's entry's.
    let key_variants: Vec<&str> = variants
        .iter()
        .copied()
        .chain(
            entries
                .iter()
                .flat_map(|e| e.aliases.iter().map(|_| e.variant.as_str())),
        )
        .collect();
    let key_found = index::Found::Variant {
        ty,
        variants: &key_variants,
        table: &quote!(BY_KEY),
    };
    let find_key_fn = format_ident!("find_key");
    let mut find_key = index::text_lookup(&find_key_fn, &keys, &quote!(TABLES.keys), &key_found);
    if numeric {
        // `FromStr`'s: a name or alias, else a number (`numeric::items` writes `from_number`).
        find_key.extend(index::text_lookup_or(
            &format_ident!("key_or_number"),
            &find_key_fn,
            &keys,
            &key_found,
            &quote!(from_number(text)),
        ));
    }
    let keys_list = text::list(&keys);
    let by_key = text::list(key_variants.iter().map(|v| VariantPath(&type_name, v)));
    let code_lookup = match catalog.code_type {
        CodeType::String => {
            let codes: Vec<&str> = entries
                .iter()
                .map(|e| match &e.code {
                    Code::Text(text) => text.as_str(),
                    Code::Int(_) => "",
                })
                .collect();
            index::text_lookup(
                &format_ident!("find_code"),
                &codes,
                &quote!(TABLES.codes),
                // Positions, which `from_code` reads `ALL` at: for `alibaba_vod`'s 7 codes,
                // 29.6 instructions against 32.0 for a `match` that gives the variants.
                &index::Found::Position,
            )
        }
        // `numeric::items` writes the lookup of integer codes.
        _ => TokenStream::new(),
    };
    // The checker rejects a catalog without entries; were one to come here, its example would be
    // empty rather than a panic.
    let example_name = entries.first().map_or("", |e| e.name.as_str());
    let example_code = entries
        .first()
        .map_or_else(String::new, |e| catalog.format_code(e));
    let code_type_name = catalog.code_type.rust_name();
    let tracking = tracked.map(|path| {
        let path = path.to_string_lossy();
        quote!(
            const _: &[u8] = __e::core::include_bytes!(#path);
        )
    });

    let error_code_impl = error_code_impl(ty, code_ty, &quote!(TABLES.locales));
    let without_messages = entries.iter().any(|e| e.messages.is_empty());
    // Only a catalog with entries without messages pays for telling "" from a message.
    let message = if numeric {
        quote! {
            match self.index() {
                0 => __e::None,
                position => TABLES.message_in(position, locale),
            }
        }
    } else {
        quote!(TABLES.message_in(self.index(), locale))
    };
    let message_in_lookup = if without_messages {
        quote! {
            match #message {
                __e::Some("") => __e::None,
                message => message,
            }
        }
    } else {
        message
    };
    // Up to 64 entries, `message()` is a `match` of the position (see `fact_match`): LLVM makes
    // it two tables, of the texts' addresses and of their lengths, each read with the position
    // scaled by 8 in the address, where a table of `&str` needs it times 16, one shift more
    // (`grpc`'s `message()` 9.9 instructions against the hand-written 8.9).
    let message_texts: Vec<Option<&str>> = numeric
        .then_some(None)
        .into_iter()
        .chain(entries.iter().map(|e| {
            Some(match e.message(0) {
                Some(message) => message,
                None if without_messages => e.name.as_str(),
                None => "",
            })
        }))
        .collect();
    // `name()` of a type without `Unknown` (string codes) as `message()`: a `match` up to
    // `MESSAGE_MATCH_UP_TO` entries, which LLVM makes two tables, of addresses and of lengths,
    // as of the hand-written `match` (`alibaba_vod` 11.3 -> 11.6 instructions, the hand-written
    // count, 1.12x -> 1.00x its time). With `Unknown`'s `None` in it, the `match` took longer
    // than the table of `Option`s: `grpc` 13.8 -> 15.6 instructions, 0.38x -> 1.04x.
    let name_match = (!numeric && entries.len() <= MESSAGE_MATCH_UP_TO)
        .then(|| {
            let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
            fact_match(&names, |name, out| {
                out.push_str("__e::Some(");
                name.spell(out);
                out.push(')');
            })
        })
        .flatten();
    let name_body = name_match.unwrap_or_else(|| quote!(TABLES.names[self.index()]));
    let message_match = (entries.len() <= MESSAGE_MATCH_UP_TO)
        .then(|| {
            fact_match(&message_texts, |text, out| match text {
                Some(text) => text.spell(out),
                None => out.push_str("__e::UNKNOWN_MESSAGE"),
            })
        })
        .flatten();
    let message_fn = if let Some(body) = message_match {
        let doc = if without_messages {
            " The message in the catalog's default locale; for an entry whose source gives no \
             message, its name."
        } else {
            " The message in the catalog's default locale."
        };
        quote! {
            #[doc = #doc]
            #[inline]
            #[must_use]
            pub const fn message(&self) -> &'static str {
                #body
            }
        }
    } else if without_messages {
        // A table of its own, so that `message()` stays one read (the names' texts are the
        // same constants, which the linker keeps once).
        let texts = by_position(
            numeric,
            &quote!(__e::UNKNOWN_MESSAGE),
            entries
                .iter()
                .map(|e| e.message(0).unwrap_or(e.name.as_str())),
        );
        quote! {
            /// The message in the catalog's default locale; for an entry whose source gives
            /// no message, its name.
            #[inline]
            #[must_use]
            pub const fn message(&self) -> &'static str {
                const MESSAGES_OR_NAMES: &[&str] = #texts;
                MESSAGES_OR_NAMES[self.index()]
            }
        }
    } else {
        quote! {
            /// The message in the catalog's default locale.
            #[inline]
            #[must_use]
            pub const fn message(&self) -> &'static str {
                TABLES.messages[0][self.index()]
            }
        }
    };

    quote! {
        #(#type_docs)*
        #[derive(
            #private::core::clone::Clone,
            #private::core::marker::Copy,
            #private::core::cmp::PartialEq,
            #private::core::cmp::Eq,
            #private::core::hash::Hash,
        )]
        #(#attrs)*
        #vis enum #ty {
            #unknown_variant
            #variant_declarations
        }

        // The tables and matches below name every variant, deprecated or not.
        #[allow(deprecated)]
        const _: () = {
            // The one name the block imports; every other path starts from it, so that the
            // code means the same whatever the caller's module has in scope.
            use #private as __e;

            #tracking

            /// Definition names in catalog order, then aliases.
            const KEYS: &[&str] = &[#keys_list];

            const TABLES: __e::Tables<#code_ty> = __e::Tables {
                parse_context: __e::ParseContext {
                    type_name: #type_name,
                    code_type: #code_type_name,
                    example_name: #example_name,
                    example_code: #example_code,
                },
                locales: &[#(#locales),*],
                names: #names,
                keys: KEYS,
                codes: &#codes,
                messages: &[#(#messages),*],
                groups: #groups,
                http_status: &#http_status,
                retryable: &#retryable,
                descriptions: #descriptions,
            };

            #find_key
            #code_lookup
            #index_fns

            /// The entry of each name in `TABLES.keys`: every entry in catalog order, then
            /// the entry of each alias.
            const BY_KEY: &[#ty] = &[#by_key];

            /// The name of each variant by position, for `Debug`.
            const VARIANT_NAMES: &[&str] = #variant_names;

            impl #ty {
                /// The entries of the catalog, in catalog order.
                pub const ALL: &'static [Self] = BY_KEY.split_at(#n).0;

                #alias_consts

                /// The variant's position in the tables: 0 for `Unknown`, and 1 + its place in
                /// the catalog for the others (its place, for a type without `Unknown`).
                #[inline]
                const fn index(self) -> usize {
                    #index_body
                }

                /// The vendor's definition name, or `None` for a code the catalog does not
                /// list.
                #[inline]
                #[must_use]
                pub const fn name(&self) -> __e::Option<&'static str> {
                    #name_body
                }

                #message_fn

                /// The message in `locale` (`"zh-CN"` falls back to `"zh"`), or `None` when the
                /// catalog has no message in that locale, the entry has none, or the code is
                /// unknown.
                #[inline]
                #[must_use]
                pub fn message_in(&self, locale: &str) -> __e::Option<&'static str> {
                    // The catalog's own tags first, as rustc compiles a match of strings.
                    let locale = match locale {
                        #(#locales => __e::Some(#locale_indices),)*
                        _ => __e::locale_index(TABLES.locales, locale),
                    };
                    #message_in_lookup
                }

                /// The title of the section of the vendor's page the entry stands in, in the
                /// default locale.
                #[inline]
                #[must_use]
                pub const fn group(&self) -> __e::Option<&'static str> {
                    TABLES.groups[self.index()]
                }

                /// Whether the catalog lists this code.
                #[inline]
                #[must_use]
                pub const fn is_known(&self) -> bool {
                    #is_known
                }

                /// The HTTP status the vendor's service answers this error with, if the
                /// catalog says.
                #[inline]
                #[must_use]
                pub const fn http_status(&self) -> __e::Option<u16> {
                    #http_status_body
                }

                /// Whether the vendor says to try again later; `false` for an unknown code.
                #[inline]
                #[must_use]
                pub const fn is_retryable(&self) -> bool {
                    #retryable_body
                }

                /// The vendor's explanation of the error, beyond its message, if the catalog
                /// has one.
                #[inline]
                #[must_use]
                pub const fn description(&self) -> __e::Option<&'static str> {
                    TABLES.descriptions[self.index()]
                }

                /// The entry with this definition name or alias.
                #[inline]
                #[must_use]
                pub fn from_name(name: &str) -> __e::Option<Self> {
                    find_key(name)
                }
            }

            impl __e::core::error::Error for #ty {}

            impl __e::core::fmt::Debug for #ty {
                /// The variant's name, as a derived `Debug` writes it, with an unknown code in
                /// the catalog's notation.
                fn fmt(&self, f: &mut __e::core::fmt::Formatter<'_>) -> __e::core::fmt::Result {
                    match self {
                        #debug_unknown
                        known => f.write_str(VARIANT_NAMES[known.index()]),
                    }
                }
            }

            #error_code_impl

            #shape_items
        };
    }
}

/// A table indexed by position (see [`position_match`]): `unknown`'s element first when the
/// type has `Unknown`, then one per entry.
fn by_position<T: Spell>(
    has_unknown: bool,
    unknown: &TokenStream,
    items: impl IntoIterator<Item = T>,
) -> TokenStream {
    let items = text::list(items);
    if has_unknown {
        quote!(&[#unknown, #items])
    } else {
        quote!(&[#items])
    }
}

/// Up to this many entries, `message()` is a [`fact_match`].
const MESSAGE_MATCH_UP_TO: usize = 64;

/// Up to this many positions, [`fact_match`] writes a fact as a `match`.
const FACT_MATCH_UP_TO: usize = ONE_MATCH_MAX + 1;

/// A fact of every position (`by_position[p]` for position `p`) as `match self.index() { 0 =>
/// value, 1 => value, … }`, each value written by `spell`; `None` past [`FACT_MATCH_UP_TO`]
/// positions, where the fact is read from its table.
///
/// LLVM turns the `match` into a table too, but a table of what the caller makes of the value,
/// as it does for a hand-written `match` of the variants: `http_status().unwrap_or(1)` summed
/// in a loop becomes one read of a table of `u64`s, where a table of statuses leaves a read, a
/// test and a choice (`synth_100`'s `http_status()` 11.1 instructions against the hand-written
/// 7.2, now 7.2; `scripts/callgrind.sh synth_100 100 http_status`). One arm a position: arms
/// that grouped the positions of a value (`1 | 5 => …`) became a jump table instead, 15.6
/// instructions. The last arm cannot be reached (LLVM knows the range of `index()`, and drops
/// it): one that gave a value let LLVM fold the last position into it, and test for it.
pub(crate) fn fact_match<V: Copy>(
    by_position: &[V],
    spell: impl Fn(V, &mut String),
) -> Option<TokenStream> {
    if by_position.len() > FACT_MATCH_UP_TO {
        return None;
    }
    let arms = text::written(|out| {
        for (position, value) in by_position.iter().enumerate() {
            position.spell(out);
            out.push_str(" => ");
            spell(*value, out);
            out.push(',');
        }
        out.push_str("_ => __e::core::unreachable!(),");
    });
    Some(quote! {
        match self.index() {
            #arms
        }
    })
}

/// A table of optional texts by position (`&[Option<&str>; N]`), `__e::option_texts` of
/// `texts` (an expression of type `&[&str]`) at `at`, the place in `texts` of each entry's text
/// counted from 1, after a `None` for `Unknown` if the type has it.
fn option_texts(
    has_unknown: bool,
    texts: &TokenStream,
    at: impl IntoIterator<Item = Option<usize>>,
) -> TokenStream {
    let (len, at) = text::le_bytes(
        has_unknown
            .then_some(None)
            .into_iter()
            .chain(at)
            .map(|at| u32::try_from(at.unwrap_or(0)).unwrap_or(0)),
    );
    let at = text::written(|out| text::Bytes(&at).spell(out));
    quote!(&__e::option_texts::<#len>(#texts, #at))
}

/// A table of optional texts by position, each distinct text written once (see
/// [`option_texts`]).
fn distinct_texts<'a>(
    has_unknown: bool,
    values: impl IntoIterator<Item = Option<&'a str>>,
) -> TokenStream {
    let mut distinct: Vec<&str> = Vec::new();
    let mut place: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    let at: Vec<Option<usize>> = values
        .into_iter()
        .map(|value| {
            value.map(|text| {
                *place.entry(text).or_insert_with(|| {
                    distinct.push(text);
                    distinct.len()
                })
            })
        })
        .collect();
    let texts = text::list(&distinct);
    option_texts(has_unknown, &quote!(&[#texts]), at)
}

/// The codes of a catalog of integer codes, in catalog order, as an expression of an array
/// that the runtime decodes at compile time (see `text::decoded`); `None` for string codes.
fn int_codes(catalog: &Catalog) -> Option<TokenStream> {
    let ints = catalog.entries.iter().map(|e| match e.code {
        Code::Int(code) => code,
        Code::Text(_) => 0,
    });
    // Each code fits its type: the catalog's checks say so.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    match catalog.code_type {
        CodeType::U16 => Some(text::decoded(ints.map(|c| c as u16))),
        CodeType::U32 => Some(text::decoded(ints.map(|c| c as u32))),
        CodeType::I32 => Some(text::decoded(ints.map(|c| c as i32))),
        CodeType::String => None,
    }
}

/// The declarations of the enum's variants (but `Unknown`), in catalog order: each with its
/// docs, its vendor names for rustdoc's search, and `#[deprecated]` when the vendor
/// deprecated it.
fn variant_declarations(catalog: &Catalog) -> TokenStream {
    text::written(|out| {
        for e in &catalog.entries {
            out.push_str("#[doc = ");
            variant_docs(catalog, e).spell(out);
            out.push(']');
            // rustdoc rejects an alias equal to the item's own name.
            let names = std::iter::once(&e.name)
                .chain(e.aliases.iter().map(|a| &a.name))
                .filter(|name| **name != e.variant);
            for name in names {
                out.push_str("#[doc(alias = ");
                name.spell(out);
                out.push_str(")]");
            }
            write_deprecated(e, out);
            out.push_str(&e.variant);
            out.push(',');
        }
    })
}

/// A constant for each alias whose name differs from its entry's variant (an alias that gives
/// the variant's own name has the variant, and no constant).
fn alias_consts(catalog: &Catalog) -> TokenStream {
    text::written(|out| {
        for e in &catalog.entries {
            for a in e.aliases.iter().filter(|a| a.constant != e.variant) {
                let doc = format!(
                    "`{}`: another name the vendor gives code {}, the same error as [`Self::{}`].",
                    a.name,
                    catalog.format_code(e),
                    e.variant,
                );
                out.push_str("#[doc = ");
                doc.spell(out);
                out.push(']');
                write_deprecated(e, out);
                out.push_str("#[allow(non_upper_case_globals)] pub const ");
                out.push_str(&a.constant);
                out.push_str(": Self = Self::");
                out.push_str(&e.variant);
                out.push(';');
            }
        }
    })
}

/// Above this many entries, `index()` is a chain of `match`es of [`chunk_len`] arms each.
const ONE_MATCH_MAX: usize = 1024;

/// The arms of each `match` of the chain, for `n` entries: about `4 sqrt(n)`, and at least 256.
///
/// Each `match` costs rustc a walk over all `n` variants (to split the wildcard's variants from
/// the arms' and to write the switch), beside the work on its own arms, so a chain of `n / k`
/// `match`es of `k` arms costs about `a n^2 / k + b n k`, least for `k` near `sqrt(a n / b)`.
/// `scripts/rustc_shapes.py --sizes 10000,100000 --only chained` measures it: at 100,000
/// entries, `4 sqrt(n)` arms (1,264) take a third less time than `sqrt(n)` arms did.
fn chunk_len(n: usize) -> usize {
    (4 * n.isqrt()).max(256)
}

/// The body of `index()`, the variant's position in the tables (0 for `Unknown`, 1 + its place
/// in the catalog for the others), and the functions it calls.
///
/// Without `Unknown` (string codes) positions start at 0 and the tables have no element for
/// `Unknown`; the enum has no fields, and past [`ONE_MATCH_MAX`] entries the position is a
/// cast (below, a `match`, which LLVM knows the range of and so drops the tables' bounds checks
/// after it: 4 instructions fewer for `alibaba_vod`'s `name()`).
///
/// With it, `Unknown` is declared first and its payload holds a marker with one valid value
/// (`__private::Unknown`), so rustc stores every other variant in the marker's niche, as the
/// marker values 1, 2, …: the position *is* the marker, and LLVM reduces the `match` to one
/// read of it. That layout also spares rustc a walk over the variants each time it checks an
/// enum value in a constant (`ALL`, `BY_KEY`), which with a tag instead cost `n²` for `n`
/// entries: 0.6 s of a build at 10,000 and seconds more at 20,000.
///
/// rustc checks a `match` of `k` variants of an `n`-variant enum for exhaustiveness in about
/// `k * (k + n)` steps, so one `match` of every variant costs `n²` too (0.45 s at 10,000
/// entries, 16 s at 30,000). Past [`ONE_MATCH_MAX`] entries, `index()` is a chain of `match`es
/// of [`chunk_len`] arms, each ending in `_ =>` the next, which costs `n^1.5` with the length
/// [`chunk_len`] chooses; LLVM folds the chain back into the one read. The variants are named
/// through the type (`E::V`), which rustc resolves by name, rather than `Self::V`, which its
/// type checker finds by a walk over the variants.
fn position_match(ty: &Ident, variants: &[&str], has_unknown: bool) -> (TokenStream, TokenStream) {
    let n = variants.len();
    let type_name = ty.to_string();
    // `E::V => position,` for each of `variants`, the first at `first`.
    let arms = |variants: &[&str], first: usize| {
        text::written(|out| {
            for (position, variant) in (first..).zip(variants) {
                VariantPath(&type_name, variant).spell(out);
                out.push_str(" => ");
                position.spell(out);
                out.push(',');
            }
        })
    };
    if !has_unknown {
        let body = if n <= ONE_MATCH_MAX {
            let arms = arms(variants, 0);
            quote!(match self { #arms })
        } else {
            quote!(self as usize)
        };
        return (body, TokenStream::new());
    }
    if n <= ONE_MATCH_MAX {
        let arms = arms(variants, 1);
        let body = quote! {
            match self {
                #ty::Unknown(_) => 0,
                #arms
            }
        };
        return (body, TokenStream::new());
    }
    let per_chunk = chunk_len(n);
    let chunks: Vec<&[&str]> = variants.chunks(per_chunk).collect();
    let names: Vec<Ident> = (0..chunks.len())
        .map(|c| format_ident!("position_{}", c))
        .collect();
    let fns = chunks
        .iter()
        .zip(&names)
        .enumerate()
        .map(|(c, (chunk, name))| {
            let arms = arms(chunk, c * per_chunk + 1);
            let rest = match names.get(c + 1) {
                Some(next) => quote!(#next(error)),
                None => quote!(0),
            };
            quote! {
                #[inline]
                const fn #name(error: #ty) -> usize {
                    match error {
                        #arms
                        _ => #rest,
                    }
                }
            }
        });
    let first = names.first();
    (quote!(#first(self)), quote!(#(#fns)*))
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
            fn name(&self) -> __e::Option<&'static str> {
                #ty::name(self)
            }
            #[inline]
            fn message(&self) -> &'static str {
                #ty::message(self)
            }
            #[inline]
            fn message_in(&self, locale: &str) -> __e::Option<&'static str> {
                #ty::message_in(self, locale)
            }
            #[inline]
            fn group(&self) -> __e::Option<&'static str> {
                #ty::group(self)
            }
            #[inline]
            fn is_known(&self) -> bool {
                #ty::is_known(self)
            }
            #[inline]
            fn from_name(name: &str) -> __e::Option<Self> {
                #ty::from_name(name)
            }
            #[inline]
            fn http_status(&self) -> __e::Option<u16> {
                #ty::http_status(self)
            }
            #[inline]
            fn is_retryable(&self) -> bool {
                #ty::is_retryable(self)
            }
            #[inline]
            fn description(&self) -> __e::Option<&'static str> {
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
            fn serialize<S: __e::serde::Serializer>(&self, serializer: S) -> __e::Result<S::Ok, S::Error> {
                __e::serialize(self, serializer)
            }
        }

        impl<'de> __e::serde::Deserialize<'de> for #ty {
            fn deserialize<D: __e::serde::Deserializer<'de>>(deserializer: D) -> __e::Result<Self, D::Error> {
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

/// `#[deprecated]`, with the catalog's note if it has one, for a deprecated entry.
fn write_deprecated(entry: &Entry, out: &mut String) {
    match &entry.deprecated {
        None => {}
        Some(Deprecated { note: None }) => out.push_str("#[deprecated]"),
        Some(Deprecated { note: Some(note) }) => {
            out.push_str("#[deprecated(note = ");
            note.spell(out);
            out.push_str(")]");
        }
    }
}

/// The format string that writes a code (an integer) in `notation`, as `Display` does.
pub(crate) fn notation_format(notation: Notation) -> &'static str {
    match notation {
        Notation::Hex => "{:#010X}",
        Notation::Decimal => "{}",
    }
}

/// The format string that writes a code of `catalog` as `Display` does: in hex, four digits for
/// a `u16` code and eight for the others.
pub(crate) fn code_format(catalog: &Catalog) -> &'static str {
    match (catalog.notation, catalog.code_type) {
        (Notation::Hex, CodeType::U16) => "{:#06X}",
        (notation, _) => notation_format(notation),
    }
}

/// The format string that writes a field's value in `notation`: hex without padding.
pub(crate) fn field_format(notation: Notation) -> &'static str {
    match notation {
        Notation::Hex => "{:#X}",
        Notation::Decimal => "{}",
    }
}

#[cfg(test)]
mod tests {
    use proc_macro2::{TokenStream, TokenTree};
    use quote::quote;

    /// The generated code of every bundled catalog, under `#[errcodes(crate = ::sdk::ec)]`.
    fn expansions() -> Vec<TokenStream> {
        errcodes_catalog::BUNDLED
            .iter()
            .map(|(name, _)| {
                crate::error_catalog(
                    quote! {
                        /// Errors.
                        #[errcodes(crate = ::sdk::ec)]
                        pub enum Renamed from #name;
                    },
                    None,
                )
            })
            .collect()
    }

    /// Every `use` declaration in `tokens`, as text.
    fn imports(tokens: TokenStream, found: &mut Vec<String>) {
        let mut tokens = tokens.into_iter();
        while let Some(token) = tokens.next() {
            match token {
                TokenTree::Ident(ident) if ident == "use" => {
                    let rest: Vec<String> = tokens
                        .by_ref()
                        .take_while(|t| t.to_string() != ";")
                        .map(|t| t.to_string())
                        .collect();
                    found.push(rest.join(" "));
                }
                TokenTree::Group(group) => imports(group.stream(), found),
                _ => {}
            }
        }
    }

    #[test]
    fn names_errcodes_by_the_given_path_only() {
        for code in expansions() {
            let code = code.to_string();
            assert!(!code.contains(":: errcodes"), "{code}");
            assert!(code.contains(":: sdk :: ec :: __private"), "{code}");
        }
    }

    #[test]
    fn imports_nothing_but_the_private_module() {
        for code in expansions() {
            let mut found = Vec::new();
            imports(code, &mut found);
            assert!(!found.is_empty());
            for import in found {
                assert_eq!(import, ": : sdk : : ec : : __private as __e");
            }
        }
    }
}
