use parse_errors::{assert_disjoint, parse_errors};

#[parse_errors(extends = parse_errors::ErrorCode, category(Auth = "Auth errors"))]
pub enum AuthError {
    /// The account is locked.
    AccountLocked = 9001,
    /// The item asked for does not exist.
    #[entry(alias)]
    NoSuchAccount = 101,
}

#[derive(Debug)]
#[parse_errors(extends = parse_errors::ErrorCode, category(Shop = "Shop errors"))]
pub enum ShopError {
    /// The shop is closed.
    #[error("closed until {0}")]
    Closed(u8) = 9001,
    /// The item asked for does not exist.
    #[entry(alias)]
    NoSuchItem = 101,
}

// 101 is the base's, shared on purpose; 9001 is each one's own.
assert_disjoint!(AuthError, ShopError);

fn main() {}
