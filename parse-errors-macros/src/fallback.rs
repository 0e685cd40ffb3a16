//! What a table with mistakes expands to: its errors, plus a stand-in enum.
//!
//! The stand-in keeps every name the user wrote, so code elsewhere in the crate
//! that names the table or its entries still resolves, and the user sees the
//! table's own errors rather than a cascade of "cannot find type" ones.

use std::collections::HashSet;

use darling::Error;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::ast::Table;
use crate::valid::BASE_VARIANT;

pub fn table(table: &Table, errors: Vec<Error>) -> TokenStream {
    let errors = Error::multiple(errors).write_errors();
    let (attrs, vis, ident) = (&table.attrs, &table.vis, &table.ident);
    let mut seen = HashSet::new();
    let variants = table
        .entries
        .iter()
        .filter(|entry| entry.attr.alias.is_none() && seen.insert(entry.ident.to_string()))
        .map(|entry| {
            let (attrs, variant) = (&entry.attrs, &entry.ident);
            quote!(#(#attrs)* #variant)
        });
    let base = table
        .args
        .as_ref()
        .and_then(|args| args.extends.as_ref())
        .map(|base| {
            let variant = format_ident!("{}", BASE_VARIANT);
            quote!(#variant(#base),)
        });
    quote! {
        #errors
        #(#attrs)*
        #vis enum #ident {
            #(#variants,)*
            #base
        }
    }
}

/// The input is not a table at all: report why and give the item back unchanged.
pub fn item(input: TokenStream, error: Error) -> TokenStream {
    let mut output = error.write_errors();
    output.extend(input);
    output
}
