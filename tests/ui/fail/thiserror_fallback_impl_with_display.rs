//! thiserror's `tests/ui/fallback-impl-with-display.rs`, for an enum's variant:
//! `#[error]` without arguments, beside a hand-written `Display`. As thiserror:
//! "expected attribute arguments in parentheses: #[error(...)]" on `error`;
//! thiserror then reports E0119 (its fallback `Display` conflicts with the
//! user's), which the macro may report too or spare.
use core::fmt::{self, Display};
use parse_errors::parse_errors;

#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum MyError {
    /// The variant.
    #[error]
    Variant(u8) = 9001,
}

impl Display for MyError {
    fn fmt(&self, _formatter: &mut fmt::Formatter) -> fmt::Result {
        unimplemented!()
    }
}

fn main() {}
