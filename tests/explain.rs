//! The `explain` example, run as a user runs it.

use std::process::Output;

use parse_errors::{Category, ErrorCode, export};
use test_support::examples::{self, stderr, stdout};

// The example's own unit tests (its `tests` module) run here, since cargo runs
// no example's tests by default; the rest of it is `main`'s, unused here.
#[allow(dead_code)]
#[path = "../examples/explain.rs"]
mod example;

fn explain(args: &[&str]) -> Output {
    examples::run("explain", args)
}

#[test]
fn a_code_shows_every_name_with_its_meaning_category_flag_sources_and_range() {
    let output = explain(&["101"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    for expected in [
        "101 ObjectNotFound: the specified object or session doesn’t exist or could not be found\n",
        "  category:     API Issues\n",
        "  client-only:  no\n",
        "  range:        Parse Server and its modules (up to 4999, negative codes included)\n",
        "  JS SDK:       OBJECT_NOT_FOUND\n",
        "  names:        2\n",
        "  ObjectNotFound (canonical; official list, docs page, JS SDK)\n",
        "  UserInvalidLoginParams (alias; official list, docs page)\n",
        "    Invalid login parameters. Check error message for more details.\n",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} is missing from:\n{text}"
        );
    }
}

#[test]
fn an_alias_name_explains_its_whole_code() {
    let by_alias = explain(&["JobNotFound"]);
    let by_code = explain(&["141"]);
    assert!(by_alias.status.success());
    assert_eq!(stdout(&by_alias), stdout(&by_code));
    assert!(
        stdout(&by_code).contains("names:        6"),
        "{}",
        stdout(&by_code)
    );
}

#[test]
fn a_js_sdk_constant_explains_its_code() {
    let by_constant = explain(&["INVALID_KEY_NAME"]);
    assert!(by_constant.status.success(), "{}", stderr(&by_constant));
    assert_eq!(stdout(&by_constant), stdout(&explain(&["105"])));
}

#[test]
fn names_that_no_docs_page_has_say_where_they_come_from() {
    let text = stdout(&explain(&["210"]));
    assert!(text.contains("  MfaError (canonical; JS SDK)\n"), "{text}");
    let text = stdout(&explain(&["141"]));
    assert!(
        text.contains("  MultipleSuccessErrorCalls (alias; this crate only)\n"),
        "{text}"
    );
    assert!(
        text.contains("  SuccessErrorNotCalled (alias; official list)\n"),
        "{text}"
    );
}

#[test]
fn a_client_only_code_says_so() {
    let text = stdout(&explain(&["600"]));
    assert!(text.contains("category:     Client-only errors"), "{text}");
    assert!(text.contains("client-only:  yes"), "{text}");
}

#[test]
fn the_negative_code_is_a_code_not_a_flag() {
    let output = explain(&["-1"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).starts_with("-1 OtherCause: "));
}

#[test]
fn all_lists_every_name_grouped_by_category() {
    let output = explain(&["--all"]);
    assert!(output.status.success());
    let text = stdout(&output);
    let headings: Vec<&str> = text
        .lines()
        .filter(|line| !line.starts_with(' ') && !line.is_empty())
        .collect();
    let expected: Vec<String> = Category::ALL
        .iter()
        .map(|category| {
            let suffix = if category.is_client_only() {
                " (client-only)"
            } else {
                ""
            };
            format!("{category}{suffix}")
        })
        .collect();
    assert_eq!(headings, expected);
    let rows = text.lines().filter(|line| line.starts_with("  ")).count();
    assert_eq!(rows, ErrorCode::ENTRIES.len());
}

#[test]
fn an_unknown_name_fails_with_the_closest_names() {
    let output = explain(&["InvalidSesionToken"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stdout(&output).is_empty());
    let message = stderr(&output);
    assert!(
        message.contains("did you mean `InvalidSessionToken`"),
        "{message}"
    );
}

#[test]
fn an_unknown_code_fails_and_says_which_and_its_range() {
    let output = explain(&["9001"]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(message.contains("unknown ErrorCode 9001"), "{message}");
    assert!(
        message.contains("app developers' own codes (9000 to 9999)"),
        "{message}"
    );
}

#[test]
fn no_argument_prints_the_usage_and_fails() {
    let output = explain(&[]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).starts_with("usage: explain"),
        "{}",
        stderr(&output)
    );
}

/// Asserts that `text` has each of `lines`, whole.
fn assert_lines(text: &str, lines: &[&str]) {
    for line in lines {
        assert!(
            text.lines().any(|candidate| candidate == *line),
            "{line:?} is missing from:\n{text}"
        );
    }
}

#[test]
fn a_code_alone_has_the_status_and_advice_parse_server_gives_it() {
    assert_lines(
        &stdout(&explain(&["209"])),
        &[
            "  HTTP status:  400 (what Parse Server sends with code 209)",
            "  retry:        no: log the user in again; the same session token fails again",
        ],
    );
    assert_lines(
        &stdout(&explain(&["100"])),
        &[
            "  HTTP status:  none: a client-only code comes from the client, not in a response",
            "  retry:        yes, with backoff, if the request is safe to send twice: it may have run",
        ],
    );
}

#[test]
fn an_error_body_shows_its_code_message_status_and_advice_then_the_code() {
    let output = explain(&[r#"{"code":141,"error":"Invalid function: \"x\""}"#]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.starts_with("error body\n"), "{text}");
    assert_lines(
        &text,
        &[
            "  code:         141 ScriptFailed",
            "  message:      Invalid function: \"x\"",
            "  HTTP status:  400 (what Parse Server sends with code 141)",
            "  retry:        no: the same request fails the same way",
            "    a read:     no: the same request fails the same way",
            "    a write:    no: the same request fails the same way",
            "141 ScriptFailed: Cloud Code script failed",
            "  FunctionNotFound (alias; official list, docs page)",
        ],
    );
}

#[test]
fn a_body_under_message_as_the_uncaught_handler_writes_it_is_retried() {
    let text = stdout(&explain(&[
        r#"{"code":1,"message":"Internal server error."}"#,
    ]));
    assert_lines(
        &text,
        &[
            "  code:         1 InternalServerError",
            "  message:      Internal server error.",
            "  HTTP status:  500 (what Parse Server sends with code 1)",
            "  retry:        yes, with backoff, if the request is safe to send twice: it may have run",
            "    a read:     yes, with backoff: the failure may pass",
            "    a write:    not yet: the request may have run; read back before sending it again",
        ],
    );
}

#[test]
fn a_duplicate_request_is_already_applied_for_every_request() {
    let text = stdout(&explain(&[r#"{"code":159,"error":"Duplicate request"}"#]));
    let applied = "no: the server has seen this request id, so the first attempt was applied";
    assert_lines(
        &text,
        &[
            format!("  retry:        {applied}").as_str(),
            format!("    a read:     {applied}").as_str(),
            format!("    a write:    {applied}").as_str(),
        ],
    );
}

#[test]
fn an_app_code_in_a_body_is_explained_as_far_as_its_range() {
    let output = explain(&[r#"{"code":9001,"error":"Custom app error"}"#]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_lines(
        &stdout(&output),
        &[
            "  code:         9001, not a code of ErrorCode; in the range of app developers' own codes (9000 to 9999)",
            "  message:      Custom app error",
        ],
    );
}

#[test]
fn a_batch_item_and_a_batch_response_are_explained_item_by_item() {
    let text = stdout(&explain(&[
        r#"{"error":{"code":137,"error":"A duplicate value for a field with unique values was provided"}}"#,
    ]));
    assert!(text.starts_with("batch item\n"), "{text}");
    assert_lines(
        &text,
        &[
            "  code:         137 DuplicateValue",
            "  message:      A duplicate value for a field with unique values was provided",
        ],
    );
    let text = stdout(&explain(&[
        r#"[{"success":{"objectId":"a1"}},{"error":{"code":209,"error":"Invalid session token"}}]"#,
    ]));
    assert_lines(
        &text,
        &[
            "batch item 0: success, no error",
            "batch item 1",
            "  code:         209 InvalidSessionToken",
        ],
    );
}

#[test]
fn a_live_query_frame_tells_the_protocol_codes_from_forwarded_ones() {
    let text = stdout(&explain(&[
        r#"{"op":"error","error":"Invalid keys","code":4,"reconnect":true,"requestId":null}"#,
    ]));
    assert!(text.starts_with("LiveQuery error frame\n"), "{text}");
    assert_lines(
        &text,
        &[
            "  code:         4 InvalidKeys (the LiveQuery protocol's own)",
            "  message:      Invalid keys",
            "  HTTP status:  none: a websocket frame",
            "  reconnect:    yes: the server tells the client to connect again",
            "4 InvalidKeys: the keys of the connect request are not valid",
        ],
    );
    let text = stdout(&explain(&[
        r#"{"op":"error","error":"Invalid session token","code":209,"reconnect":false,"requestId":1}"#,
    ]));
    assert_lines(
        &text,
        &[
            "  code:         209 InvalidSessionToken (a Parse code the server forwards)",
            "  reconnect:    no: the server tells the client not to connect again",
            "  retry:        no: log the user in again; the same session token fails again",
            "209 InvalidSessionToken: the device’s session token is no longer valid",
        ],
    );
}

#[test]
fn log_lines_as_the_sdks_print_them_are_read() {
    for (line, code, message) in [
        (
            "ParseError: 209 Invalid session token",
            "209 InvalidSessionToken",
            "Invalid session token",
        ),
        (
            "Parse::Error: [101] Object not found.",
            "101 ObjectNotFound",
            "Object not found.",
        ),
        (
            "[101] Object not found.",
            "101 ObjectNotFound",
            "Object not found.",
        ),
        (
            "ParseError: -1 Something else",
            "-1 OtherCause",
            "Something else",
        ),
    ] {
        let output = explain(&[line]);
        assert!(output.status.success(), "{line}: {}", stderr(&output));
        let text = stdout(&output);
        assert!(text.starts_with("log line\n"), "{text}");
        assert_lines(
            &text,
            &[
                &format!("  code:         {code}"),
                &format!("  message:      {message}"),
            ],
        );
    }
}

#[test]
fn a_log_line_in_several_arguments_reads_as_one() {
    let quoted = explain(&["ParseError: 209 Invalid session token"]);
    let unquoted = explain(&["ParseError:", "209", "Invalid", "session", "token"]);
    assert!(unquoted.status.success(), "{}", stderr(&unquoted));
    assert_eq!(stdout(&unquoted), stdout(&quoted));
}

#[test]
fn the_export_flags_print_the_exports_of_error_code() {
    for (flag, export) in [
        ("--markdown", export::markdown::<ErrorCode>()),
        ("--json", export::json::<ErrorCode>()),
        ("--typescript", export::typescript::<ErrorCode>()),
    ] {
        let output = explain(&[flag]);
        assert!(output.status.success(), "{flag}: {}", stderr(&output));
        assert_eq!(stdout(&output), export, "{flag}");
    }
}

#[test]
fn unreadable_input_fails_and_says_what_was_expected() {
    for (input, reason) in [
        (r#"{"code":"#, "cannot read the input as JSON"),
        (r#"{"objectId":"a1"}"#, "neither a `code` nor a message"),
        (
            r#"{"op":"error","code":"four"}"#,
            "cannot read the input as a LiveQuery error frame",
        ),
        ("[1, 2]", "cannot read the input as a batch response"),
        (
            "ParseError: something failed",
            "as a log line: no code after its label",
        ),
        ("Parse::Error: [101 Object not found.", "as a log line"),
    ] {
        let output = explain(&[input]);
        assert_eq!(output.status.code(), Some(2), "{input}");
        assert!(stdout(&output).is_empty(), "{input}");
        let message = stderr(&output);
        assert!(message.contains(reason), "{input}: {message}");
        assert!(
            message.contains("expected a code (101), a name (ObjectNotFound, OBJECT_NOT_FOUND), a JSON error body"),
            "{input}: {message}"
        );
    }
}
