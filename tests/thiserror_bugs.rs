//! Regression tests for the six bugs issue 18 lists, each found by porting
//! thiserror's test suite: a variant named like something the expansion
//! names; `{{`/`}}` in a table of unit variants; `{0}` written at a
//! `macro_rules!` call site (thiserror#398); `#[deprecated]` under
//! `deny(deprecated)`; `r#source` taken as the source; `{field:p}` of a `Box`
//! showing the field's own address. The sixth, `{_}` in a table of unit
//! variants, is a compile error: `tests/ui/fail/thiserror_display_underscore.rs`.
//! Also here: `Debug` is the user's, written above or below the attribute.

use parse_errors::parse_errors;
use std::error::Error as _;
use std::io;

/// Names the expansion also uses, as variants of an error enum with data.
#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum Outcome {
    /// The error variant.
    #[error("error {0}")]
    Error(#[from] io::Error) = 9001,
    /// The err variant.
    #[error("err {0}")]
    Err(u8) = 9002,
    /// The ok variant.
    #[error("ok {0}")]
    Ok(u8) = 9003,
    /// The some variant.
    Some(u8) = 9004,
    /// The none variant.
    #[error("none")]
    None = 9005,
    /// The result variant.
    #[error(transparent)]
    Result(Box<dyn std::error::Error + Send + Sync>) = 9006,
    /// The option variant.
    #[error("option {value:?}")]
    Option {
        /// A value.
        value: Option<u8>,
    } = 9007,
    /// The display variant.
    #[error("display {0}")]
    Display(String) = 9008,
    /// The formatter variant.
    #[error("formatter")]
    Formatter = 9009,
    /// The source variant.
    #[error("source")]
    Source(#[source] io::Error) = 9010,
    /// The from variant.
    #[error("from {0}")]
    From(i64) = 9011,
}

/// Names the expansion also uses, as entries of a table of unit variants.
#[parse_errors(category(App = "App errors"))]
pub enum Names {
    /// The error entry.
    #[error("error")]
    Error = 1,
    /// The err entry.
    Err = 2,
    /// The ok entry.
    Ok = 3,
    /// The some entry.
    Some = 4,
    /// The none entry.
    None = 5,
}

#[test]
fn variants_may_be_named_error_err_ok_some_and_the_like() {
    let error = Outcome::from(io::Error::other("disk"));
    assert_eq!(error.to_string(), "error disk");
    assert_eq!(error.code(), 9001);
    assert_eq!(error.kind(), OutcomeCode::Error);
    assert_eq!(
        error.source().map(ToString::to_string).as_deref(),
        Some("disk")
    );
    assert_eq!(Outcome::Err(1).to_string(), "err 1");
    assert_eq!(Outcome::Ok(2).to_string(), "ok 2");
    assert_eq!(Outcome::Some(3).to_string(), "the some variant");
    assert_eq!(Outcome::Some(3).kind(), OutcomeCode::Some);
    assert_eq!(Outcome::None.to_string(), "none");
    assert_eq!(Outcome::Result("boxed".into()).to_string(), "boxed");
    assert_eq!(
        Outcome::Option { value: Some(4) }.to_string(),
        "option Some(4)"
    );
    assert_eq!(Outcome::Display("x".into()).to_string(), "display x");
    assert_eq!(Outcome::Formatter.to_string(), "formatter");
    let error = Outcome::Source(io::Error::other("cause"));
    assert_eq!(
        error.source().map(ToString::to_string).as_deref(),
        Some("cause")
    );
    assert_eq!(Outcome::From(-5).to_string(), "from -5");
    assert_eq!(Outcome::From(-5).code(), 9011);
}

#[test]
fn table_entries_may_be_named_error_err_ok_some() {
    assert_eq!(Names::Error.to_string(), "error");
    assert_eq!(Names::Err.to_string(), "the err entry");
    assert_eq!(Names::from_code(3), Some(Names::Ok));
    assert_eq!(Names::Some.code(), 4);
    assert_eq!(Names::None.name(), "None");
    assert_eq!(OutcomeCode::from_code(9004), Some(OutcomeCode::Some));
}

/// Braces in the messages of a table of unit variants.
#[parse_errors(category(App = "App errors"))]
pub enum Braces {
    /// A message with both escapes.
    #[error("fn main() {{}}")]
    Main = 1,
    /// A message with a brace of each kind.
    #[error("{{ left, right }}")]
    Both = 2,
    /// A message whose escapes surround a word.
    #[error("{{x}}")]
    Word = 3,
}

/// Braces in the messages of an error enum's unit variants.
#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum BracesWithData {
    /// A message with both escapes.
    #[error("fn main() {{}}")]
    Main = 1,
    /// A variant with data.
    #[error("{{{0}}}")]
    Data(u8) = 2,
}

#[test]
fn escaped_braces_in_a_table_of_unit_variants_show_one_brace() {
    assert_eq!(Braces::Main.to_string(), "fn main() {}");
    assert_eq!(Braces::Both.to_string(), "{ left, right }");
    assert_eq!(Braces::Word.to_string(), "{x}");
    assert_eq!(BracesWithData::Main.to_string(), "fn main() {}");
    assert_eq!(BracesWithData::Data(7).to_string(), "{7}");
    // The code enum shows a message without placeholders as the variant does.
    assert_eq!(BracesWithDataCode::Main.to_string(), "fn main() {}");
}

macro_rules! decl_error {
    ($($errors:tt)*) => {
        /// An error enum whose variants come from the macro's call site.
        #[derive(Debug)]
        #[parse_errors(category(App = "App errors"))]
        pub enum FromCallSite {
            $($errors)*
        }
    };
}

decl_error! {
    /// A tuple variant.
    #[error("{0}")]
    Unnamed(u8) = 1,
    /// A struct variant.
    #[error("{x}")]
    Named {
        /// A field.
        x: u8,
    } = 2,
    /// Extra arguments with field shorthand (named: thiserror rejects a
    /// positional one beside `{0}` in a tuple variant).
    #[error("{0} and {other}, {second}", other = .1, second = .1 + 1)]
    Extra(u8, u8) = 3,
}

#[test]
fn placeholders_written_at_a_macro_rules_call_site_name_the_fields() {
    assert_eq!(FromCallSite::Unnamed(0).to_string(), "0");
    assert_eq!(FromCallSite::Named { x: 1 }.to_string(), "1");
    assert_eq!(FromCallSite::Extra(2, 3).to_string(), "2 and 3, 4");
}

#[test]
fn deprecated_enums_variants_and_fields_compile_under_deny_deprecated() {
    #![deny(deprecated)]

    #[derive(Debug)]
    #[deprecated]
    #[parse_errors(category(App = "App errors"))]
    pub enum Retired {
        /// A retired error.
        #[error("retired {0}")]
        Gone(u8) = 1,
    }

    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    pub enum PartlyRetired {
        /// A retired variant.
        #[deprecated]
        #[error("old {0}")]
        Old(u8) = 1,
        /// A variant with a retired field.
        #[error("{message}")]
        Field {
            #[deprecated]
            message: String,
        } = 2,
        /// A variant that takes a retired error.
        #[error(transparent)]
        Wrapped(
            #[from]
            #[allow(deprecated)]
            Retired,
        ) = 3,
        /// A current variant.
        Current = 4,
    }

    #[allow(deprecated)]
    {
        assert_eq!(Retired::Gone(1).to_string(), "retired 1");
        assert_eq!(PartlyRetired::Old(2).to_string(), "old 2");
        let error = PartlyRetired::Field {
            message: "kept".to_owned(),
        };
        assert_eq!(error.to_string(), "kept");
        let error = PartlyRetired::from(Retired::Gone(3));
        assert_eq!(error.to_string(), "retired 3");
        assert_eq!(error.code(), 3);
    }
    assert_eq!(PartlyRetired::Current.to_string(), "a current variant");
}

#[test]
fn a_field_named_r_source_is_not_the_source() {
    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    enum Route {
        /// An error with a raw-named field that is an error.
        #[error("{source} ==> {destination}")]
        Raw {
            r#source: io::Error,
            destination: char,
        } = 1,
        /// An error whose field named `source` is the source.
        #[error("plain")]
        Plain { source: io::Error } = 2,
    }

    let error = Route::Raw {
        source: io::Error::other("S"),
        destination: 'D',
    };
    assert_eq!(error.to_string(), "S ==> D");
    assert!(error.source().is_none());
    let error = Route::Plain {
        source: io::Error::other("cause"),
    };
    assert!(error.source().is_some());
}

#[test]
fn pointer_format_of_a_box_shows_the_address_it_holds() {
    static VALUE: i32 = 7;

    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    enum Pointer {
        /// A boxed field.
        #[error("{field:p}")]
        Named { field: Box<i32> } = 1,
        /// A boxed tuple field.
        #[error("{0:p}")]
        Tuple(Box<u64>) = 2,
        /// A reference.
        #[error("{0:p}")]
        Reference(&'static i32) = 3,
    }

    let field = Box::new(-1);
    let expected = format!("{field:p}");
    assert_eq!(Pointer::Named { field }.to_string(), expected);

    let field = Box::new(2_u64);
    let expected = format!("{field:p}");
    assert_eq!(Pointer::Tuple(field).to_string(), expected);

    let reference = &VALUE;
    assert_eq!(
        Pointer::Reference(reference).to_string(),
        format!("{reference:p}")
    );
}

#[test]
fn debug_is_the_users_above_or_below_the_attribute() {
    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    enum Above {
        /// A tuple variant.
        #[error("{0}")]
        Tuple(u8) = 1,
    }

    #[parse_errors(category(App = "App errors"))]
    #[derive(Debug)]
    enum Below {
        /// A struct variant.
        #[error("{x}")]
        Struct { x: u8 } = 1,
    }

    assert_eq!(format!("{:?}", Above::Tuple(1)), "Tuple(1)");
    assert_eq!(format!("{:?}", Below::Struct { x: 2 }), "Struct { x: 2 }");
}
