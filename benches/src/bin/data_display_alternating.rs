//! `Display` into a reused buffer, `#[parse_errors]` against thiserror, taken
//! in alternation: each round times one pass of each enum over the same
//! stream, so a slower moment of a shared machine falls on both alike. Prints
//! a Markdown table of the medians (ns per value) and their ratio.
//!
//! `cargo run --release --manifest-path benches/Cargo.toml --bin data_display_alternating [ROUNDS]`

use std::fmt::{Display, Write};
use std::hint::black_box;
use std::time::Instant;

use parse_errors_benches::data_errors::{SHAPES, ours, streams, theirs};

/// Passes over the stream per timing, so one timing is long enough to read.
const PASSES: usize = 200;

fn pass<T: Display>(items: &[T], buffer: &mut String) -> f64 {
    let start = Instant::now();
    let mut total = 0;
    for _ in 0..PASSES {
        for item in black_box(items) {
            buffer.clear();
            write!(buffer, "{item}").unwrap();
            total += buffer.len();
        }
    }
    black_box(total);
    start.elapsed().as_nanos() as f64 / (PASSES * items.len()) as f64
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .map_or(101, |rounds| rounds.parse().expect("ROUNDS is a number"));
    for index in 0..64 {
        assert_eq!(ours(index).to_string(), theirs(index).to_string());
    }
    println!(
        "| shape | parse_errors (ns/value) | thiserror (ns/value) | parse_errors / thiserror |"
    );
    println!("|---|---|---|---|");
    for (shape, only) in SHAPES {
        let (mine, derived) = streams(only);
        let mut buffer = String::with_capacity(256);
        // Warm up both.
        pass(&mine, &mut buffer);
        pass(&derived, &mut buffer);
        let (mut a, mut b) = (Vec::new(), Vec::new());
        for round in 0..rounds {
            // Which goes first alternates too.
            if round % 2 == 0 {
                a.push(pass(&mine, &mut buffer));
                b.push(pass(&derived, &mut buffer));
            } else {
                b.push(pass(&derived, &mut buffer));
                a.push(pass(&mine, &mut buffer));
            }
        }
        let (a, b) = (median(a), median(b));
        println!("| {shape} | {a:.2} | {b:.2} | {:.2} |", a / b);
    }
}
