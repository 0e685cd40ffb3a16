//! thiserror's `tests/ui/lifetime.rs`, for enums: a `#[from]` source that
//! borrows. As thiserror: "non-static lifetimes are not allowed in the source
//! of an error, because std::error::Error requires the source is dyn Error +
//! 'static", once for each source, spanned on its type. thiserror's structs
//! are one-variant enums here.
use core::fmt::Debug;
use parse_errors::parse_errors;

#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum Error<'a> {
    /// The outer error.
    #[error("error")]
    Outer(#[from] Inner<'a>) = 9001,
}

#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum Inner<'a> {
    /// The inner error.
    #[error("{0}")]
    Text(&'a str) = 9001,
}

#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum Enum<'a> {
    /// A generic source.
    #[error("error")]
    Foo(#[from] Generic<&'a str>) = 9001,
}

#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum Generic<T: Debug> {
    /// The generic error.
    #[error("{0:?}")]
    Value(T) = 9001,
}

fn main() -> Result<(), Error<'static>> {
    Err(Error::Outer(Inner::Text("some text")))
}
