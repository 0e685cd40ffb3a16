//! The table as JSON, one object per code.

use alloc::string::String;

use super::{CodeRows, category_name, codes, http_status, push_fmt, push_string_literal};
use crate::{ErrorCategory, ErrorTable};

/// The table as a JSON document: the table's name, the table it extends
/// (`null` for none) and one object per code, in the order of the code's
/// first row in [`ENTRIES`](ErrorTable::ENTRIES), one code to a line so that
/// a change reads as a change of its lines in a diff.
///
/// Each code's object has:
///
/// | member | what |
/// |---|---|
/// | `code` | the code |
/// | `name` | its canonical name |
/// | `names` | every name the table gives it, the canonical one first |
/// | `category` | its category, as the category enum's variant |
/// | `categoryTitle` | the category's title |
/// | `clientOnly` | whether it only ever comes from a client |
/// | `retired` | whether it is retired: its code stays taken, and no new entry may have it |
/// | `description` | what it means, under its canonical name |
/// | `httpStatus` | the HTTP status Parse Server sends with it; `null` for a code no HTTP response carries (client-only, LiveQuery) |
///
/// A table that extends another has its own codes here, and the codes of
/// the base that it gives names of its own.
///
/// ```
/// use parse_errors::{LiveQueryCode, export};
///
/// assert_eq!(
///     export::json::<LiveQueryCode>().lines().nth(5).unwrap(),
///     r#"    {"code": 2, "name": "ClientNotFound", "names": ["ClientNotFound", "SubscriptionNotFound"], "#.to_owned()
///         + r#""category": "Protocol", "categoryTitle": "LiveQuery protocol errors", "clientOnly": false, "retired": false, "#
///         + r#""description": "The client or the subscription the request names is not known. A subscribe, update or unsubscribe before a successful connect, and an unsubscribe of a request id that was never subscribed, get this code.", "#
///         + r#""httpStatus": null},"#
/// );
/// ```
#[must_use]
pub fn json<T: ErrorTable>() -> String {
    let codes = codes::<T>();
    let mut document = String::with_capacity(64 + codes.len() * 384);
    document.push_str("{\n  \"table\": ");
    push_string_literal(&mut document, T::NAME);
    document.push_str(",\n  \"extends\": ");
    match T::EXTENDS {
        Some(base) => push_string_literal(&mut document, base),
        None => document.push_str("null"),
    }
    document.push_str(",\n  \"codes\": [");
    for (index, code) in codes.iter().enumerate() {
        document.push_str(if index == 0 { "\n    " } else { ",\n    " });
        push_code(&mut document, code);
    }
    document.push_str(if codes.is_empty() {
        "]\n}\n"
    } else {
        "\n  ]\n}\n"
    });
    document
}

fn push_code<T: ErrorTable>(out: &mut String, code: &CodeRows<T>) {
    let value = code.value;
    push_fmt(
        out,
        format_args!("{{\"code\": {}, \"name\": ", value.code()),
    );
    push_string_literal(out, value.name());
    out.push_str(", \"names\": [");
    for (index, name) in code.names().enumerate() {
        if index > 0 {
            out.push_str(", ");
        }
        push_string_literal(out, name);
    }
    out.push_str("], \"category\": ");
    push_string_literal(out, &category_name(value));
    out.push_str(", \"categoryTitle\": ");
    push_string_literal(out, value.category().title());
    push_fmt(
        out,
        format_args!(
            ", \"clientOnly\": {}, \"retired\": {}, \"description\": ",
            value.is_client_only(),
            code.retired()
        ),
    );
    push_string_literal(out, value.description());
    match http_status(value) {
        Some(status) => push_fmt(out, format_args!(", \"httpStatus\": {status}}}")),
        None => out.push_str(", \"httpStatus\": null}"),
    }
}
