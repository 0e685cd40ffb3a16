//! Compile-fail and compile-pass cases of the macro, checked with trybuild.
//!
//! The expected `.stderr` files are rustc's diagnostics verbatim, so they hold
//! for the toolchain pinned in `rust-toolchain.toml` only. After a change to a
//! message, or a new toolchain, bless them with
//! `TRYBUILD=overwrite cargo test --test ui` and read every changed file.
//! `tests/ui/README.md` lists every check with its case.

use std::collections::BTreeSet;
use std::path::Path;

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/fail/*.rs");
    cases.pass("tests/ui/pass/*.rs");
}

fn is_rust_file(name: &str) -> bool {
    Path::new(name)
        .extension()
        .is_some_and(|extension| extension == "rs")
}

/// The cases in a directory of `tests/ui`, as `fail/name.rs`.
fn cases_in(dir: &str) -> BTreeSet<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/ui")
        .join(dir);
    std::fs::read_dir(&path)
        .unwrap_or_else(|error| panic!("{}: {error}", path.display()))
        .map(|entry| entry.expect("a readable directory").file_name())
        .filter_map(|name| name.into_string().ok())
        .filter(|name| is_rust_file(name))
        .map(|name| format!("{dir}/{name}"))
        .collect()
}

/// The README is the list of checks a reviewer reads: it names every case,
/// and only cases that exist.
#[test]
fn the_readme_lists_every_case() {
    let readme = include_str!("ui/README.md");
    let listed: BTreeSet<String> = readme
        .split('`')
        .filter(|word| {
            (word.starts_with("fail/") || word.starts_with("pass/")) && is_rust_file(word)
        })
        .map(str::to_owned)
        .collect();
    let present: BTreeSet<String> = cases_in("fail").union(&cases_in("pass")).cloned().collect();
    let unlisted: Vec<_> = present.difference(&listed).collect();
    let missing: Vec<_> = listed.difference(&present).collect();
    assert!(
        unlisted.is_empty(),
        "cases the README does not list: {unlisted:?}"
    );
    assert!(
        missing.is_empty(),
        "README rows without a case: {missing:?}"
    );
    assert!(
        cases_in("fail").len() >= 40,
        "the suite has fewer than 40 compile-fail cases"
    );
    for case in cases_in("fail") {
        let stderr = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/ui")
            .join(case.replace(".rs", ".stderr"));
        assert!(stderr.exists(), "{case} has no .stderr");
    }
}
