//! Errors that have a code of a table: every table, and every error enum whose
//! variants carry data; what [`ParseError::from`](crate::ParseError) takes, and
//! what [`assert_disjoint!`](crate::assert_disjoint) compares.

use core::fmt::Display;

use crate::ErrorTable;

/// An error with a code of a table: its `Display` text is the message.
///
/// Every [`ErrorTable`] is one (its value is its own kind), and so is every
/// error enum `#[parse_errors]` makes of an enum whose variants carry data,
/// whose kind is a value of its code enum. `ParseError::from` takes any of
/// them, keeping the code and the `Display` text; the trait itself needs no
/// allocator, so a `no_std` crate's errors implement it too.
///
/// ```
/// use parse_errors::{CodedError, ErrorCode, ErrorTable};
///
/// fn log_line<E: CodedError>(error: &E) -> String {
///     format!("{} ({}): {error}", error.kind().name(), error.code())
/// }
///
/// assert_eq!(
///     log_line(&ErrorCode::InvalidSessionToken),
///     "InvalidSessionToken (209): the device’s session token is no longer valid",
/// );
/// ```
pub trait CodedError: Display {
    /// The table the error's code is in.
    type Table: ErrorTable;

    /// The error's code as a value of its table.
    fn kind(&self) -> Self::Table;

    /// The code, as Parse sends it on the wire.
    fn code(&self) -> i32 {
        self.kind().code()
    }
}

impl<T: ErrorTable> CodedError for T {
    type Table = T;

    #[inline]
    fn kind(&self) -> T {
        *self
    }

    #[inline]
    fn code(&self) -> i32 {
        ErrorTable::code(*self)
    }
}

/// Fails the build when two of the tables it is given share an own code,
/// naming the code and the entry of each, for every such pair.
///
/// An app may split its codes into several enums, each extending
/// [`ErrorCode`](crate::ErrorCode): each table checks its own codes against
/// the base's, and this checks them against each other, every pair of the
/// tables given (`assert_disjoint!(AuthError, ShopError, AdminError)`). It takes
/// tables and error enums whose variants carry data alike (anything
/// [`CodedError`]), and works without the `macros` feature. The other names
/// two tables give to one base code are not their own codes, so they may
/// share those.
///
/// ```
/// use parse_errors::{ErrorCode, ErrorTable, assert_disjoint};
/// # #[cfg(feature = "macros")] {
/// use parse_errors::parse_errors;
///
/// #[parse_errors(extends = parse_errors::ErrorCode, category(Auth = "Auth errors"))]
/// pub enum AuthError {
///     /// The account is locked.
///     AccountLocked = 9101,
///     /// The item asked for does not exist.
///     #[entry(alias)]
///     NoSuchAccount = 101,
/// }
///
/// #[parse_errors(extends = parse_errors::ErrorCode, category(Shop = "Shop errors"))]
/// pub enum ShopError {
///     /// The shop is closed.
///     Closed = 9201,
///     /// The item asked for does not exist.
///     #[entry(alias)]
///     NoSuchItem = 101,
/// }
///
/// #[parse_errors(extends = parse_errors::ErrorCode, category(Admin = "Admin errors"))]
/// pub enum AdminError {
///     /// The user is banned.
///     Banned = 9301,
/// }
///
/// assert_disjoint!(AuthError, ShopError, AdminError);
/// # }
/// ```
///
/// Two tables that both have 9001 of their own do not compile:
///
#[cfg_attr(feature = "macros", doc = "```compile_fail")]
#[cfg_attr(not(feature = "macros"), doc = "```ignore")]
/// # use parse_errors::{assert_disjoint, parse_errors};
/// #[parse_errors(extends = parse_errors::ErrorCode, category(Auth = "Auth errors"))]
/// pub enum AuthError {
///     /// The account is locked.
///     AccountLocked = 9001,
/// }
///
/// #[parse_errors(extends = parse_errors::ErrorCode, category(Shop = "Shop errors"))]
/// pub enum ShopError {
///     /// The shop is closed.
///     Closed = 9001,
/// }
///
/// // error: code 9001 is an own code of both `AuthError` (`AccountLocked`) and `ShopError` (`Closed`)
/// assert_disjoint!(AuthError, ShopError);
/// ```
#[macro_export]
macro_rules! assert_disjoint {
    // Each table against every table after it: every pair once, each pair a
    // check of its own, so that every pair that shares a code is reported.
    (@after) => {};
    (@after $first:ty $(, $rest:ty)*) => {
        $(
            const _: () = if let ::core::option::Option::Some(sentence) = $crate::__private::shared_code(
                ::core::stringify!($first),
                <<$first as $crate::CodedError>::Table as $crate::ErrorTable>::ENTRIES,
                ::core::stringify!($rest),
                <<$rest as $crate::CodedError>::Table as $crate::ErrorTable>::ENTRIES,
            ) {
                ::core::panic!("{}", sentence.as_str())
            };
        )*
        $crate::assert_disjoint!(@after $($rest),*);
    };
    ($first:ty, $($rest:ty),+ $(,)?) => {
        $crate::assert_disjoint!(@after $first, $($rest),+);
    };
}
