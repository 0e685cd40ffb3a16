//! The whole macro as a function on tokens: read, check, then expand or fall back.
//!
//! A function of `proc_macro2` tokens, so tests and benchmarks run it without a compiler.

use proc_macro2::TokenStream;

use crate::{ast, data, expand, fallback, valid};

pub fn expand_table(args: TokenStream, input: TokenStream) -> TokenStream {
    if let Some(output) = data::expand(&args, &input) {
        return output;
    }
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
        None => fallback::table(&table, in_reading_order(errors)),
    }
}

/// The errors in the order of the source, whatever the order of the checks
/// that found them, so a user reads them top to bottom as a list of fixes.
/// An error reported with a second, "first here" one is placed by the first of
/// the pair and keeps it right after it.
pub fn in_reading_order(errors: Vec<darling::Error>) -> Vec<darling::Error> {
    let mut keyed: Vec<_> = errors
        .into_iter()
        .filter_map(|error| {
            let parts: Vec<darling::Error> = error.into_iter().collect();
            let start = parts.first()?.span().start();
            Some(((start.line, start.column), darling::Error::multiple(parts)))
        })
        .collect();
    keyed.sort_by_key(|(start, _)| *start);
    keyed.into_iter().map(|(_, error)| error).collect()
}
