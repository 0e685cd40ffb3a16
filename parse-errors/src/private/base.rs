//! What a table that extends another needs of its base: that it is a table,
//! and the sentence of an own code the base has already.

use super::Sentence;
use crate::{Entry, ErrorTable};

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

/// The sentence a table shows when it gives one of its own entries a code
/// that its base already has, built at compile time from the code, the name
/// the base gives the code and the base table's name.
pub struct CodeTaken(Sentence);

impl CodeTaken {
    /// "code 101 is already `ObjectNotFound` in `ErrorCode`: ...".
    #[must_use]
    pub const fn new(code: i32, name: &str, table: &str) -> Self {
        let mut sentence = Sentence::new();
        sentence.push("code ");
        sentence.push_code(code);
        sentence.push(" is already `");
        sentence.push(name);
        sentence.push("` in `");
        sentence.push(table);
        sentence.push(
            "`: make this entry another name of it with `#[entry(alias)]`, or give it a code of its own",
        );
        Self(sentence)
    }

    /// The sentence.
    #[must_use]
    pub const fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

#[cfg(test)]
mod tests {
    use super::CodeTaken;
    use crate::__private::Sentence;

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
        assert!(sentence.as_str().len() <= Sentence::CAPACITY);
        assert!(sentence.as_str().starts_with("code 1 is already `éé"));
    }
}
