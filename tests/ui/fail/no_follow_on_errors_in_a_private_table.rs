//! A private table with mistakes, in a crate that denies warnings: the
//! stand-in adds no warning of its own (an unused made-up category, an unused
//! made-up code), so only the table's mistakes are errors.
#![deny(warnings)]

use parse_errors::parse_errors;

#[parse_errors()]
enum GameError {
    /// The player has not enough coins.
    NotEnoughCoins = 1,
    /// Two codes for one meaning.
    LevelNotFound = 1,
    #[entry(Game)]
    Undocumented,
}

fn main() {
    let _ = GameError::from_code(1).map(GameError::description);
}
