//! The macro's pipeline on any source text: it never panics, reports every
//! table it rejects with `compile_error!`, writes Rust for every item, and
//! gives every table a stand-in the checks accept (as
//! `parse-errors-codegen/src/tests/mod.rs` asserts for its UI cases and mutated
//! tables).
//!
//! The compiler hands an attribute macro an item it has parsed, so the output
//! must be a Rust file when the input is one item. Other tokens reach the
//! pipeline too, since random bytes seldom make an item: for them it must not
//! panic and must report an error, and it gives the tokens back as they came
//! (`fallback::item`), Rust or not.

use proc_macro2::{Delimiter, TokenStream, TokenTree};

/// The macro's pipeline on the first `#[parse_errors(...)]` table of `source`.
///
/// # Panics
/// When the pipeline panics or its output breaks a promise.
pub fn check(source: &str) {
    // Rust's lexer refuses much that is not Rust; whatever it takes reaches
    // the pipeline.
    if let Ok(tokens) = source.parse::<TokenStream>() {
        let (args, input) = split(tokens);
        check_expansion(args, input);
    }
    // Spans of the fallback `proc_macro2` are kept, per thread, for as long
    // as it runs: forget those of this input, which are all dropped by now.
    proc_macro2::extra::invalidate_current_thread_spans();
}

/// The arguments of the first `#[parse_errors(...)]` (or `#[path::parse_errors]`)
/// attribute, and the item it is on as the compiler hands it to the macro:
/// the outer attributes written before it and every token after it up to the
/// item's `{...}` body or `;`. Without such an attribute, no arguments and the
/// whole source as the item, so that any tokens reach the pipeline.
pub fn split(tokens: TokenStream) -> (TokenStream, TokenStream) {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    for at in 0..tokens.len() {
        let Some(args) = table_attribute(&tokens[at..]) else {
            continue;
        };
        let mut start = at;
        while start >= 2 && outer_attribute(&tokens[start - 2..start]) {
            start -= 2;
        }
        let rest = &tokens[at + 2..];
        let end = rest
            .iter()
            .position(|token| match token {
                TokenTree::Group(group) => group.delimiter() == Delimiter::Brace,
                TokenTree::Punct(punct) => punct.as_char() == ';',
                _ => false,
            })
            .map_or(rest.len(), |end| end + 1);
        let input = tokens[start..at]
            .iter()
            .chain(&rest[..end])
            .cloned()
            .collect();
        return (args, input);
    }
    (TokenStream::new(), tokens.into_iter().collect())
}

/// Whether `tokens` start with an outer attribute, `#` and `[...]`.
fn outer_attribute(tokens: &[TokenTree]) -> bool {
    matches!(
        tokens,
        [TokenTree::Punct(hash), TokenTree::Group(group), ..]
            if hash.as_char() == '#' && group.delimiter() == Delimiter::Bracket
    )
}

/// The arguments when `tokens` start with `#[parse_errors(...)]`, `#[parse_errors]`
/// or the same with a path before the name.
fn table_attribute(tokens: &[TokenTree]) -> Option<TokenStream> {
    let [_, TokenTree::Group(group), ..] = tokens else {
        return None;
    };
    if !outer_attribute(tokens) {
        return None;
    }
    let inside: Vec<TokenTree> = group.stream().into_iter().collect();
    let (path, args) = match inside.split_last() {
        Some((TokenTree::Group(args), path)) if args.delimiter() == Delimiter::Parenthesis => {
            (path, args.stream())
        }
        _ => (&inside[..], TokenStream::new()),
    };
    match path.last() {
        Some(TokenTree::Ident(name)) if name == "parse_errors" => Some(args),
        _ => None,
    }
}

/// The pipeline's output for `args` and `input`, checked.
fn check_expansion(args: TokenStream, input: TokenStream) {
    let output = parse_errors_codegen::expand(args.clone(), input.clone());
    let reports = has_compile_error(&output);
    let text = output.to_string();
    if syn::parse2::<syn::Item>(input.clone()).is_ok()
        && let Err(error) = syn::parse2::<syn::File>(output)
    {
        panic!("the output for an item is not Rust: {error}\n{text}");
    }
    let Some((has_mistakes, broken)) = parse_errors_codegen::__fuzz::check(args, input) else {
        assert!(
            reports,
            "an input that is not a table is given back without an error\n{text}"
        );
        return;
    };
    assert_eq!(
        reports, has_mistakes,
        "an input is reported with compile_error! exactly when it has mistakes\n{text}"
    );
    // The model of an input with mistakes keeps its whole API.
    if let Some(broken) = broken {
        panic!("the repair broke a promise: {broken}\n{text}");
    }
}

/// Whether the output has a `compile_error!` at its top level, where the
/// macro writes its errors (user tokens given back may hold others, deeper).
fn has_compile_error(output: &TokenStream) -> bool {
    let tokens: Vec<TokenTree> = output.clone().into_iter().collect();
    tokens.windows(2).any(|pair| {
        matches!(
            pair,
            [TokenTree::Ident(name), TokenTree::Punct(bang)]
                if name == "compile_error" && bang.as_char() == '!'
        )
    })
}
