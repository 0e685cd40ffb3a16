//! The JSON decoders of `parse-errors`: they never panic, and what they read
//! they write back losslessly.
//!
//! The crate promises that "re-encoding gives back the body that came, shape
//! and all" (README), "losslessly" (`ParseError`'s docs), and its tests hold
//! it as "decoding then encoding gives back the same JSON value". Bytes may
//! differ where JSON lets them (whitespace, escapes, the order of members the
//! crate keeps in a map), so the checks are:
//!
//! - re-encoding a decoded body gives the body's JSON value, exactly;
//! - re-encoding is then a fixed point byte for byte: the bytes written decode
//!   to an equal value, which writes the very same bytes.

use std::fmt::Debug;

use parse_errors::{BatchItem, GraphQlError, LiveQueryError, ParseError};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// The body decoded as a `T`, when it is one, checked to round-trip.
///
/// # Panics
/// When the round trip loses or changes anything.
pub fn round_trip<T>(body: &[u8]) -> Option<(T, Value)>
where
    T: Serialize + DeserializeOwned + PartialEq + Debug,
{
    let decoded: T = serde_json::from_slice(body).ok()?;
    let sent: Value = serde_json::from_slice(body).unwrap_or_else(|error| {
        panic!("{decoded:?} was read from a body that is not JSON: {error}")
    });
    let value = serde_json::to_value(&decoded).expect("a decoded value encodes");
    assert_eq!(value, sent, "re-encoding {decoded:?} changed the body");
    let encoded = serde_json::to_vec(&decoded).expect("a decoded value encodes");
    let again: T = serde_json::from_slice(&encoded).unwrap_or_else(|error| {
        panic!(
            "{decoded:?} encodes as {}, which does not decode: {error}",
            String::from_utf8_lossy(&encoded)
        )
    });
    assert_eq!(
        again, decoded,
        "decoding what was encoded gives another value"
    );
    let encoded_again = serde_json::to_vec(&again).expect("a decoded value encodes");
    assert_eq!(
        String::from_utf8_lossy(&encoded_again),
        String::from_utf8_lossy(&encoded),
        "re-encoding a body the crate wrote changed its bytes"
    );
    Some((decoded, sent))
}

/// Uses every accessor of an error, so none of them panics on what was read.
fn inspect(error: &ParseError) {
    let _ = (error.kind(), error.http_status(), error.to_string());
    for nested in error.errors() {
        inspect(nested);
    }
}

/// `ParseError`'s serde decoder.
pub fn parse_error(body: &[u8]) {
    if let Some((error, _)) = round_trip::<ParseError>(body) {
        assert_eq!(error.status(), None, "a body alone has no status");
        inspect(&error);
    }
}

/// `ParseError::from_response`: the status from the input's first two bytes
/// (big-endian), the body from the rest.
///
/// A JSON error body that says something is read as `ParseError`'s decoder
/// reads it; any other body becomes an error without a code whose message is
/// the body's text. The status is kept either way.
pub fn from_response(data: &[u8]) {
    let Some((status, body)) = data.split_first_chunk::<2>() else {
        return;
    };
    let status = u16::from_be_bytes(*status);
    let error = ParseError::from_response(status, body);
    assert_eq!(error.status(), Some(status));
    assert_eq!(error.http_status(), status);
    inspect(&error);
    let decoded = round_trip::<ParseError>(body).filter(|(_, sent)| {
        // `from_response` takes an object with no member but `errors` for text.
        sent.as_object()
            .is_some_and(|members| members.keys().any(|key| key != "errors"))
    });
    match decoded {
        Some((decoded, _)) => assert_eq!(error, decoded.with_status(status)),
        None => {
            assert_eq!(error.code(), None);
            assert_eq!(error.message(), String::from_utf8_lossy(body));
            assert!(error.errors().is_empty());
        }
    }
}

/// `BatchItem`'s decoder, for one item and for a whole `POST /batch` response.
pub fn batch_item(body: &[u8]) {
    if let Some((item, sent)) = round_trip::<BatchItem>(body) {
        check_batch_item(item, &sent);
    }
    if let Some((items, sent)) = round_trip::<Vec<BatchItem>>(body) {
        let sent = sent.as_array().expect("a batch is an array");
        for (item, sent) in items.into_iter().zip(sent) {
            check_batch_item(item, sent);
        }
    }
}

fn check_batch_item(item: BatchItem, sent: &Value) {
    match item.into_result() {
        Ok(success) => assert_eq!(Some(&success), sent.get("success")),
        Err(error) => {
            assert!(sent.get("error").is_some());
            inspect(&error);
        }
    }
}

/// `LiveQueryError`'s decoder: a frame, and its accessors reading its members.
pub fn live_query_error(body: &[u8]) {
    let Some((frame, sent)) = round_trip::<LiveQueryError>(body) else {
        return;
    };
    assert_eq!(sent["op"], "error");
    assert_eq!(
        frame.reconnect(),
        sent.get("reconnect").and_then(Value::as_bool)
    );
    assert_eq!(
        frame.request_id(),
        sent.get("requestId").and_then(Value::as_i64)
    );
    assert_eq!(
        frame.client_id(),
        sent.get("clientId").and_then(Value::as_str)
    );
    inspect(frame.error());
    assert_eq!(&frame.clone().into_error(), frame.error());
}

/// `GraphQlError`: `from_response` on a whole GraphQL response, and the serde
/// decoder of one error.
pub fn graphql_error(body: &[u8]) {
    if let Ok(errors) = GraphQlError::from_response(body) {
        let sent: Value = serde_json::from_slice(body).expect("a GraphQL response read is JSON");
        let sent = sent
            .as_object()
            .expect("a GraphQL response read is an object");
        match sent.get("errors") {
            None | Some(Value::Null) => assert!(errors.is_empty()),
            Some(sent) => assert_eq!(&serde_json::to_value(&errors).unwrap(), sent),
        }
        for error in &errors {
            check_graphql_error(error);
        }
    }
    if let Some((error, _)) = round_trip::<GraphQlError>(body) {
        check_graphql_error(&error);
    }
}

fn check_graphql_error(error: &GraphQlError) {
    let object = error.as_object();
    let code = match object
        .get("extensions")
        .and_then(|extensions| extensions.get("code"))
    {
        Some(Value::Number(number)) => number.as_i64().and_then(|code| i32::try_from(code).ok()),
        // The digits exactly as Rust writes the number, so they are written back alike.
        Some(Value::String(text)) => text
            .parse::<i32>()
            .ok()
            .filter(|code| code.to_string() == *text),
        _ => None,
    };
    assert_eq!(error.code(), code);
    let message = object.get("message").and_then(Value::as_str).unwrap_or("");
    assert_eq!(error.message(), message);
    let parse_error = error.to_parse_error();
    assert_eq!((parse_error.code(), parse_error.message()), (code, message));
    inspect(&parse_error);
}
