//! thiserror's `tests/ui/transparent-enum-many.rs` (its `anyhow::Error` is a
//! boxed error here). As thiserror: "#[error(transparent)] requires exactly
//! one field", spanned on the variant.
use parse_errors::parse_errors;

#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum Error {
    /// Two fields.
    #[error(transparent)]
    Other(Box<dyn std::error::Error + Send + Sync>, String) = 9001,
}

fn main() {}
