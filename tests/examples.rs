//! The examples other than `explain` run to the end and say what they show.

use test_support::examples::{run, stderr, stdout};

#[test]
fn decode_response_reads_every_shape() {
    let output = run("decode_response", &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    for expected in [
        "404 -> ObjectNotFound (101): Object not found.",
        "500 -> InternalServerError (1): Internal server error.",
        "403 -> unauthorized",
        "400 -> code 9001: Not enough coins",
        "gathers: OperationForbidden (119): Permission denied",
        "#1 already exists: DuplicateValue (137)",
        "Protocol(InvalidKeys): Key in request is not valid (request None, reconnect Some(true))",
        "Parse(InvalidSessionToken): Invalid session token (request Some(3), reconnect Some(false))",
        "GraphQL:\n  ObjectNotFound (101): Object not found.",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} is missing from:\n{text}"
        );
    }
}

#[test]
fn app_codes_go_from_server_to_client() {
    let output = run("app_codes", &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    for expected in [
        r#"sword -> 400 {"code":9001,"error":"A sword costs 100 coins"}"#,
        "client shows: earn more coins (A sword costs 100 coins)",
        r#"bow -> 404 {"code":101,"error":"No item \"bow\""}"#,
        "client shows: no such item",
        "client shows: please log in again",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} is missing from:\n{text}"
        );
    }
}
