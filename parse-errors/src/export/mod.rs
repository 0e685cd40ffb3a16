//! A table for its other readers: the docs page, JSON and TypeScript.
//!
//! Each export is a `String` made from a table's [`ENTRIES`](ErrorTable::ENTRIES)
//! and its category enum, for any table: [`ErrorCode`](crate::ErrorCode),
//! [`LiveQueryCode`] or one of your own.
//!
//! - [`markdown`]: the layout of the Parse docs page, one `## ` section per
//!   category and one row per name;
//! - [`json`]: one object per code, for tools in any language;
//! - [`typescript`]: a module of the codes by name that `tsc --strict` accepts.
//!
//! A table that extends another (its own codes, and `Base(..)` for the base's)
//! exports its own names, and says which table it extends.
//!
//! ```
//! use parse_errors::{ErrorCode, export};
//!
//! let page = export::markdown::<ErrorCode>();
//! assert!(page.contains("\n## User related errors\n"));
//! assert!(page.contains("\n209 | InvalidSessionToken | The device’s session token is no longer valid."));
//!
//! let json = export::json::<ErrorCode>();
//! assert!(json.contains(r#"{"code": 209, "name": "InvalidSessionToken", "names": ["InvalidSessionToken"]"#));
//!
//! let module = export::typescript::<ErrorCode>();
//! assert!(module.contains("  InvalidSessionToken: 209,\n"));
//! ```
//!
//! The crate's own `docs/errors.md` is `markdown::<ErrorCode>()`, and
//! `examples/explain.rs` prints each export (`explain --markdown`).

use alloc::collections::BTreeMap;
use alloc::string::String;
use alloc::vec::Vec;
use core::any::TypeId;
use core::fmt::{self, Write};

use crate::{Entry, ErrorTable, LiveQueryCode, ParseError};

mod json;
mod markdown;
mod typescript;

pub use json::json;
pub use markdown::markdown;
pub use typescript::typescript;

/// One code of a table as the exports write it: the table's value for it and
/// the table's own rows of it, in table order.
pub(crate) struct CodeRows<T> {
    pub(crate) value: T,
    rows: Vec<&'static Entry>,
}

impl<T: ErrorTable> CodeRows<T> {
    /// The code's canonical name first, then the table's other names of it.
    pub(crate) fn names(&self) -> impl Iterator<Item = &'static str> + '_ {
        let canonical = self.value.name();
        core::iter::once(canonical).chain(
            self.rows
                .iter()
                .map(|row| row.name)
                .filter(move |name| *name != canonical),
        )
    }

    /// Whether the code is retired: its canonical row is. An extending table's
    /// alias of a base code has the base's canonical row, which it cannot see.
    fn retired(&self) -> bool {
        self.rows
            .iter()
            .find(|row| !row.alias)
            .is_some_and(|row| row.retired)
    }
}

/// Every code that the table's rows name, in the order of their first row.
pub(crate) fn codes<T: ErrorTable>() -> Vec<CodeRows<T>> {
    let mut codes: Vec<CodeRows<T>> = Vec::new();
    // Where each code is in `codes`: a table of thousands of rows stays linear.
    let mut index_of_code: BTreeMap<i32, usize> = BTreeMap::new();
    for row in T::ENTRIES {
        if let Some(&index) = index_of_code.get(&row.code) {
            codes[index].rows.push(row);
        } else if let Some(value) = T::from_code(row.code) {
            index_of_code.insert(row.code, codes.len());
            codes.push(CodeRows {
                value,
                rows: alloc::vec![row],
            });
        }
    }
    codes
}

/// The HTTP status Parse Server answers with for an error of this code;
/// `None` for a code that no HTTP response carries: a client-only code, or a
/// LiveQuery protocol code, which travels in a websocket frame.
fn http_status<T: ErrorTable>(value: T) -> Option<u16> {
    let over_http = !value.is_client_only() && TypeId::of::<T>() != TypeId::of::<LiveQueryCode>();
    over_http.then(|| ParseError::status_for_code(Some(value.code())))
}

/// The name of the category the code is in, as the category enum spells its
/// variant.
fn category_name<T: ErrorTable>(value: T) -> String {
    let mut name = String::new();
    push_fmt(&mut name, format_args!("{:?}", value.category()));
    name
}

/// Writes `args` to `out`. Writing to a `String` does not fail: it grows or
/// the allocator aborts.
fn push_fmt(out: &mut String, args: fmt::Arguments<'_>) {
    let _ = out.write_fmt(args);
}

/// Writes `text` as a JSON string literal, which is also a TypeScript one.
/// The runs between the characters to escape are copied whole.
fn push_string_literal(out: &mut String, text: &str) {
    out.push('"');
    let mut copied = 0;
    for (index, byte) in text.bytes().enumerate() {
        let escape = match byte {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            control if control < 0x20 => "",
            _ => continue,
        };
        out.push_str(&text[copied..index]);
        if escape.is_empty() {
            push_fmt(out, format_args!("\\u{byte:04x}"));
        } else {
            out.push_str(escape);
        }
        copied = index + 1;
    }
    out.push_str(&text[copied..]);
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorCode;

    #[test]
    fn a_string_literal_escapes_what_json_requires() {
        let mut out = String::new();
        push_string_literal(&mut out, "a \"b\" \\ c\n\u{1}’");
        assert_eq!(out, r#""a \"b\" \\ c\n\u0001’""#);
    }

    #[test]
    fn the_official_table_extends_nothing() {
        assert_eq!(ErrorCode::EXTENDS, None);
        assert_eq!(LiveQueryCode::EXTENDS, None);
    }

    #[test]
    fn a_shared_code_is_one_code_with_its_canonical_name_first() {
        let codes = codes::<ErrorCode>();
        let object_not_found = codes
            .iter()
            .find(|code| code.value == ErrorCode::ObjectNotFound)
            .unwrap();
        let names: Vec<&str> = object_not_found.names().collect();
        assert_eq!(names, ["ObjectNotFound", "UserInvalidLoginParams"]);
        assert_eq!(codes.len(), ErrorCode::ALL.len());
    }

    #[test]
    fn statuses_are_parse_servers_and_none_where_no_response_carries_the_code() {
        assert_eq!(http_status(ErrorCode::ObjectNotFound), Some(404));
        assert_eq!(http_status(ErrorCode::InternalServerError), Some(500));
        assert_eq!(http_status(ErrorCode::InvalidSessionToken), Some(400));
        assert_eq!(http_status(ErrorCode::ConnectionFailed), None);
        assert_eq!(http_status(LiveQueryCode::InvalidKeys), None);
    }
}
