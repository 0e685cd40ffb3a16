//! Writes a checked table out as Rust: the enum, its category enum, and their impls.
//!
//! The generated code names every outside item by an absolute path (`::core::...`,
//! the runtime crate's `__private` module, even primitive types), so it compiles
//! under `#![no_std]`, `#![no_implicit_prelude]` and next to user items called
//! `Option`, `str` or `core`.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::valid::{Model, Row};

pub fn table(model: &Model<'_>) -> TokenStream {
    let enum_item = enum_item(model);
    let inherent = inherent_impl(model);
    let traits = trait_impls(model);
    let categories = category_enum(model);
    quote! {
        #enum_item
        #inherent
        #traits
        #categories
    }
}

/// The traits every table enum and category enum derives.
fn derives() -> TokenStream {
    quote! {
        #[derive(
            ::core::clone::Clone,
            ::core::marker::Copy,
            ::core::cmp::PartialEq,
            ::core::cmp::Eq,
            ::core::cmp::PartialOrd,
            ::core::cmp::Ord,
            ::core::hash::Hash,
            ::core::fmt::Debug,
        )]
    }
}

fn enum_item(model: &Model<'_>) -> TokenStream {
    let table = model.table;
    let (attrs, vis, ident) = (&table.attrs, &table.vis, &table.ident);
    let derives = derives();
    let variants = model.variants().map(|(_, row)| {
        let entry = row.entry;
        let (attrs, variant) = (&entry.attrs, &entry.ident);
        let code = entry.code.as_ref().map(|code| &code.expr);
        let alias = row.code.to_string();
        quote! {
            #(#attrs)*
            #[doc(alias = #alias)]
            #variant = #code
        }
    });
    quote! {
        #(#attrs)*
        #derives
        #[repr(i32)]
        #vis enum #ident {
            #(#variants,)*
        }
    }
}

fn inherent_impl(model: &Model<'_>) -> TokenStream {
    let ident = &model.table.ident;
    let consts = table_consts(model);
    let alias_consts = model.rows.iter().filter_map(|row| alias_const(model, row));
    let lookups = lookups(model);
    let accessors = accessors(model);
    quote! {
        #[allow(dead_code)]
        impl #ident {
            #consts
            #(#alias_consts)*
            #lookups
            #accessors
        }
    }
}

/// `ALL`, `COUNT` and `ENTRIES`: the table as data.
fn table_consts(model: &Model<'_>) -> TokenStream {
    let private = private(model);
    let count = Literal::usize_unsuffixed(model.variants().count());
    let all = model.variants().map(|(_, row)| &row.entry.ident);
    let entries = model.rows.iter().map(|row| {
        let name = &row.entry.name;
        let code = code_literal(row.code);
        let description = row.description;
        let category = &model.categories[row.category];
        let title = &category.title;
        let client_only = category.client_only;
        let alias = row.is_alias();
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
    quote! {
        /// Every code of the table once, in table order: one variant per code.
        pub const ALL: &'static [Self] = &[#(Self::#all),*];

        /// The number of distinct codes in the table: the length of [`ALL`](Self::ALL).
        pub const COUNT: ::core::primitive::usize = #count;

        /// Every row of the table in table order, the other names of shared codes included.
        pub const ENTRIES: &'static [#private::Entry] = &[#(#entries),*];
    }
}

/// From a code or a name to a variant, and back.
fn lookups(model: &Model<'_>) -> TokenStream {
    let private = private(model);
    let str = quote!(::core::primitive::str);
    let row_of = model.variants().map(|(index, row)| {
        let variant = &row.entry.ident;
        let index = Literal::usize_unsuffixed(index);
        quote!(Self::#variant => #index)
    });
    let from_code = model.variants().map(|(_, row)| {
        let variant = &row.entry.ident;
        let code = code_literal(row.code);
        quote!(#code => ::core::option::Option::Some(Self::#variant))
    });
    let from_name = model.rows.iter().map(|row| {
        let name = &row.entry.name;
        let variant = &canonical(model, row).entry.ident;
        quote!(#name => ::core::option::Option::Some(Self::#variant))
    });
    quote! {
        /// The code, as Parse sends it on the wire.
        #[inline]
        #[must_use]
        pub const fn code(self) -> ::core::primitive::i32 {
            self as ::core::primitive::i32
        }

        /// The variant of a code, or `None` when the table does not know it.
        #[inline]
        #[must_use]
        pub const fn from_code(code: ::core::primitive::i32) -> ::core::option::Option<Self> {
            match code {
                #(#from_code,)*
                _ => ::core::option::Option::None,
            }
        }

        /// The code of a name, canonical or alias; exact and case-sensitive.
        #[must_use]
        pub fn from_name(name: &#str) -> ::core::option::Option<Self> {
            match name {
                #(#from_name,)*
                _ => ::core::option::Option::None,
            }
        }

        /// The canonical row of this code in [`ENTRIES`](Self::ENTRIES).
        #[inline]
        #[must_use]
        pub const fn entry(self) -> &'static #private::Entry {
            &Self::ENTRIES[match self {
                #(#row_of,)*
            }]
        }
    }
}

/// What the table says of a code: its name, description and category.
fn accessors(model: &Model<'_>) -> TokenStream {
    let private = private(model);
    let category_enum = &model.category_enum;
    let str = quote!(::core::primitive::str);
    let category_arms = model
        .categories
        .iter()
        .enumerate()
        .filter_map(|(index, category)| {
            let variants: Vec<_> = model
                .variants()
                .filter(|(_, row)| row.category == index)
                .map(|(_, row)| &row.entry.ident)
                .collect();
            let category = category.ident;
            (!variants.is_empty())
                .then(|| quote!(#(Self::#variants)|* => #category_enum::#category))
        });
    quote! {
        /// The canonical name of this code: the variant's name.
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
            match self {
                #(#category_arms,)*
            }
        }

        /// Whether this code only ever comes from a client, never from a server.
        #[inline]
        #[must_use]
        pub const fn is_client_only(self) -> ::core::primitive::bool {
            self.category().is_client_only()
        }

        /// Every row of this code in [`ENTRIES`](Self::ENTRIES): its canonical name
        /// first, then its aliases, in table order.
        pub fn entries(self) -> impl ::core::iter::Iterator<Item = &'static #private::Entry> {
            let canonical = self.entry();
            ::core::iter::Iterator::chain(
                ::core::iter::once(canonical),
                ::core::iter::Iterator::filter(Self::ENTRIES.iter(), move |entry| {
                    entry.alias && entry.code == canonical.code
                }),
            )
        }
    }
}

fn alias_const(model: &Model<'_>, row: &Row<'_>) -> Option<TokenStream> {
    let canonical = &canonical(model, row).entry.ident;
    row.canonical?;
    let (attrs, name) = (&row.entry.attrs, &row.entry.ident);
    let note = format!(
        " Another name of code {}: equal to [`{canonical}`](Self::{canonical}).",
        row.code
    );
    let code = row.code.to_string();
    Some(quote! {
        #(#attrs)*
        #[doc = ""]
        #[doc = #note]
        #[doc(alias = #code)]
        #[allow(non_upper_case_globals)]
        pub const #name: Self = Self::#canonical;
    })
}

fn trait_impls(model: &Model<'_>) -> TokenStream {
    let ident = &model.table.ident;
    let private = private(model);
    let table_name = &model.table.name;
    let category_enum = &model.category_enum;
    let display = model.variants().map(|(_, row)| {
        let variant = &row.entry.ident;
        let text = &row.display;
        quote!(Self::#variant => #text)
    });
    quote! {
        impl ::core::fmt::Display for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(match self {
                    #(#display,)*
                })
            }
        }

        impl ::core::error::Error for #ident {}

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

        impl ::core::convert::From<#ident> for ::core::primitive::i32 {
            #[inline]
            fn from(code: #ident) -> Self {
                code.code()
            }
        }

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
    }
}

fn category_enum(model: &Model<'_>) -> TokenStream {
    let table = &model.table.ident;
    let private = private(model);
    let vis = &model.table.vis;
    let ident = &model.category_enum;
    let derives = derives();
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
    let names = model.categories.iter().map(|category| category.ident);
    let titles = model.categories.iter().map(|category| {
        let (variant, title) = (category.ident, &category.title);
        quote!(Self::#variant => #title)
    });
    let client_only: Vec<_> = model
        .categories
        .iter()
        .filter(|category| category.client_only)
        .map(|category| category.ident)
        .collect();
    let is_client_only = if client_only.is_empty() {
        let all = model.categories.iter().map(|category| category.ident);
        quote!(match self { #(Self::#all)|* => false })
    } else {
        quote!(::core::matches!(self, #(Self::#client_only)|*))
    };
    quote! {
        #[doc = #doc]
        #derives
        #vis enum #ident {
            #(#variants,)*
        }

        #[allow(dead_code)]
        impl #ident {
            /// Every category, in the order the table declares them.
            pub const ALL: &'static [Self] = &[#(Self::#names),*];

            /// The title of the category, exactly as the list writes it.
            #[inline]
            #[must_use]
            pub const fn title(self) -> &'static ::core::primitive::str {
                match self {
                    #(#titles,)*
                }
            }

            /// Whether the codes of this category only ever come from a client.
            #[inline]
            #[must_use]
            pub const fn is_client_only(self) -> ::core::primitive::bool {
                #is_client_only
            }

            /// The codes of this category, in table order.
            pub fn codes(self) -> impl ::core::iter::Iterator<Item = #table> {
                ::core::iter::Iterator::filter(
                    ::core::iter::Iterator::copied(#table::ALL.iter()),
                    move |code| code.category() == self,
                )
            }
        }

        impl ::core::fmt::Display for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.title())
            }
        }

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

fn private(model: &Model<'_>) -> TokenStream {
    let krate = &model.krate;
    quote!(#krate::__private)
}

fn canonical<'m>(model: &'m Model<'_>, row: &'m Row<'_>) -> &'m Row<'m> {
    row.canonical.map_or(row, |index| &model.rows[index])
}

/// A code as an unsuffixed literal; negative codes as `-` then the magnitude,
/// which is how rustc expects them in patterns.
fn code_literal(code: i32) -> TokenStream {
    let magnitude = Literal::i64_unsuffixed(i64::from(code).abs());
    if code < 0 {
        quote!(-#magnitude)
    } else {
        quote!(#magnitude)
    }
}
