//! thiserror's `tests/ui/display-underscore.rs`, for an enum: `{_}` in a
//! message. As thiserror: "invalid format string: invalid argument name `_`",
//! spanned on the `_`, in a table of unit variants (one of issue 18's six bugs:
//! it was shown as text there) and in an error enum with data.
use parse_errors::parse_errors;

#[parse_errors(category(App = "App errors"))]
pub enum Table {
    /// The entry.
    #[error("{_}")]
    Entry = 9001,
}

#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum Error {
    /// The variant.
    #[error("{_}")]
    Variant(u8) = 9001,
}

fn main() {}
