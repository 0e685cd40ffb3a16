//! thiserror's `tests/ui/expression-fallback.rs`, for an enum's variant: a
//! message followed by a method call, not by a comma. As thiserror: "expected
//! `,`, found `.`" at the `.`, then rustc's own errors for `"".yellow` as a
//! format argument ("argument never used", and the field `yellow` that `&str`
//! lacks).
use parse_errors::parse_errors;

#[parse_errors(category(App = "App errors"))]
pub enum ArgError {
    /// The argument.
    #[error("".yellow)]
    Arg = 9001,
}

fn main() {}
