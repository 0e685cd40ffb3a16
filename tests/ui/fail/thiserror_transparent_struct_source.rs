//! thiserror's `tests/ui/transparent-struct-source.rs`, for an enum: the
//! enum-level `#[error(transparent)]` on a variant whose field is marked
//! `#[source]` (its `anyhow::Error` is a boxed error here). As thiserror:
//! "transparent ... can't contain #[source]", spanned on `#[source]`.
use parse_errors::parse_errors;

#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
#[error(transparent)]
pub enum Error {
    /// Another error.
    Struct(#[source] Box<dyn std::error::Error + Send + Sync>) = 9001,
}

fn main() {}
