//! `ParseError` and the JSON bodies of a Parse Server, as `parse-server-facts.md` describes them.

use parse_errors::{BatchItem, ErrorCode, GraphQlError, LiveQueryError, MAX_NESTING, ParseError};
use serde_json::{Value, json};

fn decode(body: &str) -> ParseError {
    serde_json::from_str(body).unwrap_or_else(|error| panic!("{body} does not decode: {error}"))
}

fn decode_error(body: &str) -> String {
    match serde_json::from_str::<ParseError>(body) {
        Ok(decoded) => panic!("{body} decoded as {decoded:?}"),
        Err(error) => error.to_string(),
    }
}

/// Decoding then encoding gives back the same JSON value.
fn assert_lossless(body: &str) {
    let decoded = decode(body);
    let original: Value = serde_json::from_str(body).unwrap();
    assert_eq!(serde_json::to_value(&decoded).unwrap(), original, "{body}");
}

#[test]
fn the_usual_body() {
    let error = decode(r#"{"code":101,"error":"Object not found."}"#);
    assert_eq!(error.code(), Some(101));
    assert_eq!(error.kind(), Some(ErrorCode::ObjectNotFound));
    assert!(error.is(ErrorCode::UserInvalidLoginParams));
    assert_eq!(error.message(), "Object not found.");
    assert_eq!(error.http_status(), 404);
    assert_lossless(r#"{"code":101,"error":"Object not found."}"#);
}

#[test]
fn a_body_whose_message_is_under_message_keeps_it_there() {
    let body = r#"{"code":1,"message":"Internal server error."}"#;
    let error = decode(body);
    assert_eq!(error.kind(), Some(ErrorCode::InternalServerError));
    assert_eq!(error.message(), "Internal server error.");
    assert_eq!(error.http_status(), 500);
    assert_lossless(body);
}

#[test]
fn a_body_without_a_code_stays_without() {
    let body = r#"{"error":"Unknown error"}"#;
    let error = decode(body);
    assert_eq!(error.code(), None);
    assert_eq!(error.kind(), None);
    assert_eq!(error.message(), "Unknown error");
    assert_eq!(error.to_string(), "Unknown error");
    assert_lossless(body);
    assert_lossless(r#"{"error":"unauthorized"}"#);
}

#[test]
fn any_integer_cloud_code_throws_is_kept() {
    for code in [0, 9001, 123_456, -1, i32::MIN, i32::MAX] {
        let body = json!({"code": code, "error": "thrown by Cloud Code"}).to_string();
        let error = decode(&body);
        assert_eq!(error.code(), Some(code));
        assert_eq!(error.http_status(), ParseError::status_for_code(Some(code)));
        assert_lossless(&body);
    }
    assert_eq!(decode(r#"{"code":9001,"error":"x"}"#).kind(), None);
    assert_eq!(decode(r#"{"code":0,"error":"x"}"#).http_status(), 400);
}

#[test]
fn other_members_and_both_message_keys_are_kept() {
    let body =
        r#"{"code":141,"error":"boom","message":"also here","stack":["a","b"],"x":{"y":null}}"#;
    let error = decode(body);
    assert_eq!(
        error.message(),
        "boom",
        "`error` is the message when both are present"
    );
    assert_lossless(body);
    assert_lossless("{}");
    assert_lossless(r#"{"code":101}"#);
}

#[test]
fn an_aggregate_keeps_its_errors() {
    let body = r#"{"code":600,"error":"Error deleting an object in destroyAll","errors":[{"code":101,"error":"Object not found.","object":{"objectId":"a"}},{"code":9001,"error":"custom"}]}"#;
    let error = decode(body);
    assert_eq!(error.kind(), Some(ErrorCode::AggregateError));
    assert_eq!(error.errors().len(), 2);
    assert!(error.errors()[0].is(ErrorCode::ObjectNotFound));
    assert_eq!(error.errors()[1].code(), Some(9001));
    assert_eq!(
        error.to_string(),
        "AggregateError (600): Error deleting an object in destroyAll (2 errors)"
    );
    assert_lossless(body);
    assert_lossless(r#"{"code":600,"error":"none","errors":[]}"#);
}

#[test]
fn built_errors_encode_as_parse_server_writes_them() {
    let error = ParseError::new(
        ErrorCode::DuplicateValue,
        "A duplicate value for a field with unique values was provided",
    );
    assert_eq!(
        serde_json::to_value(&error).unwrap(),
        json!({"code": 137, "error": "A duplicate value for a field with unique values was provided"})
    );
    assert_eq!(
        serde_json::to_value(ParseError::without_code("unauthorized")).unwrap(),
        json!({"error": "unauthorized"})
    );
    let aggregate = ParseError::aggregate(
        "two failed",
        [
            ParseError::with_code(101, "a"),
            ParseError::with_code(137, "b"),
        ],
    );
    assert_eq!(
        serde_json::to_value(&aggregate).unwrap(),
        json!({"code": 600, "error": "two failed", "errors": [{"code": 101, "error": "a"}, {"code": 137, "error": "b"}]})
    );
    let from_kind = ParseError::from(ErrorCode::ObjectNotFound);
    assert_eq!(from_kind.message(), ErrorCode::ObjectNotFound.to_string());
}

#[test]
fn a_code_sent_as_a_string_of_digits_is_read_and_written_back_as_a_string() {
    // Cloud Code's `new Parse.Error("9002", ...)` reaches the wire as a string.
    let body = r#"{"code":"9002","error":"Out of stock"}"#;
    let error = decode(body);
    assert_eq!(error.code(), Some(9002));
    assert_eq!(serde_json::to_string(&error).unwrap(), body);
    assert_eq!(
        decode(r#"{"code":"-1","error":"x"}"#).kind(),
        Some(ErrorCode::OtherCause)
    );
    for refused in ["", " 1", "+1", "01", "1.0", "2147483648", "x"] {
        let body = json!({"code": refused, "error": "x"}).to_string();
        assert!(
            decode_error(&body).contains("or a string of its digits"),
            "{body}"
        );
    }
}

#[test]
fn codes_that_are_not_i32_integers_are_refused_with_what_was_expected() {
    for (body, says) in [
        (
            r#"{"code":"0101","error":"x"}"#,
            "invalid value: string \"0101\", expected a Parse error code: an integer within i32, or a string of its digits",
        ),
        (
            r#"{"code":101.0,"error":"x"}"#,
            "invalid type: floating point `101.0`, expected a Parse error code",
        ),
        (
            r#"{"code":4294967296,"error":"x"}"#,
            "invalid value: integer `4294967296`, expected a Parse error code",
        ),
        (
            r#"{"code":-2147483649,"error":"x"}"#,
            "invalid value: integer `-2147483649`, expected a Parse error code",
        ),
        (
            r#"{"code":null,"error":"x"}"#,
            "invalid type: null, expected a Parse error code",
        ),
        (
            r#"{"code":101,"error":7}"#,
            "invalid type: integer `7`, expected a string",
        ),
        (r#"{"code":1,"code":2}"#, "duplicate field `code`"),
        (r#"{"x":1,"x":2}"#, "duplicate member `x`"),
        (
            r#"[101,"x"]"#,
            "invalid type: sequence, expected a Parse error object",
        ),
        (
            "101",
            "invalid type: integer `101`, expected a Parse error object",
        ),
        (
            r#"{"code":600,"errors":{"code":1}}"#,
            "expected an array of Parse error objects",
        ),
    ] {
        let error = decode_error(body);
        assert!(error.contains(says), "{body}: {error}");
    }
}

#[test]
fn aggregates_nested_too_deep_are_refused() {
    let nest = |depth: usize| {
        let open = r#"{"code":600,"error":"level","errors":["#.repeat(depth);
        format!(
            r#"{open}{{"code":101,"error":"leaf"}}{}"#,
            "]}".repeat(depth)
        )
    };
    assert_lossless(&nest(MAX_NESTING));
    let error = decode_error(&nest(MAX_NESTING + 1));
    assert!(error.contains("nested more than 32 deep"), "{error}");
    // Far deeper than any limit: an error, not a stack overflow.
    assert!(serde_json::from_str::<ParseError>(&nest(100_000)).is_err());
}

#[test]
fn a_batch_response_decodes_item_by_item() {
    let body = r#"[{"success":{"objectId":"xk2","createdAt":"2026-11-29T00:00:00.000Z"}},{"error":{"code":137,"error":"A duplicate value for a field with unique values was provided"}},{"success":{}}]"#;
    let items: Vec<BatchItem> = serde_json::from_str(body).unwrap();
    assert_eq!(items.len(), 3);
    let results: Vec<Result<Value, ParseError>> = items
        .clone()
        .into_iter()
        .map(BatchItem::into_result)
        .collect();
    assert_eq!(results[0].as_ref().unwrap()["objectId"], "xk2");
    assert!(
        results[1]
            .as_ref()
            .unwrap_err()
            .is(ErrorCode::DuplicateValue)
    );
    assert_eq!(
        serde_json::to_value(&items).unwrap(),
        serde_json::from_str::<Value>(body).unwrap()
    );
    for (bad, says) in [
        (r"[{}]", "invalid length 0"),
        (
            r#"[{"failure":1}]"#,
            "unknown field `failure`, expected `success` or `error`",
        ),
        (
            r#"[{"success":1,"error":{}}]"#,
            "a batch item has one member",
        ),
        (r#"[{"error":{"code":"x"}}]"#, "expected a Parse error code"),
    ] {
        let error = serde_json::from_str::<Vec<BatchItem>>(bad)
            .unwrap_err()
            .to_string();
        assert!(error.contains(says), "{bad}: {error}");
    }
}

#[test]
fn a_live_query_error_frame_keeps_its_members() {
    let frame = r#"{"op":"error","code":4,"error":"Invalid session token","reconnect":false,"requestId":1,"clientId":"0f9c"}"#;
    let unbound = r#"{"op":"error","error":"Invalid session token","code":209,"reconnect":false,"requestId":null}"#;
    let decoded: LiveQueryError = serde_json::from_str(unbound).unwrap();
    assert_eq!((decoded.request_id(), decoded.client_id()), (None, None));
    assert_eq!(
        serde_json::to_value(&decoded).unwrap(),
        serde_json::from_str::<Value>(unbound).unwrap()
    );
    let error: LiveQueryError = serde_json::from_str(frame).unwrap();
    assert_eq!(error.error().code(), Some(4));
    assert_eq!(error.error().message(), "Invalid session token");
    assert_eq!(
        (error.reconnect(), error.request_id(), error.client_id()),
        (Some(false), Some(1), Some("0f9c"))
    );
    assert_eq!(
        serde_json::to_value(&error).unwrap(),
        serde_json::from_str::<Value>(frame).unwrap()
    );

    let minimal = r#"{"op":"error","code":1,"error":"Server error"}"#;
    let error: LiveQueryError = serde_json::from_str(minimal).unwrap();
    assert_eq!(
        (error.reconnect(), error.request_id(), error.client_id()),
        (None, None, None)
    );
    assert_eq!(
        serde_json::to_value(&error).unwrap(),
        serde_json::from_str::<Value>(minimal).unwrap()
    );

    let not_an_error =
        serde_json::from_str::<LiveQueryError>(r#"{"op":"connected","clientId":"a"}"#).unwrap_err();
    assert!(
        not_an_error
            .to_string()
            .contains(r#"expected the op "error""#),
        "{not_an_error}"
    );
    let no_op = serde_json::from_str::<LiveQueryError>(r#"{"code":1,"error":"x"}"#).unwrap_err();
    assert!(no_op.to_string().contains("missing field `op`"), "{no_op}");
}

#[test]
fn responses_of_every_kind_keep_their_status_and_text() {
    let json = ParseError::from_response(400, br#"{"code":142,"error":"Validation failed."}"#);
    assert_eq!(
        (json.kind(), json.status(), json.message()),
        (
            Some(ErrorCode::ValidationFailed),
            Some(400),
            "Validation failed."
        )
    );

    let rate_limited =
        ParseError::from_response(429, br#"{"code":100,"error":"Too many requests"}"#);
    assert_eq!(
        (rate_limited.code(), rate_limited.http_status()),
        (Some(100), 429)
    );

    let codeless = ParseError::from_response(403, br#"{"error":"unauthorized"}"#);
    assert_eq!(
        (codeless.code(), codeless.message(), codeless.http_status()),
        (None, "unauthorized", 403)
    );

    let html = "<!DOCTYPE html>\n<html><body><pre>Cannot GET /nowhere</pre></body></html>\n";
    let page = ParseError::from_response(404, html.as_bytes());
    assert_eq!(
        (page.code(), page.message(), page.http_status()),
        (None, html, 404)
    );

    let text = ParseError::from_response(404, b"File not found.");
    assert_eq!(text.message(), "File not found.");

    let empty = ParseError::from_response(413, b"");
    assert_eq!(
        (empty.code(), empty.message(), empty.http_status()),
        (None, "", 413)
    );

    let not_an_error = ParseError::from_response(400, br#"{"code":"x101","error":"x"}"#);
    assert_eq!(
        (not_an_error.code(), not_an_error.message()),
        (None, r#"{"code":"x101","error":"x"}"#)
    );

    let not_utf8 = ParseError::from_response(502, b"bad \xff gateway");
    assert_eq!(not_utf8.message(), "bad \u{fffd} gateway");
}

#[test]
fn display_names_known_codes_and_keeps_the_message() {
    assert_eq!(
        ParseError::with_code(209, "Invalid session token").to_string(),
        "InvalidSessionToken (209): Invalid session token"
    );
    assert_eq!(ParseError::with_code(9001, "").to_string(), "code 9001");
    assert_eq!(
        ParseError::without_code("").to_string(),
        "error without a code or a message"
    );
}

#[test]
fn graphql_errors_keep_their_object_and_read_the_parse_code() {
    let body = r#"{"data":{"user":null},"errors":[{"message":"Object not found.","locations":[{"line":1,"column":3}],"path":["user"],"extensions":{"code":101}},{"message":"Invalid session token","extensions":{"code":"209"}},{"message":"No code here"}]}"#;
    let errors = GraphQlError::from_response(body.as_bytes()).unwrap();
    assert_eq!(errors.len(), 3);
    assert_eq!(
        (errors[0].code(), errors[0].message()),
        (Some(101), "Object not found.")
    );
    assert!(errors[0].to_parse_error().is(ErrorCode::ObjectNotFound));
    assert_eq!(errors[1].code(), Some(209));
    assert_eq!(
        (errors[2].code(), errors[2].to_parse_error().code()),
        (None, None)
    );
    let original: Value = serde_json::from_str(body).unwrap();
    assert_eq!(serde_json::to_value(&errors).unwrap(), original["errors"]);
    assert!(
        GraphQlError::from_response(br#"{"data":{"ok":true}}"#)
            .unwrap()
            .is_empty()
    );
    assert!(
        GraphQlError::from_response(br#"{"errors":null}"#)
            .unwrap()
            .is_empty()
    );
    assert!(GraphQlError::from_response(br#"{"errors":[1]}"#).is_err());
    assert!(GraphQlError::from_response(b"[]").is_err());
}
