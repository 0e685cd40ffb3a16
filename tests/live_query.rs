//! LiveQuery's own codes, told from the Parse codes it forwards, over every
//! error frame a real Parse Server 9.10 sent (`fixtures/parse-server-responses.jsonl`).

use parse_errors::{
    ErrorCode, LiveQueryCode, LiveQueryCodeCategory, LiveQueryError, LiveQueryKind,
};
use serde_json::Value;

const FIXTURE: &str = include_str!("fixtures/parse-server-responses.jsonl");

/// Every captured LiveQuery error frame: its capture's name, and the frame.
fn frames() -> Vec<(String, Value)> {
    FIXTURE
        .lines()
        .map(|line| serde_json::from_str::<Value>(line).expect("each line is a JSON object"))
        .filter(|capture| capture["kind"] == "livequery")
        .map(|capture| {
            let name = capture["name"].as_str().expect("a name").to_owned();
            let frame = serde_json::from_str(capture["body"].as_str().expect("a body"))
                .unwrap_or_else(|error| panic!("{name}: {error}"));
            (name, frame)
        })
        .collect()
}

/// What each captured frame's code means, from the request the capture sent
/// (in the fixture's `request_body`) and what parse-server's
/// `src/LiveQuery/ParseLiveQueryServer.js` sends for it.
fn expected(name: &str) -> LiveQueryKind {
    use LiveQueryKind::{Other, Parse, Protocol};
    match name {
        // Frames that fail the protocol's schema: no applicationId on connect,
        // no query on subscribe, an op the schema does not list.
        "lq_connect_missing_application_id" | "lq_subscribe_missing_query" | "lq_unknown_op" => {
            Protocol(LiveQueryCode::InvalidRequest)
        }
        // No connect before, or a subscription id never subscribed.
        "lq_subscribe_before_connect"
        | "lq_unsubscribe_before_connect"
        | "lq_unsubscribe_unknown_subscription" => Protocol(LiveQueryCode::ClientNotFound),
        // A connect with an application id the server does not have.
        "lq_connect_wrong_application_id" => Protocol(LiveQueryCode::InvalidKeys),
        // Parse codes the server forwards: a class locked by its CLP, a query
        // refused, a bad session token on `_Session`, a trigger's plain Error (141).
        "lq_subscribe_clp_forbidden" => Parse(ErrorCode::OperationForbidden),
        "lq_subscribe_invalid_regex" | "lq_subscribe_or_not_array" => {
            Parse(ErrorCode::InvalidQuery)
        }
        "lq_subscribe_session_bad_token" => Parse(ErrorCode::InvalidSessionToken),
        "lq_before_subscribe_plain_error" => Parse(ErrorCode::ScriptFailed),
        // App codes thrown by the capture's Cloud Code triggers.
        "lq_before_connect_rejects" => Other(9020),
        "lq_before_subscribe_rejects" => Other(9021),
        "lq_after_event_error" => Other(9022),
        other => panic!("{other}: a captured frame with no expected kind"),
    }
}

#[test]
fn every_captured_frame_has_the_kind_its_request_calls_for() {
    let frames = frames();
    let mut protocol = 0;
    let mut forwarded = 0;
    for (name, body) in &frames {
        let frame: LiveQueryError = serde_json::from_value(body.clone()).unwrap();
        let kind = frame.kind();
        assert_eq!(kind, expected(name), "{name}: {body}");
        assert_eq!(kind.code(), frame.error().code(), "{name}");
        match kind {
            LiveQueryKind::Protocol(_) => protocol += 1,
            _ => forwarded += 1,
        }
    }
    assert_eq!(frames.len(), 15);
    assert!(protocol > 0 && forwarded > 0);
}

#[test]
fn the_captures_bear_out_that_reconnect_tells_the_protocol_s_codes_apart() {
    // The rule's premise: the server sends its own codes with `reconnect: true`
    // and no request id, and forwarded Parse codes with `reconnect: false`.
    for (name, body) in frames() {
        let protocol = matches!(expected(&name), LiveQueryKind::Protocol(_));
        assert_eq!(body["reconnect"], Value::Bool(protocol), "{name}");
        if protocol {
            assert_eq!(body["requestId"], Value::Null, "{name}");
        }
    }
}

#[test]
fn the_rest_reading_of_a_protocol_code_is_the_wrong_one() {
    // What `error().kind()` says of the protocol's codes: REST's meanings.
    let frame = r#"{"op":"error","error":"Key in request is not valid","code":4,"reconnect":true,"requestId":null}"#;
    let frame: LiveQueryError = serde_json::from_str(frame).unwrap();
    assert_eq!(frame.error().kind(), Some(ErrorCode::ClientDisconnected));
    assert_eq!(
        frame.kind(),
        LiveQueryKind::Protocol(LiveQueryCode::InvalidKeys)
    );
}

#[test]
fn a_trigger_s_code_one_is_parse_s_internal_server_error() {
    // `beforeSubscribe` throwing `new Parse.Error(1, ...)` is forwarded with
    // `reconnect: false` (the `_handleSubscribe` catch).
    let frame = r#"{"op":"error","error":"boom","code":1,"reconnect":false,"requestId":3}"#;
    let frame: LiveQueryError = serde_json::from_str(frame).unwrap();
    assert_eq!(
        frame.kind(),
        LiveQueryKind::Parse(ErrorCode::InternalServerError)
    );
}

#[test]
fn forwarded_codes_in_the_protocol_s_range_are_read_as_parse_s() {
    assert_eq!(
        LiveQueryKind::of(Some(2), Some(false)),
        LiveQueryKind::Parse(ErrorCode::ServiceUnavailable)
    );
    assert_eq!(
        LiveQueryKind::of(Some(4), Some(false)),
        LiveQueryKind::Parse(ErrorCode::ClientDisconnected)
    );
    // ErrorCode has no 3.
    assert_eq!(ErrorCode::from_code(3), None);
    assert_eq!(
        LiveQueryKind::of(Some(3), Some(false)),
        LiveQueryKind::Other(3)
    );
}

#[test]
fn without_reconnect_the_protocol_s_range_is_the_protocol_s() {
    assert_eq!(
        LiveQueryKind::of(Some(3), None),
        LiveQueryKind::Protocol(LiveQueryCode::UnknownOperation)
    );
    // Outside 1 to 4, `reconnect` changes nothing.
    for reconnect in [None, Some(true), Some(false)] {
        assert_eq!(
            LiveQueryKind::of(Some(209), reconnect),
            LiveQueryKind::Parse(ErrorCode::InvalidSessionToken)
        );
        assert_eq!(
            LiveQueryKind::of(Some(0), reconnect),
            LiveQueryKind::Other(0)
        );
        assert_eq!(LiveQueryKind::of(None, reconnect), LiveQueryKind::Missing);
    }
}

#[test]
fn a_frame_without_a_code_has_none() {
    let frame: LiveQueryError =
        serde_json::from_str(r#"{"op":"error","error":"no code","reconnect":true}"#).unwrap();
    assert_eq!(frame.kind(), LiveQueryKind::Missing);
    assert_eq!(frame.kind().code(), None);
}

#[test]
fn the_table_has_the_four_codes_the_server_sends() {
    let codes: Vec<i32> = LiveQueryCode::ALL.iter().map(|code| code.code()).collect();
    assert_eq!(codes, [1, 2, 3, 4]);
    assert_eq!(LiveQueryCode::from_code(0), None);
    assert_eq!(LiveQueryCode::from_code(5), None);
    // 2 has two names: the server sends it for an unknown client and subscription.
    assert_eq!(
        LiveQueryCode::SubscriptionNotFound,
        LiveQueryCode::ClientNotFound
    );
    assert_eq!(LiveQueryCode::ClientNotFound.entries().count(), 2);
    // Sent by the server, so not client-only.
    for code in LiveQueryCode::ALL {
        assert!(!code.is_client_only(), "{code:?}");
        assert_eq!(code.category(), LiveQueryCodeCategory::Protocol);
    }
    assert!(!LiveQueryCodeCategory::Protocol.is_client_only());
    assert_eq!(
        "InvalidKeys".parse::<LiveQueryCode>(),
        Ok(LiveQueryCode::InvalidKeys)
    );
    assert_eq!(
        LiveQueryCode::from_name_loose("INVALID_REQUEST"),
        Some(LiveQueryCode::InvalidRequest)
    );
}

#[test]
fn a_protocol_code_makes_a_parse_error() {
    let error =
        parse_errors::ParseError::new(LiveQueryCode::InvalidKeys, "Key in request is not valid");
    assert_eq!(error.code(), Some(4));
    assert_eq!(
        error.kind_in::<LiveQueryCode>(),
        Some(LiveQueryCode::InvalidKeys)
    );
}
