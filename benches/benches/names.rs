//! `from_name_loose` against `from_name` and `from_sdk_name`. A binary of its
//! own: in the same binary as the `from_name` group, a second caller of
//! `from_name` changed how the compiler inlined it there, and moved that
//! group's result by 20%.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use parse_errors::ErrorCode;
use parse_errors_benches::{STREAM, mixed_names};

/// What forgiving names cost: names as the table writes them, and the Parse
/// JS SDK's constants (`OBJECT_NOT_FOUND`) of the same codes, in the same order.
fn from_name_loose(c: &mut Criterion) {
    let exact = mixed_names();
    let sdk: Vec<&str> = exact
        .iter()
        .filter_map(|name| ErrorCode::from_name(name)?.sdk_name())
        .cycle()
        .take(STREAM)
        .collect();
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
    bench!("from_sdk_name", &sdk, |name| ErrorCode::from_sdk_name(name)
        .is_some());
    bench!("loose_sdk_constants", &sdk, |name| {
        ErrorCode::from_name_loose(name).is_some()
    });
    group.finish();
}

criterion_group!(benches, from_name_loose);
criterion_main!(benches);
