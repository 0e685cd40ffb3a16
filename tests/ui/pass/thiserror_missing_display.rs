//! thiserror's `tests/ui/missing-display.rs`, which is a compile error there
//! (`MyError` doesn't implement `Display`: no variant has a message). Here it
//! compiles on purpose: a variant without a message anywhere shows its
//! description's first sentence (issue 18). thiserror's enum is of unit
//! variants only, a table, whose derives (`Debug` too) are the macro's.
use parse_errors::parse_errors;

#[parse_errors(category(App = "App errors"))]
pub enum MyError {
    /// The first error. More about it.
    First = 9001,
    /// The second error.
    Second = 9002,
}

fn main() {
    assert_eq!(MyError::First.to_string(), "the first error");
    assert_eq!(MyError::Second.to_string(), "the second error");
    let _: &dyn std::error::Error = &MyError::First;
}
