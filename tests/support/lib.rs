//! What the integration tests share.

pub mod codes_table;
pub mod examples;
pub mod official_list;

// The workspace README's examples are tests too.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;
