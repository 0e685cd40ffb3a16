//! thiserror's `tests/ui/missing-fmt.rs`, which is a compile error there
//! ("missing #[error(\"...\")] display attribute" on `B`). Here it compiles on
//! purpose: a variant without a message anywhere shows its description's first
//! sentence (issue 18).
use parse_errors::parse_errors;

#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum Error {
    /// The first error.
    #[error("...")]
    A(usize) = 9001,
    /// The second error.
    B(usize) = 9002,
}

fn main() {
    assert_eq!(Error::A(0).to_string(), "...");
    assert_eq!(Error::B(0).to_string(), "the second error");
}
