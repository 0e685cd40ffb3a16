//! The `explain` example, run as a user runs it.

use std::process::Output;

use parse_errors::{Category, ErrorCode};
use test_support::examples::{self, stderr, stdout};

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
