//! The macro's own expansion, in process: tables of 60, 1,000 and 10,000 rows,
//! and the official one.
//!
//! The macro's pipeline is `parse-errors-codegen`, the library the proc-macro
//! crate is a shell over: what is measured is the code the macro runs.

use criterion::{BatchSize, BenchmarkId, Criterion, criterion_group, criterion_main};
use parse_errors_benches::generate;
use proc_macro2::TokenStream;

/// The arguments and the enum of the first `#[parse_errors]` table in `source`.
fn table(source: &str) -> (TokenStream, TokenStream) {
    let file: syn::File = syn::parse_str(source).expect("the table is Rust");
    for item in file.items {
        if let syn::Item::Enum(mut item) = item {
            let index = item.attrs.iter().position(|attr| {
                attr.path()
                    .segments
                    .last()
                    .is_some_and(|segment| segment.ident == "parse_errors")
            });
            if let Some(index) = index {
                let syn::Meta::List(list) = item.attrs.remove(index).meta else {
                    panic!("arguments")
                };
                return (list.tokens, quote::ToTokens::into_token_stream(item));
            }
        }
    }
    panic!("no #[parse_errors] table")
}

fn expansion(c: &mut Criterion) {
    let official = include_str!("../../parse-errors/tables/official.rs");
    let mut tables = vec![("official".to_owned(), table(official))];
    for rows in [60, 1_000, 10_000] {
        let source = generate::parse_errors_table("Generated", &generate::synthetic(rows));
        tables.push((rows.to_string(), table(&source)));
    }
    let mut group = c.benchmark_group("expansion");
    group.sample_size(20);
    for (name, (args, input)) in &tables {
        let output = parse_errors_codegen::expand(args.clone(), input.clone()).to_string();
        assert!(
            !output.contains("compile_error"),
            "the {name} table expands without errors"
        );
        group.bench_function(BenchmarkId::from_parameter(name), |b| {
            b.iter_batched(
                || (args.clone(), input.clone()),
                |(args, input)| parse_errors_codegen::expand(args, input),
                BatchSize::LargeInput,
            )
        });
    }
    group.finish();
}

criterion_group!(benches, expansion);
criterion_main!(benches);
