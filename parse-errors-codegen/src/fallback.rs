//! What an input that is no enum expands to: its errors, and the item as it was.
//!
//! An enum with mistakes needs nothing here: `valid` repairs each mistake as
//! it reports it, and the repaired model expands to the same API as a correct
//! one, so the rest of the user's crate gets no follow-on errors.

use proc_macro2::TokenStream;

use crate::ctxt::Errors;

/// The input is not a table at all: report why and give the item back unchanged.
pub fn item(input: TokenStream, errors: Errors) -> TokenStream {
    let mut output = errors.into_compile_errors();
    output.extend(input);
    output
}
