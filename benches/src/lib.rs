//! What the benchmarks compare `parse_errors::ErrorCode` with, and the streams
//! of codes and names they look up.
#![allow(missing_docs, clippy::all, clippy::pedantic)]

pub mod data_errors;
#[allow(dead_code)]
pub mod generate;

include!(concat!(env!("OUT_DIR"), "/official_equivalents.rs"));

use parse_errors::ErrorCode;

/// A small, seeded generator: the same streams on every run.
pub struct XorShift(u64);

impl XorShift {
    pub fn new(seed: u64) -> Self {
        Self(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for index in (1..items.len()).rev() {
            let other = usize::try_from(self.next() % (index as u64 + 1)).unwrap();
            items.swap(index, other);
        }
    }
}

/// How many lookups one iteration of a stream makes.
pub const STREAM: usize = 4096;

/// Every known code, and about 30% more that no table knows, in random order.
pub fn mixed_codes() -> Vec<i32> {
    let known: Vec<i32> = ErrorCode::ALL.iter().map(|code| code.code()).collect();
    let mut random = XorShift::new(0x5eed);
    let unknown_count = known.len() * 3 / 7;
    let mut pool: Vec<i32> = Vec::new();
    while pool.len() < unknown_count {
        // Unknown codes near the known ones (gaps of the range) and far away.
        let candidate = match random.next() % 3 {
            0 => i32::try_from(random.next() % 1000).unwrap(),
            1 => 9000 + i32::try_from(random.next() % 1000).unwrap(),
            _ => i32::try_from(random.next() % 1_000_000).unwrap() - 500_000,
        };
        if ErrorCode::from_code(candidate).is_none() && !pool.contains(&candidate) {
            pool.push(candidate);
        }
    }
    let mut stream: Vec<i32> = known
        .iter()
        .chain(&pool)
        .copied()
        .cycle()
        .take(STREAM)
        .collect();
    random.shuffle(&mut stream);
    stream
}

/// One code, over and over: the branch predictor's best case.
pub fn repeated_code() -> Vec<i32> {
    vec![ErrorCode::InvalidSessionToken.code(); STREAM]
}

/// Canonical names, alias names and names no table has, in random order.
pub fn mixed_names() -> Vec<&'static str> {
    let misses = [
        "ObjectNotFund",
        "OBJECT_NOT_FOUND",
        "",
        "InvalidSessionTokens",
        "Timeout",
        "X",
    ];
    let mut names: Vec<&'static str> = ErrorCode::ENTRIES
        .iter()
        .map(|entry| entry.name)
        .chain(misses)
        .cycle()
        .take(STREAM)
        .collect();
    XorShift::new(0x4a3e).shuffle(&mut names);
    names
}

/// Every variant, in random order.
pub fn mixed_variants() -> Vec<ErrorCode> {
    let mut variants: Vec<ErrorCode> = ErrorCode::ALL
        .iter()
        .copied()
        .cycle()
        .take(STREAM)
        .collect();
    XorShift::new(0x7a11).shuffle(&mut variants);
    variants
}
