//! The `#[parse_errors]` attribute macro. Use it through the
//! [`parse-errors`](https://docs.rs/parse-errors) crate, which re-exports it,
//! documents the table syntax and holds the runtime items the expansion names.
//!
//! The expansion itself is [`parse-errors-codegen`](https://docs.rs/parse-errors-codegen),
//! an ordinary library: this crate only hands it the tokens.
#![forbid(unsafe_code)]

/// Turns an enum into a Parse-style error table.
///
/// Defined in `parse-errors-macros` and used through `parse-errors`, which
/// re-exports it under its `macros` feature and documents the syntax there.
#[proc_macro_attribute]
pub fn parse_errors(
    args: proc_macro::TokenStream,
    input: proc_macro::TokenStream,
) -> proc_macro::TokenStream {
    parse_errors_codegen::expand(args.into(), input.into()).into()
}
