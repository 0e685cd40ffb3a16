//! thiserror 2.0.19's `tests/test_path.rs`, translated to `#[parse_errors]`
//! as a user migrates (issue 18): a `PathBuf` field is shown through its
//! `display()`, and with `{:?}` as itself. thiserror's `StructPathBuf` is a
//! one-variant enum here. Left out: `StructPath` and `UnsizedError`, structs
//! whose last field is unsized (`Path`, `str`), which no enum variant can hold.

use core::fmt::Display;
use parse_errors::parse_errors;
use std::path::{Path, PathBuf};

/// thiserror's struct with a `PathBuf` field, as a one-variant enum.
#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
enum StructPathBuf {
    /// A file could not be read.
    #[error("failed to read '{file}'")]
    Read { file: PathBuf } = 9001,
}

#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
enum EnumPathBuf {
    /// A file could not be read.
    #[error("failed to read '{0}'")]
    Read(PathBuf) = 9001,
}

/// A path shown both ways, in both orders.
#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum BothError {
    /// `Display`, then `Debug`.
    #[error("display:{0} debug:{0:?}")]
    DisplayDebug(PathBuf) = 9001,
    /// `Debug`, then `Display`.
    #[error("debug:{0:?} display:{0}")]
    DebugDisplay(PathBuf) = 9002,
}

fn assert<T: Display>(expected: &str, value: T) {
    assert_eq!(expected, value.to_string());
}

#[test]
fn test_display() {
    let path = Path::new("/thiserror");
    let file = path.to_owned();
    assert("failed to read '/thiserror'", StructPathBuf::Read { file });
    let file = path.to_owned();
    assert("failed to read '/thiserror'", EnumPathBuf::Read(file));
}

// thiserror's file declares `BothError` without showing it.
#[test]
fn test_display_and_debug_of_one_path() {
    let path = PathBuf::from("/thiserror");
    assert(
        "display:/thiserror debug:\"/thiserror\"",
        BothError::DisplayDebug(path.clone()),
    );
    assert(
        "debug:\"/thiserror\" display:/thiserror",
        BothError::DebugDisplay(path),
    );
}
