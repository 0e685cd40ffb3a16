//! thiserror's `tests/ui/invalid-input-impl-anyway.rs`, for an enum's variant:
//! `#[error]` without arguments. As thiserror: "expected attribute arguments in
//! parentheses: #[error(...)]" on `error`, and no other error: the enum still
//! implements `std::error::Error`, so its use in `main` compiles.
use parse_errors::parse_errors;

#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum MyError {
    /// The variant.
    #[error]
    Variant(u8) = 9001,
}

fn main() {
    // No error on the following line. The macro emits an Error impl despite
    // the bad attribute.
    _ = &MyError::Variant(0) as &dyn std::error::Error;
}
