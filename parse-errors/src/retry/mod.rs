//! Whether retrying a failed request to a Parse Server can help, and when.

use core::time::Duration;

mod retry_after;

pub use retry_after::{RetryAfter, RetryAfterError};

/// What a client should do after a request to a Parse Server failed: retry
/// it, have the user log in again, or give up.
///
/// The advice says whether the *failure* can go away by itself. Whether the
/// *request* is safe to send twice is the caller's to know: a `POST` that
/// reached the server before the failure may have created its object, unless
/// the server deduplicates requests (its idempotency option, with an
/// `X-Parse-Request-Id` header; a duplicate gets code 159). The advice gives
/// no backoff schedule either: `after` is the least delay the server asked
/// for, and the caller adds its own exponential backoff, jitter and attempt
/// limit, as every Parse SDK does.
///
/// ```
/// use core::time::Duration;
/// use parse_errors::RetryAdvice;
///
/// // The rate limiter: 429 with code 100, and a `Retry-After` header.
/// let advice = RetryAdvice::for_status_and_code(429, Some(100)).with_retry_after(Some("30"), None);
/// assert_eq!(advice, RetryAdvice::Retry { after: Some(Duration::from_secs(30)) });
///
/// // 209: the session token is gone; only a new login helps.
/// assert_eq!(RetryAdvice::for_status_and_code(400, Some(209)), RetryAdvice::LogIn);
/// // A Parse code the request caused.
/// assert_eq!(RetryAdvice::for_status_and_code(404, Some(101)), RetryAdvice::DoNotRetry);
/// // No response at all.
/// assert!(RetryAdvice::for_transport_failure().should_retry());
/// ```
///
/// # The rule, beside the Parse SDKs'
///
/// Read from the Parse JS SDK's `src/RESTController.ts` (5.3), the Android
/// SDK's `parse/src/main/java/com/parse/ParseRequest.java` and
/// `ParseRESTCommand.java`, and the netreconlab Parse-Swift SDK's
/// `Sources/ParseSwift/Extensions/URLSession.swift` and `Utility.swift`; what
/// Parse Server sends is from parse-server's `src/middlewares.js` (read at
/// 7.4) and a capture of Parse Server 9.10 (`tests/fixtures/parse-server-responses.jsonl`).
///
/// | failure | JS SDK | Android SDK | Swift SDK | this crate | why |
/// |---|---|---|---|---|---|
/// | no response (connection refused, reset, DNS) | retry | retry, as 100 | no | retry | the request may not have reached the server, or its answer was lost |
/// | 429 from the rate limiter (code 100) | no | no | retry, after `x-rate-limit-reset` | retry, after `Retry-After` | the limiter's window passes; all 429s are retried, whatever the body |
/// | 500 `{"code":1,"message":"Internal server error."}` | retry | retry | retry | retry | an exception the server did not catch, which a lost database connection also gives |
/// | 500 `{"code":1,"error":"..."}` | retry | retry | retry | **no**, except `Invalid server state: ...` | a code-1 error the server raised itself; every captured one (bad `limit`, `skip`, `$regex`, a NUL byte in a session token) follows from the request, so the same request gets it again. `Invalid server state` is sent while the server is starting |
/// | 502, 503, 504 | retry | retry | 503, 504 (503 after `Retry-After`); not 502 | retry, after `Retry-After` | a proxy or load balancer in front of the server lost it for now |
/// | 408, 425 | no | no | retry | retry | HTTP's own "try again later" |
/// | 501, 505 | retry | retry | no | no | the server will never handle this request |
/// | other 5xx | retry | retry | no | retry | a server-side failure |
/// | 209 `InvalidSessionToken` (400) | no | no | no | **log in** | the same token fails again; a new session is needed |
/// | 100, 2, 4 or 155 in a 400 body | no | no | no | retry | connection failed, service unavailable, client disconnected, request quota exceeded: all pass with time (Cloud Code can send them) |
/// | 124 `RequestTimeout` (400) | no | no | no | no | Parse's docs say it means the request is too expensive: it would time out again, and load the server more |
/// | any other code in a 400 or 404 | no | no | no | no | the request itself is wrong (validation, permissions, missing object, Cloud Code's refusal) |
/// | 403 `{"error":"unauthorized"}`, `Permission denied` | no | no | no | no | wrong keys, or the master key is needed |
/// | 413, 400 without a code (body not JSON) | no | no | no | no | the request is too large or malformed |
/// | 404 HTML or text (unknown route, missing file) | no | retry (not JSON) | no | no | the route or file does not exist |
/// | an error in a 200 (a batch item, a GraphQL error) | n/a | n/a | n/a | as the status its code gets | the server sends each code with one status ([`status_for_code`](crate::ParseError::status_for_code)) |
/// | `Retry-After` | ignored | ignored | on 503 only | on every retry | the server knows best when it is back |
///
/// The SDKs' delays, for reference: JS up to 5 attempts, a random delay up to
/// 125 ms × 2^attempt; Android up to 4 retries from 1 to 2 s, doubling;
/// Swift up to 5 attempts, at least 1 s.
///
/// The captured responses carry no headers (the capture kept status, content
/// type and body only, and cannot be re-run here), so whether Parse Server's
/// rate limiter (express-rate-limit) sends `Retry-After` was not observed; the
/// advice honours the header whenever it is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RetryAdvice {
    /// The failure may pass: retry, with backoff, and not before `after` when
    /// the server gave a delay.
    Retry {
        /// The delay the server asked for (`Retry-After`), if any.
        after: Option<Duration>,
    },
    /// The session token is no longer valid (209): log the user in again
    /// rather than retry with it.
    LogIn,
    /// The failure is permanent: the same request fails the same way.
    DoNotRetry,
}

/// The message of parse-server's handler of uncaught exceptions, which sends
/// it as `{"code":1,"message":"Internal server error."}`.
const UNCAUGHT_MESSAGE: &str = "Internal server error.";

/// How parse-server's message starts when it answers before it is ready
/// (`src/middlewares.js`: 500 `{"code":1,"error":"Invalid server state: ..."}`).
const STARTING_MESSAGE: &str = "Invalid server state";

impl RetryAdvice {
    const RETRY: Self = Self::Retry { after: None };

    /// The advice when no response came at all (connection refused or reset,
    /// DNS failure, TLS failure, a timeout of the client's own): retry.
    #[must_use]
    pub const fn for_transport_failure() -> Self {
        Self::RETRY
    }

    /// The advice for a response's HTTP status and the Parse code of its body
    /// (`None` when the body had none, or was not JSON), without its message.
    ///
    /// Without the message, a 500 with code 1 is retried: it cannot tell the
    /// server's own code-1 errors, which are permanent, from an uncaught
    /// failure; [`for_error`](Self::for_error) can. A status from 200 to 299
    /// is an error inside a success (a batch item, a GraphQL error), judged by
    /// the status Parse Server sends with its code.
    ///
    /// ```
    /// use parse_errors::RetryAdvice;
    ///
    /// assert!(RetryAdvice::for_status_and_code(503, None).should_retry());
    /// assert!(RetryAdvice::for_status_and_code(500, Some(1)).should_retry());
    /// assert!(!RetryAdvice::for_status_and_code(403, None).should_retry());
    /// assert!(!RetryAdvice::for_status_and_code(413, None).should_retry());
    /// // A batch item's error, in a 200.
    /// assert_eq!(RetryAdvice::for_status_and_code(200, Some(137)), RetryAdvice::DoNotRetry);
    /// ```
    #[must_use]
    pub const fn for_status_and_code(status: u16, code: Option<i32>) -> Self {
        if let Some(209) = code {
            return Self::LogIn;
        }
        let status = effective_status(status, code);
        match status {
            // Not Implemented, HTTP Version Not Supported: never handled.
            501 | 505 => Self::DoNotRetry,
            // Request Timeout, Too Early, Too Many Requests, and server errors.
            408 | 425 | 429 | 500..=599 => Self::RETRY,
            _ => match code {
                // ConnectionFailed, ServiceUnavailable, ClientDisconnected,
                // RequestLimitExceeded: each says the failure is of the moment.
                Some(100 | 2 | 4 | 155) => Self::RETRY,
                _ => Self::DoNotRetry,
            },
        }
    }

    /// The advice for a response's HTTP status and its body's code and
    /// message: [`for_status_and_code`](Self::for_status_and_code), except that
    /// a 500 with code 1 is permanent when the server raised it itself (any
    /// message but the uncaught handler's `Internal server error.`, or one
    /// starting `Invalid server state`, which it sends while starting).
    ///
    /// ```
    /// use parse_errors::RetryAdvice;
    ///
    /// // A bad `limit` on PostgreSQL: the same request fails again.
    /// let bad_limit = RetryAdvice::for_error(500, Some(1), "An internal server error occurred");
    /// assert_eq!(bad_limit, RetryAdvice::DoNotRetry);
    /// // An exception the server did not catch.
    /// let uncaught = RetryAdvice::for_error(500, Some(1), "Internal server error.");
    /// assert!(uncaught.should_retry());
    /// ```
    #[must_use]
    pub fn for_error(status: u16, code: Option<i32>, message: &str) -> Self {
        let raised_on_purpose =
            message != UNCAUGHT_MESSAGE && !message.starts_with(STARTING_MESSAGE);
        if effective_status(status, code) == 500 && code == Some(1) && raised_on_purpose {
            return Self::DoNotRetry;
        }
        Self::for_status_and_code(status, code)
    }

    /// The advice for a whole HTTP response: its status, its `Retry-After`
    /// header if it had one, and its body as [`ParseError::from_response`](crate::ParseError::from_response)
    /// reads it.
    ///
    /// `Retry-After` is read as delay-seconds only: an HTTP-date needs the
    /// current time, which this function does not take, so it counts as
    /// absent here. For dates, use [`with_retry_after`](Self::with_retry_after)
    /// with the time, on [`ParseError::retry_advice`](crate::ParseError::retry_advice).
    ///
    /// ```
    /// use core::time::Duration;
    /// use parse_errors::RetryAdvice;
    ///
    /// let advice = RetryAdvice::for_response(429, Some("60"), br#"{"code":100,"error":"Too many requests."}"#);
    /// assert_eq!(advice.delay(), Some(Duration::from_secs(60)));
    ///
    /// let advice = RetryAdvice::for_response(500, None, br#"{"code":1,"message":"Internal server error."}"#);
    /// assert_eq!(advice, RetryAdvice::Retry { after: None });
    ///
    /// let advice = RetryAdvice::for_response(403, None, br#"{"error":"unauthorized"}"#);
    /// assert_eq!(advice, RetryAdvice::DoNotRetry);
    /// ```
    #[cfg(feature = "serde")]
    #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
    #[must_use]
    pub fn for_response(status: u16, retry_after: Option<&str>, body: &[u8]) -> Self {
        crate::ParseError::from_response(status, body)
            .retry_advice()
            .with_retry_after(retry_after, None)
    }

    /// The same advice, with the delay of a `Retry-After` header when the
    /// advice is to retry and the header is given and valid.
    ///
    /// `now` is the current time as a duration since the Unix epoch (with
    /// `std`: `SystemTime::now().duration_since(UNIX_EPOCH).ok()`); it is
    /// needed for an HTTP-date, which counts as absent without it. A header
    /// that is not valid ([`RetryAfter::parse`]) counts as absent too: the
    /// advice is left as it was, to retry with the caller's own backoff.
    ///
    /// ```
    /// use core::time::Duration;
    /// use parse_errors::RetryAdvice;
    ///
    /// let busy = RetryAdvice::for_status_and_code(503, None);
    /// assert_eq!(busy.with_retry_after(Some("120"), None).delay(), Some(Duration::from_secs(120)));
    /// assert_eq!(busy.with_retry_after(Some("soon"), None).delay(), None);
    ///
    /// // 1994-11-06 08:49:37 UTC is 784111777 s after the epoch.
    /// let date = Some("Sun, 06 Nov 1994 08:49:37 GMT");
    /// let now = Duration::from_secs(784_111_777 - 90);
    /// assert_eq!(busy.with_retry_after(date, Some(now)).delay(), Some(Duration::from_secs(90)));
    /// assert_eq!(busy.with_retry_after(date, None).delay(), None);
    ///
    /// // Advice not to retry stays so.
    /// let gone = RetryAdvice::DoNotRetry;
    /// assert_eq!(gone.with_retry_after(Some("120"), None), RetryAdvice::DoNotRetry);
    /// ```
    #[must_use]
    pub fn with_retry_after(self, header: Option<&str>, now: Option<Duration>) -> Self {
        let delay = header
            .and_then(|header| RetryAfter::parse(header).ok())
            .and_then(|retry_after| retry_after.delay(now));
        match (self, delay) {
            (Self::Retry { .. }, Some(delay)) => Self::Retry { after: Some(delay) },
            (advice, _) => advice,
        }
    }

    /// Whether to retry the request.
    #[must_use]
    pub const fn should_retry(self) -> bool {
        matches!(self, Self::Retry { .. })
    }

    /// The delay the server asked for before a retry, if it asked for one.
    #[must_use]
    pub const fn delay(self) -> Option<Duration> {
        match self {
            Self::Retry { after } => after,
            Self::LogIn | Self::DoNotRetry => None,
        }
    }
}

/// The status by which an error is judged: its own, unless it came inside a
/// success, such as a batch item in a 200.
const fn effective_status(status: u16, code: Option<i32>) -> u16 {
    if 200 <= status && status <= 299 {
        crate::status::status_for_code(code)
    } else {
        status
    }
}
