// Every use of the base goes through one bound, `__private::BaseTable`, whose
// `#[diagnostic::on_unimplemented]` says what is wrong, and the derives that
// would each check the base again are written out. The first error is the
// one to read. rustc still repeats it where the span or the note differs:
// the derived `PartialEq` (kept, so that the aliases are patterns) at the
// variant and on the enum, the lookup in the base inside a `const fn` (where
// an unresolved type is `_`: E0599), the impls spanned on the enum's name,
// and the user's own uses of `==` on the table below.
use parse_errors::parse_errors;

/// A struct, not a `#[parse_errors]` table.
pub struct NotATable;

#[parse_errors(extends = NotATable, category(App = "App errors"))]
pub enum AppCode {
    /// The player has not enough coins.
    NotEnoughCoins = 9001,
    /// Another name of 101.
    #[entry(alias)]
    NoSuchItem = 101,
}

fn main() {
    // The table's API is there: no follow-on errors from its uses.
    assert_eq!(AppCode::from_code(9001), Some(AppCode::NotEnoughCoins));
    let _ = AppCode::NoSuchItem.name();
}
