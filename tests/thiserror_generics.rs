//! thiserror 2.0.19's `tests/test_generics.rs`, translated to `#[parse_errors]`
//! as a user migrates (issue 18): generic error enums get thiserror's inferred
//! bounds (`Display` where a field is shown with `{}`, `Debug` with `{:?}`,
//! `Error + 'static` for a source), and the code enum is not generic. The
//! bounds thiserror's comments expect are kept as they are, for the
//! expansion's `Display` and `Error` impls. thiserror's structs are one-variant
//! enums here, their `#[error(...)]` on the variant.
#![allow(clippy::needless_late_init, clippy::uninlined_format_args)]

use core::fmt::{self, Debug, Display};
use core::str::FromStr;
use parse_errors::parse_errors;

/// Neither `Debug` nor `Display`.
pub struct NoFormat;

/// `Debug` only.
#[derive(Debug)]
pub struct DebugOnly;

/// `Display` only.
pub struct DisplayOnly;

impl Display for DisplayOnly {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("display only")
    }
}

/// `Debug` and `Display`.
#[derive(Debug)]
pub struct DebugAndDisplay;

impl Display for DebugAndDisplay {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("debug and display")
    }
}

// Should expand to:
//
//     impl<E> Display for EnumDebugGeneric<E>
//     where
//         E: Debug;
//
//     impl<E> Error for EnumDebugGeneric<E>
//     where
//         Self: Debug + Display;
//
/// An error that shows its parameter with `Debug`.
#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum EnumDebugGeneric<E> {
    /// A fatal error.
    #[error("{0:?}")]
    FatalError(E) = 9001,
}

// Should expand to:
//
//     impl<E> Display for EnumFromGeneric<E>;
//
//     impl<E> Error for EnumFromGeneric<E>
//     where
//         EnumDebugGeneric<E>: Error + 'static,
//         Self: Debug + Display;
//
/// An error whose source is a generic error.
#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum EnumFromGeneric<E> {
    /// The source.
    #[error("enum from generic")]
    Source(#[from] EnumDebugGeneric<E>) = 9001,
}

// Should expand to:
//
//     impl<HasDisplay, HasDebug, HasNeither> Display
//         for EnumCompound<HasDisplay, HasDebug, HasNeither>
//     where
//         HasDisplay: Display,
//         HasDebug: Debug;
//
//     impl<HasDisplay, HasDebug, HasNeither> Error
//         for EnumCompound<HasDisplay, HasDebug, HasNeither>
//     where
//         Self: Debug + Display;
//
/// An error whose `Debug` is written by hand, as thiserror's.
#[parse_errors(category(App = "App errors"))]
pub enum EnumCompound<HasDisplay, HasDebug, HasNeither> {
    /// Shows one field with `Display` and one with `Debug`.
    #[error("{0} {1:?}")]
    DisplayDebug(HasDisplay, HasDebug) = 9001,
    /// Shows one field with `Display`.
    #[error("{0}")]
    Display(HasDisplay, HasNeither) = 9002,
    /// Shows one field with `Debug`.
    #[error("{1:?}")]
    Debug(HasNeither, HasDebug) = 9003,
}

impl<HasDisplay, HasDebug, HasNeither> Debug for EnumCompound<HasDisplay, HasDebug, HasNeither> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("EnumCompound")
    }
}

#[test]
fn test_display_enum_compound() {
    let mut instance: EnumCompound<DisplayOnly, DebugOnly, NoFormat>;

    instance = EnumCompound::DisplayDebug(DisplayOnly, DebugOnly);
    assert_eq!(format!("{}", instance), "display only DebugOnly");

    instance = EnumCompound::Display(DisplayOnly, NoFormat);
    assert_eq!(format!("{}", instance), "display only");

    instance = EnumCompound::Debug(NoFormat, DebugOnly);
    assert_eq!(format!("{}", instance), "DebugOnly");
}

// Should expand to:
//
//     impl<E> Display for EnumTransparentGeneric<E>
//     where
//         E: Display;
//
//     impl<E> Error for EnumTransparentGeneric<E>
//     where
//         E: Error,
//         Self: Debug + Display;
//
/// An error that is its parameter.
#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum EnumTransparentGeneric<E> {
    /// Another error.
    #[error(transparent)]
    Other(E) = 9001,
}

// Should expand to:
//
//     impl<E> Display for StructDebugGeneric<E>
//     where
//         E: Debug;
//
//     impl<E> Error for StructDebugGeneric<E>
//     where
//         Self: Debug + Display;
//
/// thiserror's generic struct shown with `Debug`, as a one-variant enum.
#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum StructDebugGeneric<E> {
    /// The struct.
    #[error("{underlying:?}")]
    Struct {
        /// What went wrong.
        underlying: E,
    } = 9001,
}

// Should expand to:
//
//     impl<E> Error for StructFromGeneric<E>
//     where
//         StructDebugGeneric<E>: Error + 'static,
//         Self: Debug + Display;
//
// thiserror's struct has no message anywhere, so its `Display` is the
// user's to write; as there, none is written here, and the test only checks
// that the impls compile.
/// thiserror's generic struct with a `#[from]` source, as a one-variant enum.
#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum StructFromGeneric<E> {
    /// The struct failed.
    Struct {
        /// The cause.
        #[from]
        source: StructDebugGeneric<E>,
    } = 9001,
}

// Should expand to:
//
//     impl<E> Display for StructTransparentGeneric<E>
//     where
//         E: Display;
//
//     impl<E> Error for StructTransparentGeneric<E>
//     where
//         E: Error,
//         Self: Debug + Display;
//
/// thiserror's transparent generic struct, as a one-variant enum.
#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
#[error(transparent)]
pub enum StructTransparentGeneric<E> {
    /// The struct.
    Struct(E) = 9001,
}

// Should expand to:
//
//     impl<T: FromStr> Display for AssociatedTypeError<T>
//     where
//         T::Err: Display;
//
//     impl<T: FromStr> Error for AssociatedTypeError<T>
//     where
//         Self: Debug + Display;
//
/// An error with a field of an associated type.
#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum AssociatedTypeError<T: FromStr> {
    /// Another failure.
    #[error("couldn't parse matrix")]
    Other = 9001,
    /// An entry did not parse.
    #[error("couldn't parse entry: {0}")]
    EntryParseError(T::Err) = 9002,
}

// Regression test for https://github.com/dtolnay/thiserror/issues/345
#[test]
fn test_no_bound_on_named_fmt() {
    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    enum Error<T> {
        /// The struct.
        #[error("{thing}", thing = "...")]
        Struct { thing: T } = 9001,
    }

    let error = Error::Struct { thing: DebugOnly };
    assert_eq!(error.to_string(), "...");
}

#[test]
fn test_multiple_bound() {
    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    pub enum Error<T> {
        /// The struct.
        #[error("0x{thing:x} 0x{thing:X}")]
        Struct { thing: T } = 9001,
    }

    let error = Error::Struct { thing: 0xFFi32 };
    assert_eq!(error.to_string(), "0xff 0xFF");
}

// What the impls above give, at run time: thiserror's file checks only that
// they compile.

fn source_text(error: &dyn std::error::Error) -> Option<String> {
    error.source().map(ToString::to_string)
}

#[test]
fn generic_enums_show_and_chain_their_parameters() {
    let error: EnumFromGeneric<u8> = EnumDebugGeneric::FatalError(7_u8).into();
    assert_eq!(error.to_string(), "enum from generic");
    assert_eq!(source_text(&error), Some("7".to_owned()));

    let error = EnumTransparentGeneric::Other(std::io::Error::other("inner"));
    assert_eq!(error.to_string(), "inner");
    assert_eq!(error.code(), 9001);

    let error = StructTransparentGeneric::Struct(std::io::Error::other("inner"));
    assert_eq!(error.to_string(), "inner");

    let error: StructFromGeneric<DebugOnly> = StructDebugGeneric::Struct {
        underlying: DebugOnly,
    }
    .into();
    assert_eq!(error.code(), 9001);

    let error = AssociatedTypeError::<u8>::EntryParseError("x".parse::<u8>().unwrap_err());
    assert_eq!(
        error.to_string(),
        "couldn't parse entry: invalid digit found in string"
    );
    // The code enum is the same whatever the parameters.
    assert_eq!(error.kind(), AssociatedTypeErrorCode::EntryParseError);
    assert_eq!(
        AssociatedTypeError::<i64>::Other.kind(),
        AssociatedTypeErrorCode::Other
    );
}
