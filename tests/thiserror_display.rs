//! thiserror 2.0.19's `tests/test_display.rs`, translated to `#[parse_errors]`
//! as a user migrates (issue 18): `#[derive(Error, Debug)]` becomes
//! `#[derive(Debug)]` above `#[parse_errors(category(App = "App errors"))]`,
//! every variant gets a doc comment and a code, and every assertion is
//! thiserror's own, with the same texts.
//!
//! A thiserror struct becomes a one-variant enum whose variant carries the
//! struct's `#[error(...)]`, where the assertion still means the same.
//! Enums of unit variants only are tables: the macro derives their `Debug`
//! (issue 18: "Tables of unit variants keep the derives the macro gives
//! them"), so they have no `#[derive(Debug)]` of the user's.
//!
//! Left out: `test_void` (an enum without variants has no code table: a
//! compile error, `tests/ui/fail/empty_enum.rs`).
#![allow(
    clippy::elidable_lifetime_names,
    clippy::items_after_statements,
    clippy::needless_lifetimes,
    clippy::needless_raw_string_hashes,
    clippy::trivially_copy_pass_by_ref,
    clippy::uninlined_format_args
)]

use core::fmt::{self, Display};
use parse_errors::parse_errors;

fn assert<T: Display>(expected: &str, value: T) {
    assert_eq!(expected, value.to_string());
}

#[test]
fn test_braced() {
    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    enum Error {
        /// A braced error.
        #[error("braced error: {msg}")]
        Braced { msg: String } = 9001,
    }

    let msg = "T".to_owned();
    assert("braced error: T", Error::Braced { msg });
}

#[test]
fn test_braced_unused() {
    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    enum Error {
        /// A braced error whose field is not shown.
        #[error("braced error")]
        Braced { extra: usize } = 9001,
    }

    assert("braced error", Error::Braced { extra: 0 });
}

#[test]
fn test_tuple() {
    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    enum Error {
        /// A tuple error.
        #[error("tuple error: {0}")]
        Tuple(usize) = 9001,
    }

    assert("tuple error: 0", Error::Tuple(0));
}

#[test]
fn test_unit() {
    #[parse_errors(category(App = "App errors"))]
    enum Error {
        /// A unit error.
        #[error("unit error")]
        Unit = 9001,
    }

    assert("unit error", Error::Unit);
}

#[test]
fn test_enum() {
    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    enum Error {
        /// A braced error.
        #[error("braced error: {id}")]
        Braced { id: usize } = 9001,
        /// A tuple error.
        #[error("tuple error: {0}")]
        Tuple(usize) = 9002,
        /// A unit error.
        #[error("unit error")]
        Unit = 9003,
    }

    assert("braced error: 0", Error::Braced { id: 0 });
    assert("tuple error: 0", Error::Tuple(0));
    assert("unit error", Error::Unit);
}

#[test]
fn test_constants() {
    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    enum Error {
        /// An error whose message names constants.
        #[error("{MSG}: {id:?} (code {CODE:?})")]
        Failed { id: &'static str } = 9001,
    }

    const MSG: &str = "failed to do";
    const CODE: usize = 9;

    assert("failed to do: \"\" (code 9)", Error::Failed { id: "" });
}

#[test]
fn test_inherit() {
    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    #[error("{0}")]
    enum Error {
        /// Some error.
        Some(&'static str) = 9001,
        /// Another error.
        #[error("other error")]
        Other(&'static str) = 9002,
    }

    assert("some error", Error::Some("some error"));
    assert("other error", Error::Other("..."));
}

#[test]
fn test_brace_escape() {
    #[parse_errors(category(App = "App errors"))]
    enum Error {
        /// An error whose message has escaped braces.
        #[error("fn main() {{}}")]
        Unit = 9001,
    }

    assert("fn main() {}", Error::Unit);
}

#[test]
fn test_expr() {
    #[parse_errors(category(App = "App errors"))]
    enum Error {
        /// An error whose message computes a sum.
        #[error("1 + 1 = {}", 1 + 1)]
        Unit = 9001,
    }
    assert("1 + 1 = 2", Error::Unit);
}

#[test]
fn test_nested() {
    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    enum Error {
        /// An error whose message calls a function on its field.
        #[error("!bool = {}", not(.0))]
        Not(bool) = 9001,
    }

    #[allow(clippy::trivially_copy_pass_by_ref)]
    fn not(bool: &bool) -> bool {
        !*bool
    }

    assert("!bool = false", Error::Not(true));
}

#[test]
fn test_match() {
    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    enum Error {
        /// An error whose message matches on a field.
        #[error("{intro}: {0}", intro = match .1 {
            Some(n) => format!("error occurred with {}", n),
            None => "there was an empty error".to_owned(),
        })]
        Matched(String, Option<usize>) = 9001,
    }

    assert(
        "error occurred with 1: ...",
        Error::Matched("...".to_owned(), Some(1)),
    );
    assert(
        "there was an empty error: ...",
        Error::Matched("...".to_owned(), None),
    );
}

#[test]
fn test_nested_display() {
    // Same behavior as the one in `test_match`, but without String allocations.
    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    enum Error {
        /// An error whose message is a value of a type declared in it.
        #[error("{}", {
            struct Msg<'a>(&'a String, &'a Option<usize>);
            impl<'a> Display for Msg<'a> {
                fn fmt(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
                    match self.1 {
                        Some(n) => write!(formatter, "error occurred with {}", n),
                        None => write!(formatter, "there was an empty error"),
                    }?;
                    write!(formatter, ": {}", self.0)
                }
            }
            Msg(.0, .1)
        })]
        Nested(String, Option<usize>) = 9001,
    }

    assert(
        "error occurred with 1: ...",
        Error::Nested("...".to_owned(), Some(1)),
    );
    assert(
        "there was an empty error: ...",
        Error::Nested("...".to_owned(), None),
    );
}

#[test]
fn test_mixed() {
    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    enum Error {
        /// An error with fields, positional and named arguments.
        #[error("a={a} :: b={} :: c={c} :: d={d}", 1, c = 2, d = 3)]
        Mixed { a: usize, d: usize } = 9001,
    }

    assert("a=0 :: b=1 :: c=2 :: d=3", Error::Mixed { a: 0, d: 0 });
}

#[test]
fn test_ints() {
    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    enum Error {
        /// A tuple error.
        #[error("error {0}")]
        Tuple(usize, usize) = 9001,
        /// A struct error whose message has a positional argument.
        #[error("error {0}", '?')]
        Struct { v: usize } = 9002,
    }

    assert("error 9", Error::Tuple(9, 0));
    assert("error ?", Error::Struct { v: 0 });
}

#[test]
fn test_trailing_comma() {
    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    #[rustfmt::skip]
    enum Error {
        /// An error whose attribute ends with a comma.
        #[error(
            "error {0}",
        )]
        Trailing(char) = 9001,
    }

    assert("error ?", Error::Trailing('?'));
}

#[test]
fn test_field() {
    #[derive(Debug)]
    struct Inner {
        data: usize,
    }

    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    enum Error {
        /// An error that shows a field of its field.
        #[error("{}", .0.data)]
        Field(Inner) = 9001,
    }

    assert("0", Error::Field(Inner { data: 0 }));
}

#[test]
fn test_nested_tuple_field() {
    #[derive(Debug)]
    struct Inner(usize);

    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    enum Error {
        /// An error that shows a tuple field of its field.
        #[error("{}", .0.0)]
        Field(Inner) = 9001,
    }

    assert("0", Error::Field(Inner(0)));
}

#[test]
fn test_pointer() {
    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    pub enum Struct {
        /// An error that shows the address of its box.
        #[error("{field:p}")]
        Pointer { field: Box<i32> } = 9001,
    }

    // `{:p}` of a `Box` is the address of what it holds, which moving the box
    // into the error does not change.
    let field = Box::new(-1);
    let expected = format!("{:p}", field);
    let s = Struct::Pointer { field };
    assert_eq!(s.to_string(), expected);
}

#[test]
fn test_macro_rules_variant_from_call_site() {
    // Regression test for https://github.com/dtolnay/thiserror/issues/86

    macro_rules! decl_error {
        ($variant:ident($value:ident)) => {
            #[derive(Debug)]
            #[parse_errors(category(App = "App errors"))]
            pub enum Error0 {
                /// An error declared by a macro.
                #[error("{0:?}")]
                $variant($value) = 9001,
            }

            #[derive(Debug)]
            #[parse_errors(category(App = "App errors"))]
            #[error("{0:?}")]
            pub enum Error1 {
                /// An error declared by a macro.
                $variant($value) = 9001,
            }
        };
    }

    decl_error!(Repro(u8));

    assert("0", Error0::Repro(0));
    assert("0", Error1::Repro(0));
}

#[test]
fn test_macro_rules_message_from_call_site() {
    // Regression test for https://github.com/dtolnay/thiserror/issues/398

    macro_rules! decl_error {
        ($($errors:tt)*) => {
            #[derive(Debug)]
            #[parse_errors(category(App = "App errors"))]
            pub enum Error {
                $($errors)*
            }
        };
    }

    decl_error! {
        /// A tuple error whose message comes from the call site.
        #[error("{0}")]
        Unnamed(u8) = 9001,
        /// A struct error whose message comes from the call site.
        #[error("{x}")]
        Named { x: u8 } = 9002,
    }

    assert("0", Error::Unnamed(0));
    assert("0", Error::Named { x: 0 });
}

#[test]
fn test_raw() {
    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    enum Error {
        /// An error with a field named by a keyword.
        #[error("braced raw error: {fn}")]
        Braced { r#fn: &'static str } = 9001,
    }

    assert("braced raw error: T", Error::Braced { r#fn: "T" });
}

#[test]
fn test_raw_enum() {
    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    enum Error {
        /// An error with a field named by a keyword.
        #[error("braced raw error: {fn}")]
        Braced { r#fn: &'static str } = 9001,
    }

    assert("braced raw error: T", Error::Braced { r#fn: "T" });
}

#[test]
fn test_keyword() {
    #[parse_errors(category(App = "App errors"))]
    enum Error {
        /// An error with an argument named by a keyword.
        #[error("error: {type}", type = 1)]
        Keyword = 9001,
    }

    assert("error: 1", Error::Keyword);
}

#[test]
fn test_self() {
    // The variant is named as thiserror's struct, so that its `Debug` is the
    // same text.
    #[parse_errors(category(App = "App errors"))]
    enum Error {
        /// An error that shows itself with `Debug`.
        #[error("error: {self:?}")]
        Error = 9001,
    }

    assert("error: Error", Error::Error);
}

#[test]
fn test_str_special_chars() {
    #[parse_errors(category(App = "App errors"))]
    pub enum Error {
        /// A left brace.
        #[error("brace left {{")]
        BraceLeft = 9001,
        /// A left brace, escaped as hexadecimal.
        #[error("brace left 2 \x7B\x7B")]
        BraceLeft2 = 9002,
        /// A left brace, escaped as Unicode.
        #[error("brace left 3 \u{7B}\u{7B}")]
        BraceLeft3 = 9003,
        /// A right brace.
        #[error("brace right }}")]
        BraceRight = 9004,
        /// A right brace, escaped as hexadecimal.
        #[error("brace right 2 \x7D\x7D")]
        BraceRight2 = 9005,
        /// A right brace, escaped as Unicode.
        #[error("brace right 3 \u{7D}\u{7D}")]
        BraceRight3 = 9006,
        /// A line continued in the source.
        #[error(
            "new_\
line"
        )]
        NewLine = 9007,
        /// A letter escaped as Unicode.
        #[error("escape24 \u{78}")]
        Escape24 = 9008,
    }

    assert("brace left {", Error::BraceLeft);
    assert("brace left 2 {", Error::BraceLeft2);
    assert("brace left 3 {", Error::BraceLeft3);
    assert("brace right }", Error::BraceRight);
    assert("brace right 2 }", Error::BraceRight2);
    assert("brace right 3 }", Error::BraceRight3);
    assert("new_line", Error::NewLine);
    assert("escape24 x", Error::Escape24);
}

#[test]
fn test_raw_str() {
    #[parse_errors(category(App = "App errors"))]
    pub enum Error {
        /// A left brace in a raw string.
        #[error(r#"raw brace left {{"#)]
        BraceLeft = 9001,
        /// A backslash escape a raw string keeps.
        #[error(r#"raw brace left 2 \x7B"#)]
        BraceLeft2 = 9002,
        /// A right brace in a raw string.
        #[error(r#"raw brace right }}"#)]
        BraceRight = 9003,
        /// Another backslash escape a raw string keeps.
        #[error(r#"raw brace right 2 \x7D"#)]
        BraceRight2 = 9004,
    }

    assert(r#"raw brace left {"#, Error::BraceLeft);
    assert(r#"raw brace left 2 \x7B"#, Error::BraceLeft2);
    assert(r#"raw brace right }"#, Error::BraceRight);
    assert(r#"raw brace right 2 \x7D"#, Error::BraceRight2);
}

mod util {
    use core::fmt::{self, Octal};

    pub fn octal<T: Octal>(value: &T, formatter: &mut fmt::Formatter) -> fmt::Result {
        write!(formatter, "0o{:o}", value)
    }
}

#[test]
fn test_fmt_path() {
    fn unit(formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("unit=")
    }

    fn pair(k: &i32, v: &i32, formatter: &mut fmt::Formatter) -> fmt::Result {
        write!(formatter, "pair={k}:{v}")
    }

    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    pub enum Error {
        /// A unit variant shown by a function.
        #[error(fmt = unit)]
        Unit = 9001,
        /// A tuple variant shown by a function.
        #[error(fmt = pair)]
        Tuple(i32, i32) = 9002,
        /// A struct variant shown by a function.
        #[error(fmt = pair)]
        Entry { k: i32, v: i32 } = 9003,
        /// A 16-bit number shown in octal.
        #[error(fmt = crate::util::octal)]
        I16(i16) = 9004,
        /// A 32-bit number shown in octal.
        #[error(fmt = crate::util::octal::<i32>)]
        I32 { n: i32 } = 9005,
        /// A 64-bit number shown by `Octal`.
        #[error(fmt = core::fmt::Octal::fmt)]
        I64(i64) = 9006,
        /// Another error.
        #[error("...{0}")]
        Other(bool) = 9007,
    }

    assert("unit=", Error::Unit);
    assert("pair=10:0", Error::Tuple(10, 0));
    assert("pair=10:0", Error::Entry { k: 10, v: 0 });
    assert("0o777", Error::I16(0o777));
    assert("0o777", Error::I32 { n: 0o777 });
    assert("777", Error::I64(0o777));
    assert("...false", Error::Other(false));
}

#[test]
fn test_fmt_path_inherited() {
    #[derive(Debug)]
    #[parse_errors(category(App = "App errors"))]
    #[error(fmt = crate::util::octal)]
    pub enum Error {
        /// A 16-bit number.
        I16(i16) = 9001,
        /// A 32-bit number.
        I32 { n: i32 } = 9002,
        /// A 64-bit number shown by `Octal`.
        #[error(fmt = core::fmt::Octal::fmt)]
        I64(i64) = 9003,
        /// Another error.
        #[error("...{0}")]
        Other(bool) = 9004,
    }

    assert("0o777", Error::I16(0o777));
    assert("0o777", Error::I32 { n: 0o777 });
    assert("777", Error::I64(0o777));
    assert("...false", Error::Other(false));
}
