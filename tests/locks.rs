//! The crate's own tables keep every code and name they have published: the
//! locks in `locks/` record them (`parse_errors::lock`). A new code or name
//! is added to its lock by this test; commit the lock with the table.

use parse_errors::lock::{self, LockReport};
use parse_errors::{ErrorCode, ErrorTable, LiveQueryCode};

fn check<T: ErrorTable>(file: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/locks")
        .join(file);
    match lock::check::<T>(&path) {
        Ok(LockReport::Current) => {}
        Ok(report) => eprintln!("{}: {report}", path.display()),
        Err(error) => panic!("{error}"),
    }
}

#[test]
fn error_code_keeps_its_codes_and_names() {
    check::<ErrorCode>("error-code.lock");
}

#[test]
fn live_query_code_keeps_its_codes_and_names() {
    check::<LiveQueryCode>("live-query-code.lock");
}
