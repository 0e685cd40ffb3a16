//! Files made from the code and checked in, such as `docs/errors.md`, kept
//! current by a test: `BLESS=1` rewrites them.

use std::path::Path;

/// Compares `actual` with the checked-in file at `path` (from the workspace's
/// root), naming the first line that differs; with `BLESS` set, rewrites the
/// file first.
///
/// # Panics
/// When the file is missing or differs from `actual`.
pub fn assert_file_is_current(path: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&path, actual)
            .unwrap_or_else(|error| panic!("cannot write {}: {error}", path.display()));
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("{}: {error}; create it with BLESS=1", path.display()));
    if let Some((line, (want, got))) = expected
        .lines()
        .zip(actual.lines())
        .enumerate()
        .find(|(_, (want, got))| want != got)
    {
        panic!(
            "{} is out of date at line {}:\n  checked in: {want}\n  now:        {got}\nBLESS=1 rewrites it",
            path.display(),
            line + 1
        );
    }
    assert!(
        expected == actual,
        "{} is out of date: its length changed; BLESS=1 rewrites it",
        path.display()
    );
}
