//! thiserror's `tests/ui/concat-display.rs`, for an enum: a message that is a
//! macro call, not a string literal. As thiserror: "expected one of: string
//! literal, `transparent`, `fmt`", spanned on `concat`, with the note that it
//! comes from the `macro_rules!`.
use parse_errors::parse_errors;

macro_rules! error_type {
    ($name:ident, $what:expr) => {
        // Use #[error("invalid {}", $what)] instead.

        #[derive(Debug)]
        #[parse_errors(category(App = "App errors"))]
        pub enum $name {
            /// The value is invalid.
            #[error(concat!("invalid ", $what))]
            Invalid(u8) = 9001,
        }
    };
}

error_type!(Error, "foo");

fn main() {}
