//! The table as a TypeScript module.

use alloc::string::String;

use super::{codes, push_fmt, push_string_literal};
use crate::{ErrorCategory, ErrorTable};

/// The table as a TypeScript module that `tsc --strict` accepts, for a table
/// `ShopErrorCode`:
///
/// - `export const ShopErrorCode = { NotEnoughCoins: 9001, ... } as const;`,
///   every name of the table, aliases too, in table order;
/// - `export type ShopErrorCode`, the union of those codes;
/// - `export const ShopErrorCodeEntries`, one object per code: `code`, its
///   canonical `name`, all its `names`, the `category`'s title, the
///   `description` and `clientOnly`.
///
/// A table that extends another has its own names here, and its doc comment
/// says which table has the rest.
///
/// ```
/// use parse_errors::{LiveQueryCode, export};
///
/// let module = export::typescript::<LiveQueryCode>();
/// assert!(module.contains(
///     "export const LiveQueryCode = {\n  \
///        InvalidRequest: 1,\n  \
///        ClientNotFound: 2,\n  \
///        SubscriptionNotFound: 2,\n"
/// ));
/// assert!(module.contains(
///     "export type LiveQueryCode = (typeof LiveQueryCode)[keyof typeof LiveQueryCode];\n"
/// ));
/// assert!(module.contains(
///     r#"  { code: 2, name: "ClientNotFound", names: ["ClientNotFound", "SubscriptionNotFound"], category: "LiveQuery protocol errors", description: "#
/// ));
/// ```
#[must_use]
pub fn typescript<T: ErrorTable>() -> String {
    let table = T::NAME;
    let mut module = String::with_capacity(512 + T::ENTRIES.len() * 320);
    push_fmt(
        &mut module,
        format_args!(
            "// The codes of the Parse error table `{table}`, made by parse_errors::export::typescript.\n\n"
        ),
    );
    match T::EXTENDS {
        Some(base) => push_fmt(
            &mut module,
            format_args!(
                "/** The codes of `{table}` by name. `{table}` extends `{base}`: these are its own names; every other code is `{base}`'s. */\n"
            ),
        ),
        None => push_fmt(
            &mut module,
            format_args!("/** The codes of `{table}` by name: every name, aliases too. */\n"),
        ),
    }
    push_fmt(&mut module, format_args!("export const {table} = {{\n"));
    for row in T::ENTRIES {
        module.push_str("  ");
        push_key(&mut module, row.name);
        push_fmt(&mut module, format_args!(": {},\n", row.code));
    }
    module.push_str("} as const;\n\n");
    push_fmt(
        &mut module,
        format_args!(
            "/** A code of `{table}`. */\n\
             export type {table} = (typeof {table})[keyof typeof {table}];\n\n\
             /** Every code of `{table}` once, in table order: its names, its category's title and what it means. */\n\
             export const {table}Entries: readonly {{\n  \
               code: number;\n  \
               name: string;\n  \
               names: readonly string[];\n  \
               category: string;\n  \
               description: string;\n  \
               clientOnly: boolean;\n\
             }}[] = [\n"
        ),
    );
    for code in codes::<T>() {
        let value = code.value;
        push_fmt(
            &mut module,
            format_args!("  {{ code: {}, name: ", value.code()),
        );
        push_string_literal(&mut module, value.name());
        module.push_str(", names: [");
        for (index, name) in code.names().enumerate() {
            if index > 0 {
                module.push_str(", ");
            }
            push_string_literal(&mut module, name);
        }
        module.push_str("], category: ");
        push_string_literal(&mut module, value.category().title());
        module.push_str(", description: ");
        push_string_literal(&mut module, value.description());
        push_fmt(
            &mut module,
            format_args!(", clientOnly: {} }},\n", value.is_client_only()),
        );
    }
    module.push_str("];\n");
    module
}

/// Writes a property name: bare when it is an ASCII identifier, else quoted.
/// A Rust identifier may hold letters that are not ASCII; a quoted key takes
/// any of them without asking which ones JavaScript allows bare.
fn push_key(out: &mut String, name: &str) {
    let bare = name.chars().enumerate().all(|(index, character)| {
        character.is_ascii_alphabetic()
            || character == '_'
            || character == '$'
            || (index > 0 && character.is_ascii_digit())
    });
    if bare && !name.is_empty() {
        out.push_str(name);
    } else {
        push_string_literal(out, name);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_bare_only_when_it_is_an_ascii_identifier() {
        for (name, key) in [
            ("ObjectNotFound", "ObjectNotFound"),
            ("_2fa", "_2fa"),
            ("Größe", "\"Größe\""),
            ("9lives", "\"9lives\""),
        ] {
            let mut out = String::new();
            push_key(&mut out, name);
            assert_eq!(out, key);
        }
    }
}
