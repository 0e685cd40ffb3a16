//! Literals of the expansion, written one way everywhere.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

/// A code as an unsuffixed literal; negative codes as `-` then the magnitude,
/// which is how rustc expects them in patterns.
pub fn code(code: i32) -> TokenStream {
    let magnitude = Literal::i64_unsuffixed(i64::from(code).abs());
    if code < 0 {
        quote!(-#magnitude)
    } else {
        quote!(#magnitude)
    }
}

/// A length, an index or a count, unsuffixed.
pub fn index(index: usize) -> Literal {
    Literal::usize_unsuffixed(index)
}
