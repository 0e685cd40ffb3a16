//! thiserror's `tests/ui/source-enum-not-error.rs`: a field named `source`
//! whose type is no error, under an enum-level message. As thiserror: rustc's
//! error that `NotError` does not implement `std::error::Error`, spanned on
//! the field.
use parse_errors::parse_errors;

#[derive(Debug)]
pub struct NotError;

#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
#[error("...")]
pub enum ErrorEnum {
    /// It broke.
    Broken { source: NotError } = 9001,
}

fn main() {}
