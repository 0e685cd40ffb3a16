//! The `#[parse_errors]` attribute macro. Use it through the
//! [`parse-errors`](https://docs.rs/parse-errors) crate, which re-exports it,
//! documents the table syntax and holds the runtime items the expansion names.
#![forbid(unsafe_code)]

// The expansion is a pipeline of plain functions on `proc_macro2` tokens
// (`pipeline`), one module per stage, so it is tested and benchmarked without
// a compiler:
// - `attr`: the grammar of `#[parse_errors(...)]` and `#[entry(...)]`;
// - `ast`: the enum read into a typed table;
// - `valid`: every check, every mistake reported in one compile into the one
//   error sink of `ctxt`, giving a `model` of the table;
// - `expand`: the enum, its category enum and their impls, with `layout`
//   choosing how lookups find a code;
// - `fallback`: a stand-in for a table with mistakes, so no follow-on errors.
// An enum whose variants carry data is split first (`data`): its codes go
// through the stages above as a unit-only code enum, and `data_expand` writes
// the user's enum, its `display` format strings read by `fmt`.

mod ast;
mod attr;
mod ctxt;
mod data;
mod data_expand;
mod expand;
mod fallback;
mod fmt;
mod layout;
mod lit;
mod manifest;
mod model;
mod pipeline;
mod suggest;
mod valid;

#[cfg(test)]
mod data_tests;
#[cfg(test)]
mod generated;
#[cfg(test)]
mod tests;

/// Turns an enum into a Parse-style error table.
///
/// Defined in `parse-errors-macros` and used through `parse-errors`, which
/// re-exports it under its `macros` feature and documents the syntax there.
#[proc_macro_attribute]
pub fn parse_errors(
    args: proc_macro::TokenStream,
    input: proc_macro::TokenStream,
) -> proc_macro::TokenStream {
    pipeline::expand_table(args.into(), input.into()).into()
}
