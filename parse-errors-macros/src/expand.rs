//! Writes a checked table out as Rust: the enum, its category enum, and their impls.
//!
//! The generated code names every outside item by an absolute path (`::core::...`,
//! the runtime crate's `__private` module, even primitive types), so it compiles
//! under `#![no_std]`, `#![no_implicit_prelude]` and next to user items called
//! `Option`, `str` or `core`.
//!
//! A table that extends another gets one more variant, `Base(BaseTable)`, for
//! the base's codes; its lookups fall through to the base, and const items make
//! the compiler check its codes against the base's, across crates.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::Path;
use syn::spanned::Spanned;

use crate::attr::path_text;
use crate::layout::{Layout, code_literal};
use crate::model::{Model, Role, Row};
use crate::valid::BASE_VARIANT;

pub fn table(model: &Model<'_>) -> TokenStream {
    let enum_item = enum_item(model);
    let layout = Layout::of(model);
    let inherent = inherent_impl(model, &layout);
    let traits = trait_impls(model);
    let categories = category_enum(model);
    let base_checks = base_checks(model);
    quote! {
        #enum_item
        #inherent
        #traits
        #categories
        #base_checks
    }
}

/// The traits a generated enum derives; `Ord` too when the derived order is the
/// order of the codes (a table of its own, a category enum).
fn derives(ord: bool) -> TokenStream {
    let ord = ord.then(|| quote!(::core::cmp::PartialOrd, ::core::cmp::Ord,));
    quote! {
        #[derive(
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            #ord
            ::core::hash::Hash,
            ::core::fmt::Debug,
        )]
    }
}

fn enum_item(model: &Model<'_>) -> TokenStream {
    let table = model.table;
    let (attrs, vis, ident) = (&table.attrs, &table.vis, &table.ident);
    let variants = model.variants().map(|(_, row)| {
        let entry = row.entry;
        let (attrs, variant) = (&entry.attrs, &entry.ident);
        let code_alias = row.code.to_string();
        // A table of its own is `#[repr(i32)]` with each code its discriminant;
        // one with a `Base(..)` variant cannot be, so its codes live in `code()`.
        let discriminant = match model.base {
            None => entry.code.as_ref().map(|code| {
                let expr = &code.expr;
                quote!(= #expr)
            }),
            Some(_) => None,
        };
        quote! {
            #(#attrs)*
            #[doc(alias = #code_alias)]
            #variant #discriminant
        }
    });
    let (repr, base_variant) = match model.base {
        // An enum without variants cannot have a `repr`; only the stand-in
        // of an empty table has none, and `self as i32` still compiles there.
        None if model.variants().next().is_none() => (None, None),
        None => (Some(quote!(#[repr(i32)])), None),
        Some(base) => {
            let doc = format!(" A code of the base table, [`{}`].", path_text(base));
            let variant = format_ident!("{}", BASE_VARIANT);
            (None, Some(quote!(#[doc = #doc] #variant(#base),)))
        }
    };
    let derives = derives(model.base.is_none());
    quote! {
        #(#attrs)*
        #derives
        #repr
        #vis enum #ident {
            #(#variants,)*
            #base_variant
        }
    }
}

fn inherent_impl(model: &Model<'_>, layout: &Layout) -> TokenStream {
    let ident = &model.table.ident;
    let consts = table_consts(model);
    let alias_consts = model.rows.iter().filter_map(|row| alias_const(model, row));
    let lookups = lookups(model, layout);
    let name_lookups = name_lookups(model);
    let accessors = accessors(model);
    let taken = taken_message(model);
    // A table of its own finds its codes through arrays; one with a base, by `match`.
    let layout = model.base.is_none().then(|| layout.lookup_items(model));
    quote! {
        #[allow(dead_code)]
        impl #ident {
            #consts
            #(#alias_consts)*
            #lookups
            #name_lookups
            #accessors
            #taken
            #layout
        }
    }
}

/// `ALL`, `COUNT` and `ENTRIES`: the table as data.
fn table_consts(model: &Model<'_>) -> TokenStream {
    let private = private(model);
    let count = Literal::usize_unsuffixed(model.variants().count());
    let all = model.variants().map(|(_, row)| &row.entry.ident);
    // Each row is a struct literal: one aggregate value apiece, the cheapest
    // thing for the compiler to check in a table of thousands of rows.
    let entries = model.rows.iter().map(|row| {
        let name = &row.entry.name;
        let code = code_literal(row.code);
        let description = row.description;
        let alias = row.role != Role::Canonical;
        let (title, client_only) = match (row.category, model.base) {
            (Some(index), _) => {
                let category = &model.categories[index];
                let (title, client_only) = (&category.title, category.client_only);
                (quote!(#title), quote!(#client_only))
            }
            // An alias of a base code is in the base code's category.
            (None, Some(base)) => {
                let base_entry = quote! {
                    match #base::from_code(#code) {
                        ::core::option::Option::Some(found) => found.entry(),
                        ::core::option::Option::None => &#private::Entry {
                            name: "", code: 0, description: "", category: "", client_only: false, alias: false,
                        },
                    }
                };
                (quote!(#base_entry.category), quote!(#base_entry.client_only))
            }
            (None, None) => (quote!(""), quote!(false)),
        };
        quote! {
            #private::Entry {
                name: #name,
                code: #code,
                description: #description,
                category: #title,
                client_only: #client_only,
                alias: #alias,
            }
        }
    });
    let all_doc = if model.base.is_none() {
        quote!(#[doc = " Every code of the table once, in table order: one variant per code."])
    } else {
        quote! {
            #[doc = " Every code of this table's own once, in table order: one variant per code."]
            #[doc = " The base table's codes are in its own `ALL`."]
        }
    };
    quote! {
        #all_doc
        pub const ALL: &'static [Self] = &[#(Self::#all),*];

        /// The number of distinct codes in [`ALL`](Self::ALL).
        pub const COUNT: ::core::primitive::usize = #count;

        /// Every row of the table in table order, the other names of shared codes included.
        pub const ENTRIES: &'static [#private::Entry] = &[#(#entries),*];
    }
}

fn alias_const(model: &Model<'_>, row: &Row<'_>) -> Option<TokenStream> {
    let (attrs, name) = (&row.entry.attrs, &row.entry.ident);
    let code_alias = row.code.to_string();
    let (note, value) = match (row.role, model.base) {
        (Role::Canonical, _) | (Role::BaseAlias, None) => return None,
        (Role::Alias(canonical), _) => {
            let canonical = &model.rows[canonical].entry.ident;
            let note = format!(
                " Another name of code {}: equal to [`{canonical}`](Self::{canonical}).",
                row.code
            );
            (note, quote!(Self::#canonical))
        }
        (Role::BaseAlias, Some(base)) => {
            let base_name = path_text(base);
            let note = format!(
                " Another name of code {} of the base table, [`{base_name}`].",
                row.code
            );
            let code = code_literal(row.code);
            let missing = missing_base_code_message(model, row, base);
            let variant = format_ident!("{}", BASE_VARIANT);
            let value = quote! {
                Self::#variant(match #base::from_code(#code) {
                    ::core::option::Option::Some(found) => found,
                    ::core::option::Option::None => ::core::panic!(#missing),
                })
            };
            (note, value)
        }
    };
    Some(quote! {
        #(#attrs)*
        #[doc = ""]
        #[doc = #note]
        #[doc(alias = #code_alias)]
        #[allow(non_upper_case_globals)]
        pub const #name: Self = #value;
    })
}

/// From a code to a variant, and back.
fn lookups(model: &Model<'_>, layout: &Layout) -> TokenStream {
    let private = private(model);
    let base_variant = format_ident!("{}", BASE_VARIANT);
    let code_body = if model.base.is_none() {
        quote!(self as ::core::primitive::i32)
    } else {
        let arms = model.variants().map(|(_, row)| {
            let (variant, code) = (&row.entry.ident, code_literal(row.code));
            quote!(Self::#variant => #code)
        });
        quote! {
            match self {
                #(#arms,)*
                Self::#base_variant(base) => base.code(),
            }
        }
    };
    let (code_lookup, entry_body) = match model.base {
        None => (
            layout.code_lookup(model),
            quote! {
                &Self::ENTRIES[Self::__PARSE_ERRORS_ROWS[self.__parse_errors_index()] as ::core::primitive::usize]
            },
        ),
        Some(base) => {
            let from_code = model.variants().map(|(_, row)| {
                let variant = &row.entry.ident;
                let code = code_literal(row.code);
                quote!(#code => ::core::option::Option::Some(Self::#variant))
            });
            let row_of = model.variants().map(|(index, row)| {
                let variant = &row.entry.ident;
                let index = Literal::usize_unsuffixed(index);
                quote!(Self::#variant => &Self::ENTRIES[#index])
            });
            let in_base = in_base(&quote!(#base::from_code(code)));
            (
                quote! {
                    match code {
                        #(#from_code,)*
                        _ => #in_base,
                    }
                },
                quote! {
                    match self {
                        #(#row_of,)*
                        Self::#base_variant(base) => base.entry(),
                    }
                },
            )
        }
    };
    quote! {
        /// The code, as Parse sends it on the wire.
        #[inline]
        #[must_use]
        pub const fn code(self) -> ::core::primitive::i32 {
            #code_body
        }

        /// The table's value for a code, or `None` when the table does not know it.
        #[inline]
        #[must_use]
        pub const fn from_code(code: ::core::primitive::i32) -> ::core::option::Option<Self> {
            #code_lookup
        }

        /// The canonical row of this code in the table's `ENTRIES`.
        #[inline]
        #[must_use]
        pub const fn entry(self) -> &'static #private::Entry {
            #entry_body
        }
    }
}

/// From a name, canonical or alias, to a variant.
fn name_lookups(model: &Model<'_>) -> TokenStream {
    let private = private(model);
    let str = quote!(::core::primitive::str);
    // Every name is a variant or an associated const of the table. The const of
    // an alias of a base code panics when the base lacks the code; that is
    // reported once, by `base_checks`, so this lookup does not use it.
    let from_name = model.rows.iter().map(|row| {
        let (name, item) = (&row.entry.name, &row.entry.ident);
        if let (Role::BaseAlias, Some(base)) = (row.role, model.base) {
            let code = code_literal(row.code);
            let in_base = in_base(&quote!(#base::from_code(#code)));
            quote!(#name => #in_base)
        } else {
            quote!(#name => ::core::option::Option::Some(Self::#item))
        }
    });
    let (name_fallback, loose_fallback) = match model.base {
        None => (
            quote!(::core::option::Option::None),
            quote!(::core::option::Option::None),
        ),
        Some(base) => (
            in_base(&quote!(#base::from_name(name))),
            in_base(&quote!(#base::from_name_loose(name))),
        ),
    };
    quote! {
        /// The table's value for a name, canonical or alias; exact and case-sensitive.
        #[inline]
        #[must_use]
        pub fn from_name(name: &#str) -> ::core::option::Option<Self> {
            match name {
                #(#from_name,)*
                _ => #name_fallback,
            }
        }

        /// The table's value for a name in any ASCII case, with or without
        /// underscores: `OBJECT_NOT_FOUND` finds `ObjectNotFound`. An exact name
        /// is found as fast as by `from_name`; any other spelling takes a scan
        /// of `ENTRIES`.
        #[must_use]
        pub fn from_name_loose(name: &#str) -> ::core::option::Option<Self> {
            if let ::core::option::Option::Some(found) = Self::from_name(name) {
                return ::core::option::Option::Some(found);
            }
            match ::core::iter::Iterator::find(&mut Self::ENTRIES.iter(), |row| {
                #private::same_name_loosely(row.name, name)
            }) {
                ::core::option::Option::Some(row) => Self::from_code(row.code),
                ::core::option::Option::None => #loose_fallback,
            }
        }
    }
}

/// A lookup in the base table, its answer wrapped in the `Base` variant.
fn in_base(lookup: &TokenStream) -> TokenStream {
    let base_variant = format_ident!("{}", BASE_VARIANT);
    quote! {
        match #lookup {
            ::core::option::Option::Some(base) => ::core::option::Option::Some(Self::#base_variant(base)),
            ::core::option::Option::None => ::core::option::Option::None,
        }
    }
}

/// What the table says of a code: its name, description and category.
fn accessors(model: &Model<'_>) -> TokenStream {
    let private = private(model);
    let category_enum = &model.category_enum;
    let str = quote!(::core::primitive::str);
    let base_variant = format_ident!("{}", BASE_VARIANT);
    let category_arms = model
        .categories
        .iter()
        .enumerate()
        .filter_map(|(index, category)| {
            let variants: Vec<_> = model
                .variants()
                .filter(|(_, row)| row.category == Some(index))
                .map(|(_, row)| &row.entry.ident)
                .collect();
            let category = category.ident;
            (!variants.is_empty())
                .then(|| quote!(#(Self::#variants)|* => #category_enum::#category))
        });
    let category_body = if model.base.is_none() {
        quote!(Self::__PARSE_ERRORS_CATEGORIES[self.__parse_errors_index()])
    } else {
        let category_arms = category_arms.collect::<Vec<_>>();
        quote! {
            match self {
                #(#category_arms,)*
                Self::#base_variant(base) => #category_enum::#base_variant(base.category()),
            }
        }
    };
    let entries_body = if model.base.is_none() {
        quote! {
            let canonical = self.entry();
            ::core::iter::Iterator::chain(
                ::core::iter::once(canonical),
                ::core::iter::Iterator::filter(Self::ENTRIES.iter(), move |entry| {
                    entry.alias && entry.code == canonical.code
                }),
            )
        }
    } else {
        quote! {
            let code = self.code();
            let (base, own) = match self {
                Self::#base_variant(base) => (::core::option::Option::Some(base.entries()), ::core::option::Option::None),
                _ => (::core::option::Option::None, ::core::option::Option::Some(self.entry())),
            };
            ::core::iter::Iterator::chain(
                ::core::iter::Iterator::chain(
                    ::core::iter::Iterator::flatten(::core::iter::IntoIterator::into_iter(base)),
                    own,
                ),
                ::core::iter::Iterator::filter(Self::ENTRIES.iter(), move |entry| {
                    entry.alias && entry.code == code
                }),
            )
        }
    };
    quote! {
        /// The canonical name of this code.
        #[inline]
        #[must_use]
        pub const fn name(self) -> &'static #str {
            self.entry().name
        }

        /// What the code means: the first paragraph of the canonical entry's doc comment.
        #[inline]
        #[must_use]
        pub const fn description(self) -> &'static #str {
            self.entry().description
        }

        /// The category the table lists this code under.
        #[inline]
        #[must_use]
        pub const fn category(self) -> #category_enum {
            #category_body
        }

        /// Whether this code only ever comes from a client, never from a server.
        #[inline]
        #[must_use]
        pub const fn is_client_only(self) -> ::core::primitive::bool {
            self.category().is_client_only()
        }

        /// Every row of this code: its canonical name first, then its aliases, in table order.
        pub fn entries(self) -> impl ::core::iter::Iterator<Item = &'static #private::Entry> {
            #entries_body
        }
    }
}

/// The sentence a table that extends this one shows when it reuses one of its
/// codes: a `const` panic can only show a ready `&'static str`.
fn taken_message(model: &Model<'_>) -> TokenStream {
    let table_name = &model.table.name;
    let arms = model.variants().map(|(_, row)| {
        let variant = &row.entry.ident;
        let message = format!(
            "code {} is already `{}` in `{table_name}`: make this entry another name of it with \
             `#[entry(alias)]`, or give it a code of its own",
            row.code, row.entry.name
        );
        quote!(Self::#variant => #message)
    });
    let base_variant = format_ident!("{}", BASE_VARIANT);
    let base_arm = model
        .base
        .map(|_| quote!(Self::#base_variant(base) => base.__parse_errors_code_taken(),));
    quote! {
        // Called only by the const checks of tables that extend this one: as
        // `#[inline]`, it is compiled to machine code nowhere.
        #[doc(hidden)]
        #[must_use]
        #[inline]
        pub const fn __parse_errors_code_taken(self) -> &'static ::core::primitive::str {
            match self {
                #(#arms,)*
                #base_arm
            }
        }
    }
}

fn trait_impls(model: &Model<'_>) -> TokenStream {
    let ident = &model.table.ident;
    let private = private(model);
    let table_name = &model.table.name;
    let category_enum = &model.category_enum;
    let base_variant = format_ident!("{}", BASE_VARIANT);
    let display_body = if model.base.is_none() {
        quote!(f.write_str(Self::__PARSE_ERRORS_DISPLAY[self.__parse_errors_index()]))
    } else {
        let own = model.variants().map(|(_, row)| {
            let variant = &row.entry.ident;
            let text = &row.display;
            quote!(Self::#variant => f.write_str(#text))
        });
        quote! {
            match self {
                #(#own,)*
                Self::#base_variant(base) => ::core::fmt::Display::fmt(base, f),
            }
        }
    };
    let extension = model.base.map(|base| extension_impls(model, base));
    quote! {
        #[automatically_derived]
        impl ::core::fmt::Display for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #display_body
            }
        }

        #[automatically_derived]
        impl ::core::error::Error for #ident {}

        #[automatically_derived]
        impl #private::ErrorTable for #ident {
            type Category = #category_enum;
            const NAME: &'static ::core::primitive::str = #table_name;
            const ENTRIES: &'static [#private::Entry] = Self::ENTRIES;

            #[inline]
            fn code(self) -> ::core::primitive::i32 {
                Self::code(self)
            }

            #[inline]
            fn from_code(code: ::core::primitive::i32) -> ::core::option::Option<Self> {
                Self::from_code(code)
            }

            #[inline]
            fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
                Self::from_name(name)
            }

            #[inline]
            fn from_name_loose(name: &::core::primitive::str) -> ::core::option::Option<Self> {
                Self::from_name_loose(name)
            }

            #[inline]
            fn name(self) -> &'static ::core::primitive::str {
                Self::name(self)
            }

            #[inline]
            fn description(self) -> &'static ::core::primitive::str {
                Self::description(self)
            }

            #[inline]
            fn category(self) -> #category_enum {
                Self::category(self)
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<#ident> for ::core::primitive::i32 {
            #[inline]
            fn from(code: #ident) -> Self {
                code.code()
            }
        }

        #[automatically_derived]
        impl ::core::convert::TryFrom<::core::primitive::i32> for #ident {
            type Error = #private::UnknownCodeError;

            #[inline]
            fn try_from(code: ::core::primitive::i32) -> ::core::result::Result<Self, Self::Error> {
                match Self::from_code(code) {
                    ::core::option::Option::Some(found) => ::core::result::Result::Ok(found),
                    ::core::option::Option::None => {
                        ::core::result::Result::Err(#private::UnknownCodeError::new(code, #table_name))
                    }
                }
            }
        }

        #[automatically_derived]
        impl ::core::str::FromStr for #ident {
            type Err = #private::ParseNameError;

            fn from_str(name: &::core::primitive::str) -> ::core::result::Result<Self, Self::Err> {
                match Self::from_name(name) {
                    ::core::option::Option::Some(found) => ::core::result::Result::Ok(found),
                    ::core::option::Option::None => ::core::result::Result::Err(
                        #private::ParseNameError::new(name, #table_name, Self::ENTRIES),
                    ),
                }
            }
        }

        #extension
    }
}

/// What a table that extends another has besides: `From` its base, and an
/// order by code, which the derived order (by variant) would not be.
fn extension_impls(model: &Model<'_>, base: &Path) -> TokenStream {
    let ident = &model.table.ident;
    let base_variant = format_ident!("{}", BASE_VARIANT);
    quote! {
        #[automatically_derived]
        impl ::core::convert::From<#base> for #ident {
            #[inline]
            fn from(base: #base) -> Self {
                Self::#base_variant(base)
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialOrd for #ident {
            #[inline]
            fn partial_cmp(&self, other: &Self) -> ::core::option::Option<::core::cmp::Ordering> {
                ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
            }
        }

        #[automatically_derived]
        impl ::core::cmp::Ord for #ident {
            /// By code, as the table's own codes and the base's are never the same.
            #[inline]
            fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
                ::core::cmp::Ord::cmp(&self.code(), &other.code())
            }
        }
    }
}

fn category_enum(model: &Model<'_>) -> TokenStream {
    let table = &model.table.ident;
    let private = private(model);
    let vis = &model.table.vis;
    let ident = &model.category_enum;
    let derives = derives(true);
    let base_variant = format_ident!("{}", BASE_VARIANT);
    let doc =
        format!(" The categories of [`{table}`]: the sections its table groups the codes in.");
    let variants = model.categories.iter().map(|category| {
        let doc = format!(" {}", category.title);
        let variant = category.ident;
        quote! {
            #[doc = #doc]
            #variant
        }
    });
    let base_category = model.base.map(|base| {
        let doc = format!(" A category of the base table, [`{}`].", path_text(base));
        quote!(#[doc = #doc] #base_variant(<#base as #private::ErrorTable>::Category),)
    });
    let names = model.categories.iter().map(|category| category.ident);
    let titles = model.categories.iter().map(|category| {
        let (variant, title) = (category.ident, &category.title);
        quote!(Self::#variant => #title)
    });
    let title_of_base = model
        .base
        .map(|_| quote!(Self::#base_variant(category) => category.title(),));
    let is_client_only = is_client_only_body(model);
    let all_doc = match model.base {
        None => quote!(#[doc = " Every category, in the order the table declares them."]),
        Some(_) => {
            quote!(#[doc = " Every category of this table's own, in the order it declares them."])
        }
    };
    quote! {
        #[doc = #doc]
        #derives
        #vis enum #ident {
            #(#variants,)*
            #base_category
        }

        #[allow(dead_code)]
        impl #ident {
            #all_doc
            pub const ALL: &'static [Self] = &[#(Self::#names),*];

            /// The title of the category, exactly as the table writes it.
            #[inline]
            #[must_use]
            pub const fn title(self) -> &'static ::core::primitive::str {
                match self {
                    #(#titles,)*
                    #title_of_base
                }
            }

            /// Whether the codes of this category only ever come from a client.
            #[inline]
            #[must_use]
            pub const fn is_client_only(self) -> ::core::primitive::bool {
                #is_client_only
            }

            /// The codes of the table's own in this category, in table order.
            pub fn codes(self) -> impl ::core::iter::Iterator<Item = #table> {
                ::core::iter::Iterator::filter(
                    ::core::iter::Iterator::copied(#table::ALL.iter()),
                    move |code| code.category() == self,
                )
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Display for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.title())
            }
        }

        #[automatically_derived]
        impl #private::ErrorCategory for #ident {
            #[inline]
            fn title(self) -> &'static ::core::primitive::str {
                Self::title(self)
            }

            #[inline]
            fn is_client_only(self) -> ::core::primitive::bool {
                Self::is_client_only(self)
            }
        }
    }
}

/// The body of a category enum's `is_client_only`: a `matches!` of the
/// client-only categories, after the base's answer for its own.
fn is_client_only_body(model: &Model<'_>) -> TokenStream {
    let base_variant = format_ident!("{}", BASE_VARIANT);
    let client_only: Vec<_> = model
        .categories
        .iter()
        .filter(|category| category.client_only)
        .map(|category| category.ident)
        .collect();
    match (model.base, client_only.is_empty()) {
        (None, false) => quote!(::core::matches!(self, #(Self::#client_only)|*)),
        (None, true) => quote! {
            let _ = self;
            false
        },
        (Some(_), false) => quote! {
            match self {
                Self::#base_variant(category) => category.is_client_only(),
                own => ::core::matches!(own, #(Self::#client_only)|*),
            }
        },
        (Some(_), true) => quote! {
            match self {
                Self::#base_variant(category) => category.is_client_only(),
                _ => false,
            }
        },
    }
}

/// Const items that make the compiler check a table's codes against its base's,
/// wherever the base is defined: a table's own code must not be a base code,
/// and an alias of a base code must name one the base has. Each check is a
/// const of its own, spanned on its entry's code, so each mistake is reported.
fn base_checks(model: &Model<'_>) -> TokenStream {
    let Some(base) = model.base else {
        return TokenStream::new();
    };
    let checks = model.rows.iter().filter_map(|row| {
        let checked = row
            .entry
            .code
            .as_ref()
            .filter(|code| code.checked_against_base)?;
        let code = code_literal(row.code);
        let span = checked.expr.span();
        match row.role {
            Role::Canonical => Some(quote_spanned! {span=>
                const _: () = if let ::core::option::Option::Some(taken) = #base::from_code(#code) {
                    ::core::panic!("{}", taken.__parse_errors_code_taken())
                };
            }),
            Role::BaseAlias => {
                let missing = missing_base_code_message(model, row, base);
                Some(quote_spanned! {span=>
                    const _: () = if #base::from_code(#code).is_none() {
                        ::core::panic!(#missing)
                    };
                })
            }
            Role::Alias(_) => None,
        }
    });
    quote!(#(#checks)*)
}

fn missing_base_code_message(model: &Model<'_>, row: &Row<'_>, base: &Path) -> String {
    format!(
        "`{}` is an alias of code {}, but neither `{}` nor its base `{}` has that code: \
         remove `alias` to make it a code of `{}`'s own, or fix the code",
        row.entry.name,
        row.code,
        model.table.name,
        path_text(base),
        model.table.name
    )
}

fn private(model: &Model<'_>) -> TokenStream {
    let krate = &model.krate;
    quote!(#krate::__private)
}
