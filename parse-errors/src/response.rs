//! A `ParseError` as the HTTP response Parse Server answers with (feature `http`),
//! and as an axum response (feature `axum`).

use alloc::string::String;

use http::header::{CONTENT_TYPE, HeaderValue};
use http::{Response, StatusCode};

use crate::ParseError;

/// The `Content-Type` of a Parse error body, as Parse Server writes it.
const JSON: HeaderValue = HeaderValue::from_static("application/json; charset=utf-8");
/// The `Content-Type` of a body that came as text rather than a Parse error.
const TEXT: HeaderValue = HeaderValue::from_static("text/plain; charset=utf-8");

#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
impl ParseError {
    /// The HTTP response a Parse Server answers with for this error.
    ///
    /// - The status is [`http_status`](Self::http_status): the one the error came
    ///   with, or else the one Parse Server sends for its code (500 for 1, 404 for
    ///   101, 400 otherwise). A status that came but is not a valid HTTP status
    ///   (below 100 or above 999) is replaced by the one for the code.
    /// - The body is the error's JSON: a decoded error writes back the body it
    ///   came with, shape and all; an error made in Rust gets the body Parse
    ///   Server writes, `{"code":101,"error":"Object not found."}`. An error
    ///   read by [`from_response`](Self::from_response) from a body that was not
    ///   a Parse error (HTML, plain text) answers with that text.
    /// - `Content-Type` is `application/json; charset=utf-8` for a JSON body,
    ///   `text/plain; charset=utf-8` for a text one. Parse Server itself sends
    ///   no `Content-Type` with its 403 `{"error":"unauthorized"}`; this response
    ///   labels that JSON body as JSON like every other, which no Parse SDK minds
    ///   (they read an error body as JSON whatever its header says).
    ///
    /// ```
    /// use parse_errors::{ErrorCode, ParseError};
    ///
    /// let response = ParseError::new(ErrorCode::ObjectNotFound, "Object not found.").to_http_response();
    /// assert_eq!(response.status(), 404);
    /// assert_eq!(response.headers()["content-type"], "application/json; charset=utf-8");
    /// assert_eq!(response.body(), r#"{"code":101,"error":"Object not found."}"#);
    ///
    /// // A decoded error answers with the body it came with.
    /// let body = r#"{"code":1,"message":"Internal server error."}"#;
    /// let response = ParseError::from_response(500, body.as_bytes()).to_http_response();
    /// assert_eq!((response.status().as_u16(), response.body().as_str()), (500, body));
    ///
    /// // So does one that came without a code.
    /// let response = ParseError::from_response(403, br#"{"error":"unauthorized"}"#).to_http_response();
    /// assert_eq!((response.status().as_u16(), response.body().as_str()), (403, r#"{"error":"unauthorized"}"#));
    /// ```
    ///
    /// `http::Response<String>` also converts from a `ParseError` or a reference
    /// to one: `let response: http::Response<String> = error.into();`.
    #[must_use]
    pub fn to_http_response(&self) -> Response<String> {
        let (content_type, body) = if self.shape.text {
            (TEXT, self.message.clone())
        } else {
            (JSON, self.json_body())
        };
        let status = StatusCode::from_u16(self.http_status())
            .or_else(|_| StatusCode::from_u16(Self::status_for_code(self.code)))
            .unwrap_or(StatusCode::BAD_REQUEST);
        let mut response = Response::new(body);
        *response.status_mut() = status;
        response.headers_mut().insert(CONTENT_TYPE, content_type);
        response
    }

    fn json_body(&self) -> String {
        // Cannot fail: every key is a string, and every value an integer, a
        // string, a list of errors or a `serde_json::Value`, which all write.
        serde_json::to_string(self).expect("a ParseError always serializes to JSON")
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
impl From<&ParseError> for Response<String> {
    /// [`ParseError::to_http_response`].
    fn from(error: &ParseError) -> Self {
        error.to_http_response()
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
impl From<ParseError> for Response<String> {
    /// [`ParseError::to_http_response`].
    fn from(error: ParseError) -> Self {
        error.to_http_response()
    }
}

/// An axum handler that returns `Result<_, ParseError>` answers an error as
/// Parse Server does ([`ParseError::to_http_response`]).
///
/// ```
/// use axum_core::response::IntoResponse;
/// use parse_errors::{ErrorCode, ParseError};
///
/// let response = ParseError::new(ErrorCode::InvalidSessionToken, "Invalid session token").into_response();
/// assert_eq!(response.status(), 400);
/// assert_eq!(response.headers()["content-type"], "application/json; charset=utf-8");
/// ```
#[cfg(feature = "axum")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
impl axum_core::response::IntoResponse for ParseError {
    fn into_response(self) -> axum_core::response::Response {
        self.to_http_response().map(axum_core::body::Body::from)
    }
}
