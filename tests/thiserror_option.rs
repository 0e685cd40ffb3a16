//! thiserror 2.0.19's `tests/test_option.rs`, translated to `#[parse_errors]`
//! as a user migrates (issue 18): an `Option` source. thiserror's file runs
//! only on nightly and mixes `Option` sources with `Backtrace` fields; the one
//! enum without a backtrace is here, with `anyhow::Error` as
//! `Box<dyn std::error::Error + Send + Sync>` (the workspace has no anyhow).
//! The other enums and all the structs carry a `Backtrace`: out of scope
//! (backtraces need nightly's `error_generic_member_access`).

use parse_errors::parse_errors;
use std::error::Error;

/// An error whose source may be missing.
#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum OptSourceNoBacktrace {
    /// The test.
    #[error("...")]
    Test {
        /// The cause, if any.
        #[source]
        source: Option<Box<dyn Error + Send + Sync>>,
    } = 9001,
}

#[test]
fn test_option() {
    let error = OptSourceNoBacktrace::Test { source: None };
    assert_eq!(error.to_string(), "...");
    assert!(error.source().is_none());

    let error = OptSourceNoBacktrace::Test {
        source: Some("inner".into()),
    };
    assert_eq!(
        error.source().map(ToString::to_string).as_deref(),
        Some("inner")
    );
}
