//! thiserror 2.0.19's `tests/test_source.rs`, translated to `#[parse_errors]`
//! as a user migrates (issue 18): a field named `source` is the source, a
//! `#[source]` field is the source even beside one named `source`, a boxed
//! trait object can be the source, `r#source` is not a source, and an enum
//! written by a `macro_rules!` gets hygienic impls. thiserror's structs are
//! one-variant enums here, their `#[error(...)]` on the variant.

use parse_errors::parse_errors;
use std::error::Error as StdError;
use std::io;

/// A field named `source`.
#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum ImplicitSource {
    /// The source is implicit.
    #[error("implicit source")]
    Implicit {
        /// The cause.
        source: io::Error,
    } = 9001,
}

/// A `#[source]` beside a field named `source`.
#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum ExplicitSource {
    /// The source is explicit.
    #[error("explicit source")]
    Explicit {
        /// Not the source: another field is marked.
        source: String,
        /// The cause.
        #[source]
        io: io::Error,
    } = 9001,
}

/// A boxed trait object as the source.
#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum BoxedSource {
    /// The source is boxed.
    #[error("boxed source")]
    Boxed {
        /// The cause.
        #[source]
        source: Box<dyn StdError + Send + 'static>,
    } = 9001,
}

#[test]
fn test_implicit_source() {
    let io = io::Error::other("oh no!");
    let error = ImplicitSource::Implicit { source: io };
    error.source().unwrap().downcast_ref::<io::Error>().unwrap();
}

#[test]
fn test_explicit_source() {
    let io = io::Error::other("oh no!");
    let error = ExplicitSource::Explicit {
        source: String::new(),
        io,
    };
    error.source().unwrap().downcast_ref::<io::Error>().unwrap();
}

#[test]
fn test_boxed_source() {
    let source = Box::new(io::Error::other("oh no!"));
    let error = BoxedSource::Boxed { source };
    error.source().unwrap().downcast_ref::<io::Error>().unwrap();
}

macro_rules! error_from_macro {
    ($($variants:tt)*) => {
        /// An error enum a `macro_rules!` writes.
        #[derive(Debug)]
        #[parse_errors(category(App = "App errors"))]
        pub enum MacroSource {
            $($variants)*
        }
    }
}

// Test that we generate impls with the proper hygiene
#[rustfmt::skip]
error_from_macro! {
    /// Something.
    #[error("Something")]
    Variant(#[from] io::Error) = 9001
}

// thiserror's file only compiles `MacroSource`.
#[test]
fn test_macro_source() {
    let error = MacroSource::from(io::Error::other("oh no!"));
    assert_eq!(error.to_string(), "Something");
    error.source().unwrap().downcast_ref::<io::Error>().unwrap();
}

#[test]
fn test_not_source() {
    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    pub enum NotSource {
        /// A field named `r#source` is not the source.
        #[error("{source} ==> {destination}")]
        Route { r#source: char, destination: char } = 9001,
    }

    let error = NotSource::Route {
        source: 'S',
        destination: 'D',
    };
    assert_eq!(error.to_string(), "S ==> D");
    assert!(error.source().is_none());
}
