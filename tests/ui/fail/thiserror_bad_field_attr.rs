//! thiserror's `tests/ui/bad-field-attr.rs`, for an enum: `#[error(transparent)]`
//! on a field rather than on its variant. As thiserror: "#[error(transparent)]
//! needs to go outside the enum or struct, not on an individual field",
//! spanned on the field's attribute.
use parse_errors::parse_errors;

#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum Error {
    /// An I/O error.
    #[error(transparent)]
    Io(#[error(transparent)] std::io::Error) = 9001,
}

fn main() {}
