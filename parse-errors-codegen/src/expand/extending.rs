//! What only a table that extends another has: the `Base(..)` variant, its
//! methods' answers for it, `From` its base, an order by code, and the const
//! items that make the compiler check its codes against the base's.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use super::{alias_const, entry_literal};
use crate::attr::path_text;
use crate::lit;
use crate::model::{Base, Model, Role, Row};

/// The items after the impls: the traits written out, and the const checks.
pub(super) fn items(model: &Model<'_>, base: &Base<'_>) -> TokenStream {
    let impls = extension_impls(model, base);
    let checks = base_checks(model, base);
    quote!(#impls #checks)
}

/// The `Base(..)` variant. The bound's projection keeps a base that is not a
/// table to one error, but rustdoc would print it as written: a
/// documentation build, which checks no bodies, names the base as the user
/// wrote it.
pub(super) fn base_variant(model: &Model<'_>, base: &Base<'_>) -> TokenStream {
    let (path, variant) = (base.path, &base.variant);
    let table = base_table(model, base);
    let doc = format!(" A code of the base table, [`{}`].", path_text(path));
    quote! {
        #[cfg(doc)]
        #[doc = #doc]
        #variant(#path),
        #[cfg(not(doc))]
        #[doc = #doc]
        #variant(#table),
    }
}

/// A `match` of the table's own variants, then the base's answer with `base`
/// bound to the base's value: the one shape of a method on `self` here.
fn own_then_base(
    base: &Base<'_>,
    own_arms: impl Iterator<Item = TokenStream>,
    from_base: &TokenStream,
) -> TokenStream {
    let variant = &base.variant;
    quote! {
        match self {
            #(#own_arms,)*
            Self::#variant(base) => #from_base,
        }
    }
}

pub(super) fn code(model: &Model<'_>, base: &Base<'_>) -> TokenStream {
    let arms = model.variants().map(|(_, row)| {
        let (own, code) = (&row.entry.ident, lit::code(row.code));
        quote!(Self::#own => #code)
    });
    own_then_base(base, arms, &quote!(base.code()))
}

pub(super) fn entry(model: &Model<'_>, base: &Base<'_>) -> TokenStream {
    let arms = model.variants().map(|(index, row)| {
        let (own, index) = (&row.entry.ident, lit::index(index));
        quote!(Self::#own => &Self::ENTRIES[#index])
    });
    own_then_base(base, arms, &quote!(base.entry()))
}

pub(super) fn category(model: &Model<'_>, base: &Base<'_>) -> TokenStream {
    let category_enum = &model.category_enum;
    let arms = model
        .categories
        .iter()
        .enumerate()
        .filter_map(|(index, category)| {
            let own: Vec<_> = model
                .variants()
                .filter(|(_, row)| row.category == Some(index))
                .map(|(_, row)| &row.entry.ident)
                .collect();
            let category = &category.ident;
            (!own.is_empty()).then(|| quote!(#(Self::#own)|* => #category_enum::#category))
        });
    let variant = &base.variant;
    own_then_base(
        base,
        arms,
        &quote!(#category_enum::#variant(base.category())),
    )
}

pub(super) fn display(model: &Model<'_>, base: &Base<'_>) -> TokenStream {
    let arms = model.variants().map(|(_, row)| {
        let (own, shown) = (&row.entry.ident, super::display_of(&row.display));
        quote!(Self::#own => #shown)
    });
    own_then_base(base, arms, &quote!(::core::fmt::Display::fmt(base, f)))
}

/// `from_code()`: a `match` of the table's own codes, then the base.
pub(super) fn from_code(model: &Model<'_>, base: &Base<'_>) -> TokenStream {
    let arms = model.variants().map(|(_, row)| {
        let (own, code) = (&row.entry.ident, lit::code(row.code));
        quote!(#code => ::core::option::Option::Some(Self::#own))
    });
    let fallback = in_base(base, &quote!(Self::__parse_errors_in_base(code)));
    quote! {
        match code {
            #(#arms,)*
            _ => #fallback,
        }
    }
}

pub(super) fn from_name(model: &Model<'_>, base: &Base<'_>) -> TokenStream {
    let (private, table) = (&model.private, base_table(model, base));
    in_base(
        base,
        &quote!(<#table as #private::ErrorTable>::from_name(name)),
    )
}

pub(super) fn from_name_loose(
    model: &Model<'_>,
    base: &Base<'_>,
    own: &TokenStream,
) -> TokenStream {
    let (private, table) = (&model.private, base_table(model, base));
    let fallback = in_base(
        base,
        &quote!(<#table as #private::ErrorTable>::from_name_loose(name)),
    );
    quote! {
        match #own {
            ::core::option::Option::Some(found) => ::core::option::Option::Some(found),
            ::core::option::Option::None => #fallback,
        }
    }
}

pub(super) fn entries_of_code(model: &Model<'_>, base: &Base<'_>) -> TokenStream {
    let (private, variant) = (&model.private, &base.variant);
    quote! {
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
    }
}

pub(super) fn table_of_code(base: &Base<'_>, table_name: &str) -> TokenStream {
    let variant = &base.variant;
    quote! {
        if let Self::#variant(base) = self {
            base.__parse_errors_table()
        } else {
            #table_name
        }
    }
}

/// The row of `ENTRIES` of another name of a base code: in the base code's category.
pub(super) fn base_alias_row(model: &Model<'_>, row: &Row<'_>) -> TokenStream {
    let private = &model.private;
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
}

/// `ErrorTable::EXTENDS`: the base's name, through the bound every table meets.
pub(super) fn extends(model: &Model<'_>, base: &Base<'_>) -> TokenStream {
    let (private, table) = (&model.private, base_table(model, base));
    quote! {
        const EXTENDS: ::core::option::Option<&'static ::core::primitive::str> =
            ::core::option::Option::Some(<#table as #private::ErrorTable>::NAME);
    }
}

/// The category enum's `Base(..)` variant, named as the table's is.
pub(super) fn base_category_variant(model: &Model<'_>, base: &Base<'_>) -> TokenStream {
    let private = &model.private;
    let (path, variant) = (base.path, &base.variant);
    let table = base_table(model, base);
    let category_doc = format!(" A category of the base table, [`{}`].", path_text(path));
    let base_category = quote_spanned!(path.span()=> <#table as #private::ErrorTable>::Category);
    quote! {
        #[cfg(doc)]
        #[doc = #category_doc]
        #variant(<#path as #private::ErrorTable>::Category),
        #[cfg(not(doc))]
        #[doc = #category_doc]
        #variant(#base_category),
    }
}

pub(super) fn base_category_title(base: &Base<'_>) -> TokenStream {
    let variant = &base.variant;
    quote!(Self::#variant(category) => category.title(),)
}

pub(super) fn is_retryable(base: &Base<'_>, own: &TokenStream) -> TokenStream {
    let variant = &base.variant;
    quote! {
        if let Self::#variant(base) = self {
            base.is_retryable()
        } else {
            #own
        }
    }
}

pub(super) fn category_is_client_only(base: &Base<'_>, own: &TokenStream) -> TokenStream {
    let variant = &base.variant;
    quote! {
        if let Self::#variant(category) = self {
            category.is_client_only()
        } else {
            #own
        }
    }
}

/// The lookups in the base of a table that extends another.
pub(super) fn base_lookups(model: &Model<'_>, base: &Base<'_>) -> TokenStream {
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

/// The base table, named through the bound every table meets: a base that is
/// not a table fails that bound once, in its own words, and its uses then
/// have an erroneous type, about which the compiler says nothing more. Every
/// token carries the span of the path the user wrote, so the failed bound is
/// reported there, and once.
fn base_table(model: &Model<'_>, base: &Base<'_>) -> TokenStream {
    let (private, path) = (&model.private, base.path);
    quote_spanned!(path.span()=> <#path as #private::BaseTable>::Table)
}

/// The associated const of another name of a code of the base table. It
/// panics when the base lacks the code; that is reported once, by
/// [`base_checks`], and nothing else of the expansion uses the const.
pub(super) fn alias_of_base_code(model: &Model<'_>, row: &Row<'_>, base: &Base<'_>) -> TokenStream {
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

        #[allow(deprecated)]
        impl ::core::hash::Hash for #ident {
            /// By code, as equal values have equal codes.
            #[inline]
            fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
                ::core::hash::Hash::hash(&self.code(), state);
            }
        }

        #[automatically_derived]

        #[allow(deprecated)]
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

        #[allow(deprecated)]
        impl ::core::convert::From<#path> for #spanned_ident {
            #[inline]
            fn from(base: #path) -> Self {
                Self::#variant(base)
            }
        }

        #[automatically_derived]

        #[allow(deprecated)]
        impl ::core::cmp::Ord for #ident {
            /// By code, as the table's own codes and the base's are never the same.
            #[inline]
            fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
                ::core::cmp::Ord::cmp(&self.code(), &other.code())
            }
        }
    }
}

/// The traits of the category enum of a table that extends another, written
/// out for the reason of [`extension_impls`]: as derived, the order is the
/// declared one, the base's categories last, in the base's order.
pub(super) fn base_category_impls(model: &Model<'_>, base: &Base<'_>) -> TokenStream {
    let ident = &model.category_enum;
    let variant = &base.variant;
    let variant_name = variant.to_string();
    let count = lit::index(model.categories.len());
    let places = model
        .categories
        .iter()
        .enumerate()
        .map(|(place, category)| {
            let (own, place) = (&category.ident, lit::index(place));
            quote!(Self::#own => #place)
        });
    let names = model.categories.iter().map(|category| {
        let own = &category.ident;
        let name = own.to_string();
        let name = name.trim_start_matches("r#");
        quote!(Self::#own => f.write_str(#name))
    });
    let value_impls = value_impls(ident);
    quote! {
        #value_impls

        #[automatically_derived]

        #[allow(deprecated)]
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

        #[allow(deprecated)]
        impl ::core::cmp::Ord for #ident {
            fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
                match (self, other) {
                    (Self::#variant(own), Self::#variant(other)) => ::core::cmp::Ord::cmp(own, other),
                    _ => ::core::cmp::Ord::cmp(&self.__parse_errors_place(), &other.__parse_errors_place()),
                }
            }
        }

        #[automatically_derived]

        #[allow(deprecated)]
        impl ::core::hash::Hash for #ident {
            fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
                ::core::hash::Hash::hash(&self.__parse_errors_place(), state);
                if let Self::#variant(base) = self {
                    ::core::hash::Hash::hash(base, state);
                }
            }
        }

        #[automatically_derived]

        #[allow(deprecated)]
        impl ::core::fmt::Debug for #ident {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match self {
                    #(#names,)*
                    Self::#variant(base) => f.debug_tuple(#variant_name).field(base).finish(),
                }
            }
        }

        #[allow(deprecated)]
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
        let written = row.code_expr.filter(|_| row.checked_against_base)?;
        let code = lit::code(row.code);
        let span = written.span();
        match row.role {
            Role::Canonical => Some(quote_spanned! {span=>
                #[allow(deprecated)]
                const _: () = if let ::core::option::Option::Some(taken) = #ident::__parse_errors_taken_in_base(#code) {
                    ::core::panic!("{}", taken.as_str())
                };
            }),
            Role::BaseAlias => {
                let missing = missing_base_code_message(model, row, path);
                Some(quote_spanned! {span=>
                    #[allow(deprecated)]
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
        #[allow(deprecated)]
        #[allow(clippy::expl_impl_clone_on_copy)]
        impl ::core::clone::Clone for #ident {
            #[inline]
            fn clone(&self) -> Self {
                *self
            }
        }

        #[automatically_derived]

        #[allow(deprecated)]
        impl ::core::marker::Copy for #ident {}

        #[automatically_derived]

        #[allow(deprecated)]
        impl ::core::cmp::Eq for #ident {}

        #[automatically_derived]

        #[allow(deprecated)]
        impl ::core::cmp::PartialOrd for #ident {
            #[inline]
            fn partial_cmp(&self, other: &Self) -> ::core::option::Option<::core::cmp::Ordering> {
                ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
            }
        }
    }
}
