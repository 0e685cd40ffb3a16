//! thiserror's `tests/ui/transparent-enum-source.rs` (its `anyhow::Error` is a
//! boxed error here). As thiserror: "transparent variant can't contain
//! #[source]", spanned on `#[source]`.
use parse_errors::parse_errors;

#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum Error {
    /// Another error.
    #[error(transparent)]
    Other(#[source] Box<dyn std::error::Error + Send + Sync>) = 9001,
}

fn main() {}
