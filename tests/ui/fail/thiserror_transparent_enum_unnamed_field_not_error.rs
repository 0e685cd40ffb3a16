//! thiserror's `tests/ui/transparent-enum-unnamed-field-not-error.rs`. As
//! thiserror: rustc's error that `String` does not implement
//! `std::error::Error`, spanned on `transparent`.
use parse_errors::parse_errors;

#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum Error {
    /// A message only.
    #[error(transparent)]
    Other(String) = 9001,
}

fn main() {}
