//! A crate that renames parse-errors in its Cargo.toml
//! (`pe = { package = "parse-errors" }`): the table compiles without
//! `crate = ::pe`, the macro reading the rename from the manifest, and with it.
//!
//! trybuild cannot test this: its crates take the root package's dependencies
//! under their own names. So this test writes such a crate under `target/`
//! and runs `cargo check` on it, offline, with the workspace's lockfile.

use std::path::{Path, PathBuf};
use std::process::Command;

const TABLE: &str = r#"
#[pe::parse_errors(ARGS category(App = "App errors"))]
pub enum AppCode {
    /// The thing failed.
    Failed = 1,
}

/// Uses the table's API, which must not fail too.
pub fn code() -> i32 {
    AppCode::Failed.code()
}
"#;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

/// Checks a crate with the table under `ARGS` replaced by `args`; its
/// success and its stderr.
fn check(args: &str) -> (bool, String) {
    let root = workspace();
    let dir = root.join("target/tests/renamed-crate");
    std::fs::create_dir_all(dir.join("src")).expect("a directory under target/");
    let manifest = format!(
        "[package]\nname = \"renamed\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\n\
         [dependencies]\npe = {{ package = \"parse-errors\", path = '{}', features = [\"macros\"] }}\n\n\
         [workspace]\n",
        root.join("parse-errors").display()
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).expect("a manifest");
    std::fs::write(dir.join("src/lib.rs"), TABLE.replace("ARGS", args)).expect("a source");
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).expect("the lockfile");
    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["check", "--offline", "--quiet", "--message-format", "short"])
        .current_dir(&dir)
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn a_renamed_crate_is_found_in_its_manifest() {
    let (compiled, stderr) = check("");
    assert!(compiled, "{stderr}");
    assert!(!stderr.contains("warning"), "{stderr}");

    let (compiled, stderr) = check("crate = ::pe,");
    assert!(compiled, "{stderr}");
}
