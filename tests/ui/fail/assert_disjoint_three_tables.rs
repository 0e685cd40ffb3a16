use parse_errors::{assert_disjoint, parse_errors};

#[parse_errors(extends = parse_errors::ErrorCode, category(Auth = "Auth errors"))]
pub enum AuthError {
    /// The account is locked.
    AccountLocked = 9001,
}

#[parse_errors(extends = parse_errors::ErrorCode, category(Shop = "Shop errors"))]
pub enum ShopError {
    /// The shop is closed.
    Closed = 9002,
}

#[derive(Debug)]
#[parse_errors(extends = parse_errors::ErrorCode, category(Admin = "Admin errors"))]
pub enum AdminError {
    /// The user is banned.
    #[error("banned until {0}")]
    Banned(u32) = 9001,
    /// The admin console is down.
    ConsoleDown = 9002,
}

// Auth and Shop are disjoint; Admin shares one code with each: two errors.
assert_disjoint!(AuthError, ShopError, AdminError);

fn main() {}
