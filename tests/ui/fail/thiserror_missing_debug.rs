//! No thiserror counterpart, as thiserror's cases all derive `Debug`: `Debug` of
//! an error enum with data is the user's, as in thiserror (issue 18), so an
//! enum without it gets rustc's error that `Error` does not implement `Debug`,
//! with its "add `#[derive(Debug)]`" help, or a clearer one of the macro's.
use parse_errors::parse_errors;

#[parse_errors(category(App = "App errors"))]
pub enum Error {
    /// The variant.
    #[error("{0}")]
    Variant(u8) = 9001,
}

fn main() {}
