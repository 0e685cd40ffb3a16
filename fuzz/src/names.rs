//! `ErrorCode`'s name lookups, checked against the table's own rows.
//!
//! - `from_name` and `FromStr` find exactly the rows' names, and a name found
//!   leads back to itself: its code, its canonical name and its entry;
//! - `FromStr`'s error keeps the input and suggests only the table's names;
//! - `from_name_loose` finds a code when, and only when, a row's name is the
//!   input once ASCII case and underscores are ignored;
//! - `from_sdk_name` finds the code whose `sdk_name` is the input.

use parse_errors::{Entry, ErrorCode, ParseNameError};

/// A name with ASCII case and underscores folded away, written here again
/// rather than taken from the crate, so the check does not trust it.
fn folded(name: &str) -> Vec<u8> {
    name.bytes()
        .filter(|byte| *byte != b'_')
        .map(|byte| byte.to_ascii_lowercase())
        .collect()
}

/// Every lookup of `name`, checked.
///
/// # Panics
/// When a lookup disagrees with the table's rows.
pub fn check(name: &str) {
    let row = ErrorCode::ENTRIES.iter().find(|row| row.name == name);
    let exact = ErrorCode::from_name(name);
    assert_eq!(
        exact.map(ErrorCode::code),
        row.map(|row| row.code),
        "from_name({name:?})"
    );
    match (exact, name.parse::<ErrorCode>()) {
        (Some(code), Ok(parsed)) => {
            assert_eq!(parsed, code);
            let row = row.expect("a name found is a row's");
            found(code, row);
        }
        (None, Err(error)) => not_found(name, &error),
        (exact, parsed) => panic!("from_name({name:?}) is {exact:?} but FromStr gives {parsed:?}"),
    }

    let key = folded(name);
    let loose_rows: Vec<&Entry> = ErrorCode::ENTRIES
        .iter()
        .filter(|row| folded(row.name) == key)
        .collect();
    let loose = ErrorCode::from_name_loose(name);
    match loose_rows.first() {
        None => assert_eq!(loose, None, "from_name_loose({name:?}) matches no row"),
        Some(first) => {
            // Names of different codes never differ only in case or underscores.
            assert!(loose_rows.iter().all(|row| row.code == first.code));
            assert_eq!(
                loose.map(ErrorCode::code),
                Some(first.code),
                "from_name_loose({name:?})"
            );
        }
    }
    if let Some(code) = exact {
        assert_eq!(
            loose,
            Some(code),
            "the exact name {name:?} is found loosely too"
        );
    }

    let sdk = ErrorCode::from_sdk_name(name);
    let named = ErrorCode::ALL
        .iter()
        .copied()
        .find(|code| code.sdk_name() == Some(name));
    assert_eq!(sdk, named, "from_sdk_name({name:?})");
}

/// A code found by the name of `row`: every way back leads to the same code.
fn found(code: ErrorCode, row: &Entry) {
    assert_eq!(ErrorCode::from_code(code.code()), Some(code));
    assert_eq!(ErrorCode::try_from(code.code()), Ok(code));
    assert_eq!(ErrorCode::from_name(code.name()), Some(code));
    assert_eq!(code.entry().name, code.name());
    assert_eq!(code.entry().code, row.code);
    assert!(
        !code.entry().alias,
        "a code's own entry is its canonical row"
    );
    assert!(
        code.entries().any(|entry| entry == row),
        "{row:?} is an entry of {code:?}"
    );
    assert_eq!(code.category().title(), row.category);
    assert_eq!(code.is_client_only(), row.client_only);
    let _ = (code.description(), code.to_string(), code.sdk_name());
}

/// A name no row has: the error keeps it and suggests only the table's names.
fn not_found(name: &str, error: &ParseNameError) {
    assert_eq!(error.input(), name);
    assert_eq!(error.table(), "ErrorCode");
    let suggestions: Vec<&str> = error.suggestions().collect();
    assert!(suggestions.len() <= ParseNameError::MAX_SUGGESTIONS);
    let text = error.to_string();
    for suggestion in &suggestions {
        assert!(ErrorCode::ENTRIES.iter().any(|row| row.name == *suggestion));
        assert!(text.contains(&format!("`{suggestion}`")), "{text}");
    }
}
