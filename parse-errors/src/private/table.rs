//! What is the same in every table, generic over [`ErrorTable`] instead of
//! generated into each: the generated methods call these.

use crate::lookup::same_name_loosely;
use crate::{Entry, ErrorTable, ParseNameError, UnknownCodeError};

/// `from_name_loose` of every table: the exact name first, then the table's
/// rows compared with ASCII case and underscores folded away.
#[must_use]
pub fn from_name_loose<T: ErrorTable>(name: &str) -> Option<T> {
    if let Some(found) = T::from_name(name) {
        return Some(found);
    }
    T::ENTRIES
        .iter()
        .find(|row| same_name_loosely(row.name, name))
        .and_then(|row| T::from_code(row.code))
}

/// `TryFrom<i32>` of every table.
///
/// # Errors
///
/// [`UnknownCodeError`] when the table does not know the code.
#[inline]
pub fn try_from_code<T: ErrorTable>(code: i32) -> Result<T, UnknownCodeError> {
    match T::from_code(code) {
        Some(found) => Ok(found),
        None => Err(UnknownCodeError::new(code, T::NAME)),
    }
}

/// `FromStr` of every table.
///
/// # Errors
///
/// [`ParseNameError`], with suggestions, when no row has this name.
pub fn from_str<T: ErrorTable>(name: &str) -> Result<T, ParseNameError> {
    match T::from_name(name) {
        Some(found) => Ok(found),
        None => Err(ParseNameError::new(name, T::NAME, T::ENTRIES)),
    }
}

/// `entries()` of every table: `first` (the code's canonical row, or the
/// base's rows of a base code), then the other names `rows` gives the code.
pub fn rows_of_code<I>(
    first: I,
    code: i32,
    rows: &'static [Entry],
) -> impl Iterator<Item = &'static Entry> + use<I>
where
    I: Iterator<Item = &'static Entry>,
{
    first.chain(
        rows.iter()
            .filter(move |entry| entry.alias && entry.code == code),
    )
}

/// `codes()` of every category enum: the table's own codes in `category`, in
/// table order. Read from the canonical rows of `ENTRIES` rather than from
/// `ALL`, which a table of thousands of codes would make the compiler check
/// again in every crate that calls this (see the layout of the expansion).
pub fn codes_in<T: ErrorTable>(category: T::Category) -> impl Iterator<Item = T> {
    T::ENTRIES
        .iter()
        .filter(|row| !row.alias)
        .filter_map(|row| T::from_code(row.code))
        .filter(move |code| code.category() == category)
}
