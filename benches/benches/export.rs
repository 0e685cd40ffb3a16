//! The exports of `ErrorCode` (goal: under 1 ms each), against the floor any
//! of them pays, a copy of the table's text into one `String`, and, for the
//! JSON, what a user would write instead: a `serde_json::Value` of the same
//! objects, serialized.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use parse_errors::{ErrorCode, ParseError, export};
use serde_json::{Value, json};

/// Every row's code, name, category and description, copied into one `String`.
fn copy_of_the_text() -> String {
    let mut text = String::with_capacity(ErrorCode::ENTRIES.len() * 192);
    for row in ErrorCode::ENTRIES {
        text.push_str(&row.code.to_string());
        text.push_str(row.name);
        text.push_str(row.category);
        text.push_str(row.description);
    }
    text
}

/// The JSON export's objects as a `serde_json::Value`, written with serde_json.
fn serde_json_value() -> String {
    let codes: Vec<Value> = ErrorCode::ALL
        .iter()
        .map(|&code| {
            json!({
                "code": code.code(),
                "name": code.name(),
                "names": code.entries().map(|row| row.name).collect::<Vec<_>>(),
                "category": format!("{:?}", code.category()),
                "categoryTitle": code.category().title(),
                "clientOnly": code.is_client_only(),
                "retired": false,
                "description": code.description(),
                "httpStatus": (!code.is_client_only()).then(|| ParseError::status_for_code(Some(code.code()))),
            })
        })
        .collect();
    serde_json::to_string(&json!({ "table": "ErrorCode", "extends": null, "codes": codes }))
        .expect("a Value serializes")
}

/// A way to make the page, the document or the module.
type Export = fn() -> String;

fn exports(c: &mut Criterion) {
    let mut group = c.benchmark_group("export");
    let functions: [(&str, Export); 5] = [
        ("copy_of_the_text", copy_of_the_text),
        ("markdown", export::markdown::<ErrorCode>),
        ("json", export::json::<ErrorCode>),
        ("serde_json_value", serde_json_value),
        ("typescript", export::typescript::<ErrorCode>),
    ];
    for (name, function) in functions {
        group.bench_function(BenchmarkId::from_parameter(name), |b| {
            b.iter(|| black_box(function()).len());
        });
    }
    group.finish();
}

criterion_group!(benches, exports);
criterion_main!(benches);
