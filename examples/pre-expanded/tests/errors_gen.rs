//! `src/errors_gen.rs` is the expansion of `src/errors.rs`: this test fails
//! when it is stale, naming the first line that differs, and
//! `PARSE_ERRORS_BLESS=1 cargo test` rewrites it.

use parse_errors_codegen::file::{FileError, check_expansion};

#[test]
fn the_expansion_of_the_error_table_is_current() -> Result<(), FileError> {
    check_expansion(
        env!("CARGO_MANIFEST_DIR"),
        "src/errors.rs",
        "src/errors_gen.rs",
    )?;
    Ok(())
}
