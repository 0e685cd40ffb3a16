//! What the fuzz targets check, shared by them: each target in `fuzz_targets/`
//! hands its input to one function here, which panics when a promise of the
//! crates does not hold.
//!
//! A proc-macro crate exports nothing but its macros, so this library compiles
//! the macro's modules as plain modules, from the very same files (`#[path]`),
//! as `benches/benches/expansion.rs` does: what is fuzzed is the code the
//! macro runs.
#![forbid(unsafe_code)]

pub mod decoders;
pub mod macro_input;
pub mod names;

include!("../../parse-errors-macros/as_library.rs");
