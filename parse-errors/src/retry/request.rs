//! What a client knows about a request it sent: whether it only reads, and
//! whether the server can tell a repeat of it from a new one.

use super::method_override::{self, JsonString};

/// A request to a Parse Server, as far as retrying it goes: a read, or a write
/// with or without a request id.
///
/// A read (`GET`, `HEAD`, or a query the SDKs send as `POST` with
/// `"_method": "GET"` in its body) changes nothing, so sending it twice is
/// harmless. A write that ran once and is sent again runs again (a second
/// object, a counter incremented twice, a Cloud Code function called twice),
/// unless it carries an `X-Parse-Request-Id` header to a server that
/// deduplicates it: then the repeat gets code 159 (`DuplicateRequest`) and
/// changes nothing. [`RetryAdvice::for_request`](crate::RetryAdvice::for_request)
/// uses this to tell a retry that is safe from one that may apply a write twice.
///
/// ```
/// use parse_errors::Request;
///
/// assert!(Request::read().may_be_repeated());
/// assert!(!Request::write().may_be_repeated());
/// assert!(Request::write().with_request_id().may_be_repeated());
///
/// // A query, as the SDKs send it.
/// let query = Request::from_method_and_body("POST", br#"{"where":{},"_method":"GET"}"#);
/// assert_eq!(query, Request::read());
/// assert_eq!(Request::from_method_and_body("PUT", b"{}"), Request::write());
/// ```
///
/// A request id makes a repeat safe only where Parse Server deduplicates: its
/// `idempotencyOptions.paths` must match the request's path (the default is no
/// path at all), only `POST` and `PUT` on classes, users, installations,
/// functions and jobs are checked, and a repeat must come within
/// `idempotencyOptions.ttl` (300 s by default) of the first attempt. Give
/// [`with_request_id`](Self::with_request_id) only for such a request, and
/// the same id on every attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Request {
    effect: Effect,
    carries_request_id: bool,
}

/// What running the request does to the server's data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Effect {
    Read,
    Write,
}

/// HTTP's safe methods (RFC 9110, 9.2.1): a request by one of them changes
/// nothing on the server.
const SAFE_METHODS: [&[u8]; 4] = [b"GET", b"HEAD", b"OPTIONS", b"TRACE"];

impl Request {
    /// A request that only reads: `GET`, `HEAD`, or a query sent as `POST`
    /// with `"_method": "GET"`.
    #[must_use]
    pub const fn read() -> Self {
        Self {
            effect: Effect::Read,
            carries_request_id: false,
        }
    }

    /// A request that may change data: any other method, Cloud Code
    /// functions and jobs included, since what they do is the app's own.
    #[must_use]
    pub const fn write() -> Self {
        Self {
            effect: Effect::Write,
            carries_request_id: false,
        }
    }

    /// The same request, sent with an `X-Parse-Request-Id` header to a server
    /// that deduplicates it (see the conditions above).
    #[must_use]
    pub const fn with_request_id(self) -> Self {
        Self {
            carries_request_id: true,
            ..self
        }
    }

    /// The request of an HTTP method and a body, as a Parse Server takes it:
    /// a `POST` whose body is a JSON object with a string `_method` member is
    /// the method that member names, as parse-server's `allowMethodOverride`
    /// reads it, and the SDKs send their queries. A read is one of HTTP's safe
    /// methods: `GET`, `HEAD`, `OPTIONS`, `TRACE`; everything else is a write.
    ///
    /// Method names are compared without regard to ASCII case: the Fetch
    /// standard sends `get` as `GET`, and Express routes `_method` so too.
    /// A body that is not JSON, or whose top-level `_method` is not a string,
    /// leaves a `POST` a write. The body is read without an allocator; only
    /// its top level's keys and the `_method` string are decoded.
    ///
    /// ```
    /// use parse_errors::Request;
    ///
    /// assert_eq!(Request::from_method_and_body("get", b""), Request::read());
    /// assert_eq!(Request::from_method_and_body("POST", br#"{ "_method" : "get" }"#), Request::read());
    /// // Only the top level counts: here `_method` is a field of the object saved.
    /// let create = Request::from_method_and_body("POST", br#"{"data":{"_method":"GET"}}"#);
    /// assert_eq!(create, Request::write());
    /// assert_eq!(Request::from_method_and_body("DELETE", b""), Request::write());
    /// ```
    #[must_use]
    pub const fn from_method_and_body(method: &str, body: &[u8]) -> Self {
        let method = method.as_bytes();
        let reads = if ascii_eq_ignore_case(method, b"POST") {
            match method_override::method_member(body) {
                Some(named) => is_safe_json_method(named, body),
                None => false,
            }
        } else {
            is_safe_method(method)
        };
        if reads { Self::read() } else { Self::write() }
    }

    /// Whether the request only reads.
    #[must_use]
    pub const fn is_read(self) -> bool {
        matches!(self.effect, Effect::Read)
    }

    /// Whether the request carries an `X-Parse-Request-Id` that the server
    /// deduplicates.
    #[must_use]
    pub const fn has_request_id(self) -> bool {
        self.carries_request_id
    }

    /// Whether sending the request again is safe even when the first attempt
    /// ran: a read, or a write the server deduplicates.
    #[must_use]
    pub const fn may_be_repeated(self) -> bool {
        self.is_read() || self.carries_request_id
    }
}

const fn is_safe_method(method: &[u8]) -> bool {
    let mut index = 0;
    while index < SAFE_METHODS.len() {
        if ascii_eq_ignore_case(method, SAFE_METHODS[index]) {
            return true;
        }
        index += 1;
    }
    false
}

const fn is_safe_json_method(method: JsonString, body: &[u8]) -> bool {
    let mut index = 0;
    while index < SAFE_METHODS.len() {
        if method.eq_ignore_ascii_case(body, SAFE_METHODS[index]) {
            return true;
        }
        index += 1;
    }
    false
}

const fn ascii_eq_ignore_case(left: &[u8], right: &[u8]) -> bool {
    if left.len() != right.len() {
        return false;
    }
    let mut index = 0;
    while index < left.len() {
        if !left[index].eq_ignore_ascii_case(&right[index]) {
            return false;
        }
        index += 1;
    }
    true
}
