//! Not public API: the items that the code `#[parse_errors]` generates refers to.
//!
//! What is the same for every table lives here once, generic over
//! [`ErrorTable`], instead of being generated into each table: the generated
//! code calls these functions, as thiserror's and serde's expansions call their
//! own private modules.

pub use crate::coded::{AsDynError, Message, shared_code};
pub use crate::lookup::{folded_distance, same_name_loosely};
pub use crate::{Entry, ErrorCategory, ErrorTable, ParseNameError, UnknownCodeError};

/// What a table names when it extends another: a `#[parse_errors]` table.
///
/// Every table implements it (the expansion writes the impl; a blanket impl
/// over [`ErrorTable`] would let the compiler see through it, and report the
/// missing `ErrorTable` and every use instead). Every use of the base table
/// in an expansion goes through this trait, so that a base that is not a
/// table is reported once, in these words, instead of once for each thing
/// the expansion needs of it.
#[diagnostic::on_unimplemented(
    message = "`extends` needs a `#[parse_errors]` table, and `{Self}` is not one",
    label = "not a `#[parse_errors]` table",
    note = "`extends = T` makes this table fall back to `T`'s codes: name an enum under `#[parse_errors(...)]`, such as `parse_errors::ErrorCode`"
)]
pub trait BaseTable {
    /// The table itself.
    type Table: ErrorTable;
}

/// What an alias of a base code reads its category from when the base lacks
/// the code: that mistake is reported by a const check of its own, and this
/// keeps the alias's row from being a second error.
pub const NO_ROW: &Entry = &Entry {
    name: "",
    code: 0,
    description: "",
    category: "",
    client_only: false,
    alias: false,
    retired: false,
};

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

/// The sentence a table shows when it gives one of its own entries a code
/// that its base already has. A `const` check can only panic with a ready
/// `&str`: this builds it at compile time, from the code, the name the base
/// gives the code and the base table's name.
pub struct CodeTaken {
    bytes: [u8; Self::CAPACITY],
    len: usize,
}

impl CodeTaken {
    /// Longer sentences are cut, at a character boundary.
    const CAPACITY: usize = 1024;

    /// "code 101 is already `ObjectNotFound` in `ErrorCode`: ...".
    #[must_use]
    pub const fn new(code: i32, name: &str, table: &str) -> Self {
        let mut sentence = Self {
            bytes: [0; Self::CAPACITY],
            len: 0,
        };
        sentence.push("code ");
        sentence.push_code(code);
        sentence.push(" is already `");
        sentence.push(name);
        sentence.push("` in `");
        sentence.push(table);
        sentence.push(
            "`: make this entry another name of it with `#[entry(alias)]`, or give it a code of its own",
        );
        sentence
    }

    /// The sentence.
    #[must_use]
    pub const fn as_str(&self) -> &str {
        let (written, _) = self.bytes.split_at(self.len);
        match core::str::from_utf8(written) {
            Ok(text) => text,
            // Cut inside a character: up to the last whole one.
            Err(error) => match core::str::from_utf8(written.split_at(error.valid_up_to()).0) {
                Ok(text) => text,
                Err(_) => "",
            },
        }
    }

    const fn push(&mut self, text: &str) {
        let bytes = text.as_bytes();
        let mut at = 0;
        while at < bytes.len() && self.len < Self::CAPACITY {
            self.bytes[self.len] = bytes[at];
            self.len += 1;
            at += 1;
        }
    }

    const fn push_code(&mut self, code: i32) {
        if code < 0 {
            self.push("-");
        }
        let mut magnitude = code.unsigned_abs();
        let mut digits = [0u8; 10];
        let mut count = 0;
        loop {
            // A digit is below 10: the cast keeps it whole.
            #[allow(clippy::cast_possible_truncation)]
            let digit = (magnitude % 10) as u8;
            digits[count] = b'0' + digit;
            count += 1;
            magnitude /= 10;
            if magnitude == 0 {
                break;
            }
        }
        while count > 0 {
            count -= 1;
            if self.len < Self::CAPACITY {
                self.bytes[self.len] = digits[count];
                self.len += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::CodeTaken;

    #[test]
    fn the_code_taken_sentence_names_the_code_the_name_and_the_table() {
        assert_eq!(
            CodeTaken::new(101, "ObjectNotFound", "ErrorCode").as_str(),
            "code 101 is already `ObjectNotFound` in `ErrorCode`: make this entry another \
             name of it with `#[entry(alias)]`, or give it a code of its own"
        );
        assert!(
            CodeTaken::new(i32::MIN, "A", "T")
                .as_str()
                .starts_with("code -2147483648 is already `A` in `T`")
        );
        assert!(
            CodeTaken::new(0, "A", "T")
                .as_str()
                .starts_with("code 0 is")
        );
    }

    #[test]
    fn a_sentence_too_long_is_cut_at_a_character_boundary() {
        let name = "é".repeat(600);
        let sentence = CodeTaken::new(1, &name, "T");
        assert!(sentence.as_str().len() <= CodeTaken::CAPACITY);
        assert!(sentence.as_str().starts_with("code 1 is already `éé"));
    }
}
