//! thiserror's `tests/ui/source-enum-unnamed-field-not-error.rs`: a tuple
//! field marked `#[source]` whose type is no error. As thiserror: rustc's error
//! that `NotError` does not implement `std::error::Error`, spanned on
//! `#[source]`.
use parse_errors::parse_errors;

#[derive(Debug)]
pub struct NotError;

#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
#[error("...")]
pub enum ErrorEnum {
    /// It broke.
    Broken(#[source] NotError) = 9001,
}

fn main() {}
