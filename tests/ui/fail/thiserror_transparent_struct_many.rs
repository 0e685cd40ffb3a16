//! thiserror's `tests/ui/transparent-struct-many.rs`, for an enum: the
//! enum-level `#[error(transparent)]`, which every variant without a message
//! inherits, on a variant of two fields (its `anyhow::Error` is a boxed error
//! here). As thiserror: "#[error(transparent)] requires exactly one field".
use parse_errors::parse_errors;

#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
#[error(transparent)]
pub enum Error {
    /// Two fields.
    Struct {
        inner: Box<dyn std::error::Error + Send + Sync>,
        what: String,
    } = 9001,
}

fn main() {}
