//! Runs the workspace's examples as a user runs them.

use std::path::PathBuf;
use std::process::{Command, Output};

/// Runs the example `name` with `args`. `cargo test` builds the examples next
/// to the test binaries, in `target/<profile>/examples`.
///
/// # Panics
/// When the example was not built: a single selected test does not build them.
#[must_use]
pub fn run(name: &str, args: &[&str]) -> Output {
    let test_binary = std::env::current_exe().expect("the test binary has a path");
    let profile_dir = test_binary
        .parent()
        .and_then(|deps| deps.parent())
        .expect("tests run from target/<profile>/deps");
    let binary: PathBuf = profile_dir
        .join("examples")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    Command::new(&binary).args(args).output().unwrap_or_else(|error| {
        panic!(
            "cannot run {}: {error}; `cargo test` builds the examples unless one test is selected, \
             so run `cargo build --examples` first",
            binary.display()
        )
    })
}

/// The standard output of a run, which the examples write in UTF-8.
///
/// # Panics
/// When the output is not UTF-8.
#[must_use]
pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

/// The standard error of a run.
///
/// # Panics
/// When the output is not UTF-8.
#[must_use]
pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("UTF-8 output")
}
