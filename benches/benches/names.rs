//! `from_name_loose` against `from_name`. A binary of its own: in the same
//! binary as the `from_name` group, a second caller of `from_name` changed how
//! the compiler inlined it there, and moved that group's result by 20%.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use parse_errors::ErrorCode;
use parse_errors_benches::{STREAM, mixed_names};

/// What forgiving names cost: the same names as SDKs write them
/// (`OBJECT_NOT_FOUND`), against exact lookups of the names as the table
/// writes them.
fn from_name_loose(c: &mut Criterion) {
    let exact = mixed_names();
    let screaming: Vec<String> = exact.iter().map(|name| screaming_snake(name)).collect();
    let screaming: Vec<&str> = screaming.iter().map(String::as_str).collect();
    let mut group = c.benchmark_group("from_name_loose");
    group.throughput(Throughput::Elements(STREAM as u64));
    macro_rules! bench {
        ($name:literal, $names:expr, $lookup:expr) => {
            group.bench_function(BenchmarkId::from_parameter($name), |b| {
                b.iter(|| {
                    let mut found = 0u32;
                    for &name in black_box($names) {
                        found += u32::from($lookup(name));
                    }
                    found
                })
            });
        };
    }
    bench!("exact_from_name", &exact, |name| ErrorCode::from_name(name)
        .is_some());
    bench!("loose_exact_names", &exact, |name| {
        ErrorCode::from_name_loose(name).is_some()
    });
    bench!("loose_screaming_snake", &screaming, |name| {
        ErrorCode::from_name_loose(name).is_some()
    });
    group.finish();
}

/// `ObjectNotFound` as the SDKs' constants write it: `OBJECT_NOT_FOUND`.
fn screaming_snake(name: &str) -> String {
    let mut out = String::new();
    for (index, c) in name.char_indices() {
        if index > 0 && c.is_ascii_uppercase() {
            out.push('_');
        }
        out.push(c.to_ascii_uppercase());
    }
    out
}

criterion_group!(benches, from_name_loose);
criterion_main!(benches);
