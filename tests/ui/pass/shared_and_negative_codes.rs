//! Every legal shape of row at once: a negative code, the extremes of `i32`,
//! a code with three names declared on purpose, two names of one code that
//! differ only in case, a `display`, a client-only category.
#![deny(warnings, missing_docs)]

use parse_errors::parse_errors;

/// A table with every legal kind of row.
#[parse_errors(category(Api = "API Issues"), category(Client = "Client-only errors", client_only))]
pub enum ErrorCode {
    /// Something else.
    #[entry(Api)]
    OtherCause = -1,
    /// The lowest code there is.
    #[entry(Api)]
    Lowest = -2147483648,
    /// The highest code there is.
    #[entry(Api)]
    Highest = 2147483647,
    /// The object was not found.
    #[entry(Api)]
    ObjectNotFound = 101,
    /// Invalid login parameters.
    #[entry(Api, alias)]
    UserInvalidLoginParams = 101,
    /// An older spelling.
    #[entry(Api, alias)]
    OBJECT_NOT_FOUND = 101,
    /// The connection failed.
    #[entry(Client)]
    #[error("no connection")]
    ConnectionFailed = 100,
}

fn main() {
    assert_eq!(ErrorCode::from_code(-1), Some(ErrorCode::OtherCause));
    assert_eq!(ErrorCode::Lowest.code(), i32::MIN);
    assert_eq!(ErrorCode::Highest.code(), i32::MAX);
    assert_eq!(ErrorCode::COUNT, 5);
    assert_eq!(ErrorCode::ENTRIES.len(), 7);
    assert_eq!(ErrorCode::UserInvalidLoginParams, ErrorCode::ObjectNotFound);
    assert_eq!(ErrorCode::from_name("OBJECT_NOT_FOUND"), Some(ErrorCode::ObjectNotFound));
    assert_eq!(ErrorCode::from_name_loose("object_not_found"), Some(ErrorCode::ObjectNotFound));
    assert_eq!(ErrorCode::ObjectNotFound.entries().count(), 3);
    assert_eq!(ErrorCode::ConnectionFailed.to_string(), "no connection");
    assert!(ErrorCode::ConnectionFailed.is_client_only());
    assert!(!ErrorCode::OtherCause.is_client_only());
}
