//! What a catalog of string codes adds: lookup by code string, and parsing that reports an
//! unlisted code with the text itself.

use proc_macro2::TokenStream;
use quote::quote;

use errcodes_catalog::Code;

use crate::expand::{fact_match, serde_impls, Ctx};
use crate::text::Spell;

/// Items for the `const _` block of a catalog of string codes.
pub(crate) fn items(cx: &Ctx<'_>) -> TokenStream {
    let ty = &cx.ty;
    let type_name = ty.to_string();
    let from_str = if cfg!(feature = "alloc") {
        quote! {
            impl __e::core::str::FromStr for #ty {
                type Err = __e::UnknownCode;

                /// The entry whose code, definition name or alias is `text`.
                #[inline]
                fn from_str(text: &str) -> __e::Result<Self, Self::Err> {
                    match Self::from_code(text).or_else(|| Self::from_name(text)) {
                        __e::Some(known) => __e::Ok(known),
                        __e::None => __e::Err(__e::UnknownCode::__new(#type_name, text)),
                    }
                }
            }
        }
    } else {
        quote! {
            __e::core::compile_error!(
                "a catalog of string codes needs the `alloc` feature of errcodes (on by default)"
            );
        }
    };
    let serde = serde_impls(ty, &quote::format_ident!("deserialize_string"));
    // An entry without a message is written `code: NAME`, or `code` alone when its name is
    // its code.
    let padded = |format: &str, args: TokenStream| {
        quote!(__e::write_padded(
            f,
            __e::core::format_args!(#format, #args)
        ))
    };
    let with_message = padded("{}: {}", quote!(self.code(), self.message()));
    let display = if cx.catalog.entries.iter().any(|e| e.messages.is_empty()) {
        let code_alone = padded("{}", quote!(code));
        let with_name = padded("{}: {}", quote!(code, name));
        quote! {
            let (code, name) = (self.code(), TABLES.keys[self.index()]);
            if !TABLES.messages[0][self.index()].is_empty() {
                #with_message
            } else if name == code {
                #code_alone
            } else {
                #with_name
            }
        }
    } else {
        with_message
    };

    // A `match` of the position, as the hand-written `match` of the variants is, which LLVM
    // makes a table of what the caller takes from the text: `sqlstate`'s codes, all five
    // bytes long, become a table of 4-byte offsets and a constant length.
    let codes: Vec<&str> = cx
        .catalog
        .entries
        .iter()
        .map(|e| match &e.code {
            Code::Text(code) => code.as_str(),
            Code::Int(_) => "",
        })
        .collect();
    let code_body =
        fact_match(&codes, Spell::spell).unwrap_or_else(|| quote!(TABLES.codes[self.index()]));

    quote! {
        impl #ty {
            /// The vendor's code of this error.
            #[must_use]
            #[inline]
            pub const fn code(self) -> &'static str {
                #code_body
            }

            /// The entry whose code is `code`, if the catalog lists it.
            #[inline]
            #[must_use]
            pub fn from_code(code: &str) -> __e::Option<Self> {
                match find_code(code) {
                    __e::Some(entry) => __e::Some(Self::ALL[entry]),
                    __e::None => __e::None,
                }
            }
        }

        impl __e::core::fmt::Display for #ty {
            fn fmt(&self, f: &mut __e::core::fmt::Formatter<'_>) -> __e::core::fmt::Result {
                #display
            }
        }

        impl __e::StringErrorCode for #ty {
            #[inline]
            fn from_code(code: &str) -> __e::Option<Self> {
                #ty::from_code(code)
            }
        }

        #from_str
        #serde
    }
}
