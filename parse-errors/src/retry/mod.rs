//! Whether retrying a failed request to a Parse Server can help, and when.

use core::time::Duration;

mod method_override;
mod request;
mod retry_after;

pub use request::Request;
pub use retry_after::{RetryAfter, RetryAfterError};

/// What a client should do after a request to a Parse Server failed: retry
/// it, read back whether it took effect, have the user log in again, or give
/// up.
///
/// The advice first says whether the *failure* can pass, and when it
/// happened: before the request could run, or after. Given the request
/// ([`for_request`](Self::for_request), with a [`Request`]), it also says
/// whether sending it again is safe: a write that may have run, and that the
/// server cannot tell from its repeat, is to be verified, not repeated
/// ([`Verify`](Self::Verify)). The rule, by when the failure happened, is on
/// [`for_request`](Self::for_request); the comparison with the Parse SDKs'
/// own retry rules, with their sources, is in the repository's design note
/// `docs/design/retry-advice.md`.
///
/// The advice gives no backoff schedule: `after` is the least delay the
/// server asked for, and the caller adds its own exponential backoff, jitter
/// and attempt limit, as every Parse SDK does.
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use parse_errors::{Request, RetryAdvice};
///
/// let uncaught = br#"{"code":1,"message":"Internal server error."}"#;
/// let advice = RetryAdvice::for_response(500, None, uncaught);
/// assert!(advice.should_retry()); // the failure may pass, as today
///
/// // A write that the server cannot deduplicate may have been applied: read back before repeating it.
/// assert_eq!(advice.for_request(&Request::write()), RetryAdvice::Verify);
/// // A read, or a write carrying X-Parse-Request-Id to a server with idempotency on, may be repeated.
/// assert!(advice.for_request(&Request::read()).should_retry());
/// assert!(advice.for_request(&Request::write().with_request_id()).should_retry());
///
/// // 159: the server has seen this request id; the first attempt was applied.
/// let duplicate = br#"{"code":159,"error":"Duplicate request"}"#;
/// assert_eq!(RetryAdvice::for_response(400, None, duplicate), RetryAdvice::AlreadyApplied);
///
/// // No connection at all: nothing was sent, any request may be repeated.
/// assert!(RetryAdvice::for_connect_failure().for_request(&Request::write()).should_retry());
/// // The connection broke after the request went out: as an uncaught 500.
/// assert_eq!(RetryAdvice::for_transport_failure().for_request(&Request::write()), RetryAdvice::Verify);
///
/// // The rate limiter refused the request before it ran: safe whatever it was.
/// let limited = RetryAdvice::for_response(429, Some("2"), br#"{"code":100,"error":"Too many requests."}"#);
/// assert!(limited.for_request(&Request::write()).should_retry());
/// # }
/// ```
///
/// Without `serde`, from a status and a code:
///
/// ```
/// use core::time::Duration;
/// use parse_errors::{Request, RetryAdvice};
///
/// // The rate limiter: 429 with code 100, and a `Retry-After` header.
/// let advice = RetryAdvice::for_status_and_code(429, Some(100)).with_retry_after(Some("30"), None);
/// assert_eq!(advice, RetryAdvice::Retry { after: Some(Duration::from_secs(30)) });
///
/// // 209: the session token is gone; only a new login helps.
/// assert_eq!(RetryAdvice::for_status_and_code(400, Some(209)), RetryAdvice::LogIn);
/// // A Parse code the request caused.
/// assert_eq!(RetryAdvice::for_status_and_code(404, Some(101)), RetryAdvice::DoNotRetry);
/// // A gateway timed out: the request may have run.
/// let gateway = RetryAdvice::for_status_and_code(504, None);
/// assert_eq!(gateway, RetryAdvice::RetryIfRepeatable { after: None });
/// assert_eq!(gateway.for_request(&Request::from_method_and_body("GET", b"")), RetryAdvice::Retry { after: None });
/// ```
///
/// The captured responses of Parse Server carry no headers, so whether its
/// rate limiter (express-rate-limit) sends `Retry-After` was not observed; the
/// advice honours the header whenever it is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RetryAdvice {
    /// The failure may pass, and sending the request again is safe: retry,
    /// with backoff, and not before `after` when the server gave a delay.
    Retry {
        /// The delay the server asked for (`Retry-After`), if any.
        after: Option<Duration>,
    },
    /// The failure may pass, but it came when the request may have run: retry
    /// a request that may be repeated ([`Request::may_be_repeated`]: a read,
    /// a deduplicated write), and verify any other. [`for_request`](Self::for_request)
    /// makes that choice, giving [`Retry`](Self::Retry) or [`Verify`](Self::Verify).
    ///
    /// [`should_retry`](Self::should_retry) says `true`, as it did for these
    /// failures before the advice knew the request: call `for_request`
    /// unless every request you send may be repeated.
    RetryIfRepeatable {
        /// The delay the server asked for (`Retry-After`), if any.
        after: Option<Duration>,
    },
    /// The request is a write that may have run before the failure, and the
    /// server cannot tell a repeat of it: read back whether it took effect
    /// (fetch the object, query for it, ask the function's own records)
    /// before sending it again, or give the write an `X-Parse-Request-Id`
    /// next time.
    ///
    /// [`should_retry`](Self::should_retry) is `false`, since a blind retry
    /// may apply the write twice; [`delay`](Self::delay) is `None`. The delay
    /// the server asked for, which the read back may respect, is the
    /// `delay()` of the advice before `for_request`.
    Verify,
    /// Code 159 (`DuplicateRequest`): the server has seen this request's
    /// `X-Parse-Request-Id` before. An earlier attempt reached the server and
    /// was handled there, and this one changed nothing: do not repeat it, and
    /// read back the earlier attempt's result if its answer was lost.
    ///
    /// parse.com used 159 for a temporary error, which old clients retry;
    /// Parse Server sends it for a duplicate only, and this advice does not
    /// retry it. [`should_retry`](Self::should_retry) is `false` and
    /// [`delay`](Self::delay) `None`.
    AlreadyApplied,
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
    const RETRY_IF_REPEATABLE: Self = Self::RetryIfRepeatable { after: None };

    /// The advice when the request was never sent: the connection was
    /// refused, the name did not resolve, the TLS handshake failed. Nothing
    /// reached the server, so any request may be repeated: retry.
    ///
    /// ```
    /// use parse_errors::{Request, RetryAdvice};
    ///
    /// let advice = RetryAdvice::for_connect_failure();
    /// assert_eq!(advice.for_request(&Request::write()), RetryAdvice::Retry { after: None });
    /// ```
    #[must_use]
    pub const fn for_connect_failure() -> Self {
        Self::RETRY
    }

    /// The advice when the request went out and no answer came: the
    /// connection was reset or closed, or the client's own timeout struck.
    /// The server may have run the request and its answer been lost, as
    /// after an uncaught 500: [`RetryIfRepeatable`](Self::RetryIfRepeatable).
    /// When the client cannot tell whether the request went out, this is the
    /// advice to take.
    ///
    /// ```
    /// use parse_errors::{Request, RetryAdvice};
    ///
    /// let advice = RetryAdvice::for_transport_failure();
    /// assert!(advice.should_retry());
    /// assert!(advice.for_request(&Request::read()).should_retry());
    /// assert_eq!(advice.for_request(&Request::write()), RetryAdvice::Verify);
    /// ```
    #[must_use]
    pub const fn for_transport_failure() -> Self {
        Self::RETRY_IF_REPEATABLE
    }

    /// The advice for a response's HTTP status and the Parse code of its body
    /// (`None` when the body had none, or was not JSON), without its message.
    ///
    /// Without the message, a 500 with code 1 may have run, and is to be
    /// retried if the request may be repeated: it cannot tell the server's
    /// own code-1 errors, which are permanent, nor its answer while starting,
    /// which ran nothing, from an uncaught failure; [`for_error`](Self::for_error)
    /// can. A status from 200 to 299 is an error inside a success (a batch
    /// item, a GraphQL error), judged by the status Parse Server sends with
    /// its code.
    ///
    /// ```
    /// use parse_errors::RetryAdvice;
    ///
    /// assert!(RetryAdvice::for_status_and_code(503, None).should_retry());
    /// assert!(RetryAdvice::for_status_and_code(500, Some(1)).should_retry());
    /// assert!(!RetryAdvice::for_status_and_code(403, None).should_retry());
    /// assert!(!RetryAdvice::for_status_and_code(413, None).should_retry());
    /// assert_eq!(RetryAdvice::for_status_and_code(400, Some(159)), RetryAdvice::AlreadyApplied);
    /// // A batch item's error, in a 200.
    /// assert_eq!(RetryAdvice::for_status_and_code(200, Some(137)), RetryAdvice::DoNotRetry);
    /// ```
    #[must_use]
    pub const fn for_status_and_code(status: u16, code: Option<i32>) -> Self {
        match code {
            Some(209) => return Self::LogIn,
            Some(159) => return Self::AlreadyApplied,
            _ => {}
        }
        match effective_status(status, code) {
            // Not Implemented, HTTP Version Not Supported: never handled.
            501 | 505 => Self::DoNotRetry,
            // Refused before anything ran: the request did not arrive in
            // full, the server would not risk early data, the rate limiter.
            408 | 425 | 429 => Self::RETRY,
            // The server, or a proxy in front of it, did not finish.
            500..=599 => Self::RETRY_IF_REPEATABLE,
            _ => match code {
                // The codes the official table marks `retry` (ConnectionFailed,
                // ServiceUnavailable, ClientDisconnected, RequestLimitExceeded):
                // each says the failure is of the moment, and only code that
                // ran (Cloud Code, an adapter) sends them in a 400.
                Some(code) if is_retryable_code(code) => Self::RETRY_IF_REPEATABLE,
                _ => Self::DoNotRetry,
            },
        }
    }

    /// The advice for an error of an app's own table, or of an error enum
    /// whose variants carry data, as a client gets it: the rule for the
    /// status Parse Server sends with its code, and the table's word on which
    /// of its codes pass with time (`#[entry(retry)]`, or `retry` on a
    /// category), which a rule for every app cannot know. A code the table
    /// marks `retry` comes from code that ran (Cloud Code), so it is retried
    /// when the request may be sent twice ([`for_request`](Self::for_request)).
    ///
    /// ```
    /// # #[cfg(feature = "macros")] {
    /// use parse_errors::{Request, RetryAdvice, parse_errors};
    ///
    /// #[parse_errors(extends = parse_errors::ErrorCode, category(Shop = "Shop errors"))]
    /// pub enum ShopCode {
    ///     /// The inventory is locked by another purchase; it is released within seconds.
    ///     #[entry(retry)]
    ///     InventoryLocked = 9005,
    ///     /// The player has not enough coins for this purchase.
    ///     NotEnoughCoins = 9001,
    /// }
    ///
    /// let locked = RetryAdvice::for_coded(&ShopCode::InventoryLocked);
    /// assert!(locked.for_request(&Request::read()).should_retry());
    /// assert_eq!(locked.for_request(&Request::write()), RetryAdvice::Verify);
    /// assert_eq!(RetryAdvice::for_coded(&ShopCode::NotEnoughCoins), RetryAdvice::DoNotRetry);
    /// # }
    /// ```
    #[must_use]
    pub fn for_coded<E: crate::CodedError + ?Sized>(error: &E) -> Self {
        let code = error.code();
        let advice =
            Self::for_status_and_code(crate::status::status_for_code(Some(code)), Some(code));
        advice.with_table_word(crate::ErrorTable::is_retryable(error.kind()))
    }

    /// The advice, once a table has said whether the code passes with time:
    /// only a failure the rule would not retry changes, so a table's word
    /// never turns a refusal, a lost session or a duplicate into a retry.
    pub(crate) const fn with_table_word(self, retryable: bool) -> Self {
        match self {
            Self::DoNotRetry if retryable => Self::RETRY_IF_REPEATABLE,
            advice => advice,
        }
    }

    /// The advice for a response's HTTP status and its body's code and
    /// message: [`for_status_and_code`](Self::for_status_and_code), except
    /// for a 500 with code 1. Its message then tells three cases apart: the
    /// uncaught handler's `Internal server error.` may have run; a message
    /// starting `Invalid server state`, which the server sends while it
    /// starts, ran nothing; any other is an error the server raised on
    /// purpose, which the same request gets again.
    ///
    /// ```
    /// use parse_errors::RetryAdvice;
    ///
    /// // A bad `limit` on PostgreSQL: the same request fails again.
    /// let bad_limit = RetryAdvice::for_error(500, Some(1), "An internal server error occurred");
    /// assert_eq!(bad_limit, RetryAdvice::DoNotRetry);
    /// // An exception the server did not catch.
    /// let uncaught = RetryAdvice::for_error(500, Some(1), "Internal server error.");
    /// assert_eq!(uncaught, RetryAdvice::RetryIfRepeatable { after: None });
    /// // The server is starting: it refused the request before running it.
    /// let starting = RetryAdvice::for_error(500, Some(1), "Invalid server state: initialized");
    /// assert_eq!(starting, RetryAdvice::Retry { after: None });
    /// ```
    #[must_use]
    pub fn for_error(status: u16, code: Option<i32>, message: &str) -> Self {
        if code != Some(1) {
            return Self::for_status_and_code(status, code);
        }
        match effective_status(status, code) {
            // 503 too, as a deployment may answer while the server starts.
            500 | 503 if message.starts_with(STARTING_MESSAGE) => Self::RETRY,
            500 if message != UNCAUGHT_MESSAGE => Self::DoNotRetry,
            _ => Self::for_status_and_code(status, code),
        }
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
    /// assert_eq!(advice, RetryAdvice::RetryIfRepeatable { after: None });
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

    /// The advice for the request that failed: where the failure came when
    /// the request may have run ([`RetryIfRepeatable`](Self::RetryIfRepeatable)),
    /// [`Retry`](Self::Retry) if the request may be repeated, else
    /// [`Verify`](Self::Verify). Every other advice stays as it is: a
    /// refusal never becomes a retry.
    ///
    /// # The rule: failures by when they happened
    ///
    /// | when | failures | advice | why |
    /// |---|---|---|---|
    /// | before sending | connection refused, DNS, TLS ([`for_connect_failure`](Self::for_connect_failure)) | retry | nothing reached the server |
    /// | refused before running | 429 (the rate limiter's code 100), 408, 425; 500 `Invalid server state: ...` | retry | the server turned the request away before any handler ran |
    /// | sent, no answer | reset, closed, the client's timeout ([`for_transport_failure`](Self::for_transport_failure)) | retry a read or a deduplicated write, verify another | the request may have run and its answer been lost |
    /// | sent, an answer that the server did not finish | uncaught 500 `{"code":1,"message":...}`, 502, 503, 504 from a proxy, other 5xx; 100, 2, 4, 155 in a 400 | retry a read or a deduplicated write, verify another | the request may have run in whole or in part |
    /// | sent before, with this request id | 159 `DuplicateRequest` | already applied | an earlier attempt was handled; this one changed nothing |
    /// | the session | 209 `InvalidSessionToken` | log in | the same token fails again |
    /// | the request's own fault | any other 4xx, 500 code 1 raised on purpose, 501, 505 | do not retry | the same request fails the same way |
    ///
    /// ```
    /// use parse_errors::{Request, RetryAdvice};
    ///
    /// let query = Request::from_method_and_body("POST", br#"{"_method":"GET","where":{}}"#);
    /// let create = Request::from_method_and_body("POST", br#"{"title":"once"}"#);
    /// let gateway = RetryAdvice::for_status_and_code(502, None);
    /// assert!(gateway.for_request(&query).should_retry());
    /// assert_eq!(gateway.for_request(&create), RetryAdvice::Verify);
    /// assert!(gateway.for_request(&create.with_request_id()).should_retry());
    ///
    /// // Refusals and permanent failures do not depend on the request.
    /// let invalid = RetryAdvice::for_status_and_code(400, Some(142));
    /// assert_eq!(invalid.for_request(&query), RetryAdvice::DoNotRetry);
    /// ```
    #[must_use]
    pub const fn for_request(self, request: &Request) -> Self {
        match self {
            Self::RetryIfRepeatable { after } if request.may_be_repeated() => Self::Retry { after },
            Self::RetryIfRepeatable { .. } => Self::Verify,
            advice => advice,
        }
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
            (Self::RetryIfRepeatable { .. }, Some(delay)) => {
                Self::RetryIfRepeatable { after: Some(delay) }
            }
            (advice, _) => advice,
        }
    }

    /// Whether the failure may pass by retrying: `true` for
    /// [`Retry`](Self::Retry) and for [`RetryIfRepeatable`](Self::RetryIfRepeatable),
    /// which assumes a request that may be repeated until
    /// [`for_request`](Self::for_request) is told otherwise.
    #[must_use]
    pub const fn should_retry(self) -> bool {
        matches!(self, Self::Retry { .. } | Self::RetryIfRepeatable { .. })
    }

    /// The delay the server asked for before a retry, if it asked for one.
    #[must_use]
    pub const fn delay(self) -> Option<Duration> {
        match self {
            Self::Retry { after } | Self::RetryIfRepeatable { after } => after,
            Self::Verify | Self::AlreadyApplied | Self::LogIn | Self::DoNotRetry => None,
        }
    }
}

/// The status by which an error is judged: its own, unless it came inside a
/// success, such as a batch item in a 200.
/// Whether the official table marks `code` `retry`.
const fn is_retryable_code(code: i32) -> bool {
    match crate::ErrorCode::from_code(code) {
        Some(found) => found.is_retryable(),
        None => false,
    }
}

const fn effective_status(status: u16, code: Option<i32>) -> u16 {
    if 200 <= status && status <= 299 {
        crate::status::status_for_code(code)
    } else {
        status
    }
}
