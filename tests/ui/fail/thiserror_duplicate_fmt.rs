//! thiserror's `tests/ui/duplicate-fmt.rs`, for enums: two messages on one
//! variant (thiserror's struct), then two on one enum: `fmt` twice, `fmt` and
//! `transparent`, `fmt` and a string. As thiserror: "only one #[error(...)]
//! attribute is allowed" at the second attribute, and "duplicate
//! #[error(fmt = ...)] attribute" for `fmt` twice. thiserror's enums have no
//! variants; here each has one, as an enum without variants is a mistake of
//! its own (`fail/empty_enum.rs`).
use parse_errors::parse_errors;

#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum Error {
    /// The variant.
    #[error("...")]
    #[error("...")]
    Variant(u8) = 9001,
}

#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
#[error(fmt = core::fmt::Octal::fmt)]
#[error(fmt = core::fmt::LowerHex::fmt)]
pub enum FmtFmt {
    /// The variant.
    Variant(u8) = 9001,
}

#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
#[error(fmt = core::fmt::Octal::fmt)]
#[error(transparent)]
pub enum FmtTransparent {
    /// The variant.
    Variant(u8) = 9001,
}

#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
#[error(fmt = core::fmt::Octal::fmt)]
#[error("...")]
pub enum FmtDisplay {
    /// The variant.
    Variant(u8) = 9001,
}

fn main() {}
