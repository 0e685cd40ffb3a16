//! The user's error enum, when its variants carry data, and its impls: each
//! method goes through `kind()`, the code enum's value of the variant, so the
//! code table stays the one place a code's facts are.
//!
//! Like the code table, every outside item is named by an absolute path, so
//! the output compiles under `#![no_std]` and `#![no_implicit_prelude]`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Fields, Ident, Type};

use super::{format_body, without_cfg};
use crate::fmt::{self, Trait};
use crate::model::{ErrorEnum, Model, Shown, Variant};

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
    // No `Debug`: as in thiserror, the user derives it, above or below the attribute.
    quote! {
        #(#attrs)*
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

/// The pattern of a variant binding every field, by its own name or as
/// `_0`, `_1`, ..., the locals a message's format string and its shorthand name.
fn fields_pattern(variant: &Variant<'_>) -> TokenStream {
    let ident = &variant.entry.ident;
    let members = fmt::members(&variant.entry.fields);
    let bindings = members.iter().map(|member| &member.binding);
    match &variant.entry.fields {
        Fields::Named(_) => quote!(Self::#ident { #(#bindings),* }),
        Fields::Unnamed(_) => quote!(Self::#ident(#(#bindings),*)),
        Fields::Unit => quote!(Self::#ident),
    }
}

/// A field as a member of a struct-like pattern: its name, or its index.
fn member(variant: &Variant<'_>, index: usize) -> TokenStream {
    let field = variant.entry.fields.iter().nth(index);
    field.and_then(|field| field.ident.as_ref()).map_or_else(
        || {
            let index = syn::Index::from(index);
            quote!(#index)
        },
        |ident| quote!(#ident),
    )
}

/// Bounds a generic enum's impl needs, inferred from how its fields are
/// used, as thiserror infers them: only for fields whose type names a type
/// parameter.
struct InferredBounds<'a> {
    params: Vec<&'a Ident>,
    predicates: Vec<TokenStream>,
}

impl<'a> InferredBounds<'a> {
    fn new(generics: &'a syn::Generics) -> Self {
        Self {
            params: generics.type_params().map(|param| &param.ident).collect(),
            predicates: Vec::new(),
        }
    }

    fn insert(&mut self, ty: &Type, bound: &TokenStream) {
        if self.params.is_empty() || !self.names_in(&quote!(#ty)) {
            return;
        }
        let predicate = quote!(#ty: #bound);
        if !self
            .predicates
            .iter()
            .any(|known| known.to_string() == predicate.to_string())
        {
            self.predicates.push(predicate);
        }
    }

    fn names_in(&self, tokens: &TokenStream) -> bool {
        tokens.clone().into_iter().any(|token| match token {
            proc_macro2::TokenTree::Ident(ident) => self.params.contains(&&ident),
            proc_macro2::TokenTree::Group(group) => self.names_in(&group.stream()),
            _ => false,
        })
    }

    /// The user's `where` clause with these predicates added.
    fn where_clause(&self, generics: &syn::Generics) -> TokenStream {
        let own = generics
            .where_clause
            .as_ref()
            .map(|clause| clause.predicates.iter().collect::<Vec<_>>())
            .unwrap_or_default();
        let predicates = &self.predicates;
        if own.is_empty() && predicates.is_empty() {
            return TokenStream::new();
        }
        quote!(where #(#own,)* #(#predicates,)*)
    }
}

fn field_type<'v>(variant: &Variant<'v>, index: usize) -> Option<&'v Type> {
    variant
        .entry
        .fields
        .iter()
        .nth(index)
        .map(|field| &field.ty)
}

fn display_impl(model: &Model<'_>, data: &ErrorEnum<'_>) -> TokenStream {
    // Without a message anywhere, `Display` is the user's; with a mistake in
    // the enum, one is written all the same, so that the mistake is the only
    // error (an enum with mistakes rarely has its own `Display` yet).
    if !data.display && model.clean {
        return TokenStream::new();
    }
    let (ident, private) = (&model.input.ident, &model.private);
    let (impl_generics, ty_generics, _) = data.generics.split_for_impl();
    let mut bounds = InferredBounds::new(data.generics);
    let mut as_display = false;
    let arms: Vec<TokenStream> = data
        .variants
        .iter()
        .map(|variant| {
            // With mistakes, nothing is interpolated, so nothing is asked of the fields' types.
            let shown = variant.shown.as_ref().filter(|_| model.clean);
            let body = match shown {
                Some(Shown::Text(text)) => quote!(__formatter.write_str(#text)),
                Some(Shown::Format { rendered, args }) => {
                    as_display |= rendered.has_bonus_display;
                    for &(field, kind) in &rendered.implied_bounds {
                        if let Some(ty) = field_type(variant, field) {
                            bounds.insert(ty, &kind.path());
                        }
                    }
                    format_body(rendered, args, &format_ident!("__formatter"))
                }
                Some(Shown::Transparent) => {
                    let binding = &fmt::members(&variant.entry.fields)[0].binding;
                    if let Some(ty) = field_type(variant, 0) {
                        bounds.insert(ty, &Trait::Display.path());
                    }
                    quote!(::core::fmt::Display::fmt(#binding, __formatter))
                }
                Some(Shown::Fmt(path)) => {
                    let bindings = fmt::members(&variant.entry.fields)
                        .into_iter()
                        .map(|member| member.binding);
                    quote!(#path(#(#bindings,)* __formatter))
                }
                None => {
                    // The code table's text: the description's first sentence.
                    let text = variant
                        .row
                        .and_then(|row| model.rows.get(row))
                        .and_then(|row| row.display.text())
                        .unwrap_or_default();
                    quote!(__formatter.write_str(#text))
                }
            };
            let pattern = fields_pattern(variant);
            quote!(#pattern => #body)
        })
        .collect();
    let where_clause = bounds.where_clause(data.generics);
    let use_as_display = as_display.then(|| quote!(use #private::AsDisplay as _;));
    quote! {
        #[automatically_derived]
        #[allow(deprecated, unused_qualifications)]
        impl #impl_generics ::core::fmt::Display for #ident #ty_generics #where_clause {
            fn fmt(&self, __formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #use_as_display
                #[allow(unused_variables, deprecated, clippy::used_underscore_binding)]
                match self {
                    #(#arms,)*
                }
            }
        }
    }
}

/// Whether a type is `Option<..>`, as a source that may be missing is written.
fn is_option(ty: &Type) -> bool {
    let Type::Path(path) = ty else {
        return false;
    };
    let Some(last) = path.path.segments.last() else {
        return false;
    };
    last.ident == "Option" && matches!(last.arguments, syn::PathArguments::AngleBracketed(_))
}

/// `T` of `Option<T>`; the type itself otherwise.
fn unoptional(ty: &Type) -> &Type {
    if let Type::Path(path) = ty
        && let Some(last) = path.path.segments.last()
        && last.ident == "Option"
        && let syn::PathArguments::AngleBracketed(arguments) = &last.arguments
        && let Some(syn::GenericArgument::Type(inner)) = arguments.args.first()
    {
        return inner;
    }
    ty
}

fn error_impl(model: &Model<'_>, data: &ErrorEnum<'_>) -> TokenStream {
    let ident = &model.input.ident;
    let private = &model.private;
    let (impl_generics, ty_generics, _) = data.generics.split_for_impl();
    let mut bounds = InferredBounds::new(data.generics);
    let arms: Vec<TokenStream> = data
        .variants
        .iter()
        // With mistakes there is no source, so nothing is asked of the fields' types.
        .filter(|_| model.clean)
        .filter_map(|variant| {
            let name = &variant.entry.ident;
            if let Some(Shown::Transparent) = &variant.shown {
                let ty = field_type(variant, 0)?;
                bounds.insert(ty, &quote!(::core::error::Error));
                let member = member(variant, 0);
                // The binding is named outside the spanned call, so that the
                // pattern and the call agree whatever the hygiene of the type's span.
                let transparent = format_ident!("transparent");
                let call = quote_spanned! {ty.span()=>
                    ::core::error::Error::source(#transparent.as_dyn_error())
                };
                return Some(quote!(Self::#name { #member: #transparent, .. } => #call));
            }
            let field = variant.source?;
            let ty = field_type(variant, field)?;
            bounds.insert(unoptional(ty), &quote!(::core::error::Error + 'static));
            let member = member(variant, field);
            let source = format_ident!("source");
            // A field that is no error is reported at its type.
            let call = if is_option(ty) {
                quote_spanned!(ty.span()=> #source.as_ref()?.as_dyn_error())
            } else {
                quote_spanned!(ty.span()=> #source.as_dyn_error())
            };
            Some(quote! {
                Self::#name { #member: #source, .. } => ::core::option::Option::Some(#call)
            })
        })
        .collect();
    if !data.generics.params.is_empty() && data.generics.type_params().next().is_some() {
        bounds
            .predicates
            .push(quote!(Self: ::core::fmt::Debug + ::core::fmt::Display));
    }
    let where_clause = bounds.where_clause(data.generics);
    if arms.is_empty() {
        return quote! {
            #[automatically_derived]
            #[allow(deprecated)]
            impl #impl_generics ::core::error::Error for #ident #ty_generics #where_clause {}
        };
    }
    let rest =
        (arms.len() < data.variants.len()).then(|| quote!(_ => ::core::option::Option::None,));
    quote! {
        #[automatically_derived]
        #[allow(deprecated)]
        impl #impl_generics ::core::error::Error for #ident #ty_generics #where_clause {
            fn source(&self) -> ::core::option::Option<&(dyn ::core::error::Error + 'static)> {
                use #private::AsDynError as _;
                #[allow(deprecated)]
                match self {
                    #(#arms,)*
                    #rest
                }
            }
        }
    }
}

fn coded_impl(model: &Model<'_>, data: &ErrorEnum<'_>) -> TokenStream {
    let (ident, code) = (&model.input.ident, &model.table.ident);
    let krate = &model.krate;
    let (impl_generics, ty_generics, _) = data.generics.split_for_impl();
    // `CodedError: Display`, which a generic enum has only under the bounds
    // its messages need.
    let mut bounds = InferredBounds::new(data.generics);
    if data.generics.type_params().next().is_some() {
        bounds.predicates.push(quote!(Self: ::core::fmt::Display));
    }
    let where_clause = bounds.where_clause(data.generics);
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

/// `From` the only field of each variant marked `#[from]`; `From<T>` for a
/// field of `Option<T>`, as thiserror does.
fn from_impls(model: &Model<'_>, data: &ErrorEnum<'_>) -> Vec<TokenStream> {
    let ident = &model.input.ident;
    let (impl_generics, ty_generics, where_clause) = data.generics.split_for_impl();
    data.variants
        .iter()
        .filter(|variant| variant.from)
        .filter_map(|variant| {
            let ty = field_type(variant, 0)?;
            let from = unoptional(ty);
            let name = &variant.entry.ident;
            let member = member(variant, 0);
            let source = format_ident!("source");
            let value = if is_option(ty) {
                quote!(::core::option::Option::Some(#source))
            } else {
                quote!(#source)
            };
            // `Self::V(x)`, not `Self::V { 0: x }`, which clippy flags in the user's crate.
            let built = if matches!(variant.entry.fields, Fields::Unnamed(_)) {
                quote!(Self::#name(#value))
            } else {
                quote!(Self::#name { #member: #value })
            };
            // Spanned on the type, so that two `#[from]` of one type get
            // rustc's "conflicting implementations" at both of them.
            Some(quote_spanned! {ty.span()=>
                #[automatically_derived]
                #[allow(deprecated)]
                impl #impl_generics ::core::convert::From<#from> for #ident #ty_generics #where_clause {
                    #[inline]
                    fn from(#source: #from) -> Self {
                        #built
                    }
                }
            })
        })
        .collect()
}
