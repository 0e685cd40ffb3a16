//! thiserror 2.0.19's `tests/test_transparent.rs`, translated to
//! `#[parse_errors]` as a user migrates (issue 18): `#[error(transparent)]`
//! forwards `Display` and `source()` to the one field, with or without
//! `#[from]`, in a generic enum, for a lifetime, and beside the enum's own
//! message. thiserror's structs are one-variant enums here.
//!
//! The workspace has no anyhow: `anyhow::Error` is
//! `Box<dyn std::error::Error + Send + Sync>`, and
//! `anyhow!("inner").context("outer")` is [`context`], an error that shows
//! the same texts.
#![allow(clippy::items_after_statements)]

use core::fmt::{self, Display};
use parse_errors::parse_errors;
use std::error::Error as _;
use std::io;

/// What anyhow's `context` builds: "outer", caused by "inner".
#[derive(Debug)]
struct Context {
    outer: &'static str,
    inner: Box<dyn std::error::Error + Send + Sync>,
}

impl Display for Context {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.outer)
    }
}

impl std::error::Error for Context {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&*self.inner)
    }
}

/// `anyhow!(inner).context(outer)`.
fn context(inner: &'static str, outer: &'static str) -> Box<dyn std::error::Error + Send + Sync> {
    Box::new(Context {
        outer,
        inner: inner.into(),
    })
}

#[test]
fn test_transparent_struct() {
    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    #[error(transparent)]
    enum Error {
        /// The kind of error.
        Kind(ErrorKind) = 9001,
    }

    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    enum ErrorKind {
        /// The first error.
        #[error("E0")]
        E0 = 9001,
        /// The second error.
        #[error("E1")]
        E1(#[from] io::Error) = 9002,
    }

    let error = Error::Kind(ErrorKind::E0);
    assert_eq!("E0", error.to_string());
    assert!(error.source().is_none());

    let io = io::Error::other("oh no!");
    let error = Error::Kind(ErrorKind::from(io));
    assert_eq!("E1", error.to_string());
    error.source().unwrap().downcast_ref::<io::Error>().unwrap();
}

#[test]
fn test_transparent_enum() {
    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    enum Error {
        /// This failed.
        #[error("this failed")]
        This = 9001,
        /// Another error.
        #[error(transparent)]
        Other(Box<dyn std::error::Error + Send + Sync>) = 9002,
    }

    let error = Error::This;
    assert_eq!("this failed", error.to_string());

    let error = Error::Other(context("inner", "outer"));
    assert_eq!("outer", error.to_string());
    assert_eq!("inner", error.source().unwrap().to_string());
}

#[test]
fn test_transparent_enum_with_default_message() {
    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    #[error("this failed: {0}_{1}")]
    enum Error {
        /// This failed.
        This(i32, i32) = 9001,
        /// Another error.
        #[error(transparent)]
        Other(Box<dyn std::error::Error + Send + Sync>) = 9002,
    }

    let error = Error::This(-1, -1);
    assert_eq!("this failed: -1_-1", error.to_string());

    let error = Error::Other(context("inner", "outer"));
    assert_eq!("outer", error.to_string());
    assert_eq!("inner", error.source().unwrap().to_string());
}

#[test]
fn test_transparent_enum_generic() {
    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    enum Error<E> {
        /// This failed.
        #[error("this failed")]
        This = 9001,
        /// Another error.
        #[error(transparent)]
        Other(E) = 9002,
    }

    #[parse_errors(category(App = "App errors"))]
    enum Inner {
        /// The inner error.
        #[error("inner error")]
        Inner = 9001,
    }

    let error = Error::<Inner>::This;
    assert_eq!("this failed", error.to_string());

    let error = Error::Other(Inner::Inner);
    assert_eq!("inner error", error.to_string());
    assert!(error.source().is_none());

    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    enum WithSource {
        /// A wrapped error.
        #[error("wrapped")]
        Wrapped(#[source] io::Error) = 9001,
    }

    let io = io::Error::other("oh no!");
    let error = Error::Other(WithSource::Wrapped(io));
    assert_eq!("wrapped", error.to_string());
    assert_eq!("oh no!", error.source().unwrap().to_string());
}

#[test]
fn test_anyhow() {
    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    enum Any {
        /// Any error.
        #[error(transparent)]
        Any(#[from] Box<dyn std::error::Error + Send + Sync>) = 9001,
    }

    let error = Any::from(context("inner", "outer"));
    assert_eq!("outer", error.to_string());
    assert_eq!("inner", error.source().unwrap().to_string());
}

#[test]
fn test_non_static() {
    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    #[error(transparent)]
    enum Error<'a> {
        /// The inner error.
        Inner { inner: ErrorKind<'a> } = 9001,
    }

    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    enum ErrorKind<'a> {
        /// A token the parser did not expect.
        #[error("unexpected token: {:?}", token)]
        Unexpected { token: &'a str } = 9001,
    }

    let error = Error::Inner {
        inner: ErrorKind::Unexpected { token: "error" },
    };
    assert_eq!("unexpected token: \"error\"", error.to_string());
    assert!(error.source().is_none());
}

// What transparency keeps of the variant's own: its code.
#[test]
fn a_transparent_variant_keeps_its_code() {
    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    enum Error {
        /// Another error.
        #[error(transparent)]
        Other(#[from] io::Error) = 9002,
    }

    let error = Error::from(io::Error::other("oh no!"));
    assert_eq!(error.code(), 9002);
    assert_eq!(error.kind(), ErrorCode::Other);
    assert_eq!(error.to_string(), "oh no!");
}
