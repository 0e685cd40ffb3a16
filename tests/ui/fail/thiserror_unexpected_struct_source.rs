//! thiserror's `tests/ui/unexpected-struct-source.rs`, for an enum: `#[source]`
//! on the enum. As thiserror: "not expected here; the #[source] attribute
//! belongs on a specific field", spanned on the attribute.
use parse_errors::parse_errors;

#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
#[source]
pub enum Error {
    /// The variant.
    Variant(u8) = 9001,
}

fn main() {}
