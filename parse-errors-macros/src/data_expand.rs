//! Writes out the user's enum of an enum whose variants carry data, and its
//! impls: each method goes through `kind()`, the code enum's value of the
//! variant, so the code table stays the one place a code's facts are.
//!
//! Like `expand.rs`, every outside item is named by an absolute path, so the
//! output compiles under `#![no_std]` and `#![no_implicit_prelude]`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Fields, Ident, LitStr, Path};

use crate::data::{DataEnum, DataVariant};
use crate::model::Model;

/// The names the user's enum's impls refer to.
pub struct Names<'a> {
    /// The runtime crate, `::parse_errors` unless renamed.
    pub krate: &'a Path,
    /// The category enum of the code table.
    pub category: &'a Ident,
}

/// The user's enum and its impls. `model` is the checked code table; without
/// one (the table has mistakes, reported already) the output is a stand-in
/// with the same API, so the rest of the crate gets no follow-on errors.
pub fn data_enum(data: &DataEnum, names: &Names<'_>, model: Option<&Model<'_>>) -> TokenStream {
    let item = enum_item(data);
    let inherent = inherent_impl(data, names, model);
    let display = display_impl(data, model);
    let error = error_impl(data, names, model);
    let coded = coded_impl(data, names);
    let froms = from_impls(data);
    quote! {
        #item
        #inherent
        #display
        #error
        #coded
        #(#froms)*
    }
}

fn enum_item(data: &DataEnum) -> TokenStream {
    let (attrs, vis, ident) = (&data.attrs, &data.vis, &data.ident);
    let (generics, where_clause) = (&data.generics, &data.generics.where_clause);
    let variants = data.variants.iter().map(|variant| {
        let (attrs, ident, fields) = (&variant.attrs, &variant.ident, &variant.fields);
        quote!(#(#attrs)* #ident #fields)
    });
    quote! {
        #(#attrs)*
        #[derive(::core::fmt::Debug)]
        #vis enum #ident #generics #where_clause {
            #(#variants,)*
        }
    }
}

fn inherent_impl(data: &DataEnum, names: &Names<'_>, model: Option<&Model<'_>>) -> TokenStream {
    let (ident, code) = (&data.ident, &data.code_ident);
    let category = names.category;
    let str = quote!(::core::primitive::str);
    let kind_body = if model.is_some() {
        let arms = data.variants.iter().map(|variant| {
            let variant = &variant.ident;
            quote!(Self::#variant { .. } => #code::#variant)
        });
        quote!(match self { #(#arms,)* })
    } else {
        // The stand-in of a code table with mistakes may lack a name the user
        // wrote; this body never runs, as the crate does not compile.
        quote!(::core::panic!(
            "the table has mistakes, reported at compile time"
        ))
    };
    let kind_doc = format!(" The code of this error, as a value of [`{code}`].");
    let (impl_generics, ty_generics, where_clause) = data.generics.split_for_impl();
    quote! {
        #[allow(dead_code)]
        impl #impl_generics #ident #ty_generics #where_clause {
            #[doc = #kind_doc]
            #[inline]
            #[must_use]
            pub const fn kind(&self) -> #code {
                #kind_body
            }

            /// The code, as Parse sends it on the wire.
            #[inline]
            #[must_use]
            pub const fn code(&self) -> ::core::primitive::i32 {
                self.kind().code()
            }

            /// The canonical name of this error's code.
            #[inline]
            #[must_use]
            pub const fn name(&self) -> &'static #str {
                self.kind().name()
            }

            /// What the code means: the first paragraph of its canonical entry's doc comment.
            #[inline]
            #[must_use]
            pub const fn description(&self) -> &'static #str {
                self.kind().description()
            }

            /// The category the table lists this error's code under.
            #[inline]
            #[must_use]
            pub const fn category(&self) -> #category {
                self.kind().category()
            }

            /// Whether this error's code only ever comes from a client, never from a server.
            #[inline]
            #[must_use]
            pub const fn is_client_only(&self) -> ::core::primitive::bool {
                self.kind().is_client_only()
            }
        }
    }
}

/// A pattern of the variant binding the fields in `used` (by index), and
/// ignoring the rest.
fn pattern(variant: &DataVariant, used: &[usize]) -> TokenStream {
    let ident = &variant.ident;
    match &variant.fields {
        Fields::Unit => quote!(Self::#ident),
        _ if used.is_empty() => quote!(Self::#ident { .. }),
        Fields::Named(named) => {
            let bound = used.iter().map(|&index| {
                let field = named.named[index]
                    .ident
                    .as_ref()
                    .expect("a named field has a name");
                let binding = variant.binding(index);
                if binding == *field {
                    quote!(#field)
                } else {
                    quote!(#field: #binding)
                }
            });
            let rest = (used.len() < named.named.len()).then(|| quote!(..));
            quote!(Self::#ident { #(#bound,)* #rest })
        }
        Fields::Unnamed(unnamed) => {
            let last = used.iter().copied().max().unwrap_or(0);
            let slots = (0..=last).map(|index| {
                if used.contains(&index) {
                    let binding = variant.binding(index);
                    quote!(#binding)
                } else {
                    quote!(_)
                }
            });
            let rest = (last + 1 < unnamed.unnamed.len()).then(|| quote!(, ..));
            quote!(Self::#ident(#(#slots),* #rest))
        }
    }
}

fn display_impl(data: &DataEnum, model: Option<&Model<'_>>) -> TokenStream {
    let ident = &data.ident;
    let (impl_generics, ty_generics, where_clause) = data.generics.split_for_impl();
    let arms = data.variants.iter().enumerate().map(|(index, variant)| {
        // A stand-in shows nothing, so it asks nothing of the fields' types.
        let display = variant.display.as_ref().filter(|_| model.is_some());
        let Some((format, span)) = display else {
            // The description's first sentence, as the code enum shows it; in
            // a stand-in, nothing.
            let text = model
                .and_then(|model| model.rows.get(index))
                .map_or_else(String::new, |row| row.display.clone());
            let pattern = pattern(variant, &[]);
            return quote!(#pattern => __formatter.write_str(#text));
        };
        if let Some(text) = format.plain_text() {
            let pattern = pattern(variant, &[]);
            return quote!(#pattern => __formatter.write_str(#text));
        }
        let mut used: Vec<usize> = format
            .args()
            .filter_map(|arg| variant.field_of(arg))
            .collect();
        used.sort_unstable();
        used.dedup();
        let rewritten = format.rewrite(|arg| {
            variant
                .field_of(arg)
                .map_or_else(|| arg.written(), |field| variant.binding(field).to_string())
        });
        let literal = LitStr::new(&rewritten, *span);
        let pattern = pattern(variant, &used);
        quote!(#pattern => ::core::write!(__formatter, #literal))
    });
    quote! {
        #[automatically_derived]
        impl #impl_generics ::core::fmt::Display for #ident #ty_generics #where_clause {
            fn fmt(&self, __formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match self {
                    #(#arms,)*
                }
            }
        }
    }
}

fn error_impl(data: &DataEnum, names: &Names<'_>, model: Option<&Model<'_>>) -> TokenStream {
    let ident = &data.ident;
    let private = private(names);
    let (impl_generics, ty_generics, where_clause) = data.generics.split_for_impl();
    let with_source: Vec<TokenStream> = data
        .variants
        .iter()
        // A stand-in has no source, so it asks nothing of the fields' types.
        .filter(|_| model.is_some())
        .filter_map(|variant| {
            let field = variant.source?;
            let pattern = pattern(variant, &[field]);
            let binding = variant.binding(field);
            // A field that is no error is reported at its type.
            let ty = &variant.fields.iter().nth(field)?.ty;
            let call = quote_spanned!(ty.span()=> #binding.as_dyn_error());
            Some(quote! {
                #pattern => {
                    use #private::AsDynError as _;
                    ::core::option::Option::Some(#call)
                }
            })
        })
        .collect();
    if with_source.is_empty() {
        // Only a stand-in has generics: it asks of them what `Error` asks.
        let bound = (!data.generics.params.is_empty()).then(|| {
            let predicate = quote!(#ident #ty_generics: ::core::fmt::Debug);
            match where_clause {
                Some(clause) if !clause.predicates.is_empty() => quote!(, #predicate),
                Some(_) => predicate,
                None => quote!(where #predicate),
            }
        });
        return quote! {
            #[automatically_derived]
            impl #impl_generics ::core::error::Error for #ident #ty_generics #where_clause #bound {}
        };
    }
    let rest = (with_source.len() < data.variants.len())
        .then(|| quote!(_ => ::core::option::Option::None,));
    quote! {
        #[automatically_derived]
        impl #impl_generics ::core::error::Error for #ident #ty_generics #where_clause {
            fn source(&self) -> ::core::option::Option<&(dyn ::core::error::Error + 'static)> {
                match self {
                    #(#with_source,)*
                    #rest
                }
            }
        }
    }
}

fn coded_impl(data: &DataEnum, names: &Names<'_>) -> TokenStream {
    let (ident, code) = (&data.ident, &data.code_ident);
    let krate = names.krate;
    let (impl_generics, ty_generics, where_clause) = data.generics.split_for_impl();
    quote! {
        #[automatically_derived]
        impl #impl_generics #krate::CodedError for #ident #ty_generics #where_clause {
            type Table = #code;

            #[inline]
            fn kind(&self) -> #code {
                Self::kind(self)
            }

            #[inline]
            fn code(&self) -> ::core::primitive::i32 {
                Self::code(self)
            }
        }
    }
}

/// `From` the only field of each variant marked `#[from]`.
fn from_impls(data: &DataEnum) -> Vec<TokenStream> {
    let ident = &data.ident;
    let (impl_generics, ty_generics, where_clause) = data.generics.split_for_impl();
    data.variants
        .iter()
        .filter(|variant| variant.from)
        .filter_map(|variant| {
            let field = variant.fields.iter().next()?;
            let ty = &field.ty;
            let name = &variant.ident;
            let source = format_ident!("source");
            let value = field.ident.as_ref().map_or_else(
                || quote!(Self::#name(#source)),
                |field| quote!(Self::#name { #field: #source }),
            );
            Some(quote! {
                #[automatically_derived]
                impl #impl_generics ::core::convert::From<#ty> for #ident #ty_generics #where_clause {
                    #[inline]
                    fn from(#source: #ty) -> Self {
                        #value
                    }
                }
            })
        })
        .collect()
}

fn private(names: &Names<'_>) -> TokenStream {
    let krate = names.krate;
    quote!(#krate::__private)
}
