//! What the macro writes when it fails: the errors, and an empty stand-in for the type so that
//! the caller's uses of it do not each add an error of their own.

use proc_macro2::TokenStream;
use quote::quote;
use syn::Ident;

use crate::input::Input;

/// The errors, and the type declared as an empty enum when its name is known: the caller's, or
/// `catalog_type_name`, read from a catalog that did not pass its checks.
pub(crate) fn expand(
    input: &Input,
    catalog_type_name: Option<&str>,
    error: &syn::Error,
) -> TokenStream {
    let error = error.to_compile_error();
    let name = input.name.clone().or_else(|| {
        let name = catalog_type_name?;
        syn::parse_str::<Ident>(name)
            .ok()
            .map(|_| Ident::new(name, input.catalog.span()))
    });
    let vis = &input.vis;
    let stand_in = name.map(|name| {
        quote! {
            #[allow(missing_docs, dead_code)]
            #vis enum #name {}
        }
    });
    quote!(#error #stand_in)
}
