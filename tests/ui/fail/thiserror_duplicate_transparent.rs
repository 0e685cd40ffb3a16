//! thiserror's `tests/ui/duplicate-transparent.rs`, for an enum's variant (its
//! `anyhow::Error` is a boxed error here). As thiserror: "duplicate
//! #[error(transparent)] attribute", spanned on the second attribute.
use parse_errors::parse_errors;

#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum Error {
    /// Any error.
    #[error(transparent)]
    #[error(transparent)]
    Any(Box<dyn std::error::Error + Send + Sync>) = 9001,
}

fn main() {}
