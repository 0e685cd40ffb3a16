//! What the fuzz targets check, shared by them: each target in `fuzz_targets/`
//! hands its input to one function here, which panics when a promise of the
//! crates does not hold.
//!
//! The macro's pipeline is `parse-errors-codegen`, an ordinary library the
//! proc-macro crate is a shell over: what is fuzzed is the code the macro runs.
#![forbid(unsafe_code)]

pub mod decoders;
pub mod macro_input;
pub mod names;
