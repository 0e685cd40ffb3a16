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

use proc_macro2::TokenStream;
use quote::quote;

use crate::lit;
use crate::model::Model;

/// An array indexed by code may have this many holes per code, and no more:
/// the official table (89 codes from -1 to 999) has about 10.
const MAX_SLOTS_PER_CODE: usize = 16;

/// Nor may it be longer than this, whatever the table's size.
const MAX_SLOTS: usize = 1 << 16;

/// A table with more variants than this finds a variant from its code by one
/// `match`, as a hand-written table does, rather than in an array of variants
/// by code. The compiler checks the value of a const holding variants by
/// reading each one's discriminant, and finds a discriminant written as a code
/// by a scan of the enum's variants: an array of N variants costs N times N
/// steps in every crate that uses it (for 10,000 variants, seconds; a `match`
/// of 10,000 arms costs a fraction of that). For the same reason nothing the
/// expansion generates reads `ALL`. Below this, the array saves `from_code` a
/// mispredicted jump.
const MAX_VARIANTS_BY_CODE: usize = 1024;

/// The lookup machinery of a table without a base.
pub struct Layout {
    /// The arrays indexed by code, when the codes are compact.
    by_code: Option<ByCode>,
    /// How many variants there are.
    count: usize,
}

/// Arrays indexed by `code - min`, one slot per code from the lowest to the highest.
#[derive(Clone, Copy)]
struct ByCode {
    min: i32,
    slots: usize,
    /// Whether there is an array of the variants too, for `from_code`,
    /// besides the array of their indexes in `ALL`, for the accessors.
    variants: bool,
}

impl Layout {
    pub fn of(model: &Model<'_>) -> Self {
        let codes: Vec<i32> = model.variants().map(|(_, row)| row.code).collect();
        let count = codes.len();
        let (Some(&min), Some(&max)) = (codes.iter().min(), codes.iter().max()) else {
            return Self {
                by_code: None,
                count,
            };
        };
        let slots = usize::try_from(i64::from(max) - i64::from(min) + 1).unwrap_or(usize::MAX);
        let compact =
            slots <= MAX_SLOTS && slots <= count.saturating_mul(MAX_SLOTS_PER_CODE).max(256);
        Self {
            by_code: compact.then_some(ByCode {
                min,
                slots,
                variants: count <= MAX_VARIANTS_BY_CODE,
            }),
            count,
        }
    }

    /// The private arrays and the index function the accessors use.
    pub fn lookup_items(&self, model: &Model<'_>) -> TokenStream {
        let count = lit::index(self.count);
        let category_enum = &model.category_enum;
        let rows = model.variants().map(|(row, _)| lit::index(row));
        // Every text, when every message is one; else `Display` is a `match`.
        let texts: Option<Vec<&str>> = model
            .variants()
            .map(|(_, row)| row.display.text())
            .collect();
        let displays = texts.map(|texts| {
            quote! {
                /// Each variant's `Display` text, in the order of `ALL`.
                const __PARSE_ERRORS_DISPLAY: [&'static ::core::primitive::str; #count] = [#(#texts),*];
            }
        });
        let categories = model.variants().map(|(_, row)| {
            let category = row.category.map(|index| &model.categories[index].ident);
            quote!(#category_enum::#category)
        });
        let index = self.index_body(model);
        let by_code = self.by_code(model);
        quote! {
            /// Each variant's canonical row in `ENTRIES`, in the order of `ALL`.
            const __PARSE_ERRORS_ROWS: [::core::primitive::u32; #count] = [#(#rows),*];

            #displays

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
        let Some(ByCode {
            min,
            slots,
            variants: true,
        }) = self.by_code
        else {
            let arms = model.variants().map(|(_, row)| {
                let (variant, code) = (&row.entry.ident, lit::code(row.code));
                quote!(#code => ::core::option::Option::Some(Self::#variant))
            });
            return quote! {
                match code {
                    #(#arms,)*
                    _ => ::core::option::Option::None,
                }
            };
        };
        let (min, slots) = (lit::code(min), lit::index(slots));
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
        if let Some(ByCode { min, .. }) = self.by_code {
            let min = lit::code(min);
            return quote! {
                Self::__PARSE_ERRORS_INDEX_BY_CODE[
                    (self as ::core::primitive::i32).wrapping_sub(#min).cast_unsigned()
                        as ::core::primitive::usize
                ] as ::core::primitive::usize
            };
        }
        let arms = model.variants().enumerate().map(|(index, (_, row))| {
            let variant = &row.entry.ident;
            let index = lit::index(index);
            quote!(Self::#variant => #index)
        });
        quote!(match self { #(#arms,)* })
    }

    /// For compact codes, the variant's index at `code - min`, for the
    /// accessors (`MAX` where there is no code), and for a table of at most
    /// [`MAX_VARIANTS_BY_CODE`] variants the variant itself, for `from_code`
    /// (one load, as fast as a lookup gets). The index array is written out
    /// whole: a literal of integers is cheap for the compiler to check,
    /// cheaper than filling an array one statement a code.
    fn by_code(&self, model: &Model<'_>) -> Option<TokenStream> {
        let ByCode {
            min,
            slots,
            variants,
        } = self.by_code?;
        let slot_type = self.slot_type();
        let none = self.slot_none();
        let mut indexes = vec![none; slots];
        let mut fills = Vec::new();
        for (index, (_, row)) in model.variants().enumerate() {
            let slot = usize::try_from(i64::from(row.code) - i64::from(min)).unwrap_or_default();
            indexes[slot] = lit::index(index);
            let (slot, variant) = (lit::index(slot), &row.entry.ident);
            fills.push(quote!(table[#slot] = ::core::option::Option::Some(Self::#variant);));
        }
        let slots_literal = lit::index(slots);
        // Mostly holes: filled a statement a code, which for a table this small
        // is cheaper to write out than a literal of every slot.
        let variants = variants.then(|| {
            quote! {
                /// Each code's variant, at `code - min`.
                const __PARSE_ERRORS_BY_CODE: [::core::option::Option<Self>; #slots_literal] = {
                    let mut table = [::core::option::Option::None; #slots_literal];
                    #(#fills)*
                    table
                };
            }
        });
        Some(quote! {
            #variants

            /// Each code's variant index, at `code - min`; `MAX` where there is no code.
            const __PARSE_ERRORS_INDEX_BY_CODE: [#slot_type; #slots_literal] = [#(#indexes),*];
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

    /// That type's `MAX`, as a literal.
    fn slot_none(&self) -> proc_macro2::Literal {
        if self.count < usize::from(u8::MAX) {
            lit::index(u8::MAX.into())
        } else if self.count < usize::from(u16::MAX) {
            lit::index(u16::MAX.into())
        } else {
            lit::index(usize::try_from(u32::MAX).unwrap_or(usize::MAX))
        }
    }
}
