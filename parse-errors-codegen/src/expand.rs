//! Writes a checked model out as Rust: the code table, its category enum and
//! their impls, and the user's error enum when its variants carry data.
//!
//! Every impl and const item it writes allows `deprecated`: a retired
//! (`#[deprecated]`) entry or table warns where the user names it, never in
//! the code that implements it.
//!
//! The generated code names every outside item by an absolute path (`::core::...`,
//! the runtime crate's `__private` module, even primitive types), so it compiles
//! under `#![no_std]`, `#![no_implicit_prelude]` and next to user items called
//! `Option`, `str` or `core`.
//!
//! There are two shapes of table, and the expansion asks which once, in
//! [`table`], as thiserror's asks whether it derives for a struct or an enum:
//! a table of its own (`#[repr(i32)]`, its codes found through the arrays of
//! [`Layout`]), or one that extends another (one more variant, `Base(..)`, for
//! the base's codes; lookups fall through to the base, and const items make
//! the compiler check its codes against the base's, across crates). Each
//! generated method is written once, by one function below, which looks at
//! the [`Shape`] only where the two answers differ; what only an extending
//! table has is in [`extending`]. What is the same for every table is not
//! generated at all: it is a generic function of the runtime crate's
//! `__private` module that the expansion calls.

mod error_enum;
mod extending;
mod layout;

use proc_macro2::TokenStream;
use quote::quote;

use crate::fmt::Rendered;
use crate::lit;
use crate::model::{Base, Model, Role, Row, Shown};
use layout::Layout;

/// The code table, and the user's error enum when its variants carry data.
pub fn expand(model: &Model<'_>) -> TokenStream {
    let mut output = table(model);
    if let Some(data) = &model.error_enum {
        output.extend(error_enum::error_enum(model, data));
    }
    output
}

/// Whether the table extends another, asked once.
enum Shape<'m, 'a> {
    /// A table of its own, and how its lookups find a code.
    Own(Layout),
    /// A table that extends another.
    Extending(&'m Base<'a>),
}

fn table(model: &Model<'_>) -> TokenStream {
    let shape = match &model.base {
        None => Shape::Own(Layout::of(model)),
        Some(base) => Shape::Extending(base),
    };
    let enum_item = enum_item(model, &shape);
    let inherent = inherent_impl(model, &shape);
    let traits = trait_impls(model, &shape);
    let categories = category_enum(model, &shape);
    let extension = match shape {
        Shape::Own(_) => TokenStream::new(),
        Shape::Extending(base) => extending::items(model, base),
    };
    // The runtime crate writes the serde impls when it has its `serde`
    // feature, and nothing otherwise: the macro cannot see its features.
    let (private, ident) = (&model.private, &model.table.ident);
    quote! {
        #enum_item
        #inherent
        #traits
        #categories
        #extension
        #private::serde_code_table!(#ident);
    }
}

/// The attributes of a variant the expansion keeps: all but `#[cfg]`, which
/// an entry cannot have (a table has the same entries in every build), and a
/// field's attribute written on the variant, reported already.
fn without_cfg(attrs: &[syn::Attribute]) -> impl Iterator<Item = &syn::Attribute> {
    attrs.iter().filter(|attr| {
        !attr.path().is_ident("cfg") && crate::valid::field_attr_misplaced(attr).is_none()
    })
}

/// The doc comment of a variant whose own is missing, reported already, so
/// that `missing_docs` adds nothing to it.
fn stand_in_doc(row: &Row<'_>) -> Option<TokenStream> {
    row.undocumented
        .then(|| quote!(#[doc = " No description."]))
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

fn enum_item(model: &Model<'_>, shape: &Shape<'_, '_>) -> TokenStream {
    let table = &model.table;
    let (attrs, vis, ident) = (&table.attrs, &model.input.vis, &table.ident);
    let (enum_attrs, base_variant) = match shape {
        Shape::Own(_) => {
            let derives = derives(true);
            // An enum without variants cannot have a `repr`; only the repair
            // of an empty table has none, and `self as i32` still compiles there.
            let repr = model
                .variants()
                .next()
                .is_some()
                .then(|| quote!(#[repr(i32)]));
            (quote!(#derives #repr), TokenStream::new())
        }
        // A `Base(..)` variant holds a value: the enum cannot be `#[repr(i32)]`,
        // and its codes live in `code()`. `PartialEq` is derived, so that its
        // consts (the aliases) are patterns; the other traits are written out
        // (see `extending::items`).
        Shape::Extending(base) => (
            quote!(#[derive(::core::cmp::PartialEq)]),
            extending::base_variant(model, base),
        ),
    };
    let discriminants = matches!(shape, Shape::Own(_));
    let variants = model.variants().map(|(_, row)| {
        let attrs = without_cfg(&row.entry.attrs);
        let doc = stand_in_doc(row);
        let variant = &row.entry.ident;
        let code_alias = row.code.to_string();
        let discriminant = discriminants.then(|| {
            let code = row
                .code_expr
                .map_or_else(|| lit::code(row.code), |written| quote!(#written));
            quote!(= #code)
        });
        quote! {
            #(#attrs)*
            #doc
            #[doc(alias = #code_alias)]
            #variant #discriminant
        }
    });
    quote! {
        #(#attrs)*
        #enum_attrs
        #vis enum #ident {
            #(#variants,)*
            #base_variant
        }
    }
}

/// The rows of `ENTRIES`, one per row of the model.
fn entries(model: &Model<'_>, shape: &Shape<'_, '_>) -> Vec<TokenStream> {
    model
        .rows
        .iter()
        .map(|row| match shape {
            // An alias of a base code is in the base code's category.
            Shape::Extending(_) if row.role == Role::BaseAlias => {
                extending::base_alias_row(model, row)
            }
            _ => {
                let (title, client_only) = own_category(model, row);
                entry_literal(model, row, &quote!(#title), &quote!(#client_only))
            }
        })
        .collect()
}

/// The associated consts of the other names of codes.
fn alias_consts(model: &Model<'_>, shape: &Shape<'_, '_>) -> Vec<TokenStream> {
    model
        .rows
        .iter()
        .filter_map(|row| match shape {
            Shape::Extending(base) if row.role == Role::BaseAlias => {
                Some(extending::alias_of_base_code(model, row, base))
            }
            _ => alias_of_own_code(model, row),
        })
        .collect()
}

/// The documentation of `ALL`.
fn all_doc(shape: &Shape<'_, '_>) -> TokenStream {
    match shape {
        Shape::Own(_) => {
            quote!(#[doc = " Every code of the table once, in table order: one variant per code."])
        }
        Shape::Extending(_) => quote! {
            #[doc = " Every code of this table's own once, in table order: one variant per code."]
            #[doc = " The base table's codes are in its own `ALL`."]
        },
    }
}

/// `code()`.
fn code(model: &Model<'_>, shape: &Shape<'_, '_>) -> TokenStream {
    match shape {
        Shape::Own(_) => quote!(self as ::core::primitive::i32),
        Shape::Extending(base) => extending::code(model, base),
    }
}

/// `from_code()`.
fn from_code(model: &Model<'_>, shape: &Shape<'_, '_>) -> TokenStream {
    match shape {
        Shape::Own(layout) => layout.code_lookup(model),
        Shape::Extending(base) => extending::from_code(model, base),
    }
}

/// `entry()`.
fn entry(model: &Model<'_>, shape: &Shape<'_, '_>) -> TokenStream {
    match shape {
        Shape::Own(_) => quote! {
            &Self::ENTRIES[Self::__PARSE_ERRORS_ROWS[self.__parse_errors_index()] as ::core::primitive::usize]
        },
        Shape::Extending(base) => extending::entry(model, base),
    }
}

/// The arms of `from_name()`: one per row.
fn from_name_arms(model: &Model<'_>) -> Vec<TokenStream> {
    model
        .rows
        .iter()
        .map(|row| {
            let (name, item) = (&row.entry.name, &row.entry.ident);
            if row.role == Role::BaseAlias {
                // Not through the alias's const, which panics when the base lacks
                // the code: the lookup answers `None` there.
                let code = lit::code(row.code);
                quote!(#name => Self::from_code(#code))
            } else {
                quote!(#name => ::core::option::Option::Some(Self::#item))
            }
        })
        .collect()
}

/// What `from_name()` answers for a name the table's own rows do not have.
fn from_name_fallback(model: &Model<'_>, shape: &Shape<'_, '_>) -> TokenStream {
    match shape {
        Shape::Own(_) => quote!(::core::option::Option::None),
        Shape::Extending(base) => extending::from_name(model, base),
    }
}

/// `from_name_loose()`.
fn from_name_loose(model: &Model<'_>, shape: &Shape<'_, '_>) -> TokenStream {
    let own = {
        let private = &model.private;
        quote!(#private::from_name_loose::<Self>(name))
    };
    match shape {
        Shape::Own(_) => own,
        Shape::Extending(base) => extending::from_name_loose(model, base, &own),
    }
}

/// `category()`.
fn category(model: &Model<'_>, shape: &Shape<'_, '_>) -> TokenStream {
    match shape {
        Shape::Own(_) => quote!(Self::__PARSE_ERRORS_CATEGORIES[self.__parse_errors_index()]),
        Shape::Extending(base) => extending::category(model, base),
    }
}

/// `entries()`: every row of the code.
fn entries_of_code(model: &Model<'_>, shape: &Shape<'_, '_>) -> TokenStream {
    let private = &model.private;
    match shape {
        Shape::Own(_) => quote! {
            #private::rows_of_code(::core::iter::once(self.entry()), self.code(), Self::ENTRIES)
        },
        Shape::Extending(base) => extending::entries_of_code(model, base),
    }
}

/// `is_retryable()`: the table's own codes marked `retry`, then the base's answer.
fn is_retryable(model: &Model<'_>, shape: &Shape<'_, '_>) -> TokenStream {
    let retryable: Vec<_> = model
        .variants()
        .filter(|(_, row)| row.retry)
        .map(|(_, row)| &row.entry.ident)
        .collect();
    let own = if retryable.is_empty() {
        quote!(false)
    } else {
        quote!(::core::matches!(self, #(Self::#retryable)|*))
    };
    match shape {
        Shape::Own(_) => own,
        Shape::Extending(base) => extending::is_retryable(base, &own),
    }
}

/// `__parse_errors_table()`: the name of the table that has the code.
fn table_of_code(model: &Model<'_>, shape: &Shape<'_, '_>) -> TokenStream {
    let table_name = &model.table.name;
    match shape {
        Shape::Own(_) => quote! {
            let _ = self;
            #table_name
        },
        Shape::Extending(base) => extending::table_of_code(base, table_name),
    }
}

/// The body of `Display::fmt`: the texts from an array when every message is
/// a text, else a `match`.
fn display(model: &Model<'_>, shape: &Shape<'_, '_>) -> TokenStream {
    match shape {
        Shape::Own(_) if all_texts(model) => {
            quote!(f.write_str(Self::__PARSE_ERRORS_DISPLAY[self.__parse_errors_index()]))
        }
        Shape::Own(_) => {
            let arms = model.variants().map(|(_, row)| {
                let (own, shown) = (&row.entry.ident, display_of(&row.display));
                quote!(Self::#own => #shown)
            });
            quote!(match self { #(#arms,)* })
        }
        Shape::Extending(base) => extending::display(model, base),
    }
}

/// Whether every variant's message is a text known at expansion time.
fn all_texts(model: &Model<'_>) -> bool {
    model
        .variants()
        .all(|(_, row)| row.display.text().is_some())
}

/// What a variant of the code table writes into `f`.
fn display_of(shown: &Shown) -> TokenStream {
    let formatter = syn::Ident::new("f", proc_macro2::Span::call_site());
    match shown {
        Shown::Text(text) => quote!(f.write_str(#text)),
        Shown::Format { rendered, args } => format_body(rendered, args, &formatter),
        Shown::Fmt(path) => quote!(#path(f)),
        // A variant without a field cannot be transparent: reported, never written.
        Shown::Transparent => quote!(::core::result::Result::Ok(())),
    }
}

/// `write!` of a rendered message into `formatter`, the fields bound to the
/// locals its format string captures: a `match` of a tuple binds them all
/// at once.
fn format_body(rendered: &Rendered, args: &TokenStream, formatter: &syn::Ident) -> TokenStream {
    let fmt = &rendered.fmt;
    let write = if rendered.requires_machinery {
        quote!(::core::write!(#formatter, #fmt #args))
    } else {
        quote!(#formatter.write_str(#fmt))
    };
    let recursion = rendered.infinite_recursive.then(|| {
        quote::quote_spanned! {fmt.span()=>
            #[warn(unconditional_recursion)]
            fn _fmt() { _fmt() }
        }
    });
    if rendered.bindings.is_empty() {
        return match recursion {
            Some(recursion) => quote!({ #recursion #write }),
            None => write,
        };
    }
    let locals = rendered.bindings.iter().map(|(local, _)| local);
    let values = rendered.bindings.iter().map(|(_, value)| value);
    quote! {
        {
            #recursion
            match (#(#values,)*) {
                (#(#locals,)*) => #write,
            }
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
    let description = &row.description;
    let (alias, retired) = (row.role != Role::Canonical, row.retired);
    quote! {
        #private::Entry {
            name: #name,
            code: #code,
            description: #description,
            category: #category,
            client_only: #client_only,
            alias: #alias,
            retired: #retired,
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

fn alias_const(row: &Row<'_>, note: &str, value: &TokenStream) -> TokenStream {
    let (attrs, name) = (without_cfg(&row.entry.attrs), &row.entry.ident);
    let doc = stand_in_doc(row);
    let code_alias = row.code.to_string();
    quote! {
        #(#attrs)*
        #doc
        #[doc = ""]
        #[doc = #note]
        #[doc(alias = #code_alias)]
        #[allow(non_upper_case_globals)]
        pub const #name: Self = #value;
    }
}

fn client_only_categories<'a>(model: &'a Model<'_>) -> Vec<&'a syn::Ident> {
    model
        .categories
        .iter()
        .filter(|category| category.client_only)
        .map(|category| &category.ident)
        .collect()
}

fn inherent_impl(model: &Model<'_>, shape: &Shape<'_, '_>) -> TokenStream {
    let ident = &model.table.ident;
    let private = &model.private;
    let category_enum = &model.category_enum;
    let str = quote!(::core::primitive::str);
    let count = lit::index(model.variants().count());
    let all = model.variants().map(|(_, row)| &row.entry.ident);
    let from_name = from_name_arms(model);
    let all_doc = all_doc(shape);
    let (entries, alias_consts) = (entries(model, shape), alias_consts(model, shape));
    let (code, from_code, entry) = (
        code(model, shape),
        from_code(model, shape),
        entry(model, shape),
    );
    let from_name_fallback = from_name_fallback(model, shape);
    let from_name_loose = from_name_loose(model, shape);
    let category = category(model, shape);
    let entries_of_code = entries_of_code(model, shape);
    let table_of_code = table_of_code(model, shape);
    let is_retryable = is_retryable(model, shape);
    let lookup_items = match shape {
        Shape::Own(layout) => layout.lookup_items(model),
        Shape::Extending(base) => extending::base_lookups(model, base),
    };
    quote! {
        #[allow(dead_code, deprecated)]
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

            /// Whether a failure with this code may pass with time, so that a
            /// retry can help: `retry` on its entry or its category.
            #[inline]
            #[must_use]
            #[allow(clippy::unused_self)]
            pub const fn is_retryable(self) -> ::core::primitive::bool {
                #is_retryable
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

            #lookup_items
        }
    }
}

fn trait_impls(model: &Model<'_>, shape: &Shape<'_, '_>) -> TokenStream {
    let ident = &model.table.ident;
    let private = &model.private;
    let table_name = &model.table.name;
    let category_enum = &model.category_enum;
    let display = display(model, shape);
    let extends = match shape {
        Shape::Own(_) => TokenStream::new(),
        Shape::Extending(base) => extending::extends(model, base),
    };
    quote! {
        #[automatically_derived]
        #[allow(deprecated)]
        impl ::core::fmt::Display for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #display
            }
        }

        #[automatically_derived]

        #[allow(deprecated)]
        impl ::core::error::Error for #ident {}

        #[automatically_derived]

        #[allow(deprecated)]
        impl #private::BaseTable for #ident {
            type Table = Self;
        }

        #[automatically_derived]

        #[allow(deprecated)]
        impl #private::ErrorTable for #ident {
            type Category = #category_enum;
            const NAME: &'static ::core::primitive::str = #table_name;
            const ENTRIES: &'static [#private::Entry] = Self::ENTRIES;
            #extends

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

            #[inline]
            fn is_retryable(self) -> ::core::primitive::bool {
                Self::is_retryable(self)
            }
        }

        #[automatically_derived]

        #[allow(deprecated)]
        impl ::core::convert::From<#ident> for ::core::primitive::i32 {
            #[inline]
            fn from(code: #ident) -> Self {
                code.code()
            }
        }

        #[automatically_derived]

        #[allow(deprecated)]
        impl ::core::convert::TryFrom<::core::primitive::i32> for #ident {
            type Error = #private::UnknownCodeError;

            #[inline]
            // Not `Self::Error`, which a variant named `Error` would make ambiguous.
            fn try_from(code: ::core::primitive::i32) -> ::core::result::Result<Self, #private::UnknownCodeError> {
                #private::try_from_code(code)
            }
        }

        #[automatically_derived]

        #[allow(deprecated)]
        impl ::core::str::FromStr for #ident {
            type Err = #private::ParseNameError;

            fn from_str(name: &::core::primitive::str) -> ::core::result::Result<Self, #private::ParseNameError> {
                #private::from_str(name)
            }
        }
    }
}

fn category_enum(model: &Model<'_>, shape: &Shape<'_, '_>) -> TokenStream {
    let table = &model.table.ident;
    let private = &model.private;
    let vis = &model.input.vis;
    let ident = &model.category_enum;
    let doc =
        format!(" The categories of [`{table}`]: the sections its table groups the codes in.");
    let variants = model.categories.iter().map(|category| {
        let doc = format!(" {}", category.title);
        let variant = &category.ident;
        quote! {
            #[doc = #doc]
            #variant
        }
    });
    let names = model.categories.iter().map(|category| &category.ident);
    let titles = model.categories.iter().map(|category| {
        let (variant, title) = (&category.ident, &category.title);
        quote!(Self::#variant => #title)
    });
    let own_client_only = {
        let client_only = client_only_categories(model);
        if client_only.is_empty() {
            quote!(false)
        } else {
            quote!(::core::matches!(self, #(Self::#client_only)|*))
        }
    };
    let (derives, all_doc, base_variant, title_of_base, is_client_only, impls) = match shape {
        Shape::Own(_) => (
            derives(true),
            quote!(#[doc = " Every category, in the order the table declares them."]),
            TokenStream::new(),
            TokenStream::new(),
            own_client_only,
            TokenStream::new(),
        ),
        Shape::Extending(base) => (
            TokenStream::new(),
            quote!(#[doc = " Every category of this table's own, in the order it declares them."]),
            extending::base_category_variant(model, base),
            extending::base_category_title(base),
            extending::category_is_client_only(base, &own_client_only),
            extending::base_category_impls(model, base),
        ),
    };
    quote! {
        #[doc = #doc]
        #derives
        #vis enum #ident {
            #(#variants,)*
            #base_variant
        }

        #[allow(dead_code, deprecated)]
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

        #[allow(deprecated)]
        impl ::core::fmt::Display for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.title())
            }
        }

        #[automatically_derived]

        #[allow(deprecated)]
        impl #private::ErrorCategory for #ident {
            const ALL: &'static [Self] = Self::ALL;

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
