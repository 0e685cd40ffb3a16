//! `ParseError` as an HTTP answer (features `http` and `axum`): every captured
//! Parse Server response, decoded and answered again, is the response that came.

use axum::handler::Handler;
use axum::http;
use axum::response::IntoResponse;
use parse_errors::{ErrorCode, ParseError};
use serde_json::Value;
use test_support::captures::{capture, captures};

const JSON: &str = "application/json; charset=utf-8";
const TEXT: &str = "text/plain; charset=utf-8";

fn content_type<B>(response: &http::Response<B>) -> &str {
    response.headers()[http::header::CONTENT_TYPE]
        .to_str()
        .expect("an ASCII content type")
}

/// Whether a body is a Parse error in JSON, as `from_response` reads it.
fn is_parse_error_json(body: &str) -> bool {
    matches!(serde_json::from_str::<Value>(body), Ok(Value::Object(_)))
        && serde_json::from_str::<ParseError>(body).is_ok()
}

#[test]
fn every_captured_response_is_answered_again_as_it_came() {
    let mut answered = 0;
    for capture in captures().iter().filter(|capture| capture.kind == "http") {
        let name = &capture.name;
        let status = capture.status.expect("an HTTP capture has a status");
        let response =
            ParseError::from_response(status, capture.body.as_bytes()).to_http_response();
        assert_eq!(response.status().as_u16(), status, "{name}");
        assert_eq!(response.body(), &capture.body, "{name}");
        if is_parse_error_json(&capture.body) {
            // Parse Server sends this, but with no Content-Type at all for a
            // few 403s (`{"error":"unauthorized"}`); we label every JSON body.
            assert_eq!(content_type(&response), JSON, "{name}");
            if let Some(sent) = &capture.content_type {
                assert_eq!(sent, JSON, "{name}");
            }
        } else {
            // HTML pages, plain text, the batch array: their text, as text.
            assert_eq!(content_type(&response), TEXT, "{name}");
        }
        answered += 1;
    }
    assert!(answered > 100, "{answered} responses");
}

#[test]
fn the_unauthorized_reply_has_its_body_and_a_json_content_type() {
    let capture = capture("wrong_application_id");
    assert_eq!(
        capture.content_type, None,
        "Parse Server sends no Content-Type"
    );
    let response = ParseError::from_response(403, capture.body.as_bytes()).to_http_response();
    assert_eq!(response.status(), 403);
    assert_eq!(response.body(), r#"{"error":"unauthorized"}"#);
    assert_eq!(content_type(&response), JSON);

    // Made in Rust, the same.
    let response = ParseError::without_code("unauthorized")
        .with_status(403)
        .to_http_response();
    assert_eq!(
        (response.status().as_u16(), response.body().as_str()),
        (403, r#"{"error":"unauthorized"}"#)
    );
}

#[test]
fn errors_made_in_rust_get_the_status_and_body_parse_server_writes() {
    for (error, status, body) in [
        (
            ParseError::new(ErrorCode::ObjectNotFound, "Object not found."),
            404,
            r#"{"code":101,"error":"Object not found."}"#,
        ),
        (
            ParseError::with_code(1, "Internal server error."),
            500,
            r#"{"code":1,"error":"Internal server error."}"#,
        ),
        (
            ParseError::with_code(9001, "Not enough coins"),
            400,
            r#"{"code":9001,"error":"Not enough coins"}"#,
        ),
        (
            ParseError::with_code(100, "Too many requests.").with_status(429),
            429,
            r#"{"code":100,"error":"Too many requests."}"#,
        ),
        (
            ParseError::with_code(141, "quotes \" and \\ and\nlines \u{1} and é"),
            400,
            r#"{"code":141,"error":"quotes \" and \\ and\nlines \u0001 and é"}"#,
        ),
        (
            ParseError::aggregate(
                "Error deleting an object in destroyAll",
                [ParseError::with_code(101, "Object not found.")],
            ),
            400,
            r#"{"code":600,"error":"Error deleting an object in destroyAll","errors":[{"code":101,"error":"Object not found."}]}"#,
        ),
    ] {
        let response: http::Response<String> = (&error).into();
        assert_eq!(response.status().as_u16(), status, "{error}");
        assert_eq!(response.body(), body, "{error}");
        assert_eq!(content_type(&response), JSON, "{error}");
        // What a client reads back is the error that was sent.
        let read = ParseError::from_response(status, response.body().as_bytes());
        assert_eq!(
            (read.code(), read.message()),
            (error.code(), error.message())
        );
        let owned: http::Response<String> = error.into();
        assert_eq!(owned.body(), body);
    }
}

#[test]
fn a_status_that_is_not_http_falls_back_to_the_one_for_the_code() {
    for (status, code, expected) in [(0, Some(101), 404), (1000, Some(1), 500), (42, None, 400)] {
        let error = match code {
            Some(code) => ParseError::with_code(code, "x"),
            None => ParseError::without_code("x"),
        }
        .with_status(status);
        assert_eq!(
            error.to_http_response().status().as_u16(),
            expected,
            "{status}"
        );
    }
    // The edges of what HTTP allows are kept.
    let error = ParseError::with_code(101, "x").with_status(999);
    assert_eq!(error.to_http_response().status().as_u16(), 999);
    let error = ParseError::with_code(101, "x").with_status(100);
    assert_eq!(error.to_http_response().status().as_u16(), 100);
}

#[test]
fn axum_answers_with_the_same_response() {
    let error = ParseError::from_response(
        500,
        br#"{"code":1,"message":"Internal server error.","stack":"at x"}"#,
    );
    let expected = error.to_http_response();
    let response = error.into_response();
    assert_eq!(response.status(), expected.status());
    assert_eq!(response.headers(), expected.headers());
    let body = run(axum::body::to_bytes(response.into_body(), usize::MAX)).expect("a whole body");
    assert_eq!(&body[..], expected.body().as_bytes());
}

#[test]
fn a_handler_returning_result_answers_its_error() {
    async fn handler() -> Result<axum::Json<Value>, ParseError> {
        Err(ParseError::new(
            ErrorCode::InvalidSessionToken,
            "Invalid session token",
        ))
    }
    // As axum calls a handler of a route.
    let request = http::Request::new(axum::body::Body::empty());
    let response = run(Handler::call(handler, request, ()));
    assert_eq!(response.status(), 400);
    assert_eq!(content_type(&response), JSON);
    let body = run(axum::body::to_bytes(response.into_body(), usize::MAX)).expect("a whole body");
    assert_eq!(
        &body[..],
        br#"{"code":209,"error":"Invalid session token"}"#
    );
}

/// Runs a future to its end on a runtime of its own.
fn run<F: Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a tokio runtime")
        .block_on(future)
}
