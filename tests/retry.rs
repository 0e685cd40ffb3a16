//! Retry advice over every response a real Parse Server 9.10 sent
//! (`fixtures/parse-server-responses.jsonl`), and the reading of `Retry-After`.
//!
//! The capture kept each response's status, content type and body, not its
//! other headers, and it cannot be re-run here (there is no Parse Server), so
//! `Retry-After` is tested on its own and added to the captures by hand.

use core::time::Duration;

use parse_errors::{BatchItem, ParseError, RetryAdvice, RetryAfter};
use proptest::prelude::*;
use serde_json::Value;

const FIXTURE: &str = include_str!("fixtures/parse-server-responses.jsonl");

/// One captured HTTP response.
struct Response {
    name: String,
    status: u16,
    body: String,
}

fn http_responses() -> Vec<Response> {
    FIXTURE
        .lines()
        .map(|line| serde_json::from_str::<Value>(line).expect("each line is a JSON object"))
        .filter(|capture| capture["kind"] == "http")
        .map(|capture| Response {
            name: capture["name"].as_str().expect("a name").to_owned(),
            status: capture["status"]
                .as_u64()
                .and_then(|status| u16::try_from(status).ok())
                .expect("an HTTP capture has a status"),
            body: capture["body"].as_str().expect("a body").to_owned(),
        })
        .collect()
}

/// The classes of captured responses, from what the facts say Parse Server
/// sends for each, and the advice each calls for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Class {
    /// 429 from the rate limiter: the window passes.
    RateLimited,
    /// 500 `{"code":1,"message":"Internal server error."}`: an uncaught exception.
    Uncaught,
    /// 500 `{"code":1,"error":...}`: raised by the server (or Cloud Code) on purpose,
    /// each captured one by its request (bad regex, limit, skip, NUL byte, Cloud Code).
    RaisedCodeOne,
    /// 209 in a 400: the session is gone.
    InvalidSession,
    /// Any other 400: the request is wrong (schema, query, validation, Cloud Code's refusal).
    BadRequest,
    /// 403: wrong keys, or the master key needed.
    Forbidden,
    /// 404: a missing object, a failed login, an unknown route or file.
    NotFound,
    /// 413: the payload is over the limit.
    TooLarge,
    /// 200: a batch, whose items carry the errors.
    Batch,
}

fn class_of(response: &Response) -> Class {
    let body = serde_json::from_str::<Value>(&response.body).ok();
    let code = body.as_ref().and_then(|body| body["code"].as_i64());
    match (response.status, code) {
        (429, _) => Class::RateLimited,
        (500, Some(1))
            if body
                .as_ref()
                .is_some_and(|body| body["message"].is_string()) =>
        {
            Class::Uncaught
        }
        (500, Some(1)) => Class::RaisedCodeOne,
        (400, Some(209)) => Class::InvalidSession,
        (400, _) => Class::BadRequest,
        (403, _) => Class::Forbidden,
        (404, _) => Class::NotFound,
        (413, _) => Class::TooLarge,
        (200, _) => Class::Batch,
        (status, code) => panic!(
            "{}: status {status} with code {code:?} is in no class the facts describe",
            response.name
        ),
    }
}

fn expected_advice(class: Class) -> RetryAdvice {
    match class {
        Class::RateLimited | Class::Uncaught => RetryAdvice::Retry { after: None },
        Class::InvalidSession => RetryAdvice::LogIn,
        Class::RaisedCodeOne
        | Class::BadRequest
        | Class::Forbidden
        | Class::NotFound
        | Class::TooLarge => RetryAdvice::DoNotRetry,
        Class::Batch => unreachable!("a batch is judged item by item"),
    }
}

#[test]
fn every_captured_response_gets_the_advice_of_its_class() {
    let responses = http_responses();
    let mut seen = std::collections::BTreeMap::<Class, usize>::new();
    for response in &responses {
        let class = class_of(response);
        *seen.entry(class).or_default() += 1;
        if class == Class::Batch {
            continue;
        }
        let advice = RetryAdvice::for_response(response.status, None, response.body.as_bytes());
        assert_eq!(
            advice,
            expected_advice(class),
            "{} ({class:?}): {}",
            response.name,
            response.body
        );
        // The same, from the decoded error.
        let error = ParseError::from_response(response.status, response.body.as_bytes());
        assert_eq!(error.retry_advice(), advice, "{}", response.name);
    }
    // Every class the facts describe is in the capture, so none is vacuous.
    let classes = [
        Class::RateLimited,
        Class::Uncaught,
        Class::RaisedCodeOne,
        Class::InvalidSession,
        Class::BadRequest,
        Class::Forbidden,
        Class::NotFound,
        Class::TooLarge,
        Class::Batch,
    ];
    for class in classes {
        assert!(
            seen.get(&class).is_some_and(|&n| n > 0),
            "no {class:?} captured"
        );
    }
    assert_eq!(seen.values().sum::<usize>(), responses.len());
}

#[test]
fn without_the_message_only_the_raised_code_one_errors_are_judged_differently() {
    for response in http_responses() {
        let class = class_of(&response);
        if class == Class::Batch {
            continue;
        }
        let error = ParseError::from_response(response.status, response.body.as_bytes());
        let by_status_and_code = RetryAdvice::for_status_and_code(response.status, error.code());
        if class == Class::RaisedCodeOne {
            // The message is what shows the server raised it: without it, retry.
            assert_eq!(
                by_status_and_code,
                RetryAdvice::Retry { after: None },
                "{}",
                response.name
            );
        } else {
            assert_eq!(
                by_status_and_code,
                expected_advice(class),
                "{}",
                response.name
            );
        }
    }
}

#[test]
fn batch_items_are_judged_by_their_own_codes() {
    let batches: Vec<Response> = http_responses()
        .into_iter()
        .filter(|response| class_of(response) == Class::Batch)
        .collect();
    let mut errors = 0;
    for batch in &batches {
        let items: Vec<BatchItem> = serde_json::from_str(&batch.body).expect("a batch body");
        for error in items
            .into_iter()
            .filter_map(|item| item.into_result().err())
        {
            errors += 1;
            // Each captured item's error is one its request caused (111, 137, ...).
            let code = error.code();
            assert!(
                code.is_some_and(|code| code != 209 && code != 1),
                "{code:?}"
            );
            assert_eq!(error.retry_advice(), RetryAdvice::DoNotRetry, "{error}");
            assert_eq!(
                RetryAdvice::for_status_and_code(200, code),
                RetryAdvice::DoNotRetry
            );
        }
    }
    assert!(errors > 0, "the captured batch has failed items");
}

#[test]
fn a_retry_after_header_gives_retries_their_delay_and_nothing_else() {
    let header = Some("120");
    for response in http_responses() {
        let without = RetryAdvice::for_response(response.status, None, response.body.as_bytes());
        let with = RetryAdvice::for_response(response.status, header, response.body.as_bytes());
        match without {
            RetryAdvice::Retry { after: None } => {
                assert_eq!(
                    with,
                    RetryAdvice::Retry {
                        after: Some(Duration::from_secs(120))
                    },
                    "{}",
                    response.name
                );
            }
            other => assert_eq!(with, other, "{}", response.name),
        }
    }
}

#[test]
fn the_rate_limiter_s_429_is_retried_after_its_delay() {
    let body = br#"{"code":100,"error":"Too many requests."}"#;
    let advice = RetryAdvice::for_response(429, Some("30"), body);
    assert_eq!(advice.delay(), Some(Duration::from_secs(30)));
    assert!(advice.should_retry());
}

#[test]
fn a_proxy_s_gateway_errors_are_retried_and_not_implemented_is_not() {
    let page = b"<html><body><h1>502 Bad Gateway</h1></body></html>";
    for status in [502, 503, 504] {
        assert_eq!(
            RetryAdvice::for_response(status, None, page),
            RetryAdvice::Retry { after: None },
            "{status}"
        );
    }
    assert_eq!(
        RetryAdvice::for_response(503, Some("5"), b"").delay(),
        Some(Duration::from_secs(5))
    );
    assert_eq!(
        RetryAdvice::for_response(501, None, page),
        RetryAdvice::DoNotRetry
    );
}

#[test]
fn an_invalid_session_token_asks_for_a_login_whatever_the_message() {
    // With `enableSanitizedErrorResponse`, 209 may say only "Permission denied".
    for message in ["Invalid session token", "Permission denied"] {
        let error = ParseError::with_code(209, message).with_status(400);
        assert_eq!(error.retry_advice(), RetryAdvice::LogIn);
        assert_eq!(error.retry_advice().delay(), None);
    }
    // A `Retry-After` does not make it a retry.
    assert_eq!(
        RetryAdvice::LogIn.with_retry_after(Some("10"), None),
        RetryAdvice::LogIn
    );
}

#[test]
fn a_server_that_is_starting_is_retried_though_its_code_one_is_raised() {
    // parse-server's `handleParseHeaders` answers so before its state is `ok`.
    let body = br#"{"code":1,"error":"Invalid server state: initialized"}"#;
    assert!(RetryAdvice::for_response(500, None, body).should_retry());
}

#[test]
fn codes_that_pass_with_time_are_retried_and_others_in_a_400_are_not() {
    // ConnectionFailed, ServiceUnavailable, ClientDisconnected, RequestLimitExceeded.
    for code in [100, 2, 4, 155] {
        let error = ParseError::with_code(code, "").with_status(400);
        assert!(error.retry_advice().should_retry(), "{code}");
    }
    // RequestTimeout: the request is too expensive; an app's code; a validation error.
    for code in [124, 9001, 142] {
        let error = ParseError::with_code(code, "").with_status(400);
        assert_eq!(error.retry_advice(), RetryAdvice::DoNotRetry, "{code}");
    }
}

#[test]
fn a_failure_without_a_response_is_retried() {
    assert_eq!(
        RetryAdvice::for_transport_failure(),
        RetryAdvice::Retry { after: None }
    );
}

#[test]
fn delay_seconds_are_read_as_seconds() {
    let delay = |value: &str| RetryAfter::parse(value).map(|after| after.delay(None));
    assert_eq!(delay("0"), Ok(Some(Duration::ZERO)));
    assert_eq!(delay("120"), Ok(Some(Duration::from_secs(120))));
    assert_eq!(delay(" 7\t"), Ok(Some(Duration::from_secs(7))));
    assert_eq!(delay("007"), Ok(Some(Duration::from_secs(7))));
    assert_eq!("45".parse::<RetryAfter>(), RetryAfter::parse("45"));
}

#[test]
fn huge_delays_saturate_instead_of_overflowing() {
    let max = Ok(RetryAfter::Delay(Duration::from_secs(u64::MAX)));
    assert_eq!(RetryAfter::parse("18446744073709551615"), max);
    assert_eq!(RetryAfter::parse("18446744073709551616"), max);
    assert_eq!(RetryAfter::parse(&"9".repeat(400)), max);
    let advice = RetryAdvice::for_transport_failure().with_retry_after(Some(&"9".repeat(40)), None);
    assert_eq!(advice.delay(), Some(Duration::from_secs(u64::MAX)));
}

#[test]
fn bad_values_are_errors_that_say_so_and_count_as_absent() {
    let unrecognized = "Retry-After is neither delay-seconds nor an IMF-fixdate HTTP-date \
                        (like `Sun, 06 Nov 1994 08:49:37 GMT`)";
    let cases = [
        ("", "Retry-After is empty"),
        ("  ", "Retry-After is empty"),
        ("-1", unrecognized),
        ("+5", unrecognized),
        ("1.5", unrecognized),
        ("12s", unrecognized),
        ("soon", unrecognized),
        ("0x10", unrecognized),
        // Digits, but not ASCII ones.
        ("١٢", unrecognized),
        // The obsolete RFC 850 and asctime date forms.
        ("Sunday, 06-Nov-94 08:49:37 GMT", unrecognized),
        ("Sun Nov  6 08:49:37 1994", unrecognized),
        // Names are case-sensitive, and the zone is always GMT.
        ("sun, 06 nov 1994 08:49:37 GMT", unrecognized),
        ("Sun, 06 Nov 1994 08:49:37 UTC", unrecognized),
        ("Sun, 6 Nov 1994 08:49:37 GMT", unrecognized),
        ("Sun, 06 Nov 1994 08:49:37 GMT extra", unrecognized),
        // 29 bytes, but not ASCII where the digits go.
        ("Sun, 0é Nov 1994 08:49:37 GM", unrecognized),
        (
            "Mon, 29 Feb 2021 00:00:00 GMT",
            "Retry-After names a date or time that does not exist",
        ),
        (
            "Sun, 06 Nov 1994 24:00:00 GMT",
            "Retry-After names a date or time that does not exist",
        ),
        (
            "Sun, 00 Nov 1994 08:49:37 GMT",
            "Retry-After names a date or time that does not exist",
        ),
        (
            "Mon, 06 Nov 1994 08:49:37 GMT",
            "Retry-After's day of the week is not the one of its date",
        ),
    ];
    let now = Some(Duration::from_secs(1_000_000_000));
    for (value, message) in cases {
        let error = RetryAfter::parse(value).expect_err(value);
        assert_eq!(error.to_string(), message, "{value:?}");
        // As a header, it leaves the advice without a delay.
        let advice = RetryAdvice::for_transport_failure().with_retry_after(Some(value), now);
        assert_eq!(advice, RetryAdvice::Retry { after: None }, "{value:?}");
    }
}

#[test]
fn http_dates_are_read_as_utc_and_need_the_time_to_give_a_delay() {
    // RFC 9110's example; 1994-11-06 is 9075 days after 1970-01-01
    // (24 years of 365 days, 6 leap days, and 309 days into 1994).
    let rfc_example = 9_075 * 86_400 + 8 * 3_600 + 49 * 60 + 37;
    assert_eq!(
        RetryAfter::parse("Sun, 06 Nov 1994 08:49:37 GMT"),
        Ok(RetryAfter::At(Duration::from_secs(rfc_example)))
    );
    assert_eq!(
        RetryAfter::parse("Thu, 01 Jan 1970 00:00:00 GMT"),
        Ok(RetryAfter::At(Duration::ZERO))
    );
    // A leap day: 2020-03-01 is 18322 days after the epoch.
    assert_eq!(
        RetryAfter::parse("Sat, 29 Feb 2020 12:00:00 GMT"),
        Ok(RetryAfter::At(Duration::from_secs(
            18_321 * 86_400 + 12 * 3_600
        )))
    );
    // A leap second is allowed.
    assert!(RetryAfter::parse("Wed, 31 Dec 2025 23:59:60 GMT").is_ok());

    let date = Some("Sun, 06 Nov 1994 08:49:37 GMT");
    let busy = RetryAdvice::for_status_and_code(503, None);
    let before = Duration::from_secs(rfc_example - 45);
    assert_eq!(
        busy.with_retry_after(date, Some(before)).delay(),
        Some(Duration::from_secs(45))
    );
    // A date in the past: retry now.
    let after = Duration::from_secs(rfc_example + 45);
    assert_eq!(
        busy.with_retry_after(date, Some(after)).delay(),
        Some(Duration::ZERO)
    );
    // Without the time, a date gives no delay.
    assert_eq!(busy.with_retry_after(date, None).delay(), None);
}

proptest! {
    #[test]
    fn any_text_is_read_without_a_panic(value in any::<String>()) {
        let _ = RetryAfter::parse(&value);
        let _ = RetryAdvice::for_transport_failure().with_retry_after(Some(&value), Some(Duration::MAX));
    }

    #[test]
    fn any_date_shaped_text_is_read_without_a_panic(value in "[A-Za-z]{3}, [0-9]{2} [A-Za-z]{3} [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT") {
        let _ = RetryAfter::parse(&value);
    }

    #[test]
    fn digits_are_their_number_of_seconds_up_to_u64_max(value in "[0-9]{1,30}") {
        let expected = value.parse::<u128>().unwrap().min(u128::from(u64::MAX));
        let expected = Duration::from_secs(u64::try_from(expected).unwrap());
        prop_assert_eq!(RetryAfter::parse(&value), Ok(RetryAfter::Delay(expected)));
    }
}
