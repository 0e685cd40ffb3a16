//! A mistake the macro sees and a collision only the compiler can see (the
//! base table may be in another crate) are reported in the same compile.
use parse_errors::parse_errors;

#[parse_errors(extends = parse_errors::ErrorCode, range = 100..=9999, category(App = "App errors"))]
pub enum AppCode {
    /// The app's own meaning for 101: a collision with ObjectNotFound.
    ItemMissing = 101,
    /// A category that does not exist.
    #[entry(Ap)]
    NotEnoughCoins = 9001,
}

fn main() {}
