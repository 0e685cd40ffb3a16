//! What every table is: the traits `#[parse_errors]` implements, for code that
//! works over any table.

use core::fmt::{Debug, Display};
use core::hash::Hash;

use crate::Entry;

/// A table of error codes, as `#[parse_errors]` generates them.
///
/// Every method is also an inherent method of the table (most of them `const`);
/// the trait is for code that works over any table, such as
/// [`ParseError::kind_in`](crate::ParseError::kind_in).
///
/// ```
/// use parse_errors::{ErrorCode, ErrorTable};
///
/// fn describe<T: ErrorTable>(code: i32) -> String {
///     match T::from_code(code) {
///         Some(kind) => format!("{} ({}): {}", kind.name(), T::NAME, kind.description()),
///         None => format!("{code} is not in {}", T::NAME),
///     }
/// }
///
/// assert_eq!(describe::<ErrorCode>(100), "ConnectionFailed (ErrorCode): The connection to the Parse servers failed.");
/// ```
pub trait ErrorTable: Copy + Eq + Hash + Debug + Display + 'static {
    /// The table's category enum.
    type Category: ErrorCategory;

    /// The name of the table's type.
    const NAME: &'static str;

    /// Every row of the table in table order, aliases included. A table that
    /// extends another lists its own rows only.
    const ENTRIES: &'static [Entry];

    /// The name of the table this one extends (`Some("ErrorCode")` for an
    /// app's table on top of Parse's), or `None` for a table of its own.
    ///
    /// ```
    /// use parse_errors::{ErrorCode, ErrorTable};
    ///
    /// assert_eq!(ErrorCode::EXTENDS, None);
    /// ```
    const EXTENDS: Option<&'static str> = None;

    /// The code, as Parse sends it on the wire.
    fn code(self) -> i32;

    /// The table's value for a code, or `None` when the table does not know it.
    fn from_code(code: i32) -> Option<Self>;

    /// The table's value for a name, canonical or alias; exact and case-sensitive.
    fn from_name(name: &str) -> Option<Self>;

    /// The table's value for a name in any ASCII case, with or without
    /// underscores: `OBJECT_NOT_FOUND` finds `ObjectNotFound`.
    ///
    /// ```
    /// use parse_errors::{ErrorCode, ErrorTable};
    ///
    /// fn kind<T: ErrorTable>(name: &str) -> Option<T> {
    ///     T::from_name_loose(name)
    /// }
    ///
    /// assert_eq!(kind::<ErrorCode>("invalid_session_token"), Some(ErrorCode::InvalidSessionToken));
    /// ```
    fn from_name_loose(name: &str) -> Option<Self>;

    /// The canonical name of the code.
    fn name(self) -> &'static str;

    /// What the code means.
    fn description(self) -> &'static str;

    /// The category the table lists the code under.
    fn category(self) -> Self::Category;

    /// Whether the code only ever comes from a client, never from a server.
    fn is_client_only(self) -> bool {
        self.category().is_client_only()
    }

    /// Whether a failure with this code may pass with time, so that a retry
    /// can help: `#[entry(retry)]` on its entry, or `retry` on its category.
    ///
    /// ```
    /// use parse_errors::{ErrorCode, ErrorTable};
    ///
    /// assert!(ErrorTable::is_retryable(ErrorCode::ServiceUnavailable));
    /// assert!(!ErrorTable::is_retryable(ErrorCode::ObjectNotFound));
    /// ```
    fn is_retryable(self) -> bool {
        false
    }
}

/// The category enum of a table, as `#[parse_errors]` generates them.
pub trait ErrorCategory: Copy + Eq + Hash + Debug + Display + 'static {
    /// Every category of the table's own, in the order it declares them.
    const ALL: &'static [Self];

    /// The title of the category, exactly as the table writes it.
    fn title(self) -> &'static str;

    /// Whether the codes of this category only ever come from a client.
    fn is_client_only(self) -> bool;
}
