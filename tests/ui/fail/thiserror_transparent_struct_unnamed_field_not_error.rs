//! thiserror's `tests/ui/transparent-struct-unnamed-field-not-error.rs`, for
//! an enum: the enum-level `#[error(transparent)]` on a tuple variant whose
//! field is no error. As thiserror: rustc's error that `String` does not
//! implement `std::error::Error`, spanned on `transparent`.
use parse_errors::parse_errors;

#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
#[error(transparent)]
pub enum Error {
    /// A message only.
    Struct(String) = 9001,
}

fn main() {}
