//! Three tables of one app checked against each other, every pair: an error
//! enum with data among them, other names of one base code in two of them.
#![deny(warnings)]

use parse_errors::{assert_disjoint, parse_errors};

#[parse_errors(extends = parse_errors::ErrorCode, category(Auth = "Auth errors"))]
pub enum AuthError {
    /// The account is locked.
    AccountLocked = 9101,
    /// The account does not exist.
    #[entry(alias)]
    NoSuchAccount = 101,
}

#[derive(Debug)]
#[parse_errors(extends = parse_errors::ErrorCode, category(Shop = "Shop errors"))]
pub enum ShopError {
    /// The shop is closed.
    #[error("closed until {0}")]
    Closed(u8) = 9201,
    /// The item does not exist.
    #[entry(alias)]
    NoSuchItem = 101,
}

#[parse_errors(category(Admin = "Admin errors"))]
pub enum AdminError {
    /// The user is banned.
    Banned = 9301,
}

assert_disjoint!(AuthError, ShopError, AdminError);
// A code enum in the place of its error enum, a path and a trailing comma.
assert_disjoint!(ShopErrorCode, AdminError, crate::AuthError,);

fn main() {
    assert_eq!(AdminError::Banned.code(), 9301);
}
