//! The user's error enum, when its variants carry data, and its impls: each
//! method goes through `kind()`, the code enum's value of the variant, so the
//! code table stays the one place a code's facts are.
//!
//! Like the code table, every outside item is named by an absolute path, so
//! the output compiles under `#![no_std]` and `#![no_implicit_prelude]`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::ext::IdentExt;
use syn::spanned::Spanned;
use syn::{Fields, Ident, LitStr};

use super::without_cfg;
use crate::fmt::Arg;
use crate::model::{ErrorEnum, Model, Variant};

/// The user's enum and its impls. In a model with mistakes (reported
/// already) the format strings and the sources are not written out, since
/// they ask things of the fields' types: the API is the same, so the rest of
/// the crate gets no follow-on errors.
pub fn error_enum(model: &Model<'_>, data: &ErrorEnum<'_>) -> TokenStream {
    let item = enum_item(model, data);
    let inherent = inherent_impl(model, data);
    let display = display_impl(model, data);
    let error = error_impl(model, data);
    let coded = coded_impl(model, data);
    let froms = from_impls(model, data);
    // The body Parse Server writes, when the runtime crate has its `serde` feature.
    let serde = {
        let (private, ident) = (&model.private, &model.input.ident);
        let (impl_generics, ty_generics, where_clause) = data.generics.split_for_impl();
        quote!(#private::serde_coded_error!({#impl_generics} {#ident #ty_generics} {#where_clause});)
    };
    quote! {
        #item
        #inherent
        #display
        #error
        #coded
        #(#froms)*
        #serde
    }
}

fn enum_item(model: &Model<'_>, data: &ErrorEnum<'_>) -> TokenStream {
    let input = model.input;
    let (attrs, vis, ident) = (&data.attrs, &input.vis, &input.ident);
    let (generics, where_clause) = (data.generics, &data.generics.where_clause);
    let variants = data.variants.iter().map(|variant| {
        let entry = variant.entry;
        let attrs = without_cfg(&entry.attrs);
        let (ident, fields) = (&entry.ident, &entry.fields);
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

fn inherent_impl(model: &Model<'_>, data: &ErrorEnum<'_>) -> TokenStream {
    let (ident, code) = (&model.input.ident, &model.table.ident);
    let category = &model.category_enum;
    let str = quote!(::core::primitive::str);
    let kind_body = if model.clean {
        let arms = data.variants.iter().map(|variant| {
            let variant = &variant.entry.ident;
            quote!(Self::#variant { .. } => #code::#variant)
        });
        quote!(match self { #(#arms,)* })
    } else {
        // The repaired code table may lack a name the user wrote; this body
        // never runs, as the crate does not compile.
        quote!(::core::panic!(
            "the table has mistakes, reported at compile time"
        ))
    };
    let kind_doc = format!(" The code of this error, as a value of [`{code}`].");
    let (impl_generics, ty_generics, where_clause) = data.generics.split_for_impl();
    quote! {
        #[allow(dead_code, deprecated)]
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

            /// Whether this error may pass with time, so that a retry can help:
            /// `retry` on its code's entry or category.
            #[inline]
            #[must_use]
            pub const fn is_retryable(&self) -> ::core::primitive::bool {
                self.kind().is_retryable()
            }
        }
    }
}

/// The binding of field `index` in a pattern: the field's own name, or
/// `field_N` for a tuple field and for a raw identifier (`r#type`).
fn binding(variant: &Variant<'_>, index: usize) -> Ident {
    match &variant.entry.fields {
        Fields::Named(named) => {
            let ident = named.named[index]
                .ident
                .as_ref()
                .expect("a named field has a name");
            let plain = ident.unraw();
            if plain == *ident {
                ident.clone()
            } else {
                format_ident!("field_{}", plain, span = ident.span())
            }
        }
        _ => format_ident!("field_{}", index),
    }
}

fn field_of(variant: &Variant<'_>, arg: &Arg) -> Option<usize> {
    crate::valid::field_of(variant.entry, arg)
}

/// A pattern of the variant binding the fields in `used` (by index), and
/// ignoring the rest.
fn pattern(variant: &Variant<'_>, used: &[usize]) -> TokenStream {
    let ident = &variant.entry.ident;
    match &variant.entry.fields {
        Fields::Unit => quote!(Self::#ident),
        _ if used.is_empty() => quote!(Self::#ident { .. }),
        Fields::Named(named) => {
            let bound = used.iter().map(|&index| {
                let field = named.named[index]
                    .ident
                    .as_ref()
                    .expect("a named field has a name");
                let binding = binding(variant, index);
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
                    let binding = binding(variant, index);
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

fn display_impl(model: &Model<'_>, data: &ErrorEnum<'_>) -> TokenStream {
    let ident = &model.input.ident;
    let (impl_generics, ty_generics, where_clause) = data.generics.split_for_impl();
    let arms = data.variants.iter().map(|variant| {
        // With mistakes, nothing is interpolated, so nothing is asked of the fields' types.
        let Some(format) = variant.format.as_ref().filter(|_| model.clean) else {
            // The description's first sentence, as the code enum shows it.
            let text = variant
                .row
                .and_then(|row| model.rows.get(row))
                .map_or_else(String::new, |row| row.display.clone());
            let pattern = pattern(variant, &[]);
            return quote!(#pattern => __formatter.write_str(#text));
        };
        let span = variant
            .entry
            .attr
            .display
            .as_ref()
            .map_or_else(proc_macro2::Span::call_site, LitStr::span);
        if let Some(text) = format.plain_text() {
            let pattern = pattern(variant, &[]);
            return quote!(#pattern => __formatter.write_str(#text));
        }
        let mut used: Vec<usize> = format
            .args()
            .filter_map(|arg| field_of(variant, arg))
            .collect();
        used.sort_unstable();
        used.dedup();
        let rewritten = format.rewrite(|arg| {
            field_of(variant, arg).map_or_else(
                || arg.written(),
                |field| binding(variant, field).to_string(),
            )
        });
        let literal = LitStr::new(&rewritten, span);
        let pattern = pattern(variant, &used);
        quote!(#pattern => ::core::write!(__formatter, #literal))
    });
    quote! {
        #[automatically_derived]
        #[allow(deprecated)]
        impl #impl_generics ::core::fmt::Display for #ident #ty_generics #where_clause {
            fn fmt(&self, __formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match self {
                    #(#arms,)*
                }
            }
        }
    }
}

fn error_impl(model: &Model<'_>, data: &ErrorEnum<'_>) -> TokenStream {
    let ident = &model.input.ident;
    let private = &model.private;
    let (impl_generics, ty_generics, where_clause) = data.generics.split_for_impl();
    let with_source: Vec<TokenStream> = data
        .variants
        .iter()
        // With mistakes there is no source, so nothing is asked of the fields' types.
        .filter(|_| model.clean)
        .filter_map(|variant| {
            let field = variant.source?;
            let pattern = pattern(variant, &[field]);
            let binding = binding(variant, field);
            // A field that is no error is reported at its type.
            let ty = &variant.entry.fields.iter().nth(field)?.ty;
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
        // Only an enum with mistakes has generics: it asks of them what `Error` asks.
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
            #[allow(deprecated)]
            impl #impl_generics ::core::error::Error for #ident #ty_generics #where_clause #bound {}
        };
    }
    let rest = (with_source.len() < data.variants.len())
        .then(|| quote!(_ => ::core::option::Option::None,));
    quote! {
        #[automatically_derived]
        #[allow(deprecated)]
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

fn coded_impl(model: &Model<'_>, data: &ErrorEnum<'_>) -> TokenStream {
    let (ident, code) = (&model.input.ident, &model.table.ident);
    let krate = &model.krate;
    let (impl_generics, ty_generics, where_clause) = data.generics.split_for_impl();
    quote! {
        #[automatically_derived]
        #[allow(deprecated)]
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
fn from_impls(model: &Model<'_>, data: &ErrorEnum<'_>) -> Vec<TokenStream> {
    let ident = &model.input.ident;
    let (impl_generics, ty_generics, where_clause) = data.generics.split_for_impl();
    data.variants
        .iter()
        .filter(|variant| variant.from)
        .filter_map(|variant| {
            let field = variant.entry.fields.iter().next()?;
            let ty = &field.ty;
            let name = &variant.entry.ident;
            let source = format_ident!("source");
            let value = field.ident.as_ref().map_or_else(
                || quote!(Self::#name(#source)),
                |field| quote!(Self::#name { #field: #source }),
            );
            // Spanned on the type, so that two `#[from]` of one type get
            // rustc's "conflicting implementations" at both of them.
            Some(quote_spanned! {ty.span()=>
                #[automatically_derived]
                #[allow(deprecated)]
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
