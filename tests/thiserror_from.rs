//! thiserror 2.0.19's `tests/test_from.rs`, translated to `#[parse_errors]`
//! as a user migrates (issue 18): `#[from]` of a type and of an `Option` of
//! it, on struct and tuple variants. thiserror's structs are one-variant enums
//! here, their `#[error("...")]` on the variant; its `anyhow::Error` is
//! `Box<dyn std::error::Error + Send + Sync>` (the workspace has no anyhow).
//! thiserror's test checks that the impls exist; `test_from_converts` also
//! checks what they build.
#![allow(clippy::extra_unused_type_parameters)]

use parse_errors::parse_errors;
use std::io;

/// A struct variant with a `#[from]` source.
#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum ErrorStruct {
    /// The struct.
    #[error("...")]
    Struct {
        /// The cause.
        #[from]
        source: io::Error,
    } = 9001,
}

/// A struct variant with a `#[from]` optional source.
#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum ErrorStructOptional {
    /// The struct.
    #[error("...")]
    Struct {
        /// The cause, if any.
        #[from]
        source: Option<io::Error>,
    } = 9001,
}

/// A tuple variant with a `#[from]` source.
#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum ErrorTuple {
    /// The tuple.
    #[error("...")]
    Tuple(#[from] io::Error) = 9001,
}

/// A tuple variant with a `#[from]` optional source.
#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum ErrorTupleOptional {
    /// The tuple.
    #[error("...")]
    Tuple(#[from] Option<io::Error>) = 9001,
}

/// An enum whose message is the enum's, with a `#[from]` source.
#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
#[error("...")]
pub enum ErrorEnum {
    /// The test.
    Test {
        /// The cause.
        #[from]
        source: io::Error,
    } = 9001,
}

/// An enum whose message is the enum's, with a `#[from]` optional source.
#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
#[error("...")]
pub enum ErrorEnumOptional {
    /// The test.
    Test {
        /// The cause, if any.
        #[from]
        source: Option<io::Error>,
    } = 9001,
}

/// Two variants, each `From` another type.
#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
#[error("...")]
pub enum Many {
    /// Any error.
    Any(#[from] Box<dyn std::error::Error + Send + Sync>) = 9001,
    /// An I/O error.
    Io(#[from] io::Error) = 9002,
}

fn assert_impl<T: From<io::Error>>() {}

#[test]
fn test_from() {
    assert_impl::<ErrorStruct>();
    assert_impl::<ErrorStructOptional>();
    assert_impl::<ErrorTuple>();
    assert_impl::<ErrorTupleOptional>();
    assert_impl::<ErrorEnum>();
    assert_impl::<ErrorEnumOptional>();
    assert_impl::<Many>();
}

fn source_text(error: &dyn std::error::Error) -> Option<String> {
    error.source().map(ToString::to_string)
}

#[test]
fn test_from_converts() {
    let io = || io::Error::other("oh no!");
    let expected = Some("oh no!".to_owned());

    let error = ErrorStruct::from(io());
    assert_eq!(error.to_string(), "...");
    assert_eq!(source_text(&error), expected);
    assert_eq!(error.code(), 9001);

    let error = ErrorStructOptional::from(io());
    assert!(matches!(
        &error,
        ErrorStructOptional::Struct { source: Some(_) }
    ));
    assert_eq!(source_text(&error), expected);
    let error = ErrorStructOptional::Struct { source: None };
    assert_eq!(source_text(&error), None);

    let error = ErrorTuple::from(io());
    assert_eq!(source_text(&error), expected);

    let error = ErrorTupleOptional::from(io());
    assert!(matches!(&error, ErrorTupleOptional::Tuple(Some(_))));
    assert_eq!(source_text(&ErrorTupleOptional::Tuple(None)), None);

    let error = ErrorEnum::from(io());
    assert_eq!(error.to_string(), "...");
    assert_eq!(source_text(&error), expected);

    let error = ErrorEnumOptional::from(io());
    assert_eq!(error.to_string(), "...");
    assert_eq!(source_text(&error), expected);

    let error = Many::from(io());
    assert_eq!(error.kind(), ManyCode::Io);
    assert_eq!(source_text(&error), expected);
    let boxed: Box<dyn std::error::Error + Send + Sync> = "boxed".into();
    let error = Many::from(boxed);
    assert_eq!(error.code(), 9001);
    assert_eq!(source_text(&error), Some("boxed".to_owned()));
}
