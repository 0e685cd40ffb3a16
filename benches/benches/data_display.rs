//! `Display` of an error enum whose variants carry data, `#[parse_errors]`
//! against thiserror's derive of the same enum with the same format strings
//! (`src/data_errors.rs`), written into a reused buffer. See BENCHMARKS.md for
//! the results, and `src/bin/data_display_alternating.rs` for the same
//! measure taken in alternation, round by round.

use std::fmt::Write;
use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use parse_errors_benches::data_errors::{DATA_STREAM, SHAPES, ours, streams, theirs};

fn display(c: &mut Criterion) {
    // The texts are the same, so the work is the same.
    for index in 0..DATA_STREAM {
        assert_eq!(ours(index).to_string(), theirs(index).to_string());
    }
    for (shape, only) in SHAPES {
        let (mine, derived) = streams(only);
        let mut group = c.benchmark_group(format!("data_display_into_buffer/{shape}"));
        group.throughput(Throughput::Elements(mine.len() as u64));
        macro_rules! bench {
            ($name:literal, $items:expr) => {
                group.bench_function(BenchmarkId::from_parameter($name), |b| {
                    let mut buffer = String::with_capacity(256);
                    b.iter(|| {
                        let mut total = 0;
                        for item in black_box($items) {
                            buffer.clear();
                            write!(buffer, "{item}").unwrap();
                            total += buffer.len();
                        }
                        total
                    })
                });
            };
        }
        bench!("parse_errors", &mine);
        bench!("thiserror", &derived);
        group.finish();
    }
}

criterion_group!(benches, display);
criterion_main!(benches);
