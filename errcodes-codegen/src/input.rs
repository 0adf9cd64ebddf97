//! The invocation: a catalog name or path, with or without the caller's own declaration.

use proc_macro2::TokenStream;
use syn::parse::{Parse, ParseStream};
use syn::{Attribute, Ident, LitStr, Token, Visibility};

/// What the caller asked for.
pub(crate) struct Input {
    /// Outer attributes and doc comments for the type.
    pub(crate) attrs: Vec<Attribute>,
    /// The type's visibility: `pub` in the short form.
    pub(crate) vis: Visibility,
    /// The type's name, if the caller chose one.
    pub(crate) name: Option<Ident>,
    /// The catalog name or path, as written.
    pub(crate) catalog: LitStr,
}

mod kw {
    syn::custom_keyword!(from);
}

impl Parse for Input {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        if input.peek(LitStr) {
            let catalog = input.parse()?;
            input.parse::<Option<Token![;]>>()?;
            nothing_more(input)?;
            return Ok(Self {
                attrs: Vec::new(),
                vis: Visibility::Public(Token![pub](proc_macro2::Span::call_site())),
                name: None,
                catalog,
            });
        }
        let attrs = input.call(Attribute::parse_outer)?;
        let vis = input.parse()?;
        input.parse::<Token![enum]>().map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected a catalog name such as \"alibaba_player\", or a declaration such as \
                 `pub enum PlayerError from \"alibaba_player\";`",
            )
        })?;
        let name: Ident = input.parse()?;
        input.parse::<kw::from>().map_err(|e| {
            syn::Error::new(
                e.span(),
                format!(
                    "expected `from` and the catalog, as in `enum {name} from \"alibaba_player\";`"
                ),
            )
        })?;
        let catalog = input.parse().map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected the catalog's name or path as a string literal, such as \"alibaba_player\"",
            )
        })?;
        input.parse::<Option<Token![;]>>()?;
        nothing_more(input)?;
        Ok(Self {
            attrs,
            vis,
            name: Some(name),
            catalog,
        })
    }
}

/// An error at what follows the invocation's end, if anything does.
fn nothing_more(input: ParseStream<'_>) -> syn::Result<()> {
    if input.is_empty() {
        return Ok(());
    }
    Err(input.error(
        "unexpected tokens after the catalog: the macro takes one catalog, as in \
         `error_catalog!(\"alibaba_player\")`; call it once for each catalog",
    ))
}

/// Parses the macro's input.
pub(crate) fn parse(tokens: TokenStream) -> syn::Result<Input> {
    syn::parse2(tokens)
}

#[cfg(test)]
mod tests {
    use quote::quote;

    #[test]
    fn short_form() {
        let input = super::parse(quote!("alibaba_player")).unwrap();
        assert_eq!(input.catalog.value(), "alibaba_player");
        assert!(input.name.is_none());
        assert!(matches!(input.vis, syn::Visibility::Public(_)));
    }

    #[test]
    fn long_form() {
        let input = super::parse(quote! {
            /// Errors of the player.
            #[derive(PartialOrd)]
            pub(crate) enum PlayerError from "alibaba_player";
        })
        .unwrap();
        assert_eq!(input.attrs.len(), 2);
        assert_eq!(input.name.unwrap().to_string(), "PlayerError");
        assert!(matches!(input.vis, syn::Visibility::Restricted(_)));
    }

    #[test]
    fn rejects_other_input() {
        let error = super::parse(quote!(struct X)).err().unwrap();
        assert!(error.to_string().contains("expected a catalog name"));
        assert!(super::parse(quote!("a" "b")).is_err());
        assert!(super::parse(quote!(enum X "a")).is_err());
    }
}
