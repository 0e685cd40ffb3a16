//! A table with one category: entries need no `#[entry]`, and the category
//! enum may be named.
use parse_errors::parse_errors;

#[parse_errors(category(Game = "Game errors"), category_enum = Section)]
enum GameError {
    /// The player has not enough coins.
    NotEnoughCoins = 1,
    /// The level does not exist.
    LevelNotFound = 2,
}

fn main() {
    assert_eq!(GameError::LevelNotFound.category(), Section::Game);
    assert_eq!(Section::Game.title(), "Game errors");
    assert_eq!(Section::Game.codes().count(), 2);
    assert_eq!(GameError::NotEnoughCoins.to_string(), "the player has not enough coins");
}
