//! A Parse error as it travels: whatever code and message came, known or not.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use crate::{CodedError, ErrorCode, ErrorTable, RetryAdvice};

/// A Parse error as it travels between a Parse Server and its clients.
///
/// It keeps whatever came: the code as sent (any `i32`, or none, since some
/// bodies have none), the message, and for an aggregate error (600) the errors
/// it gathers. A code that no table knows is kept as it is: Cloud Code may
/// throw any integer.
///
/// ```
/// use parse_errors::{ErrorCode, ParseError};
///
/// let error = ParseError::with_code(101, "Invalid username/password.");
/// assert_eq!(error.kind(), Some(ErrorCode::ObjectNotFound));
/// assert!(error.is(ErrorCode::UserInvalidLoginParams));
/// assert_eq!(error.http_status(), 404);
/// assert_eq!(error.to_string(), "ObjectNotFound (101): Invalid username/password.");
///
/// let custom = ParseError::with_code(9001, "Not enough coins");
/// assert_eq!(custom.kind(), None);
/// assert_eq!(custom.code(), Some(9001));
/// assert_eq!(custom.to_string(), "code 9001: Not enough coins");
/// ```
///
/// With the `serde` feature it reads and writes every body shape Parse Server
/// sends, losslessly; see [`ParseError::from_response`]. With `http` it is the
/// response Parse Server answers with (`ParseError::to_http_response`), and
/// with `axum` an axum `IntoResponse`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub(crate) code: Option<i32>,
    pub(crate) message: String,
    pub(crate) errors: Option<Vec<ParseError>>,
    pub(crate) status: Option<u16>,
    /// How the body was written, so re-encoding writes it the same way.
    #[cfg(feature = "serde")]
    pub(crate) shape: crate::json::Shape,
}

impl ParseError {
    /// The code Parse gives an error that gathers several: [`ErrorCode::AggregateError`].
    pub const AGGREGATE: i32 = 600;

    /// An error of a table's code, with a message.
    ///
    /// ```
    /// use parse_errors::{ErrorCode, ParseError};
    ///
    /// let error = ParseError::new(ErrorCode::DuplicateValue, "A duplicate value for a field with unique values was provided");
    /// assert_eq!(error.code(), Some(137));
    /// ```
    #[must_use]
    pub fn new<T: ErrorTable>(kind: T, message: impl Into<String>) -> Self {
        Self::with_code(kind.code(), message)
    }

    /// An error with any code, known to a table or not.
    #[must_use]
    pub fn with_code(code: i32, message: impl Into<String>) -> Self {
        Self::build(Some(code), message.into())
    }

    /// An error with no code, as some bodies are (`{"error":"unauthorized"}`).
    #[must_use]
    pub fn without_code(message: impl Into<String>) -> Self {
        Self::build(None, message.into())
    }

    /// An aggregate error (600) gathering `errors`, as the Parse SDKs' batch helpers make.
    ///
    /// ```
    /// use parse_errors::{ErrorCode, ParseError};
    ///
    /// let error = ParseError::aggregate(
    ///     "Error deleting an object in destroyAll",
    ///     [ParseError::new(ErrorCode::ObjectNotFound, "Object not found.")],
    /// );
    /// assert_eq!(error.kind(), Some(ErrorCode::AggregateError));
    /// assert_eq!(error.errors()[0].code(), Some(101));
    /// ```
    #[must_use]
    pub fn aggregate(
        message: impl Into<String>,
        errors: impl IntoIterator<Item = ParseError>,
    ) -> Self {
        let mut error = Self::with_code(Self::AGGREGATE, message);
        error.errors = Some(errors.into_iter().collect());
        error
    }

    /// The same error, as received with the HTTP status `status`.
    #[must_use]
    pub fn with_status(mut self, status: u16) -> Self {
        self.status = Some(status);
        self
    }

    fn build(code: Option<i32>, message: String) -> Self {
        Self {
            code,
            message,
            errors: None,
            status: None,
            #[cfg(feature = "serde")]
            shape: crate::json::Shape::default(),
        }
    }

    /// The code as it came, or `None` when the error had none.
    #[must_use]
    pub fn code(&self) -> Option<i32> {
        self.code
    }

    /// The code in the official table, or `None` when it has no code or one
    /// [`ErrorCode`] does not know.
    #[must_use]
    pub fn kind(&self) -> Option<ErrorCode> {
        self.kind_in()
    }

    /// The code in any table, such as an app's own that extends [`ErrorCode`].
    ///
    /// ```
    /// use parse_errors::{ErrorCode, ParseError};
    ///
    /// let error = ParseError::with_code(209, "Invalid session token");
    /// assert_eq!(error.kind_in::<ErrorCode>(), Some(ErrorCode::InvalidSessionToken));
    /// ```
    #[must_use]
    pub fn kind_in<T: ErrorTable>(&self) -> Option<T> {
        T::from_code(self.code?)
    }

    /// Whether the error has the code of `kind`, under any of its names.
    ///
    /// ```
    /// use parse_errors::{ErrorCode, ParseError};
    ///
    /// let error = ParseError::with_code(141, "Invalid function: \"missing\"");
    /// assert!(error.is(ErrorCode::ScriptFailed));
    /// assert!(error.is(ErrorCode::FunctionNotFound));
    /// assert!(!error.is(ErrorCode::ValidationFailed));
    /// ```
    #[must_use]
    pub fn is<T: ErrorTable>(&self, kind: T) -> bool {
        self.code == Some(kind.code())
    }

    /// The message as it came; empty when there was none.
    #[must_use]
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The errors an aggregate error gathers; empty for any other error.
    #[must_use]
    pub fn errors(&self) -> &[ParseError] {
        self.errors.as_deref().unwrap_or_default()
    }

    /// The HTTP status the error came with, when it came in a response.
    #[must_use]
    pub fn status(&self) -> Option<u16> {
        self.status
    }

    /// The HTTP status of this error: the one it came with, or else the one
    /// Parse Server sends for its code ([`status_for_code`](Self::status_for_code)).
    /// A server answering with this error sends this status.
    #[must_use]
    pub fn http_status(&self) -> u16 {
        self.status.unwrap_or(Self::status_for_code(self.code))
    }

    /// The HTTP status Parse Server sends with an error body of `code`: 500 for
    /// `InternalServerError` (1), 404 for `ObjectNotFound` (101), 400 for every other
    /// code, Cloud Code's own included, and for a body without a code.
    ///
    /// ```
    /// use parse_errors::ParseError;
    ///
    /// assert_eq!(ParseError::status_for_code(Some(1)), 500);
    /// assert_eq!(ParseError::status_for_code(Some(101)), 404);
    /// assert_eq!(ParseError::status_for_code(Some(9001)), 400);
    /// assert_eq!(ParseError::status_for_code(None), 400);
    /// ```
    #[must_use]
    pub const fn status_for_code(code: Option<i32>) -> u16 {
        crate::status::status_for_code(code)
    }

    /// Whether retrying the request that got this error can help: the
    /// [`RetryAdvice`] for its status ([`http_status`](Self::http_status)),
    /// code and message, by the rule on [`RetryAdvice::for_request`], which
    /// then tells whether the request that failed may be sent again. Add a
    /// `Retry-After` header's delay with [`RetryAdvice::with_retry_after`].
    ///
    /// ```
    /// use parse_errors::{ParseError, RetryAdvice};
    ///
    /// let limited = ParseError::with_code(100, "Too many requests.").with_status(429);
    /// assert_eq!(limited.retry_advice(), RetryAdvice::Retry { after: None });
    ///
    /// let expired = ParseError::with_code(209, "Invalid session token");
    /// assert_eq!(expired.retry_advice(), RetryAdvice::LogIn);
    ///
    /// // Code 1 raised by the server itself, as for a bad `limit`: permanent.
    /// let bad_limit = ParseError::with_code(1, "An internal server error occurred").with_status(500);
    /// assert_eq!(bad_limit.retry_advice(), RetryAdvice::DoNotRetry);
    /// ```
    #[must_use]
    pub fn retry_advice(&self) -> RetryAdvice {
        let status = self.http_status();
        if self.came_from_uncaught_handler() {
            // Whatever its message says, the failure was not raised on purpose.
            RetryAdvice::for_status_and_code(status, self.code)
        } else {
            RetryAdvice::for_error(status, self.code, &self.message)
        }
    }

    /// The [`retry_advice`](Self::retry_advice), with the word of a table of
    /// the app's own on which of its codes pass with time (`#[entry(retry)]`,
    /// or `retry` on a category), as [`RetryAdvice::for_coded`] takes it.
    ///
    /// ```
    /// # #[cfg(feature = "macros")] {
    /// use parse_errors::{ParseError, Request, RetryAdvice, parse_errors};
    ///
    /// #[parse_errors(extends = parse_errors::ErrorCode, category(Shop = "Shop errors"))]
    /// pub enum ShopCode {
    ///     /// The inventory is locked by another purchase; it is released within seconds.
    ///     #[entry(retry)]
    ///     InventoryLocked = 9005,
    /// }
    ///
    /// let error = ParseError::with_code(9005, "Inventory locked");
    /// assert_eq!(error.retry_advice(), RetryAdvice::DoNotRetry);
    /// let advice = error.retry_advice_in::<ShopCode>();
    /// assert!(advice.for_request(&Request::read()).should_retry());
    /// # }
    /// ```
    #[must_use]
    pub fn retry_advice_in<T: ErrorTable>(&self) -> RetryAdvice {
        let retryable = self.kind_in::<T>().is_some_and(ErrorTable::is_retryable);
        self.retry_advice().with_table_word(retryable)
    }

    /// Whether parse-server's handler of uncaught exceptions wrote this error,
    /// as only it puts the message under `message`. Only a decoded body tells
    /// which key it used (feature `serde`); an error made in Rust did not come
    /// from that handler.
    #[cfg_attr(
        not(feature = "serde"),
        expect(
            clippy::unused_self,
            reason = "without `serde` no error has a body's key"
        )
    )]
    fn came_from_uncaught_handler(&self) -> bool {
        #[cfg(feature = "serde")]
        return crate::json::message_came_as_message(self);
        #[cfg(not(feature = "serde"))]
        return false;
    }
}

impl<T: CodedError> From<T> for ParseError {
    /// An error with the code of `error`, its `Display` text as the message:
    /// a table's value, or an error enum's, fields interpolated.
    fn from(error: T) -> Self {
        Self::with_code(error.code(), alloc::string::ToString::to_string(&error))
    }
}

impl fmt::Display for ParseError {
    /// The name and code when the code is known, the code alone when it is not,
    /// then the message: `ObjectNotFound (101): Object not found.`,
    /// `code 9001: Not enough coins`, or only the message when there is no code.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.code, self.kind()) {
            (Some(code), Some(kind)) => write!(f, "{} ({code})", kind.name())?,
            (Some(code), None) => write!(f, "code {code}")?,
            (None, _) if self.message.is_empty() => {
                f.write_str("error without a code or a message")?;
            }
            (None, _) => {}
        }
        match (self.code.is_some(), self.message.is_empty()) {
            (true, false) => write!(f, ": {}", self.message)?,
            (false, false) => f.write_str(&self.message)?,
            (_, true) => {}
        }
        match self.errors().len() {
            0 => Ok(()),
            1 => f.write_str(" (1 error)"),
            count => write!(f, " ({count} errors)"),
        }
    }
}

impl core::error::Error for ParseError {}
