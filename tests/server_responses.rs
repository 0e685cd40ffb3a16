//! Every response a real Parse Server 9.10.0 sent (`fixtures/parse-server-responses.jsonl`,
//! captured by `scripts/capture-parse-server/`), decoded and checked.

use parse_errors::{BatchItem, CodeRange, ErrorCode, LiveQueryError, ParseError};
use serde_json::Value;
use test_support::captures::captures;

/// The code member as sent: an integer, or a string of digits.
fn sent_code(body: &Value) -> Option<i32> {
    match &body["code"] {
        Value::Number(number) => number
            .as_i64()
            .map(|code| i32::try_from(code).expect("an i32 code")),
        Value::String(text) => text.parse().ok(),
        _ => None,
    }
}

/// The message as sent: `error`, else `message`, else nothing.
fn sent_message(body: &Value) -> &str {
    body["error"]
        .as_str()
        .or_else(|| body["message"].as_str())
        .unwrap_or("")
}

#[test]
fn the_fixture_has_every_kind_of_response() {
    let captures = captures();
    assert!(captures.len() >= 100, "{} captures", captures.len());
    let count = |kind: &str| {
        captures
            .iter()
            .filter(|capture| capture.kind == kind)
            .count()
    };
    assert!(count("http") > 0 && count("livequery") > 0);
}

#[test]
fn every_http_response_decodes_with_its_code_message_and_status() {
    for capture in captures().iter().filter(|capture| capture.kind == "http") {
        let name = &capture.name;
        let status = capture.status.expect("an HTTP capture has a status");
        let error = ParseError::from_response(status, capture.body.as_bytes());
        assert_eq!(error.status(), Some(status), "{name}");
        assert_eq!(error.http_status(), status, "{name}");
        match serde_json::from_str::<Value>(&capture.body) {
            Ok(body @ Value::Object(_)) => {
                assert_eq!(error.code(), sent_code(&body), "{name}");
                assert_eq!(
                    error.kind(),
                    sent_code(&body).and_then(ErrorCode::from_code),
                    "{name}"
                );
                assert_eq!(error.message(), sent_message(&body), "{name}");
                assert_eq!(
                    serde_json::to_value(&error).unwrap(),
                    body,
                    "{name} re-encodes as it came"
                );
            }
            Ok(body @ Value::Array(_)) => {
                let items: Vec<BatchItem> =
                    serde_json::from_value(body.clone()).unwrap_or_else(|e| panic!("{name}: {e}"));
                assert_eq!(
                    serde_json::to_value(&items).unwrap(),
                    body,
                    "{name} re-encodes as it came"
                );
            }
            _ => {
                assert_eq!(
                    (error.code(), error.message()),
                    (None, capture.body.as_str()),
                    "{name} keeps its text"
                );
            }
        }
    }
}

#[test]
fn the_status_follows_the_code_as_parse_server_says() {
    for capture in captures().iter().filter(|capture| capture.kind == "http") {
        let Ok(body) = serde_json::from_str::<Value>(&capture.body) else {
            continue;
        };
        let (Some(code), Some(status)) = (sent_code(&body), capture.status) else {
            continue;
        };
        if status == 429 {
            // The rate limiter: code 100 with its own status.
            assert_eq!(code, 100, "{}", capture.name);
            continue;
        }
        assert_eq!(
            ParseError::status_for_code(Some(code)),
            status,
            "{} sent code {code}",
            capture.name
        );
    }
}

#[test]
fn batch_items_decode_one_by_one() {
    let batch = captures()
        .into_iter()
        .find(|capture| capture.body.starts_with('['))
        .expect("a batch response");
    let items: Vec<BatchItem> = serde_json::from_str(&batch.body).unwrap();
    let errors: Vec<i32> = items
        .into_iter()
        .filter_map(|item| item.into_result().err())
        .filter_map(|error| error.code())
        .collect();
    assert!(errors.contains(&137), "{errors:?}");
}

#[test]
fn every_live_query_frame_decodes_losslessly() {
    for capture in captures()
        .iter()
        .filter(|capture| capture.kind == "livequery")
    {
        let name = &capture.name;
        let frame: LiveQueryError =
            serde_json::from_str(&capture.body).unwrap_or_else(|e| panic!("{name}: {e}"));
        let body: Value = serde_json::from_str(&capture.body).unwrap();
        assert_eq!(frame.error().code(), sent_code(&body), "{name}");
        assert_eq!(frame.error().message(), sent_message(&body), "{name}");
        assert_eq!(frame.reconnect(), body["reconnect"].as_bool(), "{name}");
        assert_eq!(frame.request_id(), body["requestId"].as_i64(), "{name}");
        assert_eq!(
            serde_json::to_value(&frame).unwrap(),
            body,
            "{name} re-encodes as it came"
        );
    }
}

#[test]
fn every_code_the_server_sends_is_known_unless_an_app_threw_it() {
    for capture in captures() {
        let Ok(body) = serde_json::from_str::<Value>(&capture.body) else {
            continue;
        };
        let bodies: Vec<&Value> = match &body {
            Value::Array(items) => items.iter().filter_map(|item| item.get("error")).collect(),
            other => vec![other],
        };
        for body in bodies {
            let Some(code) = sent_code(body) else {
                continue;
            };
            // Cloud Code's own codes: 0, and the app and unassigned ranges.
            let thrown_by_an_app = code == 0 || CodeRange::of(code) != CodeRange::ParseServer;
            let known = capture.kind == "livequery" || ErrorCode::from_code(code).is_some();
            assert!(
                known || thrown_by_an_app,
                "{} sent code {code}, which ErrorCode lacks",
                capture.name
            );
        }
    }
}
