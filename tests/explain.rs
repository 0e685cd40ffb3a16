//! The `explain` example, run as a user runs it.

use std::path::PathBuf;
use std::process::{Command, Output};

/// `cargo test` builds the examples next to the test binaries, in `target/<profile>/examples`.
fn explain(args: &[&str]) -> Output {
    let test_binary = std::env::current_exe().expect("the test binary has a path");
    let profile_dir = test_binary
        .parent()
        .and_then(|deps| deps.parent())
        .expect("tests run from target/<profile>/deps");
    let binary: PathBuf = profile_dir
        .join("examples")
        .join(format!("explain{}", std::env::consts::EXE_SUFFIX));
    Command::new(&binary)
        .args(args)
        .output()
        .unwrap_or_else(|error| {
        panic!(
            "cannot run {}: {error}; `cargo test` builds the examples unless one test is selected, \
             so run `cargo build --examples` first",
            binary.display()
        )
    })
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("UTF-8 output")
}

#[test]
fn a_code_shows_every_name_with_its_description_category_and_flag() {
    let output = explain(&["101"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.starts_with("101 ObjectNotFound: "), "{text}");
    assert!(text.contains("category:     API Issues"), "{text}");
    assert!(text.contains("client-only:  no"), "{text}");
    assert!(text.contains("ObjectNotFound (canonical)"), "{text}");
    assert!(text.contains("UserInvalidLoginParams (alias)"), "{text}");
    assert!(
        text.contains("Invalid login parameters. Check error message for more details."),
        "{text}"
    );
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
    assert_eq!(
        headings,
        [
            "API Issues",
            "User related errors",
            "Client-only errors (client-only)",
            "Operational issues",
            "Other issues"
        ]
    );
    let rows = text.lines().filter(|line| line.starts_with("  ")).count();
    assert_eq!(rows, parse_errors::ErrorCode::ENTRIES.len());
}

#[test]
fn an_unknown_name_fails_with_the_closest_names() {
    let output = explain(&["InvalidSesionToken"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stdout(&output).is_empty());
    assert!(
        stderr(&output).contains("did you mean `InvalidSessionToken`?"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn an_unknown_code_fails_and_says_which() {
    let output = explain(&["9001"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("9001"), "{}", stderr(&output));
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
