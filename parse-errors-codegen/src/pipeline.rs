//! The whole macro as a function on tokens: read once, check once, expand once.
//!
//! A function of `proc_macro2` tokens, so tests and benchmarks run it without a compiler.

use proc_macro2::TokenStream;

use crate::ctxt::Errors;
use crate::{ast, expand, fallback, valid};

pub fn expand_table(args: TokenStream, input: TokenStream) -> TokenStream {
    let mut errors = Errors::new();
    let Some(read) = ast::Input::parse(args, input.clone(), &mut errors) else {
        return fallback::item(input, errors);
    };
    let model = valid::check(&read, &mut errors);
    let mut output = errors.into_compile_errors();
    output.extend(expand::expand(&model));
    output
}
