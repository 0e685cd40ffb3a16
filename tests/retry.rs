//! Retry advice over every response a real Parse Server 9.10 sent
//! (`fixtures/parse-server-responses.jsonl`), for a read, a write and a
//! deduplicated write; the request a method and a body make; and the reading
//! of `Retry-After`.
//!
//! The capture kept each response's status, content type and body, not its
//! other headers, and it cannot be re-run here (there is no Parse Server), so
//! `Retry-After` is tested on its own and added to the captures by hand.

use core::time::Duration;

use parse_errors::{BatchItem, ErrorCode, ParseError, Request, RetryAdvice, RetryAfter};
use proptest::prelude::*;
use serde_json::Value;

const FIXTURE: &str = include_str!("fixtures/parse-server-responses.jsonl");

/// One captured HTTP response, and the request that got it.
struct Response {
    name: String,
    status: u16,
    body: String,
    method: String,
    request_body: String,
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
            method: capture["method"].as_str().expect("a method").to_owned(),
            request_body: capture["request_body"]
                .as_str()
                .unwrap_or_default()
                .to_owned(),
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
    /// 159 in a 400: idempotency saw the request id before.
    DuplicateRequest,
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
        (400, Some(159)) => Class::DuplicateRequest,
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
        Class::RateLimited => RetryAdvice::Retry { after: None },
        Class::Uncaught => RetryAdvice::RetryIfRepeatable { after: None },
        Class::InvalidSession => RetryAdvice::LogIn,
        Class::DuplicateRequest => RetryAdvice::AlreadyApplied,
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
        Class::DuplicateRequest,
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
            // The message is what shows the server raised it: without it,
            // the failure may have come while the request ran.
            assert_eq!(
                by_status_and_code,
                RetryAdvice::RetryIfRepeatable { after: None },
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
        let delayed = Some(Duration::from_secs(120));
        match without {
            RetryAdvice::Retry { after: None } => {
                assert_eq!(
                    with,
                    RetryAdvice::Retry { after: delayed },
                    "{}",
                    response.name
                );
            }
            RetryAdvice::RetryIfRepeatable { after: None } => {
                assert_eq!(
                    with,
                    RetryAdvice::RetryIfRepeatable { after: delayed },
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
fn a_proxy_s_gateway_errors_are_retried_if_repeatable_and_not_implemented_is_not() {
    let page = b"<html><body><h1>502 Bad Gateway</h1></body></html>";
    for status in [502, 503, 504] {
        // The proxy may have passed the request on before it lost the server.
        assert_eq!(
            RetryAdvice::for_response(status, None, page),
            RetryAdvice::RetryIfRepeatable { after: None },
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
fn a_failure_without_a_response_is_retried_if_the_request_may_be_repeated() {
    assert_eq!(
        RetryAdvice::for_transport_failure(),
        RetryAdvice::RetryIfRepeatable { after: None }
    );
    assert!(RetryAdvice::for_transport_failure().should_retry());
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
        assert_eq!(advice, RetryAdvice::for_transport_failure(), "{value:?}");
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

/// The issue's example (issue 21), as written.
#[test]
fn the_issue_s_example_holds_as_written() {
    use parse_errors::{Request, RetryAdvice};

    let uncaught = br#"{"code":1,"message":"Internal server error."}"#;
    let advice = RetryAdvice::for_response(500, None, uncaught);
    assert!(advice.should_retry()); // the failure may pass, as today

    // A write that the server cannot deduplicate may have been applied: read back before repeating it.
    assert_eq!(advice.for_request(&Request::write()), RetryAdvice::Verify);
    // A read, or a write carrying X-Parse-Request-Id to a server with idempotency on, may be repeated.
    assert!(advice.for_request(&Request::read()).should_retry());
    assert!(
        advice
            .for_request(&Request::write().with_request_id())
            .should_retry()
    );

    // 159: the server has seen this request id; the first attempt was applied.
    let duplicate = br#"{"code":159,"error":"Duplicate request"}"#;
    assert_eq!(
        RetryAdvice::for_response(400, None, duplicate),
        RetryAdvice::AlreadyApplied
    );

    // No connection at all: nothing was sent, any request may be repeated.
    assert!(
        RetryAdvice::for_connect_failure()
            .for_request(&Request::write())
            .should_retry()
    );
    // The connection broke after the request went out: as an uncaught 500.
    assert_eq!(
        RetryAdvice::for_transport_failure().for_request(&Request::write()),
        RetryAdvice::Verify
    );

    // The rate limiter refused the request before it ran: safe whatever it was.
    let limited = RetryAdvice::for_response(
        429,
        Some("2"),
        br#"{"code":100,"error":"Too many requests."}"#,
    );
    assert!(limited.for_request(&Request::write()).should_retry());
}

/// When a captured failure happened, by the facts of what Parse Server sends:
/// the rule of `RetryAdvice::for_request`, written out again here so that the
/// advice for each request follows from it rather than from the code tested.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum When {
    /// Turned away before any handler ran (the rate limiter).
    RefusedBeforeRunning,
    /// An answer that says the server did not finish (an uncaught exception).
    MayHaveRun,
    /// Idempotency saw the request id: an earlier attempt was handled.
    SeenBefore,
    /// The session token is gone.
    Session,
    /// The request's own fault: the same request fails again.
    OwnFault,
}

fn when(class: Class) -> When {
    match class {
        Class::RateLimited => When::RefusedBeforeRunning,
        Class::Uncaught => When::MayHaveRun,
        Class::DuplicateRequest => When::SeenBefore,
        Class::InvalidSession => When::Session,
        // Each captured batch item's error is one its request caused.
        Class::RaisedCodeOne
        | Class::BadRequest
        | Class::Forbidden
        | Class::NotFound
        | Class::TooLarge
        | Class::Batch => When::OwnFault,
    }
}

/// The three requests every capture is tried with.
fn requests() -> [(&'static str, Request); 3] {
    [
        ("read", Request::read()),
        ("write", Request::write()),
        ("deduplicated write", Request::write().with_request_id()),
    ]
}

fn advice_when(when: When, request: Request) -> RetryAdvice {
    match when {
        When::RefusedBeforeRunning => RetryAdvice::Retry { after: None },
        When::MayHaveRun if request.is_read() || request.has_request_id() => {
            RetryAdvice::Retry { after: None }
        }
        When::MayHaveRun => RetryAdvice::Verify,
        When::SeenBefore => RetryAdvice::AlreadyApplied,
        When::Session => RetryAdvice::LogIn,
        When::OwnFault => RetryAdvice::DoNotRetry,
    }
}

/// The advice for a captured response: for a batch, the one of its failed
/// items, which all agree.
fn advice_for(response: &Response) -> RetryAdvice {
    if class_of(response) != Class::Batch {
        return RetryAdvice::for_response(response.status, None, response.body.as_bytes());
    }
    let items: Vec<BatchItem> = serde_json::from_str(&response.body).expect("a batch body");
    let advices: Vec<RetryAdvice> = items
        .into_iter()
        .filter_map(|item| item.into_result().err())
        .map(|error| error.retry_advice())
        .collect();
    assert!(!advices.is_empty(), "{}: no failed item", response.name);
    assert!(
        advices.windows(2).all(|pair| pair[0] == pair[1]),
        "{}",
        response.name
    );
    advices[0]
}

#[test]
fn every_captured_response_gets_for_each_request_the_advice_of_when_it_failed() {
    let mut seen = std::collections::BTreeSet::new();
    for response in http_responses() {
        let when = when(class_of(&response));
        let advice = advice_for(&response);
        for (name, request) in requests() {
            assert_eq!(
                advice.for_request(&request),
                advice_when(when, request),
                "{} ({when:?}) for a {name}: {}",
                response.name,
                response.body
            );
            seen.insert((when, name));
        }
    }
    // Each time of failure was captured, and tried with each request.
    for when in [
        When::RefusedBeforeRunning,
        When::MayHaveRun,
        When::SeenBefore,
        When::Session,
        When::OwnFault,
    ] {
        for (name, _) in requests() {
            assert!(seen.contains(&(when, name)), "no {when:?} for a {name}");
        }
    }
}

#[test]
fn each_captured_request_is_read_or_write_by_its_method_and_body() {
    let mut reads = 0;
    for response in http_responses() {
        let request =
            Request::from_method_and_body(&response.method, response.request_body.as_bytes());
        // Read by the capture's own fields, with serde_json.
        let body = serde_json::from_str::<Value>(&response.request_body).ok();
        let overridden = body.as_ref().and_then(|body| body["_method"].as_str());
        let method = match (response.method.as_str(), overridden) {
            ("POST", Some(named)) => named,
            (method, _) => method,
        };
        assert_eq!(request.is_read(), method == "GET", "{}", response.name);
        assert!(!request.has_request_id(), "{}", response.name);
        reads += usize::from(request.is_read());
        // The advice for the request as captured is one of the three above.
        let expected = advice_when(when(class_of(&response)), request);
        assert_eq!(
            advice_for(&response).for_request(&request),
            expected,
            "{}",
            response.name
        );
    }
    assert!(reads > 0, "the capture has reads");
}

#[test]
fn a_query_sent_as_post_is_a_read_in_the_capture_too() {
    let query = http_responses()
        .into_iter()
        .find(|response| response.name == "session_token_with_nul_byte")
        .expect("the capture has a query sent as POST");
    assert_eq!(query.method, "POST");
    assert!(query.request_body.contains(r#""_method":"GET""#));
    assert_eq!(
        Request::from_method_and_body(&query.method, query.request_body.as_bytes()),
        Request::read()
    );
}

#[test]
fn duplicate_request_159_is_already_applied_however_it_comes() {
    let body = br#"{"code":159,"error":"Duplicate request"}"#;
    let advice = RetryAdvice::for_response(400, Some("30"), body);
    assert_eq!(advice, RetryAdvice::AlreadyApplied);
    assert!(!advice.should_retry());
    assert_eq!(advice.delay(), None);
    assert_eq!(
        ParseError::with_code(159, "Duplicate request").retry_advice(),
        RetryAdvice::AlreadyApplied
    );
    // In a batch's 200, and whatever the status.
    for status in [200, 400, 404, 500, 503] {
        assert_eq!(
            RetryAdvice::for_status_and_code(status, Some(159)),
            RetryAdvice::AlreadyApplied,
            "{status}"
        );
    }
    // parse.com's "temporary error" reading of 159 is not retried, whatever the request.
    for (name, request) in requests() {
        assert_eq!(
            advice.for_request(&request),
            RetryAdvice::AlreadyApplied,
            "{name}"
        );
    }
}

#[test]
fn a_connect_failure_is_retried_for_any_request_and_a_transport_failure_is_not() {
    let connect = RetryAdvice::for_connect_failure();
    let transport = RetryAdvice::for_transport_failure();
    assert_eq!(connect, RetryAdvice::Retry { after: None });
    for (name, request) in requests() {
        assert_eq!(connect.for_request(&request), connect, "{name}");
    }
    assert_eq!(transport.for_request(&Request::read()), connect);
    assert_eq!(
        transport.for_request(&Request::write().with_request_id()),
        connect
    );
    assert_eq!(
        transport.for_request(&Request::write()),
        RetryAdvice::Verify
    );
    assert!(!RetryAdvice::Verify.should_retry());
    assert_eq!(RetryAdvice::Verify.delay(), None);
    // A delay the server gave stays on the advice until the request is known.
    let delayed = transport.with_retry_after(Some("7"), None);
    assert_eq!(delayed.delay(), Some(Duration::from_secs(7)));
    assert_eq!(
        delayed.for_request(&Request::read()),
        RetryAdvice::Retry {
            after: Some(Duration::from_secs(7))
        }
    );
}

#[test]
fn refusals_before_running_are_retried_for_any_request() {
    let starting = br#"{"code":1,"error":"Invalid server state: initialized"}"#;
    let refusals = [
        RetryAdvice::for_response(429, None, br#"{"code":100,"error":"Too many requests."}"#),
        RetryAdvice::for_response(500, None, starting),
        RetryAdvice::for_response(503, None, starting),
        RetryAdvice::for_status_and_code(408, None),
        RetryAdvice::for_status_and_code(425, None),
    ];
    for refusal in refusals {
        for (name, request) in requests() {
            assert_eq!(
                refusal.for_request(&request),
                RetryAdvice::Retry { after: None },
                "{refusal:?} for a {name}"
            );
        }
    }
}

#[test]
fn codes_that_pass_with_time_in_a_400_came_from_code_that_ran() {
    // Only Cloud Code or an adapter sends these in a 400, while the request runs.
    for code in [100, 2, 4, 155] {
        let advice = ParseError::with_code(code, "")
            .with_status(400)
            .retry_advice();
        assert_eq!(
            advice,
            RetryAdvice::RetryIfRepeatable { after: None },
            "{code}"
        );
        assert_eq!(
            advice.for_request(&Request::write()),
            RetryAdvice::Verify,
            "{code}"
        );
    }
}

#[test]
fn the_method_and_body_tell_a_read_from_a_write() {
    let read = Request::read();
    let write = Request::write();
    let cases: [(&str, &[u8], Request); 22] = [
        ("GET", b"", read),
        ("HEAD", b"", read),
        ("OPTIONS", b"", read),
        ("get", b"", read),
        ("Head", b"", read),
        ("POST", br#"{"_method":"GET"}"#, read),
        ("POST", br#"{"_method":"HEAD"}"#, read),
        ("post", br#"{"_method":"get"}"#, read),
        (
            "POST",
            b" {\n  \"where\" : { \"a\" : 1 } ,\n  \"_method\"\t:\r\n \"GET\"\n} ",
            read,
        ),
        ("POST", br#"{"_method":"\u0047ET"}"#, read),
        ("POST", b"{}", write),
        ("POST", br#"{"title":"x"}"#, write),
        ("POST", br#"{"_method":"PUT"}"#, write),
        ("POST", br#"{"_method":"DELETE"}"#, write),
        ("POST", br#"{"_method":" GET"}"#, write),
        ("POST", br#"{"_method":true}"#, write),
        ("POST", br#"{"data":{"_method":"GET"}}"#, write),
        ("POST", br#"{"_method":"GET""#, write),
        // parse-server reads `_method` from a POST only.
        ("PUT", br#"{"_method":"GET"}"#, write),
        ("PUT", br#"{"title":"x"}"#, write),
        ("DELETE", b"", write),
        ("delete", b"", write),
    ];
    for (method, body, expected) in cases {
        assert_eq!(
            Request::from_method_and_body(method, body),
            expected,
            "{method} {}",
            String::from_utf8_lossy(body)
        );
    }
}

#[test]
fn a_request_is_made_in_const_context() {
    const QUERY: Request = Request::from_method_and_body("POST", br#"{"_method":"GET"}"#);
    const CREATE: Request = Request::write().with_request_id();
    const ADVICE: RetryAdvice = RetryAdvice::for_transport_failure().for_request(&QUERY);
    assert!(QUERY.is_read() && !QUERY.has_request_id());
    assert!(!CREATE.is_read() && CREATE.has_request_id() && CREATE.may_be_repeated());
    assert_eq!(ADVICE, RetryAdvice::Retry { after: None });
}

/// Every advice there is, for the properties below.
fn any_advice() -> impl Strategy<Value = RetryAdvice> {
    let after = proptest::option::of((0..1_000_u64).prop_map(Duration::from_secs));
    prop_oneof![
        after.clone().prop_map(|after| RetryAdvice::Retry { after }),
        after.prop_map(|after| RetryAdvice::RetryIfRepeatable { after }),
        Just(RetryAdvice::Verify),
        Just(RetryAdvice::AlreadyApplied),
        Just(RetryAdvice::LogIn),
        Just(RetryAdvice::DoNotRetry),
    ]
}

fn any_request() -> impl Strategy<Value = Request> {
    (any::<bool>(), any::<bool>()).prop_map(|(reads, deduplicated)| {
        let request = if reads {
            Request::read()
        } else {
            Request::write()
        };
        if deduplicated {
            request.with_request_id()
        } else {
            request
        }
    })
}

/// A JSON value a few levels deep, with keys that may be `_method`.
fn any_json() -> impl Strategy<Value = Value> {
    let key = prop_oneof![Just("_method".to_owned()), "[a-z_]{0,6}", "\\PC{0,4}"];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i32>().prop_map(Value::from),
        prop_oneof![
            Just("GET".to_owned()),
            Just("get".to_owned()),
            Just("HEAD".to_owned()),
            Just("PUT".to_owned()),
            "\\PC{0,5}"
        ]
        .prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 5, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::btree_map(key.clone(), inner, 0..5)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn for_request_never_turns_a_refusal_into_a_retry(advice in any_advice(), request in any_request()) {
        let for_request = advice.for_request(&request);
        if !advice.should_retry() {
            prop_assert_eq!(for_request, advice);
        }
        // Once the request is known, the advice is final.
        prop_assert_eq!(for_request.for_request(&request), for_request);
        let pending = matches!(for_request, RetryAdvice::RetryIfRepeatable { .. });
        prop_assert!(!pending, "{:?}", for_request);
        // A retry keeps the server's delay.
        if for_request.should_retry() {
            prop_assert_eq!(for_request.delay(), advice.delay());
        }
    }

    #[test]
    fn only_a_write_that_cannot_be_repeated_is_verified(status in 100_u16..600, code in proptest::option::of(-5_i32..300)) {
        let advice = RetryAdvice::for_status_and_code(status, code);
        for (name, request) in requests() {
            let for_request = advice.for_request(&request);
            let verified = for_request == RetryAdvice::Verify;
            prop_assert_eq!(
                verified,
                matches!(advice, RetryAdvice::RetryIfRepeatable { .. }) && !request.may_be_repeated(),
                "{} {:?} for a {}", status, code, name
            );
            prop_assert_eq!(for_request.should_retry(), advice.should_retry() && !verified);
        }
    }

    #[test]
    fn a_post_body_is_read_as_json_parse_reads_it(body in any_json(), pretty in any::<bool>()) {
        let text = if pretty {
            serde_json::to_string_pretty(&body).unwrap()
        } else {
            serde_json::to_string(&body).unwrap()
        };
        let named = body.get("_method").and_then(Value::as_str);
        let expected = named.is_some_and(|method| {
            ["GET", "HEAD", "OPTIONS", "TRACE"].iter().any(|safe| method.eq_ignore_ascii_case(safe))
        });
        let request = Request::from_method_and_body("POST", text.as_bytes());
        prop_assert_eq!(request.is_read(), expected, "{}", text);
    }

    #[test]
    fn any_bytes_are_read_without_a_panic(method in "\\PC{0,8}", body in proptest::collection::vec(any::<u8>(), 0..64)) {
        let _ = Request::from_method_and_body(&method, &body);
    }
}

/// An app's own table says which of its codes pass with time.
#[parse_errors::parse_errors(
    extends = parse_errors::ErrorCode,
    category(Shop = "Shop errors"),
    category(Busy = "Busy errors", retry)
)]
pub enum ShopCode {
    /// The inventory is locked by another purchase; it is released within seconds.
    #[entry(Shop, retry)]
    InventoryLocked = 9005,
    /// The player has not enough coins for this purchase.
    #[entry(Shop)]
    NotEnoughCoins = 9001,
    /// The checkout queue is full.
    #[entry(Busy)]
    QueueFull = 9006,
    /// The item asked for does not exist.
    #[entry(alias)]
    NoSuchItem = 101,
}

/// The same codes as an error enum whose variants carry data.
#[derive(Debug)]
#[parse_errors::parse_errors(extends = parse_errors::ErrorCode, category(Shop = "Shop errors"))]
pub enum ShopError {
    /// The inventory is locked by another purchase.
    #[entry(retry)]
    #[error("item {item} is locked")]
    InventoryLocked {
        /// The item's id.
        item: u32,
    } = 9005,
    /// The player has not enough coins for this purchase.
    NotEnoughCoins {
        /// The price.
        needed: u32,
    } = 9001,
}

#[test]
fn a_table_marks_its_retryable_codes_by_entry_and_by_category() {
    assert!(ShopCode::InventoryLocked.is_retryable());
    assert!(
        ShopCode::QueueFull.is_retryable(),
        "its category is `retry`"
    );
    assert!(!ShopCode::NotEnoughCoins.is_retryable());
    // A base code is retried as the base says.
    assert!(!ShopCode::NoSuchItem.is_retryable());
    assert!(ShopCode::Base(ErrorCode::ServiceUnavailable).is_retryable());
    let retryable: Vec<ErrorCode> = ErrorCode::ALL
        .iter()
        .copied()
        .filter(|code| code.is_retryable())
        .collect();
    assert_eq!(
        retryable,
        [
            ErrorCode::ConnectionFailed,
            ErrorCode::RequestLimitExceeded,
            ErrorCode::ServiceUnavailable,
            ErrorCode::ClientDisconnected,
        ],
        "the official table marks the codes the rule retries in a 400"
    );
}

#[test]
fn an_app_code_marked_retry_is_retried_through_parse_error_when_the_request_may_be_repeated() {
    let locked = ParseError::with_code(9005, "Inventory locked");
    // Parse's rule alone cannot know an app's code.
    assert_eq!(locked.retry_advice(), RetryAdvice::DoNotRetry);
    let advice = locked.retry_advice_in::<ShopCode>();
    assert_eq!(advice, RetryAdvice::RetryIfRepeatable { after: None });
    assert!(advice.for_request(&Request::read()).should_retry());
    assert!(
        advice
            .for_request(&Request::write().with_request_id())
            .should_retry()
    );
    assert_eq!(advice.for_request(&Request::write()), RetryAdvice::Verify);

    let poor = ParseError::with_code(9001, "Not enough coins");
    assert_eq!(poor.retry_advice_in::<ShopCode>(), RetryAdvice::DoNotRetry);
    // The table's word never turns a lost session or a refusal into a retry.
    let expired = ParseError::with_code(209, "Invalid session token");
    assert_eq!(expired.retry_advice_in::<ShopCode>(), RetryAdvice::LogIn);
    let unknown = ParseError::with_code(9999, "Who knows");
    assert_eq!(
        unknown.retry_advice_in::<ShopCode>(),
        RetryAdvice::DoNotRetry
    );
}

#[test]
fn an_error_enum_with_data_reads_its_codes_retry() {
    let locked = ShopError::InventoryLocked { item: 7 };
    assert!(locked.is_retryable());
    assert_eq!(
        RetryAdvice::for_coded(&locked),
        RetryAdvice::RetryIfRepeatable { after: None }
    );
    let poor = ShopError::NotEnoughCoins { needed: 3 };
    assert!(!poor.is_retryable());
    assert_eq!(RetryAdvice::for_coded(&poor), RetryAdvice::DoNotRetry);
    // The same advice as the error gets once it is on the wire.
    let wire = ParseError::from(locked);
    assert_eq!(
        wire.retry_advice_in::<ShopErrorCode>(),
        RetryAdvice::RetryIfRepeatable { after: None }
    );
}
