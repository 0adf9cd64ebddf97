//! The invocation: a catalog name or path, with or without the caller's own declaration.

use proc_macro2::TokenStream;
use quote::quote;
use syn::parse::{Parse, ParseStream};
use syn::{Attribute, Ident, LitStr, Path, Token, Visibility};

/// What the caller asked for.
pub(crate) struct Input {
    /// Outer attributes and doc comments for the type, without `#[errcodes(…)]`.
    pub(crate) attrs: Vec<Attribute>,
    /// The path of errcodes' `__private` module: `::errcodes::__private`, or under the path
    /// that `#[errcodes(crate = …)]` gives.
    pub(crate) private: TokenStream,
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
                private: quote!(::errcodes::__private),
                vis: Visibility::Public(Token![pub](proc_macro2::Span::call_site())),
                name: None,
                catalog,
            });
        }
        let mut attrs = input.call(Attribute::parse_outer)?;
        let krate = take_crate_path(&mut attrs)?;
        let private = match krate {
            Some(path) => quote!(#path::__private),
            None => quote!(::errcodes::__private),
        };
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
            private,
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

/// Removes the `#[errcodes(…)]` attributes from `attrs`, and gives the path that their
/// `crate = …` sets, if one does. The path is written as a path (`crate = sdk::errcodes`) or,
/// as serde's and strum's attributes take it, as a string (`crate = "sdk::errcodes"`).
fn take_crate_path(attrs: &mut Vec<Attribute>) -> syn::Result<Option<Path>> {
    let mut krate = None;
    let mut result = Ok(());
    attrs.retain(|attr| {
        if !attr.path().is_ident("errcodes") {
            return true;
        }
        let parsed = attr.parse_nested_meta(|meta| {
            if !meta.path.is_ident("crate") {
                return Err(meta.error(
                    "unknown errcodes option: the one option is `crate = path`, the path of \
                     errcodes as this crate sees it, such as `#[errcodes(crate = sdk::errcodes)]`",
                ));
            }
            if krate.is_some() {
                return Err(meta.error("`crate` is set twice: keep one"));
            }
            let value = meta.value()?;
            krate = Some(if value.peek(LitStr) {
                value.parse::<LitStr>()?.parse::<Path>()?
            } else {
                value.parse::<Path>()?
            });
            Ok(())
        });
        if let Err(e) = parsed {
            match &mut result {
                Ok(()) => result = Err(e),
                Err(all) => all.combine(e),
            }
        }
        false
    });
    result.map(|()| krate)
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
    fn crate_path() {
        let input = super::parse(quote! {
            /// Errors.
            #[errcodes(crate = ::sdk::errcodes)]
            #[derive(PartialOrd)]
            pub enum PlayerError from "alibaba_player";
        })
        .unwrap();
        assert_eq!(input.attrs.len(), 2, "#[errcodes] is not passed on");
        assert_eq!(
            input.private.to_string(),
            quote!(::sdk::errcodes::__private).to_string()
        );
        let input = super::parse(quote! {
            #[errcodes(crate = "ec")]
            enum E from "alibaba_player";
        })
        .unwrap();
        assert_eq!(input.private.to_string(), quote!(ec::__private).to_string());
        let input = super::parse(quote!(enum E from "alibaba_player";)).unwrap();
        assert_eq!(
            input.private.to_string(),
            quote!(::errcodes::__private).to_string()
        );
    }

    #[test]
    fn bad_crate_paths_say_what_to_write() {
        for (tokens, expected) in [
            (quote!(#[errcodes(krate = x)]), "unknown errcodes option"),
            (quote!(#[errcodes(crate = x, crate = y)]), "set twice"),
            (quote!(#[errcodes(crate = "not a path")]), "expected"),
            (quote!(#[errcodes(crate)]), "expected `=`"),
        ] {
            let error = super::parse(quote!(#tokens enum E from "alibaba_player";))
                .err()
                .unwrap()
                .to_string();
            assert!(error.contains(expected), "{tokens}: {error}");
        }
    }

    #[test]
    fn rejects_other_input() {
        let error = super::parse(quote!(struct X)).err().unwrap();
        assert!(error.to_string().contains("expected a catalog name"));
        assert!(super::parse(quote!("a" "b")).is_err());
        assert!(super::parse(quote!(enum X "a")).is_err());
    }
}
