//! Compile-fail and compile-pass cases of the macro, checked with trybuild.
//!
//! The expected `.stderr` files are rustc's diagnostics verbatim, so they hold
//! for the toolchain pinned in `rust-toolchain.toml` only. After a change to a
//! message, or a new toolchain, bless them with
//! `TRYBUILD=overwrite cargo test --test ui` and read every changed file.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/fail/*.rs");
    cases.pass("tests/ui/pass/*.rs");
}
