//! thiserror's `tests/ui/transparent-display.rs`, for an enum's variant (its
//! `anyhow::Error` is a boxed error here): `transparent` and a message. As
//! thiserror: "cannot have both #[error(transparent)] and a display
//! attribute", spanned on the message's attribute.
use parse_errors::parse_errors;

#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum Error {
    /// Any error.
    #[error(transparent)]
    #[error("...")]
    Any(Box<dyn std::error::Error + Send + Sync>) = 9001,
}

fn main() {}
