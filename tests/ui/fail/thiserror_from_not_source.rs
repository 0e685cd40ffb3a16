//! thiserror's `tests/ui/from-not-source.rs`, for an enum's variant (its
//! `anyhow::Error` is a boxed error here): `#[from]` on one field, `#[source]`
//! on another. As thiserror: "#[from] is only supported on the source field,
//! not any other field", spanned on `#[from]`.
use parse_errors::parse_errors;

#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum Error {
    /// Two fields, two roles.
    Both {
        #[source]
        source: std::io::Error,
        #[from]
        other: Box<dyn std::error::Error + Send + Sync>,
    } = 9001,
}

fn main() {}
