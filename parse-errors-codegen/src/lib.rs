//! The expansion of parse-errors' `#[parse_errors]` attribute, as an ordinary
//! library: [`expand`] is exactly what the attribute returns for its
//! arguments and the item under it.
//!
//! The `parse-errors-macros` proc-macro crate is a thin shell over this one,
//! as `serde_derive` is over its internals, so that the expansion can be
//! called from tools, benchmarks, fuzz targets and tests, which a proc-macro
//! crate cannot export to. To write error tables, depend on `parse-errors`
//! with its `macros` feature: it documents the syntax, and holds the runtime
//! items the expansion names.
//!
//! ```
//! let args: proc_macro2::TokenStream = r#"category(App = "App errors")"#.parse()?;
//! let input: proc_macro2::TokenStream = "
//!     pub enum AppCode {
//!         /// The thing failed.
//!         Failed = 9001,
//!     }
//! ".parse()?;
//! let output = parse_errors_codegen::expand(args, input).to_string();
//! assert!(output.contains("pub enum AppCode"));
//! assert!(!output.contains("compile_error"));
//! # Ok::<(), proc_macro2::LexError>(())
//! ```
//!
//! With the `file` feature, the `file` module expands a whole source file
//! of tables into a Rust file to check in, and gives the test that keeps it
//! current: a library ships its own table to users who compile no proc
//! macro (the README of parse-errors, "Shipping a table without the macro",
//! has the recipe).
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

// The expansion is a pipeline of plain functions on `proc_macro2` tokens
// (`pipeline`), one module per stage, so it is tested and benchmarked without
// a compiler. One road for every input:
// - `attr`: the grammar of `#[parse_errors(...)]`, `#[entry(...)]` and the
//   field attributes;
// - `ast`: the enum read once into one typed input, each variant with its
//   fields (an enum whose variants carry data is the same input);
// - `valid`: every check, every mistake reported in one compile into the one
//   error sink of `ctxt` and repaired beside, giving the `model`;
// - `expand`: the code table, its category enum and their impls (`layout`
//   choosing how lookups find a code), and the user's error enum when its
//   variants carry data, its `display` format strings read by `fmt`;
// - `fallback`: an input that is no enum, given back with its errors.

mod ast;
mod attr;
mod ctxt;
mod expand;
mod fallback;
#[cfg(feature = "file")]
#[cfg_attr(docsrs, doc(cfg(feature = "file")))]
pub mod file;
mod fmt;
mod lit;
mod manifest;
mod model;
mod pipeline;
mod suggest;
mod valid;

#[cfg(test)]
mod tests;

use proc_macro2::TokenStream;

/// The expansion of `#[parse_errors(args)]` on `input`: the code table, its
/// category enum and their impls, and the user's error enum when its
/// variants carry data; with a `compile_error!` for each mistake first, and
/// then the same API as a correct input would have, so that the rest of the
/// user's crate gets no follow-on errors. Never panics.
#[must_use]
pub fn expand(args: TokenStream, input: TokenStream) -> TokenStream {
    pipeline::expand_table(args, input)
}

/// Not public API: what the fuzz target checks of every input, through the
/// pipeline's own stages. It may change in any release.
#[doc(hidden)]
pub mod __fuzz {
    use proc_macro2::TokenStream;

    /// For an enum, a struct or a union: whether it has mistakes, by the
    /// pipeline's own notion, and the first promise its repaired model
    /// breaks (see `Model::broken_promise`); `None` for any other input.
    #[must_use]
    pub fn check(args: TokenStream, input: TokenStream) -> Option<(bool, Option<String>)> {
        let mut errors = crate::ctxt::Errors::new();
        let read = crate::ast::Input::parse(args, input, &mut errors);
        let checked = read.as_ref().map(|read| {
            let model = crate::valid::check(read, &mut errors);
            (!model.clean, model.broken_promise())
        });
        drop(errors.into_compile_errors());
        checked
    }
}
