//! thiserror 2.0.19's `tests/test_expr.rs`, translated to `#[parse_errors]`
//! as a user migrates (issue 18): messages whose extra arguments are any
//! expression, with `.field` and `.0` as shorthand for the variant's fields.
//! Every assertion is thiserror's own.
#![allow(clippy::iter_cloned_collect, clippy::uninlined_format_args)]

use core::fmt::Display;
use parse_errors::parse_errors;
use std::path::PathBuf;

// Some of the elaborate cases from the rcc codebase, which is a C compiler in
// Rust. https://github.com/jyn514/rcc/blob/0.8.0/src/data/error.rs
/// The errors of a C compiler.
#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum CompilerError {
    /// A shift by more bits than the type has.
    #[error("cannot shift {} by {maximum} or more bits (got {current})", if *.is_left { "left" } else { "right" })]
    TooManyShiftBits {
        /// Whether the shift is to the left.
        is_left: bool,
        /// The type's width.
        maximum: u64,
        /// The shift asked for.
        current: u64,
    } = 9001,

    /// An `#error` directive.
    #[error("#error {}", (.0).iter().copied().collect::<Vec<_>>().join(" "))]
    User(Vec<&'static str>) = 9002,

    /// An integer literal too large for its type.
    #[error("overflow while parsing {}integer literal",
        if let Some(signed) = .is_signed {
            if *signed { "signed "} else { "unsigned "}
        } else {
            ""
        }
    )]
    IntegerOverflow {
        /// Whether the literal is signed, if known.
        is_signed: Option<bool>,
    } = 9003,

    /// An integer literal too large for its type, shown through a `match`.
    #[error("overflow while parsing {}integer literal", match .is_signed {
        Some(true) => "signed ",
        Some(false) => "unsigned ",
        None => "",
    })]
    IntegerOverflow2 {
        /// Whether the literal is signed, if known.
        is_signed: Option<bool>,
    } = 9004,
}

// Examples drawn from Rustup.
/// The errors of a toolchain installer.
#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum RustupError {
    /// A component the toolchain does not have.
    #[error(
        "toolchain '{name}' does not contain component {component}{}",
        .suggestion
            .as_ref()
            .map_or_else(String::new, |s| format!("; did you mean '{}'?", s)),
    )]
    UnknownComponent {
        /// The toolchain.
        name: String,
        /// The component asked for.
        component: String,
        /// A component of a similar name.
        suggestion: Option<String>,
    } = 9001,
}

#[track_caller]
fn assert<T: Display>(expected: &str, value: T) {
    assert_eq!(expected, value.to_string());
}

#[test]
fn test_rcc() {
    assert(
        "cannot shift left by 32 or more bits (got 50)",
        CompilerError::TooManyShiftBits {
            is_left: true,
            maximum: 32,
            current: 50,
        },
    );

    assert("#error A B C", CompilerError::User(vec!["A", "B", "C"]));

    assert(
        "overflow while parsing signed integer literal",
        CompilerError::IntegerOverflow {
            is_signed: Some(true),
        },
    );
}

#[test]
fn test_rustup() {
    assert(
        "toolchain 'nightly' does not contain component clipy; did you mean 'clippy'?",
        RustupError::UnknownComponent {
            name: "nightly".to_owned(),
            component: "clipy".to_owned(),
            suggestion: Some("clippy".to_owned()),
        },
    );
}

// Regression test for https://github.com/dtolnay/thiserror/issues/335
// thiserror's struct is a one-variant enum here.
#[test]
#[allow(non_snake_case)]
fn test_assoc_type_equality_constraint() {
    pub trait Trait<T>: Display {
        type A;
    }

    impl<T> Trait<T> for i32 {
        type A = i32;
    }

    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    pub enum Error {
        /// An error whose argument is a trait object with an associated type.
        #[error("{A} {b}", b = &0 as &dyn Trait<i32, A = i32>)]
        Failed { A: PathBuf } = 9001,
    }

    assert(
        "... 0",
        Error::Failed {
            A: PathBuf::from("..."),
        },
    );
}
