//! thiserror's `tests/ui/unconditional-recursion.rs`, for an enum's variant: a
//! message that shows the error itself. As thiserror: rustc's warning
//! "function cannot return without recursing", spanned on the message; the
//! case fails on `__FAIL__` so that the warning is in its output.
use parse_errors::parse_errors;

#[parse_errors(category(App = "App errors"))]
pub enum Error {
    /// The error.
    #[error("{self}")]
    Itself = 9001,
}

fn main() {
    __FAIL__;
}
