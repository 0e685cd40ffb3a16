//! The whole macro as a function on tokens: read, check, then expand or fall back.
//!
//! A function of `proc_macro2` tokens, so tests and benchmarks run it without a compiler.

use proc_macro2::TokenStream;

use crate::ctxt::Errors;
use crate::{ast, data, expand, fallback, valid};

pub fn expand_table(args: TokenStream, input: TokenStream) -> TokenStream {
    if let Some(output) = data::expand(&args, &input) {
        return output;
    }
    let mut errors = Errors::new();
    let Some(table) = ast::Table::parse(args, input.clone(), &mut errors) else {
        return fallback::item(input, errors);
    };
    match valid::check(&table, &mut errors) {
        Some(model) => expand::table(&model),
        None => fallback::table(&table, errors),
    }
}
