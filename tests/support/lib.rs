//! What the integration tests share.

use std::fmt;

pub mod captures;
pub mod checked_in;
pub mod codes_table;
pub mod examples;
pub mod official_list;

/// A line of a fixture that is not of the shape its reader accepts.
#[derive(Debug)]
pub struct Malformed {
    /// The line's number, from 1.
    pub line: usize,
    /// What was wrong with it.
    pub reason: String,
}

impl fmt::Display for Malformed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

impl std::error::Error for Malformed {}

// The workspace README's examples are tests too.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;
