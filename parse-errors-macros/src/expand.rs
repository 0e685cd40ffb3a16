//! Writes a checked table out as Rust: the enum, its category enum, and their impls.
//!
//! The generated code names every outside item by an absolute path (`::core::...`,
//! the runtime crate's `__private` module, even primitive types), so it compiles
//! under `#![no_std]`, `#![no_implicit_prelude]` and next to user items called
//! `Option`, `str` or `core`.
//!
//! There are two kinds of table, and the expansion asks which once, in
//! [`table`], as thiserror's asks whether it derives for a struct or an enum:
//! [`own_table`] writes a table of its own (`#[repr(i32)]`, its codes found
//! through the arrays of [`Layout`]), [`extending_table`] one that extends
//! another (one more variant, `Base(BaseTable)`, for the base's codes; lookups
//! fall through to the base, and const items make the compiler check its codes
//! against the base's, across crates). Each fills a [`Kind`]; what is the same
//! for both is written from it without asking again. What is the same for
//! every table is not generated at all: it is a generic function of the
//! runtime crate's `__private` module that the expansion calls.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use crate::attr::path_text;
use crate::layout::Layout;
use crate::lit;
use crate::model::{Base, Model, Role, Row};

pub fn table(model: &Model<'_>) -> TokenStream {
    match &model.base {
        None => write(model, &own_table(model)),
        Some(base) => write(model, &extending_table(model, base)),
    }
}

/// What the two kinds of table write differently: the bodies of the methods
/// whose answer depends on whether there is a base, and the items only one
/// kind has.
struct Kind {
    /// `#[repr(i32)]` and the derives of the enum.
    enum_attrs: TokenStream,
    /// Whether each variant keeps its code as its discriminant.
    discriminants: bool,
    /// The variant holding a base code, with its comma; nothing for a table of its own.
    base_variant: TokenStream,
    all_doc: TokenStream,
    /// The elements of `ENTRIES`, one per row.
    entries: Vec<TokenStream>,
    /// The associated consts of the other names of codes.
    alias_consts: Vec<TokenStream>,
    code: TokenStream,
    from_code: TokenStream,
    entry: TokenStream,
    from_name_fallback: TokenStream,
    from_name_loose: TokenStream,
    category: TokenStream,
    entries_of_code: TokenStream,
    table_of_code: TokenStream,
    display: TokenStream,
    /// Items of the inherent impl only this kind has.
    inherent_items: TokenStream,
    /// Items after the impls only this kind has.
    items: TokenStream,
    categories: CategoryKind,
}

/// The same, for the category enum.
struct CategoryKind {
    /// The derives of the enum.
    derives: TokenStream,
    /// The impls of the traits it does not derive.
    impls: TokenStream,
    base_variant: TokenStream,
    all_doc: TokenStream,
    title: TokenStream,
    is_client_only: TokenStream,
}

fn own_table(model: &Model<'_>) -> Kind {
    let private = &model.private;
    let layout = Layout::of(model);
    // An enum without variants cannot have a `repr`; only the stand-in of an
    // empty table has none, and `self as i32` still compiles there.
    let repr = model
        .variants()
        .next()
        .is_some()
        .then(|| quote!(#[repr(i32)]));
    let derives = derives(true);
    let entries = model
        .rows
        .iter()
        .map(|row| {
            let (title, client_only) = own_category(model, row);
            entry_literal(model, row, &quote!(#title), &quote!(#client_only))
        })
        .collect();
    let alias_consts = model
        .rows
        .iter()
        .filter_map(|row| alias_of_own_code(model, row))
        .collect();
    let client_only = client_only_categories(model);
    let is_client_only = if client_only.is_empty() {
        quote!(false)
    } else {
        quote!(::core::matches!(self, #(Self::#client_only)|*))
    };
    let table_name = &model.table.name;
    Kind {
        enum_attrs: quote!(#derives #repr),
        discriminants: true,
        base_variant: TokenStream::new(),
        all_doc: quote!(#[doc = " Every code of the table once, in table order: one variant per code."]),
        entries,
        alias_consts,
        code: quote!(self as ::core::primitive::i32),
        from_code: layout.code_lookup(model),
        entry: quote! {
            &Self::ENTRIES[Self::__PARSE_ERRORS_ROWS[self.__parse_errors_index()] as ::core::primitive::usize]
        },
        from_name_fallback: quote!(::core::option::Option::None),
        from_name_loose: quote!(#private::from_name_loose::<Self>(name)),
        category: quote!(Self::__PARSE_ERRORS_CATEGORIES[self.__parse_errors_index()]),
        entries_of_code: quote! {
            #private::rows_of_code(::core::iter::once(self.entry()), self.code(), Self::ENTRIES)
        },
        table_of_code: quote! {
            let _ = self;
            #table_name
        },
        display: quote!(f.write_str(Self::__PARSE_ERRORS_DISPLAY[self.__parse_errors_index()])),
        inherent_items: layout.lookup_items(model),
        items: TokenStream::new(),
        categories: CategoryKind {
            derives: derives.clone(),
            impls: TokenStream::new(),
            base_variant: TokenStream::new(),
            all_doc: quote!(#[doc = " Every category, in the order the table declares them."]),
            title: TokenStream::new(),
            is_client_only,
        },
    }
}

fn extending_table(model: &Model<'_>, base: &Base<'_>) -> Kind {
    let private = &model.private;
    let (path, variant) = (base.path, &base.variant);
    let table = base_table(model, base);
    let doc = format!(" A code of the base table, [`{}`].", path_text(path));
    let (entries, alias_consts) = extending_rows(model, base);
    let (code, from_code, entry) = extending_code_lookups(model, base);
    let category_enum = &model.category_enum;
    let category_arms = model
        .categories
        .iter()
        .enumerate()
        .filter_map(|(index, category)| {
            let own: Vec<_> = model
                .variants()
                .filter(|(_, row)| row.category == Some(index))
                .map(|(_, row)| &row.entry.ident)
                .collect();
            let category = category.ident;
            (!own.is_empty()).then(|| quote!(#(Self::#own)|* => #category_enum::#category))
        });
    let display_arms = model.variants().map(|(_, row)| {
        let (own, text) = (&row.entry.ident, &row.display);
        quote!(Self::#own => f.write_str(#text))
    });
    let table_name = &model.table.name;
    let in_base = |lookup: TokenStream| in_base(base, &lookup);
    Kind {
        // A `Base(..)` variant holds a value: the enum cannot be `#[repr(i32)]`,
        // and its codes live in `code()`. `PartialEq` is derived, so that its
        // consts (the aliases) are patterns; the other traits are written out
        // (see `extension_impls`).
        enum_attrs: quote!(#[derive(::core::cmp::PartialEq)]),
        discriminants: false,
        // The bound's projection keeps a base that is not a table to one error,
        // but rustdoc would print it as written: a documentation build, which
        // checks no bodies, names the base as the user wrote it.
        base_variant: quote! {
            #[cfg(doc)]
            #[doc = #doc]
            #variant(#path),
            #[cfg(not(doc))]
            #[doc = #doc]
            #variant(#table),
        },
        all_doc: quote! {
            #[doc = " Every code of this table's own once, in table order: one variant per code."]
            #[doc = " The base table's codes are in its own `ALL`."]
        },
        entries,
        alias_consts,
        code,
        from_code,
        entry,
        from_name_fallback: in_base(quote!(<#table as #private::ErrorTable>::from_name(name))),
        from_name_loose: {
            let fallback = in_base(quote!(<#table as #private::ErrorTable>::from_name_loose(name)));
            quote! {
                match #private::from_name_loose::<Self>(name) {
                    ::core::option::Option::Some(found) => ::core::option::Option::Some(found),
                    ::core::option::Option::None => #fallback,
                }
            }
        },
        category: quote! {
            match self {
                #(#category_arms,)*
                Self::#variant(base) => #category_enum::#variant(base.category()),
            }
        },
        entries_of_code: quote! {
            let (base, own) = match self {
                Self::#variant(base) => (::core::option::Option::Some(base.entries()), ::core::option::Option::None),
                own => (::core::option::Option::None, ::core::option::Option::Some(own.entry())),
            };
            #private::rows_of_code(
                ::core::iter::Iterator::chain(
                    ::core::iter::Iterator::flatten(::core::iter::IntoIterator::into_iter(base)),
                    own,
                ),
                self.code(),
                Self::ENTRIES,
            )
        },
        table_of_code: quote! {
            if let Self::#variant(base) = self {
                base.__parse_errors_table()
            } else {
                #table_name
            }
        },
        display: quote! {
            match self {
                #(#display_arms,)*
                Self::#variant(base) => ::core::fmt::Display::fmt(base, f),
            }
        },
        inherent_items: base_lookups(model, base),
        items: {
            let impls = extension_impls(model, base);
            let checks = base_checks(model, base);
            quote!(#impls #checks)
        },
        categories: extending_categories(model, base),
    }
}

/// `code()`, `from_code()` and `entry()` of a table that extends another: a
/// `match` of its own codes, then the base.
fn extending_code_lookups(
    model: &Model<'_>,
    base: &Base<'_>,
) -> (TokenStream, TokenStream, TokenStream) {
    let variant = &base.variant;
    let code_arms = model.variants().map(|(_, row)| {
        let (own, code) = (&row.entry.ident, lit::code(row.code));
        quote!(Self::#own => #code)
    });
    let from_code_arms = model.variants().map(|(_, row)| {
        let (own, code) = (&row.entry.ident, lit::code(row.code));
        quote!(#code => ::core::option::Option::Some(Self::#own))
    });
    let row_arms = model.variants().map(|(index, row)| {
        let (own, index) = (&row.entry.ident, lit::index(index));
        quote!(Self::#own => &Self::ENTRIES[#index])
    });
    let code = quote! {
            match self {
                #(#code_arms,)*
                Self::#variant(base) => base.code(),
            }
    };
    let from_code = {
        let fallback = in_base(base, &quote!(Self::__parse_errors_in_base(code)));
        quote! {
            match code {
                #(#from_code_arms,)*
                _ => #fallback,
            }
        }
    };
    let entry = quote! {
        match self {
            #(#row_arms,)*
            Self::#variant(base) => base.entry(),
        }
    };
    (code, from_code, entry)
}

/// The rows of `ENTRIES` and the alias consts of a table that extends another.
fn extending_rows(model: &Model<'_>, base: &Base<'_>) -> (Vec<TokenStream>, Vec<TokenStream>) {
    let private = &model.private;
    let entries = model
        .rows
        .iter()
        .map(|row| {
            if row.role == Role::BaseAlias {
                // An alias of a base code is in the base code's category.
                let code = lit::code(row.code);
                let row_in_base = quote! {
                    match Self::__parse_errors_in_base(#code) {
                        ::core::option::Option::Some(found) => found.entry(),
                        ::core::option::Option::None => #private::NO_ROW,
                    }
                };
                entry_literal(
                    model,
                    row,
                    &quote!(#row_in_base.category),
                    &quote!(#row_in_base.client_only),
                )
            } else {
                let (title, client_only) = own_category(model, row);
                entry_literal(model, row, &quote!(#title), &quote!(#client_only))
            }
        })
        .collect();
    let alias_consts = model
        .rows
        .iter()
        .filter_map(|row| {
            if row.role == Role::BaseAlias {
                Some(alias_of_base_code(model, row, base))
            } else {
                alias_of_own_code(model, row)
            }
        })
        .collect();
    (entries, alias_consts)
}

/// The lookups in the base of a table that extends another.
fn base_lookups(model: &Model<'_>, base: &Base<'_>) -> TokenStream {
    let (private, table) = (&model.private, base_table(model, base));
    quote! {
        /// The base table's value for a code: the one place the expansion
        /// looks a code up in the base.
        #[inline]
        const fn __parse_errors_in_base(code: ::core::primitive::i32) -> ::core::option::Option<#table> {
            <#table>::from_code(code)
        }

        /// For the const checks: whether the base has `code`.
        const fn __parse_errors_base_has(code: ::core::primitive::i32) -> ::core::primitive::bool {
            Self::__parse_errors_in_base(code).is_some()
        }

        /// For the const checks: the sentence to show when the base has
        /// `code` already. Its type does not name the base, so a base that
        /// is not a table is not reported once more for each check.
        const fn __parse_errors_taken_in_base(code: ::core::primitive::i32) -> ::core::option::Option<#private::CodeTaken> {
            match Self::__parse_errors_in_base(code) {
                ::core::option::Option::Some(taken) => ::core::option::Option::Some(
                    #private::CodeTaken::new(code, taken.name(), taken.__parse_errors_table()),
                ),
                ::core::option::Option::None => ::core::option::Option::None,
            }
        }
    }
}

/// The category enum of a table that extends another.
fn extending_categories(model: &Model<'_>, base: &Base<'_>) -> CategoryKind {
    let private = &model.private;
    let (path, variant) = (base.path, &base.variant);
    let table = base_table(model, base);
    let client_only = client_only_categories(model);
    let own_client_only = if client_only.is_empty() {
        quote!(false)
    } else {
        quote!(::core::matches!(self, #(Self::#client_only)|*))
    };
    let category_doc = format!(" A category of the base table, [`{}`].", path_text(path));
    let base_category = quote_spanned!(path.span()=> <#table as #private::ErrorTable>::Category);
    CategoryKind {
        derives: TokenStream::new(),
        impls: base_category_impls(model, base),
        // As the table's `Base` variant: the documentation names the base as written.
        base_variant: quote! {
            #[cfg(doc)]
            #[doc = #category_doc]
            #variant(<#path as #private::ErrorTable>::Category),
            #[cfg(not(doc))]
            #[doc = #category_doc]
            #variant(#base_category),
        },
        all_doc: quote!(#[doc = " Every category of this table's own, in the order it declares them."]),
        title: quote!(Self::#variant(category) => category.title(),),
        is_client_only: quote! {
            if let Self::#variant(category) = self {
                category.is_client_only()
            } else {
                #own_client_only
            }
        },
    }
}

/// The base table, named through the bound every table meets: a base that is
/// not a table fails that bound once, in its own words, and its uses then
/// have an erroneous type, about which the compiler says nothing more. Every
/// token carries the span of the path the user wrote, so the failed bound is
/// reported there, and once.
fn base_table(model: &Model<'_>, base: &Base<'_>) -> TokenStream {
    let (private, path) = (&model.private, base.path);
    quote_spanned!(path.span()=> <#path as #private::BaseTable>::Table)
}

/// Writes a table of either kind.
fn write(model: &Model<'_>, kind: &Kind) -> TokenStream {
    let enum_item = enum_item(model, kind);
    let inherent = inherent_impl(model, kind);
    let traits = trait_impls(model, kind);
    let categories = category_enum(model, &kind.categories);
    let items = &kind.items;
    quote! {
        #enum_item
        #inherent
        #traits
        #categories
        #items
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

fn enum_item(model: &Model<'_>, kind: &Kind) -> TokenStream {
    let table = model.table;
    let (attrs, vis, ident) = (&table.attrs, &table.vis, &table.ident);
    let variants = model.variants().map(|(_, row)| {
        let entry = row.entry;
        let (attrs, variant) = (&entry.attrs, &entry.ident);
        let code_alias = row.code.to_string();
        let discriminant = entry
            .code
            .as_ref()
            .filter(|_| kind.discriminants)
            .map(|code| {
                let expr = &code.expr;
                quote!(= #expr)
            });
        quote! {
            #(#attrs)*
            #[doc(alias = #code_alias)]
            #variant #discriminant
        }
    });
    let (enum_attrs, base_variant) = (&kind.enum_attrs, &kind.base_variant);
    quote! {
        #(#attrs)*
        #enum_attrs
        #vis enum #ident {
            #(#variants,)*
            #base_variant
        }
    }
}

/// The title and `client_only` of a row in a category of the table's own.
fn own_category(model: &Model<'_>, row: &Row<'_>) -> (String, bool) {
    row.category.map_or_else(
        || (String::new(), false),
        |index| {
            let category = &model.categories[index];
            (category.title.clone(), category.client_only)
        },
    )
}

/// One element of `ENTRIES`: a struct literal, one aggregate value apiece, the
/// cheapest thing for the compiler to check in a table of thousands of rows.
fn entry_literal(
    model: &Model<'_>,
    row: &Row<'_>,
    category: &TokenStream,
    client_only: &TokenStream,
) -> TokenStream {
    let private = &model.private;
    let name = &row.entry.name;
    let code = lit::code(row.code);
    let description = row.description;
    let alias = row.role != Role::Canonical;
    quote! {
        #private::Entry {
            name: #name,
            code: #code,
            description: #description,
            category: #category,
            client_only: #client_only,
            alias: #alias,
        }
    }
}

/// The associated const of another name of a code of the table's own.
fn alias_of_own_code(model: &Model<'_>, row: &Row<'_>) -> Option<TokenStream> {
    let Role::Alias(canonical) = row.role else {
        return None;
    };
    let canonical = &model.rows[canonical].entry.ident;
    let note = format!(
        " Another name of code {}: equal to [`{canonical}`](Self::{canonical}).",
        row.code
    );
    Some(alias_const(row, &note, &quote!(Self::#canonical)))
}

/// The associated const of another name of a code of the base table. It
/// panics when the base lacks the code; that is reported once, by
/// [`base_checks`], and nothing else of the expansion uses the const.
fn alias_of_base_code(model: &Model<'_>, row: &Row<'_>, base: &Base<'_>) -> TokenStream {
    let (path, variant) = (base.path, &base.variant);
    let note = format!(
        " Another name of code {} of the base table, [`{}`].",
        row.code,
        path_text(path)
    );
    let code = lit::code(row.code);
    let missing = missing_base_code_message(model, row, path);
    let value = quote! {
        Self::#variant(match Self::__parse_errors_in_base(#code) {
            ::core::option::Option::Some(found) => found,
            ::core::option::Option::None => ::core::panic!(#missing),
        })
    };
    alias_const(row, &note, &value)
}

fn alias_const(row: &Row<'_>, note: &str, value: &TokenStream) -> TokenStream {
    let (attrs, name) = (&row.entry.attrs, &row.entry.ident);
    let code_alias = row.code.to_string();
    quote! {
        #(#attrs)*
        #[doc = ""]
        #[doc = #note]
        #[doc(alias = #code_alias)]
        #[allow(non_upper_case_globals)]
        pub const #name: Self = #value;
    }
}

/// A lookup in the base table, its answer wrapped in the `Base` variant.
fn in_base(base: &Base<'_>, lookup: &TokenStream) -> TokenStream {
    let variant = &base.variant;
    quote! {
        match #lookup {
            ::core::option::Option::Some(base) => ::core::option::Option::Some(Self::#variant(base)),
            ::core::option::Option::None => ::core::option::Option::None,
        }
    }
}

fn client_only_categories<'a>(model: &'a Model<'_>) -> Vec<&'a syn::Ident> {
    model
        .categories
        .iter()
        .filter(|category| category.client_only)
        .map(|category| category.ident)
        .collect()
}

fn inherent_impl(model: &Model<'_>, kind: &Kind) -> TokenStream {
    let ident = &model.table.ident;
    let private = &model.private;
    let category_enum = &model.category_enum;
    let str = quote!(::core::primitive::str);
    let count = lit::index(model.variants().count());
    let all = model.variants().map(|(_, row)| &row.entry.ident);
    let from_name = model.rows.iter().map(|row| {
        let (name, item) = (&row.entry.name, &row.entry.ident);
        if row.role == Role::BaseAlias {
            // Not through the alias's const, which panics when the base lacks
            // the code: the lookup answers `None` there.
            let code = lit::code(row.code);
            quote!(#name => Self::from_code(#code))
        } else {
            quote!(#name => ::core::option::Option::Some(Self::#item))
        }
    });
    let Kind {
        all_doc,
        entries,
        alias_consts,
        code,
        from_code,
        entry,
        from_name_fallback,
        from_name_loose,
        category,
        entries_of_code,
        table_of_code,
        inherent_items,
        ..
    } = kind;
    quote! {
        #[allow(dead_code)]
        impl #ident {
            #all_doc
            pub const ALL: &'static [Self] = &[#(Self::#all),*];

            /// The number of distinct codes in [`ALL`](Self::ALL).
            pub const COUNT: ::core::primitive::usize = #count;

            /// Every row of the table in table order, the other names of shared codes included.
            pub const ENTRIES: &'static [#private::Entry] = &[#(#entries),*];

            #(#alias_consts)*

            /// The code, as Parse sends it on the wire.
            #[inline]
            #[must_use]
            pub const fn code(self) -> ::core::primitive::i32 {
                #code
            }

            /// The table's value for a code, or `None` when the table does not know it.
            #[inline]
            #[must_use]
            pub const fn from_code(code: ::core::primitive::i32) -> ::core::option::Option<Self> {
                #from_code
            }

            /// The canonical row of this code in the table's `ENTRIES`.
            #[inline]
            #[must_use]
            pub const fn entry(self) -> &'static #private::Entry {
                #entry
            }

            /// The table's value for a name, canonical or alias; exact and case-sensitive.
            #[inline]
            #[must_use]
            pub fn from_name(name: &#str) -> ::core::option::Option<Self> {
                match name {
                    #(#from_name,)*
                    _ => #from_name_fallback,
                }
            }

            /// The table's value for a name in any ASCII case, with or without
            /// underscores: `OBJECT_NOT_FOUND` finds `ObjectNotFound`. An exact name
            /// is found as fast as by `from_name`; any other spelling takes a scan
            /// of `ENTRIES`.
            #[must_use]
            pub fn from_name_loose(name: &#str) -> ::core::option::Option<Self> {
                #from_name_loose
            }

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
                #category
            }

            /// Whether this code only ever comes from a client, never from a server.
            #[inline]
            #[must_use]
            pub const fn is_client_only(self) -> ::core::primitive::bool {
                self.category().is_client_only()
            }

            /// Every row of this code: its canonical name first, then its aliases, in table order.
            pub fn entries(self) -> impl ::core::iter::Iterator<Item = &'static #private::Entry> {
                #entries_of_code
            }

            // The table that has this code, for the sentence of the const
            // checks of tables that extend this one; as `#[inline]`, it is
            // compiled to machine code nowhere.
            #[doc(hidden)]
            #[must_use]
            #[inline]
            #[allow(clippy::unused_self)]
            pub const fn __parse_errors_table(self) -> &'static #str {
                #table_of_code
            }

            #inherent_items
        }
    }
}

fn trait_impls(model: &Model<'_>, kind: &Kind) -> TokenStream {
    let ident = &model.table.ident;
    let private = &model.private;
    let table_name = &model.table.name;
    let category_enum = &model.category_enum;
    let display = &kind.display;
    quote! {
        #[automatically_derived]
        impl ::core::fmt::Display for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #display
            }
        }

        #[automatically_derived]
        impl ::core::error::Error for #ident {}

        #[automatically_derived]
        impl #private::BaseTable for #ident {
            type Table = Self;
        }

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
                #private::try_from_code(code)
            }
        }

        #[automatically_derived]
        impl ::core::str::FromStr for #ident {
            type Err = #private::ParseNameError;

            fn from_str(name: &::core::primitive::str) -> ::core::result::Result<Self, Self::Err> {
                #private::from_str(name)
            }
        }
    }
}

/// What a table that extends another has besides: `From` its base, and an
/// order by code, which the derived order (by variant) would not be.
///
/// The traits a table of its own derives are written out here, from the
/// code: derived, each would check the `Base` variant's type again, and a
/// base that is not a table would be reported once per trait.
fn extension_impls(model: &Model<'_>, base: &Base<'_>) -> TokenStream {
    let ident = &model.table.ident;
    let (path, variant) = (base.path, &base.variant);
    let variant_name = variant.to_string();
    // The impl names the base: spanned on it, a base that is not a table is
    // reported there, as the same error as the `Base` variant's.
    let spanned_ident = syn::Ident::new(&ident.to_string(), base.path.span());
    let value_impls = value_impls(ident);
    quote! {
        #value_impls

        #[automatically_derived]
        impl ::core::hash::Hash for #ident {
            /// By code, as equal values have equal codes.
            #[inline]
            fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
                ::core::hash::Hash::hash(&self.code(), state);
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Debug for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                if let Self::#variant(base) = self {
                    f.debug_tuple(#variant_name).field(base).finish()
                } else {
                    f.write_str(self.name())
                }
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<#path> for #spanned_ident {
            #[inline]
            fn from(base: #path) -> Self {
                Self::#variant(base)
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

fn category_enum(model: &Model<'_>, kind: &CategoryKind) -> TokenStream {
    let table = &model.table.ident;
    let private = &model.private;
    let vis = &model.table.vis;
    let ident = &model.category_enum;
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
    let CategoryKind {
        derives,
        impls,
        base_variant,
        all_doc,
        title: title_of_base,
        is_client_only,
    } = kind;
    quote! {
        #[doc = #doc]
        #derives
        #vis enum #ident {
            #(#variants,)*
            #base_variant
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
            #[allow(clippy::unused_self)]
            pub const fn is_client_only(self) -> ::core::primitive::bool {
                #is_client_only
            }

            /// The codes of the table's own in this category, in table order.
            pub fn codes(self) -> impl ::core::iter::Iterator<Item = #table> {
                #private::codes_in::<#table>(self)
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

        #impls
    }
}

/// The traits of the category enum of a table that extends another, written
/// out for the reason of [`extension_impls`]: as derived, the order is the
/// declared one, the base's categories last, in the base's order.
fn base_category_impls(model: &Model<'_>, base: &Base<'_>) -> TokenStream {
    let ident = &model.category_enum;
    let variant = &base.variant;
    let variant_name = variant.to_string();
    let count = lit::index(model.categories.len());
    let places = model
        .categories
        .iter()
        .enumerate()
        .map(|(place, category)| {
            let (own, place) = (category.ident, lit::index(place));
            quote!(Self::#own => #place)
        });
    let names = model.categories.iter().map(|category| {
        let own = category.ident;
        let name = own.to_string();
        let name = name.trim_start_matches("r#");
        quote!(Self::#own => f.write_str(#name))
    });
    let value_impls = value_impls(ident);
    quote! {
        #value_impls

        #[automatically_derived]
        impl ::core::cmp::PartialEq for #ident {
            #[inline]
            fn eq(&self, other: &Self) -> ::core::primitive::bool {
                match (self, other) {
                    (Self::#variant(own), Self::#variant(other)) => own == other,
                    _ => self.__parse_errors_place() == other.__parse_errors_place(),
                }
            }
        }

        #[automatically_derived]
        impl ::core::cmp::Ord for #ident {
            fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
                match (self, other) {
                    (Self::#variant(own), Self::#variant(other)) => ::core::cmp::Ord::cmp(own, other),
                    _ => ::core::cmp::Ord::cmp(&self.__parse_errors_place(), &other.__parse_errors_place()),
                }
            }
        }

        #[automatically_derived]
        impl ::core::hash::Hash for #ident {
            fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
                ::core::hash::Hash::hash(&self.__parse_errors_place(), state);
                if let Self::#variant(base) = self {
                    ::core::hash::Hash::hash(base, state);
                }
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Debug for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match self {
                    #(#names,)*
                    Self::#variant(base) => f.debug_tuple(#variant_name).field(base).finish(),
                }
            }
        }

        impl #ident {
            /// The category's place in the declaration, the base's after every own one.
            const fn __parse_errors_place(self) -> ::core::primitive::usize {
                match self {
                    #(#places,)*
                    Self::#variant(_) => #count,
                }
            }
        }
    }
}

/// Const items that make the compiler check a table's codes against its base's,
/// wherever the base is defined: a table's own code must not be a base code,
/// and an alias of a base code must name one the base has. Each check is a
/// const of its own, spanned on its entry's code, so each mistake is reported.
fn base_checks(model: &Model<'_>, base: &Base<'_>) -> TokenStream {
    let (path, ident) = (base.path, &model.table.ident);

    let checks = model.rows.iter().filter_map(|row| {
        let checked = row
            .entry
            .code
            .as_ref()
            .filter(|code| code.checked_against_base)?;
        let code = lit::code(row.code);
        let span = checked.expr.span();
        match row.role {
            Role::Canonical => Some(quote_spanned! {span=>
                const _: () = if let ::core::option::Option::Some(taken) = #ident::__parse_errors_taken_in_base(#code) {
                    ::core::panic!("{}", taken.as_str())
                };
            }),
            Role::BaseAlias => {
                let missing = missing_base_code_message(model, row, path);
                Some(quote_spanned! {span=>
                    const _: () = if !#ident::__parse_errors_base_has(#code) {
                        ::core::panic!(#missing)
                    };
                })
            }
            Role::Alias(_) => None,
        }
    });
    quote!(#(#checks)*)
}

fn missing_base_code_message(model: &Model<'_>, row: &Row<'_>, base: &syn::Path) -> String {
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

/// `Clone`, `Copy`, `Eq` and `PartialOrd` (by `Ord`) written out, for the
/// enums of a table that extends another: a derive would bound the base's
/// type again, and a base that is not a table would be reported once more
/// for each.
fn value_impls(ident: &syn::Ident) -> TokenStream {
    quote! {
        #[automatically_derived]
        #[allow(clippy::expl_impl_clone_on_copy)]
        impl ::core::clone::Clone for #ident {
            #[inline]
            fn clone(&self) -> Self {
                *self
            }
        }

        #[automatically_derived]
        impl ::core::marker::Copy for #ident {}

        #[automatically_derived]
        impl ::core::cmp::Eq for #ident {}

        #[automatically_derived]
        impl ::core::cmp::PartialOrd for #ident {
            #[inline]
            fn partial_cmp(&self, other: &Self) -> ::core::option::Option<::core::cmp::Ordering> {
                ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
            }
        }
    }
}
