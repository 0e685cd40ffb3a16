//! The tables of the `parse-errors` crate, expanded by this macro and checked in.
//!
//! `parse-errors/tables/NAME.rs` is the source of truth of a table (`ErrorCode`
//! is `tables/official.rs`), written as `#[parse_errors]` reads it;
//! `parse-errors/src/gen/NAME.rs` is that module with every table expanded by
//! [`expand_file`], the road a library author's own staleness test takes too.
//! The crate compiles the expansion, so its users compile no proc macro unless
//! they ask for the `macros` feature. This test fails when an expansion is
//! out of date; `BLESS=1 cargo test -p parse-errors-codegen` rewrites them.

use std::path::Path;

use crate::file::{check_file, expand_file};

const TABLES: &str = "../parse-errors/tables";
const GENERATED: &str = "../parse-errors/src/gen";
const REGENERATE: &str = "BLESS=1 cargo test -p parse-errors-codegen";

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|error| panic!("{}: {error}", dir.display()))
        .map(|entry| {
            entry
                .expect("a readable directory")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| Path::new(name).extension().is_some_and(|ext| ext == "rs"))
        .collect();
    names.sort();
    names
}

#[test]
fn every_table_of_the_crate_is_expanded_and_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tables = files_in(&root.join(TABLES));
    assert!(
        tables.iter().any(|name| name == "official.rs"),
        "tables/official.rs is the source of ErrorCode"
    );
    for name in &tables {
        let source =
            std::fs::read_to_string(root.join(TABLES).join(name)).expect("a readable table");
        let checked = expand_file(&source, &format!("tables/{name}"), REGENERATE)
            .and_then(|generated| check_file(root.join(GENERATED).join(name), &generated));
        if let Err(error) = checked {
            panic!("{error}");
        }
    }
    // A table removed from `tables/` takes its expansion with it.
    assert_eq!(
        files_in(&root.join(GENERATED)),
        tables,
        "src/gen/ holds one expansion per table"
    );
}
