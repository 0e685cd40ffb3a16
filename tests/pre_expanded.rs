//! `examples/pre-expanded` ships its table expanded: its staleness test,
//! run on a copy of the crate whose table was edited, fails naming the line
//! of its expansion that no longer holds, and refuses a table with mistakes.

use std::path::{Path, PathBuf};

use parse_errors_codegen::file::{BLESS_VARIABLES, Checked, FileError, check_expansion};

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/pre-expanded");

/// A copy of the example's sources, removed when dropped.
struct Copy {
    root: PathBuf,
}

impl Copy {
    fn of_the_example(name: &str) -> Self {
        let root = std::env::temp_dir().join(format!(
            "parse-errors-pre-expanded-{name}-{}",
            std::process::id()
        ));
        if root.exists() {
            std::fs::remove_dir_all(&root).expect("an earlier copy is removable");
        }
        copy_dir(Path::new(EXAMPLE), &root);
        Self { root }
    }

    fn read(&self, path: &str) -> String {
        std::fs::read_to_string(self.root.join(path)).expect("a file of the copy")
    }

    fn edit(&self, path: &str, from: &str, to: &str) {
        let text = self.read(path);
        assert!(text.contains(from), "{path} has no {from:?}");
        std::fs::write(self.root.join(path), text.replacen(from, to, 1)).expect("a writable copy");
    }

    /// What the example's own test runs.
    fn check(&self) -> Result<Checked, FileError> {
        check_expansion(&self.root, "src/errors.rs", "src/errors_gen.rs")
    }
}

impl Drop for Copy {
    fn drop(&mut self) {
        // A leftover temp dir is no failure of the test.
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("a writable temp dir");
    for entry in std::fs::read_dir(from).expect("the example's directory") {
        let entry = entry.expect("a readable entry");
        let path = entry.path();
        if path.file_name().is_some_and(|name| name == "target") {
            continue;
        }
        if path.is_dir() {
            copy_dir(&path, &to.join(entry.file_name()));
        } else {
            std::fs::copy(&path, to.join(entry.file_name())).expect("a copied file");
        }
    }
}

/// The line, from 1, of the first line of `text` that contains `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|line| line.contains(needle))
        .unwrap_or_else(|| panic!("no line holds {needle:?}"))
        + 1
}

fn blessing() -> bool {
    BLESS_VARIABLES
        .iter()
        .any(|name| std::env::var_os(name).is_some_and(|value| !value.is_empty() && value != "0"))
}

#[test]
fn the_check_fails_naming_the_line_when_the_table_changes() {
    let copy = Copy::of_the_example("stale");
    assert_eq!(
        copy.check().ok(),
        Some(Checked::Current),
        "the example's expansion is current before the edit"
    );

    let old = "The item is not sold any more.";
    let new = "The item is sold out for good.";
    copy.edit("src/errors.rs", old, new);
    let stale_line = line_of(&copy.read("src/errors_gen.rs"), old);
    match copy.check() {
        Err(error) if !blessing() => {
            let message = error.to_string();
            let FileError::Stale {
                path,
                line,
                checked_in,
                now,
            } = error
            else {
                panic!("the expansion is stale, not {message}");
            };
            assert!(path.ends_with("src/errors_gen.rs"), "{message}");
            assert_eq!(line, stale_line, "{message}");
            assert!(
                checked_in.is_some_and(|text| text.contains(old)),
                "{message}"
            );
            assert!(now.is_some_and(|text| text.contains(new)), "{message}");
            assert!(
                message.contains(&format!(
                    "errors_gen.rs is out of date at line {stale_line}"
                )),
                "{message}"
            );
            assert!(message.contains("PARSE_ERRORS_BLESS=1"), "{message}");
        }
        // Under PARSE_ERRORS_BLESS=1 the same check rewrites the expansion.
        Ok(Checked::Rewritten) if blessing() => {
            assert!(copy.read("src/errors_gen.rs").contains(new));
            assert_eq!(copy.check().ok(), Some(Checked::Current));
        }
        other => panic!("an edited table makes a stale expansion: {other:?}"),
    }
}

#[test]
fn a_table_with_mistakes_is_refused_with_their_lines() {
    let copy = Copy::of_the_example("mistake");
    let expansion = copy.read("src/errors_gen.rs");
    copy.edit(
        "src/errors.rs",
        "    /// The item does not exist in the shop's catalogue.\n",
        "",
    );
    let undocumented = line_of(&copy.read("src/errors.rs"), "UnknownItem = 9011");
    let error = copy
        .check()
        .expect_err("an entry without a description is a mistake");
    let message = error.to_string();
    let FileError::Mistakes { table, messages } = error else {
        panic!("the table has a mistake, not {message}");
    };
    assert_eq!(table, "src/errors.rs");
    assert_eq!(messages.len(), 1, "{message}");
    assert!(
        messages[0].starts_with(&format!("{undocumented}:")),
        "{message}"
    );
    assert!(messages[0].contains("UnknownItem"), "{message}");
    assert_eq!(
        copy.read("src/errors_gen.rs"),
        expansion,
        "a table with mistakes is never written, blessed or not"
    );
}

#[test]
fn swapped_paths_write_over_nothing() {
    let copy = Copy::of_the_example("swapped");
    let table = copy.read("src/errors.rs");
    let error = check_expansion(&copy.root, "src/errors_gen.rs", "src/errors.rs")
        .expect_err("the expansion is no table file");
    assert!(matches!(error, FileError::NoTable { .. }), "{error}");
    assert!(
        error
            .to_string()
            .starts_with("src/errors_gen.rs has no item under `#[parse_errors(...)]`"),
        "{error}"
    );
    assert_eq!(copy.read("src/errors.rs"), table, "the table is kept");
}
