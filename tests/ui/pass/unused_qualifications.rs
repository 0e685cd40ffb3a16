//! The expansion's absolute paths are not "unnecessary qualifications" when
//! the user has the same items in scope, as thiserror's tests check too.
#![deny(unused_qualifications)]

use core::fmt::Display;
use core::option::Option;

use parse_errors::parse_errors;

#[parse_errors(category(App = "App errors"))]
pub enum AppCode {
    /// The first cause.
    First = 1,
}

#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum AppError {
    /// The input could not be read.
    #[error("cannot read line {line}")]
    Unreadable { line: usize } = 1,
    /// The store failed.
    Store(#[from] std::io::Error) = 2,
}

fn show(value: &impl Display) -> String {
    value.to_string()
}

fn main() {
    let found: Option<AppCode> = AppCode::from_code(1);
    assert_eq!(found, Some(AppCode::First));
    assert_eq!(show(&AppError::Unreadable { line: 3 }), "cannot read line 3");
}
