//! Lookups of the generated `ErrorCode` against what users would write instead,
//! each group measured in one run. See BENCHMARKS.md for the results.

use std::collections::HashMap;
use std::fmt::Write;
use std::hint::black_box;
use std::str::FromStr;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use num_enum::TryFromPrimitive;
use parse_errors::{ErrorCode, ParseError};
use parse_errors_benches::derived::DerivedCode;
use parse_errors_benches::hand::HandCode;
use parse_errors_benches::{STREAM, mixed_codes, mixed_names, mixed_variants, repeated_code};
use strum::EnumMessage;

/// The practical limit: an array indexed by `code - min`.
struct Dense {
    min: i32,
    table: Vec<Option<HandCode>>,
}

impl Dense {
    fn new() -> Self {
        let codes: Vec<i32> = ErrorCode::ALL.iter().map(|code| code.code()).collect();
        let min = *codes.iter().min().unwrap();
        let max = *codes.iter().max().unwrap();
        let mut table = vec![None; usize::try_from(max - min + 1).unwrap()];
        for &code in &codes {
            table[usize::try_from(code - min).unwrap()] = HandCode::from_code(code);
        }
        Self { min, table }
    }

    #[inline]
    fn get(&self, code: i32) -> Option<HandCode> {
        self.table
            .get(code.wrapping_sub(self.min) as u32 as usize)
            .copied()
            .flatten()
    }
}

fn from_code(c: &mut Criterion) {
    let dense = Dense::new();
    let mut sorted: Vec<(i32, HandCode)> = ErrorCode::ALL
        .iter()
        .map(|code| (code.code(), HandCode::from_code(code.code()).unwrap()))
        .collect();
    sorted.sort_by_key(|(code, _)| *code);
    let map: HashMap<i32, HandCode> = sorted.iter().copied().collect();
    for (stream_name, stream) in [("mixed", mixed_codes()), ("repeated", repeated_code())] {
        let mut group = c.benchmark_group(format!("from_code/{stream_name}"));
        group.throughput(Throughput::Elements(STREAM as u64));
        let codes = &stream[..];
        macro_rules! bench {
            ($name:literal, $lookup:expr) => {
                group.bench_function(BenchmarkId::from_parameter($name), |b| {
                    b.iter(|| {
                        let mut found = 0u32;
                        for &code in black_box(codes) {
                            found += u32::from($lookup(code).is_some());
                        }
                        found
                    })
                });
            };
        }
        bench!("generated", ErrorCode::from_code);
        bench!("dense_array", |code| dense.get(code));
        bench!("hand_match", HandCode::from_code);
        bench!("binary_search", |code| sorted
            .binary_search_by_key(&code, |(key, _)| *key)
            .ok()
            .map(|index| sorted[index].1));
        bench!("hashmap", |code| map.get(&code).copied());
        bench!("num_enum", |code| DerivedCode::try_from_primitive(code)
            .ok());
        group.finish();
    }
}

fn code(c: &mut Criterion) {
    let variants = mixed_variants();
    let mut group = c.benchmark_group("code");
    group.throughput(Throughput::Elements(STREAM as u64));
    group.bench_function("generated", |b| {
        b.iter(|| {
            black_box(&variants)
                .iter()
                .map(|code| i64::from(code.code()))
                .sum::<i64>()
        })
    });
    group.bench_function("sum_of_the_codes", |b| {
        let codes: Vec<i32> = variants.iter().map(|code| code.code()).collect();
        b.iter(|| {
            black_box(&codes)
                .iter()
                .map(|&code| i64::from(code))
                .sum::<i64>()
        })
    });
    group.finish();
}

fn from_name(c: &mut Criterion) {
    let names = mixed_names();
    let map: HashMap<&str, HandCode> = ErrorCode::ENTRIES
        .iter()
        .map(|entry| (entry.name, HandCode::from_code(entry.code).unwrap()))
        .collect();
    let mut group = c.benchmark_group("from_name");
    group.throughput(Throughput::Elements(STREAM as u64));
    macro_rules! bench {
        ($name:literal, $lookup:expr) => {
            group.bench_function(BenchmarkId::from_parameter($name), |b| {
                b.iter(|| {
                    let mut found = 0u32;
                    for &name in black_box(&names) {
                        found += u32::from($lookup(name));
                    }
                    found
                })
            });
        };
    }
    bench!("generated", |name| ErrorCode::from_name(name).is_some());
    bench!("strum", |name| DerivedCode::from_str(name).is_ok());
    bench!("hand_match", |name| HandCode::from_name(name).is_some());
    bench!("hashmap", |name| map.contains_key(name));
    group.finish();
}

fn accessors(c: &mut Criterion) {
    let variants = mixed_variants();
    let hand: Vec<HandCode> = variants
        .iter()
        .map(|code| HandCode::from_code(code.code()).unwrap())
        .collect();
    let derived: Vec<DerivedCode> = variants
        .iter()
        .map(|code| DerivedCode::try_from_primitive(code.code()).unwrap())
        .collect();
    for accessor in ["name", "description", "category"] {
        let mut group = c.benchmark_group(accessor);
        group.throughput(Throughput::Elements(STREAM as u64));
        macro_rules! bench {
            ($name:literal, $items:expr, $get:expr) => {
                group.bench_function(BenchmarkId::from_parameter($name), |b| {
                    b.iter(|| {
                        black_box($items)
                            .iter()
                            .map(|&item| $get(item).len())
                            .sum::<usize>()
                    })
                });
            };
        }
        match accessor {
            "name" => {
                bench!("generated", &variants, ErrorCode::name);
                bench!("hand_match", &hand, HandCode::name);
                bench!("strum", &derived, |code: DerivedCode| <&'static str>::from(
                    code
                ));
            }
            "description" => {
                bench!("generated", &variants, ErrorCode::description);
                bench!("hand_match", &hand, HandCode::description);
                bench!("strum", &derived, |code: DerivedCode| code
                    .get_detailed_message()
                    .unwrap_or(""));
            }
            _ => {
                bench!("generated", &variants, |code: ErrorCode| code
                    .category()
                    .title());
                bench!("hand_match", &hand, HandCode::category);
            }
        }
        group.finish();
    }
}

fn display(c: &mut Criterion) {
    let variants = mixed_variants();
    let hand: Vec<HandCode> = variants
        .iter()
        .map(|code| HandCode::from_code(code.code()).unwrap())
        .collect();
    let derived: Vec<DerivedCode> = variants
        .iter()
        .map(|code| DerivedCode::try_from_primitive(code.code()).unwrap())
        .collect();
    let mut group = c.benchmark_group("display_into_buffer");
    group.throughput(Throughput::Elements(STREAM as u64));
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
    bench!("generated", &variants);
    bench!("thiserror", &derived);
    bench!("hand_match", &hand);
    group.finish();

    let mut group = c.benchmark_group("to_string");
    group.throughput(Throughput::Elements(STREAM as u64));
    group.bench_function("generated", |b| {
        b.iter(|| {
            black_box(&variants)
                .iter()
                .map(|code| code.to_string().len())
                .sum::<usize>()
        })
    });
    group.bench_function("thiserror", |b| {
        b.iter(|| {
            black_box(&derived)
                .iter()
                .map(|code| code.to_string().len())
                .sum::<usize>()
        })
    });
    group.finish();
}

fn decode(c: &mut Criterion) {
    let body = r#"{"code":101,"error":"Object not found."}"#;
    let mut group = c.benchmark_group("decode_body");
    group.bench_function("parse_error", |b| {
        b.iter(|| {
            let error: ParseError = serde_json::from_str(black_box(body)).unwrap();
            (error.code(), error.message().len())
        })
    });
    group.bench_function("serde_json_value", |b| {
        b.iter(|| {
            let value: serde_json::Value = serde_json::from_str(black_box(body)).unwrap();
            let code = value.get("code").and_then(serde_json::Value::as_i64);
            (
                code,
                value
                    .get("error")
                    .and_then(serde_json::Value::as_str)
                    .map_or(0, str::len),
            )
        })
    });
    group.finish();
}

criterion_group!(
    benches, from_code, code, from_name, accessors, display, decode
);
criterion_main!(benches);
