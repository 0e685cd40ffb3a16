//! Property tests of the JSON decoders over arbitrary input: they never panic,
//! and whatever they accept they write back unchanged.
//!
//! `PROPTEST_CASES` sets the number of cases per property (256 by default);
//! a long run is `PROPTEST_CASES=1000000 cargo test --release --test wire_properties`.

use parse_errors::{BatchItem, LiveQueryError, ParseError};
use proptest::prelude::*;
use serde_json::{Map, Value};

/// Member names a decoder treats specially, mixed with arbitrary ones, so that
/// generated objects often look like Parse errors, frames and batch items.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vec![
            "code", "error", "message", "errors", "op", "reconnect", "requestId", "clientId", "success",
        ])
        .prop_map(str::to_owned),
        1 => "[a-zA-Z_]{0,8}",
        1 => any::<String>(),
    ]
}

fn scalar() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<i32>().prop_map(Value::from),
        prop::num::f64::NORMAL.prop_map(Value::from),
        any::<String>().prop_map(Value::String),
        Just(Value::String("error".to_owned())),
    ]
}

fn json() -> impl Strategy<Value = Value> {
    scalar().prop_recursive(6, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..6)
                .prop_map(|members| Value::Object(members.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// Objects shaped like Parse error bodies, with arbitrary values in their members.
fn error_like() -> impl Strategy<Value = Value> {
    (
        prop::option::of(any::<i32>()),
        prop::option::of(any::<String>()),
        prop::option::of(any::<String>()),
        prop::collection::vec((key(), json()), 0..3),
    )
        .prop_map(|(code, error, message, extra)| {
            let mut object: Map<String, Value> = extra.into_iter().collect();
            if let Some(code) = code {
                object.insert("code".to_owned(), code.into());
            }
            if let Some(error) = error {
                object.insert("error".to_owned(), error.into());
            }
            if let Some(message) = message {
                object.insert("message".to_owned(), message.into());
            }
            Value::Object(object)
        })
}

proptest! {
    #[test]
    fn parse_errors_decode_losslessly_or_not_at_all(value in prop_oneof![json(), error_like()]) {
        let text = value.to_string();
        if let Ok(error) = serde_json::from_str::<ParseError>(&text) {
            prop_assert_eq!(serde_json::to_value(&error).unwrap(), value.clone());
            if let Some(Value::Number(code)) = value.get("code") {
                prop_assert_eq!(error.code().map(i64::from), code.as_i64());
            }
        }
        if let Ok(error) = serde_json::from_value::<ParseError>(value.clone()) {
            prop_assert_eq!(serde_json::to_value(&error).unwrap(), value);
        }
    }

    #[test]
    fn frames_and_batches_decode_losslessly_or_not_at_all(value in json(), error in error_like()) {
        if let Ok(frame) = serde_json::from_value::<LiveQueryError>(value.clone()) {
            prop_assert_eq!(serde_json::to_value(&frame).unwrap(), value.clone());
        }
        let mut frame = error.clone();
        frame["op"] = Value::String("error".to_owned());
        if let Ok(decoded) = serde_json::from_value::<LiveQueryError>(frame.clone()) {
            prop_assert_eq!(serde_json::to_value(&decoded).unwrap(), frame);
        }
        let batch = Value::Array(vec![serde_json::json!({"error": error}), serde_json::json!({"success": value.clone()})]);
        if let Ok(items) = serde_json::from_value::<Vec<BatchItem>>(batch.clone()) {
            prop_assert_eq!(serde_json::to_value(&items).unwrap(), batch);
        }
        if let Ok(items) = serde_json::from_value::<Vec<BatchItem>>(value.clone()) {
            prop_assert_eq!(serde_json::to_value(&items).unwrap(), value);
        }
    }

    #[test]
    fn error_bodies_with_i32_codes_and_string_messages_always_decode(value in error_like()) {
        let error = serde_json::from_value::<ParseError>(value.clone());
        let well_formed = value.as_object().unwrap().iter().all(|(key, member)| match key.as_str() {
            "code" => member.as_i64().is_some_and(|code| i32::try_from(code).is_ok()),
            "error" | "message" => member.is_string(),
            "errors" => false,
            _ => true,
        });
        if well_formed {
            prop_assert!(error.is_ok(), "{} was refused: {:?}", value, error);
        }
    }

    #[test]
    fn any_response_becomes_an_error_with_its_status(status in any::<u16>(), body in prop::collection::vec(any::<u8>(), 0..256)) {
        let error = ParseError::from_response(status, &body);
        prop_assert_eq!(error.status(), Some(status));
        prop_assert_eq!(error.http_status(), status);
        if error.code().is_none() && std::str::from_utf8(&body).is_ok() && serde_json::from_slice::<Value>(&body).is_err() {
            prop_assert_eq!(error.message().as_bytes(), &body[..]);
        }
    }

    #[test]
    fn built_errors_round_trip(code in prop::option::of(any::<i32>()), message in any::<String>(), nested in prop::collection::vec((any::<i32>(), any::<String>()), 0..4)) {
        let mut error = match code {
            Some(code) => ParseError::with_code(code, message.clone()),
            None => ParseError::without_code(message.clone()),
        };
        if !nested.is_empty() {
            error = ParseError::aggregate(message, nested.into_iter().map(|(code, message)| ParseError::with_code(code, message)));
        }
        let text = serde_json::to_string(&error).unwrap();
        prop_assert_eq!(serde_json::from_str::<ParseError>(&text).unwrap(), error);
    }
}
