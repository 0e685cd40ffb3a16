//! Errors that have a code of a table: every table, and every error enum whose
//! variants carry data; what [`ParseError::from`](crate::ParseError) takes, and
//! what [`assert_disjoint!`](crate::assert_disjoint) compares.

use core::fmt::Display;

use crate::{Entry, ErrorTable};

/// An error with a code of a table: its `Display` text is the message.
///
/// Every [`ErrorTable`] is one (its value is its own kind), and so is every
/// error enum `#[parse_errors]` makes of an enum whose variants carry data,
/// whose kind is a value of its code enum. `ParseError::from` takes any of
/// them, keeping the code and the `Display` text; the trait itself needs no
/// allocator, so a `no_std` crate's errors implement it too.
///
/// ```
/// use parse_errors::{CodedError, ErrorCode, ErrorTable};
///
/// fn log_line<E: CodedError>(error: &E) -> String {
///     format!("{} ({}): {error}", error.kind().name(), error.code())
/// }
///
/// assert_eq!(
///     log_line(&ErrorCode::InvalidSessionToken),
///     "InvalidSessionToken (209): the device’s session token is no longer valid",
/// );
/// ```
pub trait CodedError: Display {
    /// The table the error's code is in.
    type Table: ErrorTable;

    /// The error's code as a value of its table.
    fn kind(&self) -> Self::Table;

    /// The code, as Parse sends it on the wire.
    fn code(&self) -> i32 {
        self.kind().code()
    }
}

impl<T: ErrorTable> CodedError for T {
    type Table = T;

    #[inline]
    fn kind(&self) -> T {
        *self
    }

    #[inline]
    fn code(&self) -> i32 {
        ErrorTable::code(*self)
    }
}

/// The sentence [`assert_disjoint!`](crate::assert_disjoint) fails with, when
/// two tables share an own code; `None` when they share none. A code is a
/// table's own when a row of it that is not an alias has it: the other names
/// a table gives to its base's codes are not its own.
#[doc(hidden)]
#[must_use]
pub const fn shared_code(
    first_name: &'static str,
    first: &'static [Entry],
    second_name: &'static str,
    second: &'static [Entry],
) -> Option<Message> {
    let mut i = 0;
    while i < first.len() {
        let one = &first[i];
        let mut j = 0;
        while !one.alias && j < second.len() {
            let other = &second[j];
            if !other.alias && other.code == one.code {
                let mut message = Message::new();
                message.push("code ");
                message.push_code(one.code);
                message.push(" is an own code of both `");
                message.push(first_name);
                message.push("` (`");
                message.push(one.name);
                message.push("`) and `");
                message.push(second_name);
                message.push("` (`");
                message.push(other.name);
                message
                    .push("`): give one of them another code, or make it an alias of a base code");
                return Some(message);
            }
            j += 1;
        }
        i += 1;
    }
    None
}

/// The capacity of a [`Message`], in bytes.
const MESSAGE_CAPACITY: usize = 512;

/// A sentence built at compile time, for a `const` panic: text pushed into a
/// fixed buffer, cut at a character boundary when it is full.
#[doc(hidden)]
pub struct Message {
    bytes: [u8; MESSAGE_CAPACITY],
    len: usize,
}

impl Message {
    const fn new() -> Self {
        Self {
            bytes: [0; MESSAGE_CAPACITY],
            len: 0,
        }
    }

    const fn push(&mut self, text: &str) {
        let text = text.as_bytes();
        let mut i = 0;
        while i < text.len() {
            // Stop before a character that does not fit whole.
            if self.len + utf8_width(text[i]) > MESSAGE_CAPACITY {
                return;
            }
            self.bytes[self.len] = text[i];
            self.len += 1;
            i += 1;
        }
    }

    const fn push_code(&mut self, code: i32) {
        let mut digits = [0u8; 11];
        let mut count = 0;
        let mut rest = code.unsigned_abs();
        loop {
            digits[digits.len() - 1 - count] = b'0' + (rest % 10) as u8;
            count += 1;
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        if code < 0 {
            digits[digits.len() - 1 - count] = b'-';
            count += 1;
        }
        let (_, written) = digits.split_at(digits.len() - count);
        match core::str::from_utf8(written) {
            Ok(text) => self.push(text),
            Err(_) => self.push("?"),
        }
    }

    /// The sentence.
    #[must_use]
    pub const fn as_str(&self) -> &str {
        let (written, _) = self.bytes.split_at(self.len);
        match core::str::from_utf8(written) {
            Ok(text) => text,
            Err(_) => "two tables share an own code",
        }
    }
}

/// The length of the UTF-8 sequence a byte starts; 1 for a continuation byte,
/// which `push` only meets inside a character it has started.
const fn utf8_width(byte: u8) -> usize {
    match byte {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

/// Fails the build when two tables share an own code, naming the code and
/// the entry of each.
///
/// An app may split its codes into several enums, each extending
/// [`ErrorCode`](crate::ErrorCode): each table checks its own codes against
/// the base's, and this checks two of them against each other. It takes
/// tables and error enums whose variants carry data alike (anything
/// [`CodedError`]), and works without the `macros` feature. The other names
/// two tables give to one base code are not their own codes, so they may
/// share those.
///
/// ```
/// use parse_errors::{ErrorCode, ErrorTable, assert_disjoint};
/// # #[cfg(feature = "macros")] {
/// use parse_errors::parse_errors;
///
/// #[parse_errors(extends = parse_errors::ErrorCode, category(Auth = "Auth errors"))]
/// pub enum AuthError {
///     /// The account is locked.
///     AccountLocked = 9101,
///     /// The item asked for does not exist.
///     #[entry(alias)]
///     NoSuchAccount = 101,
/// }
///
/// #[parse_errors(extends = parse_errors::ErrorCode, category(Shop = "Shop errors"))]
/// pub enum ShopError {
///     /// The shop is closed.
///     Closed = 9201,
///     /// The item asked for does not exist.
///     #[entry(alias)]
///     NoSuchItem = 101,
/// }
///
/// assert_disjoint!(AuthError, ShopError);
/// # }
/// ```
///
/// Two tables that both have 9001 of their own do not compile:
///
#[cfg_attr(feature = "macros", doc = "```compile_fail")]
#[cfg_attr(not(feature = "macros"), doc = "```ignore")]
/// # use parse_errors::{assert_disjoint, parse_errors};
/// #[parse_errors(extends = parse_errors::ErrorCode, category(Auth = "Auth errors"))]
/// pub enum AuthError {
///     /// The account is locked.
///     AccountLocked = 9001,
/// }
///
/// #[parse_errors(extends = parse_errors::ErrorCode, category(Shop = "Shop errors"))]
/// pub enum ShopError {
///     /// The shop is closed.
///     Closed = 9001,
/// }
///
/// // error: code 9001 is an own code of both `AuthError` (`AccountLocked`) and `ShopError` (`Closed`)
/// assert_disjoint!(AuthError, ShopError);
/// ```
#[macro_export]
macro_rules! assert_disjoint {
    ($first:ty, $second:ty $(,)?) => {
        const _: () = if let ::core::option::Option::Some(message) = $crate::__private::shared_code(
            ::core::stringify!($first),
            <<$first as $crate::CodedError>::Table as $crate::ErrorTable>::ENTRIES,
            ::core::stringify!($second),
            <<$second as $crate::CodedError>::Table as $crate::ErrorTable>::ENTRIES,
        ) {
            ::core::panic!("{}", message.as_str())
        };
    };
}

/// Not public API: what `source()` of an error enum calls on its source
/// field, so that a `Box<dyn Error + Send + Sync>` is a source as a concrete
/// error is.
#[doc(hidden)]
pub trait AsDynError<'a> {
    /// The field as a `dyn Error`.
    fn as_dyn_error(&self) -> &(dyn core::error::Error + 'a);
}

impl<'a, T: core::error::Error + 'a> AsDynError<'a> for T {
    #[inline]
    fn as_dyn_error(&self) -> &(dyn core::error::Error + 'a) {
        self
    }
}

impl<'a> AsDynError<'a> for dyn core::error::Error + 'a {
    #[inline]
    fn as_dyn_error(&self) -> &(dyn core::error::Error + 'a) {
        self
    }
}

impl<'a> AsDynError<'a> for dyn core::error::Error + Send + 'a {
    #[inline]
    fn as_dyn_error(&self) -> &(dyn core::error::Error + 'a) {
        self
    }
}

impl<'a> AsDynError<'a> for dyn core::error::Error + Send + Sync + 'a {
    #[inline]
    fn as_dyn_error(&self) -> &(dyn core::error::Error + 'a) {
        self
    }
}

#[cfg(test)]
mod tests {
    use super::shared_code;
    use crate::Entry;

    const fn row(name: &'static str, code: i32, alias: bool) -> Entry {
        Entry {
            name,
            code,
            description: "",
            category: "",
            client_only: false,
            alias,
            retired: false,
        }
    }

    #[test]
    fn names_the_first_shared_own_code_and_both_entries() {
        static AUTH: [Entry; 2] = [row("Locked", 9001, false), row("Gone", -42, false)];
        static SHOP: [Entry; 2] = [row("Closed", 9002, false), row("Away", -42, false)];
        let message = shared_code("Auth", &AUTH, "Shop", &SHOP).expect("a shared code");
        assert_eq!(
            message.as_str(),
            "code -42 is an own code of both `Auth` (`Gone`) and `Shop` (`Away`): \
             give one of them another code, or make it an alias of a base code"
        );
    }

    #[test]
    fn other_names_of_a_base_code_are_not_own_codes() {
        static AUTH: [Entry; 1] = [row("NoSuchAccount", 101, true)];
        static SHOP: [Entry; 2] = [row("NoSuchItem", 101, true), row("Closed", 9002, false)];
        assert!(shared_code("Auth", &AUTH, "Shop", &SHOP).is_none());
        assert!(shared_code("Shop", &SHOP, "Auth", &AUTH).is_none());
    }

    #[test]
    fn a_long_message_is_cut_at_a_character_boundary() {
        static LONG: [Entry; 1] = [row(
            "ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ",
            i32::MIN,
            false,
        )];
        let message = shared_code("A", &LONG, "B", &LONG).expect("a shared code");
        let text = message.as_str();
        assert!(text.starts_with("code -2147483648 is an own code of both `A` (`ÉÉ"));
        assert!(text.len() <= super::MESSAGE_CAPACITY && text.len() > 500);
    }
}
