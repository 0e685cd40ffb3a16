//! The whole macro as a function on tokens: read, check, then expand or fall back.
//!
//! A function of `proc_macro2` tokens, so tests and benchmarks run it without a compiler.

use proc_macro2::TokenStream;

use crate::{ast, expand, fallback, valid};

pub fn expand_table(args: TokenStream, input: TokenStream) -> TokenStream {
    let mut errors = Vec::new();
    let table = match ast::Table::parse(args, input.clone(), &mut errors) {
        Ok(table) => table,
        Err(error) => {
            errors.push(error);
            return fallback::item(input, darling::Error::multiple(errors));
        }
    };
    match valid::check(&table, &mut errors) {
        Some(model) => expand::table(&model),
        None => fallback::table(&table, errors),
    }
}
