//! How a table of its own finds what it knows of a code, chosen at expansion
//! time from the shape of its codes.
//!
//! One `match` per accessor compiles to a jump table per accessor, mispredicted
//! on codes in no particular order. Instead every accessor goes through the
//! variant's index (its place in `ALL`) into small arrays of rows, `Display`
//! texts and categories. The index comes from the code: through an array
//! indexed by `code - min` when the codes are compact enough for it, through one
//! `match` otherwise. `from_code` reads an array of variants indexed the same
//! way, so a lookup costs a bounds test and a load.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::model::Model;

/// An array indexed by code may have this many holes per code, and no more:
/// the official table (89 codes from -1 to 999) has about 10.
const MAX_SLOTS_PER_CODE: usize = 16;

/// Nor may it be longer than this, whatever the table's size.
const MAX_SLOTS: usize = 1 << 16;

/// The lookup machinery of a table without a base.
pub struct Layout {
    /// The arrays indexed by code, when the codes are compact.
    dense: Option<Dense>,
    /// How many variants there are.
    count: usize,
}

/// Arrays indexed by `code - min`, one slot per code from the lowest to the highest.
#[derive(Clone, Copy)]
struct Dense {
    min: i32,
    slots: usize,
}

impl Layout {
    pub fn of(model: &Model<'_>) -> Self {
        let codes: Vec<i32> = model.variants().map(|(_, row)| row.code).collect();
        let count = codes.len();
        let (Some(&min), Some(&max)) = (codes.iter().min(), codes.iter().max()) else {
            return Self { dense: None, count };
        };
        let slots = usize::try_from(i64::from(max) - i64::from(min) + 1).unwrap_or(usize::MAX);
        let compact =
            slots <= MAX_SLOTS && slots <= count.saturating_mul(MAX_SLOTS_PER_CODE).max(256);
        Self {
            dense: compact.then_some(Dense { min, slots }),
            count,
        }
    }

    /// The private arrays and the index function the accessors use.
    pub fn lookup_items(&self, model: &Model<'_>) -> TokenStream {
        let count = Literal::usize_unsuffixed(self.count);
        let category_enum = &model.category_enum;
        let rows = model
            .variants()
            .map(|(row, _)| Literal::u32_unsuffixed(u32::try_from(row).unwrap_or(u32::MAX)));
        let displays = model.variants().map(|(_, row)| &row.display);
        let categories = model.variants().map(|(_, row)| {
            let category = row.category.map(|index| model.categories[index].ident);
            quote!(#category_enum::#category)
        });
        let index = self.index_body(model);
        let by_code = self.by_code(model);
        quote! {
            /// Each variant's canonical row in `ENTRIES`, in the order of `ALL`.
            const __PARSE_ERRORS_ROWS: [::core::primitive::u32; #count] = [#(#rows),*];

            /// Each variant's `Display` text, in the order of `ALL`.
            const __PARSE_ERRORS_DISPLAY: [&'static ::core::primitive::str; #count] = [#(#displays),*];

            /// Each variant's category, in the order of `ALL`.
            const __PARSE_ERRORS_CATEGORIES: [#category_enum; #count] = [#(#categories),*];

            #by_code

            /// The variant's place in `ALL`.
            #[inline]
            const fn __parse_errors_index(self) -> ::core::primitive::usize {
                #index
            }
        }
    }

    /// The body of `from_code`.
    pub fn code_lookup(&self, model: &Model<'_>) -> TokenStream {
        let Some(Dense { min, slots }) = self.dense else {
            let arms = model.variants().map(|(_, row)| {
                let (variant, code) = (&row.entry.ident, code_literal(row.code));
                quote!(#code => ::core::option::Option::Some(Self::#variant))
            });
            return quote! {
                match code {
                    #(#arms,)*
                    _ => ::core::option::Option::None,
                }
            };
        };
        let (min, slots) = (code_literal(min), Literal::usize_unsuffixed(slots));
        quote! {
            // A code below the lowest wraps around to a slot past the end.
            let slot = code.wrapping_sub(#min).cast_unsigned() as ::core::primitive::usize;
            if slot < #slots {
                Self::__PARSE_ERRORS_BY_CODE[slot]
            } else {
                ::core::option::Option::None
            }
        }
    }

    fn index_body(&self, model: &Model<'_>) -> TokenStream {
        if let Some(Dense { min, .. }) = self.dense {
            let min = code_literal(min);
            return quote! {
                Self::__PARSE_ERRORS_INDEX_BY_CODE[
                    (self as ::core::primitive::i32).wrapping_sub(#min).cast_unsigned()
                        as ::core::primitive::usize
                ] as ::core::primitive::usize
            };
        }
        let arms = model.variants().enumerate().map(|(index, (_, row))| {
            let variant = &row.entry.ident;
            let index = Literal::usize_unsuffixed(index);
            quote!(Self::#variant => #index)
        });
        quote!(match self { #(#arms,)* })
    }

    /// For compact codes, two arrays indexed by `code - min`: the variant, for
    /// `from_code` (one load, as fast as a lookup gets), and the variant's index,
    /// for the accessors (`MAX` where there is no code; never read there).
    fn by_code(&self, model: &Model<'_>) -> Option<TokenStream> {
        let Dense { min, slots } = self.dense?;
        let slot_type = self.slot_type();
        let slots_literal = Literal::usize_unsuffixed(slots);
        let (mut variants, mut indexes) = (Vec::new(), Vec::new());
        for (index, (_, row)) in model.variants().enumerate() {
            let slot = usize::try_from(i64::from(row.code) - i64::from(min)).unwrap_or_default();
            let (slot, index, variant) = (
                Literal::usize_unsuffixed(slot),
                Literal::usize_unsuffixed(index),
                &row.entry.ident,
            );
            variants.push(quote!(table[#slot] = ::core::option::Option::Some(Self::#variant);));
            indexes.push(quote!(table[#slot] = #index;));
        }
        Some(quote! {
            /// Each code's variant, at `code - min`.
            const __PARSE_ERRORS_BY_CODE: [::core::option::Option<Self>; #slots_literal] = {
                let mut table = [::core::option::Option::None; #slots_literal];
                #(#variants)*
                table
            };

            /// Each code's variant index, at `code - min`; `MAX` where there is no code.
            const __PARSE_ERRORS_INDEX_BY_CODE: [#slot_type; #slots_literal] = {
                let mut table = [#slot_type::MAX; #slots_literal];
                #(#indexes)*
                table
            };
        })
    }

    /// The smallest unsigned type that holds every index and a `MAX` for none.
    fn slot_type(&self) -> TokenStream {
        if self.count < usize::from(u8::MAX) {
            quote!(::core::primitive::u8)
        } else if self.count < usize::from(u16::MAX) {
            quote!(::core::primitive::u16)
        } else {
            quote!(::core::primitive::u32)
        }
    }
}

/// A code as an unsuffixed literal; negative codes as `-` then the magnitude,
/// which is how rustc expects them in patterns.
pub fn code_literal(code: i32) -> TokenStream {
    let magnitude = Literal::i64_unsuffixed(i64::from(code).abs());
    if code < 0 {
        quote!(-#magnitude)
    } else {
        quote!(#magnitude)
    }
}
