//! thiserror 2.0.19's `tests/test_lints.rs`, translated to `#[parse_errors]`
//! as a user migrates (issue 18): the expansion adds no lint to a crate that
//! denies or forbids it. thiserror's structs are one-variant enums here, its
//! `anyhow::Error` a `Box<dyn std::error::Error + Send + Sync>` (the
//! workspace has no anyhow). thiserror's tests only compile their enums; each
//! here also checks what one shows. `clippy::allow_attributes` and the
//! needless-lifetimes lints are clippy's: CI's clippy run checks them.
#![allow(clippy::mixed_attributes_style)]

use parse_errors::parse_errors;

pub use std::error::Error;

#[test]
fn test_allow_attributes() {
    #![deny(clippy::allow_attributes)]

    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    pub enum MyError {
        /// Any error.
        #[error("...")]
        Any(#[from] Box<dyn Error + Send + Sync>) = 9001,
    }

    let boxed: Box<dyn Error + Send + Sync> = "any".into();
    let error = MyError::from(boxed);
    assert_eq!(error.to_string(), "...");
}

#[test]
fn test_unused_qualifications() {
    #![deny(unused_qualifications)]

    // Expansion of derive(Error) macro can't know whether something like
    // std::error::Error is already imported in the caller's scope so it must
    // suppress unused_qualifications.

    #[parse_errors(category(App = "App errors"))]
    pub enum MyError {
        /// Any error.
        #[error("...")]
        Unit = 9001,
    }

    assert_eq!(MyError::Unit.to_string(), "...");
}

#[test]
fn test_needless_lifetimes() {
    #![allow(dead_code)]
    #![deny(clippy::elidable_lifetime_names, clippy::needless_lifetimes)]

    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    #[error("...")]
    pub enum MyError<'a> {
        /// An I/O error.
        A(#[from] std::io::Error) = 9001,
        /// A borrowed value.
        B(&'a ()) = 9002,
    }

    let error: MyError = MyError::B(&());
    assert_eq!(error.to_string(), "...");
}

#[test]
fn test_forbid_needless_lifetimes() {
    #![forbid(clippy::needless_lifetimes)]

    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    pub enum MyError {
        /// An I/O error.
        #[error("...")]
        Io(#[from] std::io::Error) = 9001,
    }

    let error = MyError::from(std::io::Error::other("io"));
    assert_eq!(error.to_string(), "...");
}

#[test]
fn test_deprecated() {
    #![deny(deprecated)]

    #[deprecated]
    #[parse_errors(category(App = "App errors"))]
    pub enum DeprecatedStruct {
        /// The struct.
        #[error("...")]
        Struct = 9001,
    }

    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    pub enum DeprecatedStructField {
        /// The struct.
        #[error("{message} {}", .message)]
        Struct {
            #[deprecated]
            message: String,
        } = 9001,
    }

    #[deprecated]
    #[parse_errors(category(App = "App errors"))]
    pub enum DeprecatedEnum {
        /// The variant.
        #[error("...")]
        Variant = 9001,
    }

    #[parse_errors(category(App = "App errors"))]
    pub enum DeprecatedVariant {
        /// The variant.
        #[deprecated]
        #[error("...")]
        Variant = 9001,
    }

    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    pub enum DeprecatedFrom {
        /// The variant.
        #[error(transparent)]
        Variant(
            #[from]
            #[allow(deprecated)]
            DeprecatedStruct,
        ) = 9001,
    }

    #[allow(deprecated)]
    let _: DeprecatedStruct;
    #[allow(deprecated)]
    let _: DeprecatedStructField;
    #[allow(deprecated)]
    let _ = DeprecatedEnum::Variant;
    #[allow(deprecated)]
    let _ = DeprecatedVariant::Variant;
    #[allow(deprecated)]
    let _ = DeprecatedFrom::Variant(DeprecatedStruct::Struct);

    #[allow(deprecated)]
    let error = DeprecatedStructField::Struct {
        message: "retired".to_owned(),
    };
    assert_eq!(error.to_string(), "retired retired");
    #[allow(deprecated)]
    let error = DeprecatedFrom::from(DeprecatedStruct::Struct);
    assert_eq!(error.to_string(), "...");
}
