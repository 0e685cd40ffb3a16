//! The API a user's own table gets, exercised the way a user would.

use std::collections::HashSet;
use std::str::FromStr;

use parse_errors::{Entry, ParseNameError, UnknownCodeError, parse_errors};

/// A game's own codes, in the range Parse leaves to apps.
#[parse_errors(
    category(Store = "Store errors"),
    category(Level = "Level errors"),
    category(Device = "Device-only errors", client_only)
)]
#[derive(Default)]
pub enum GameError {
    /// The player has not enough coins for this purchase. Earn or buy more.
    #[entry(Store)]
    NotEnoughCoins = 9001,

    /// The level is unknown.
    #[entry(Level, alias)]
    UnknownLevel = 9010,

    /// The level does not exist.
    ///
    /// Only this first paragraph is the description.
    #[entry(Level)]
    #[default]
    LevelNotFound = 9010,

    /// JSON of a saved game was malformed.
    #[entry(Device)]
    #[error("corrupt save")]
    CorruptSave = -9000,

    /// The level was removed.
    #[entry(Level, alias)]
    LevelRemoved = 9010,
}

#[test]
fn variants_are_codes_and_aliases_are_consts() {
    assert_eq!(
        GameError::ALL,
        [
            GameError::NotEnoughCoins,
            GameError::LevelNotFound,
            GameError::CorruptSave
        ]
    );
    assert_eq!(GameError::COUNT, 3);
    assert_eq!(GameError::UnknownLevel, GameError::LevelNotFound);
    assert_eq!(GameError::LevelRemoved, GameError::LevelNotFound);
    assert_eq!(GameError::default(), GameError::LevelNotFound);
}

#[test]
fn every_name_of_a_code_matches_what_the_wire_gives() {
    let from_wire = GameError::from_code(9010).unwrap();
    let named = match from_wire {
        GameError::UnknownLevel => "matched by an alias",
        _ => "missed",
    };
    assert_eq!(named, "matched by an alias");
}

#[test]
fn codes_go_both_ways() {
    for &code in GameError::ALL {
        assert_eq!(GameError::from_code(code.code()), Some(code));
        assert_eq!(GameError::try_from(i32::from(code)), Ok(code));
    }
    assert_eq!(GameError::CorruptSave.code(), -9000);
    assert_eq!(GameError::from_code(9002), None);
    assert_eq!(GameError::from_code(0), None);
    assert_eq!(
        GameError::try_from(9002),
        Err(UnknownCodeError::new(9002, "GameError"))
    );
}

#[test]
fn an_unknown_code_says_which_and_keeps_it() {
    let error = GameError::try_from(i32::MIN).unwrap_err();
    assert_eq!(error.code(), i32::MIN);
    assert_eq!(error.table(), "GameError");
    assert_eq!(
        error.to_string(),
        "unknown GameError -2147483648: the table has no entry with this code"
    );
}

#[test]
fn names_go_both_ways_for_canonical_and_alias_names() {
    assert_eq!(GameError::LevelNotFound.name(), "LevelNotFound");
    assert_eq!(
        GameError::from_name("LevelNotFound"),
        Some(GameError::LevelNotFound)
    );
    assert_eq!(
        GameError::from_name("UnknownLevel"),
        Some(GameError::LevelNotFound)
    );
    assert_eq!(
        GameError::from_str("LevelRemoved"),
        Ok(GameError::LevelNotFound)
    );
    assert_eq!(
        GameError::from_name("levelnotfound"),
        None,
        "names are exact"
    );
    assert_eq!(GameError::from_name(""), None);
}

#[test]
fn loose_names_ignore_ascii_case_and_underscores_only() {
    for spelling in [
        "levelnotfound",
        "LEVEL_NOT_FOUND",
        "level_not_found",
        "Level_NotFound",
    ] {
        assert_eq!(
            GameError::from_name_loose(spelling),
            Some(GameError::LevelNotFound),
            "{spelling}"
        );
    }
    assert_eq!(
        GameError::from_name_loose("UNKNOWN_LEVEL"),
        Some(GameError::LevelNotFound),
        "an alias is found loosely too"
    );
    for other in [
        "Level-Not-Found",
        "level not found",
        "LevelNotFoundX",
        "",
        "_",
    ] {
        assert_eq!(GameError::from_name_loose(other), None, "{other:?}");
    }
}

#[test]
fn an_unknown_name_is_kept_and_the_closest_names_suggested() {
    let error: ParseNameError = "NotEnoughCoin".parse::<GameError>().unwrap_err();
    assert_eq!(error.input(), "NotEnoughCoin");
    assert_eq!(error.table(), "GameError");
    assert_eq!(error.suggestions().collect::<Vec<_>>(), ["NotEnoughCoins"]);
    assert_eq!(
        error.to_string(),
        "unknown GameError name \"NotEnoughCoin\": did you mean `NotEnoughCoins`?"
    );

    let error = "LEVEL_REMOVD".parse::<GameError>().unwrap_err();
    assert_eq!(error.suggestions().next(), Some("LevelRemoved"));

    let error = "Teleport".parse::<GameError>().unwrap_err();
    assert_eq!(error.suggestions().count(), 0);
    assert_eq!(
        error.to_string(),
        "unknown GameError name \"Teleport\": expected the name of one of its entries, case-sensitive"
    );
}

#[test]
fn several_suggestions_are_listed_closest_first() {
    #[parse_errors(category(A = "A"))]
    enum Close {
        /// Abcd.
        Abcd = 1,
        /// Abce.
        Abce = 2,
        /// Abcf.
        Abcf = 3,
        /// Abcg.
        Abcg = 4,
        /// Xbcd.
        Abc = 5,
    }
    let error = "Abc_".parse::<Close>().unwrap_err();
    assert_eq!(
        error.suggestions().collect::<Vec<_>>(),
        ["Abc", "Abcd", "Abce"]
    );
    assert_eq!(
        error.to_string(),
        "unknown Close name \"Abc_\": did you mean `Abc`, `Abcd` or `Abce`?"
    );
    assert_eq!(
        Close::Abcd.code() + Close::Abce.code() + Close::Abcf.code() + Close::Abcg.code(),
        10
    );
}

#[test]
fn a_long_unknown_name_is_kept_whole() {
    let long = "N".repeat(1000);
    let error = long.parse::<GameError>().unwrap_err();
    assert_eq!(error.input(), long);
    assert_eq!(error.suggestions().count(), 0);
}

#[test]
fn descriptions_are_the_first_paragraph() {
    assert_eq!(
        GameError::NotEnoughCoins.description(),
        "The player has not enough coins for this purchase. Earn or buy more."
    );
    assert_eq!(
        GameError::LevelNotFound.description(),
        "The level does not exist."
    );
    let aliases: Vec<(&str, &str)> = GameError::LevelNotFound
        .entries()
        .map(|entry| (entry.name, entry.description))
        .collect();
    assert_eq!(
        aliases,
        [
            ("LevelNotFound", "The level does not exist."),
            ("UnknownLevel", "The level is unknown."),
            ("LevelRemoved", "The level was removed."),
        ]
    );
}

/// Text kept as written: a tab, a run of spaces, a line that wraps.
#[parse_errors(category(Text = "Text errors"))]
pub enum TextError {
    /// Expected	a tab, and  two spaces,
    ///   then a wrapped line.
    Spacing = 9001,
}

#[test]
fn a_description_keeps_its_text_and_joins_its_lines_with_one_space() {
    assert_eq!(
        TextError::Spacing.description(),
        "Expected\ta tab, and  two spaces, then a wrapped line."
    );
    assert_eq!(
        TextError::Spacing.to_string(),
        "expected\ta tab, and  two spaces, then a wrapped line"
    );
}

#[test]
fn entries_are_every_row_in_table_order() {
    let names: Vec<&str> = GameError::ENTRIES.iter().map(|entry| entry.name).collect();
    assert_eq!(
        names,
        [
            "NotEnoughCoins",
            "UnknownLevel",
            "LevelNotFound",
            "CorruptSave",
            "LevelRemoved"
        ]
    );
    assert_eq!(
        GameError::CorruptSave.entry(),
        &Entry {
            name: "CorruptSave",
            code: -9000,
            description: "JSON of a saved game was malformed.",
            category: "Device-only errors",
            client_only: true,
            alias: false,
            retired: false,
        }
    );
    assert!(GameError::ENTRIES[1].alias && !GameError::ENTRIES[2].alias);
}

#[test]
fn categories_have_titles_flags_and_codes() {
    assert_eq!(
        GameErrorCategory::ALL,
        [
            GameErrorCategory::Store,
            GameErrorCategory::Level,
            GameErrorCategory::Device
        ]
    );
    assert_eq!(
        GameError::NotEnoughCoins.category(),
        GameErrorCategory::Store
    );
    assert_eq!(GameError::UnknownLevel.category(), GameErrorCategory::Level);
    assert_eq!(GameErrorCategory::Level.title(), "Level errors");
    assert_eq!(GameErrorCategory::Device.to_string(), "Device-only errors");
    assert!(GameError::CorruptSave.is_client_only());
    assert!(!GameError::NotEnoughCoins.is_client_only());
    assert_eq!(
        GameErrorCategory::Level.codes().collect::<Vec<_>>(),
        [GameError::LevelNotFound]
    );
}

#[test]
fn display_is_the_first_sentence_or_the_entry_s_own() {
    assert_eq!(
        GameError::NotEnoughCoins.to_string(),
        "the player has not enough coins for this purchase"
    );
    assert_eq!(
        GameError::LevelNotFound.to_string(),
        "the level does not exist"
    );
    assert_eq!(GameError::CorruptSave.to_string(), "corrupt save");
    assert_eq!(
        format!("{:>20}|", GameError::CorruptSave),
        "corrupt save|",
        "Display writes the text as is"
    );
}

#[test]
fn debug_is_the_variant_name() {
    assert_eq!(format!("{:?}", GameError::UnknownLevel), "LevelNotFound");
}

#[test]
fn order_is_by_code_and_hash_by_variant() {
    let mut sorted = GameError::ALL.to_vec();
    sorted.sort();
    assert_eq!(
        sorted,
        [
            GameError::CorruptSave,
            GameError::NotEnoughCoins,
            GameError::LevelNotFound
        ]
    );
    let set: HashSet<GameError> = [
        GameError::UnknownLevel,
        GameError::LevelNotFound,
        GameError::LevelRemoved,
    ]
    .into();
    assert_eq!(set.len(), 1);
}

#[test]
fn a_table_is_an_error() {
    fn fails() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        Err(GameError::NotEnoughCoins)?
    }
    let error = fails().unwrap_err();
    assert_eq!(
        error.to_string(),
        "the player has not enough coins for this purchase"
    );
    assert!(error.downcast_ref::<GameError>().is_some());
}

#[test]
fn lookups_are_usable_in_constants() {
    const FOUND: Option<GameError> = GameError::from_code(9001);
    const NAME: &str = GameError::LevelNotFound.name();
    const TITLE: &str = GameError::CorruptSave.category().title();
    assert_eq!(FOUND, Some(GameError::NotEnoughCoins));
    assert_eq!(NAME, "LevelNotFound");
    assert_eq!(TITLE, "Device-only errors");
}

#[test]
fn a_table_with_one_category_needs_no_entry_attribute() {
    #[parse_errors(category(App = "App errors"))]
    enum AppError {
        /// It broke.
        Broken = 9100,
    }
    assert_eq!(AppError::Broken.category(), AppErrorCategory::App);
    assert_eq!(AppError::Broken.to_string(), "it broke");
}

#[test]
fn the_category_enum_can_be_named_and_the_crate_path_given() {
    mod renamed {
        pub use parse_errors as runtime;
    }
    #[parse_errors(category_enum = Section, crate = renamed::runtime, category(Only = "Only"))]
    enum Named {
        /// One.
        One = 1,
    }
    assert_eq!(Named::One.category(), Section::Only);
}

/// A table of unit variants whose messages need formatting: extra arguments,
/// a function, a message for the whole enum.
#[parse_errors(category(App = "App errors"))]
#[error("app error {}", self.code())]
pub enum FormattedTable {
    /// The limit was reached.
    #[error("limit of {} reached", LIMIT)]
    LimitReached = 9001,
    /// Written by a function.
    #[error(fmt = write_busy)]
    Busy = 9002,
    /// Shown by the enum's message.
    Other = 9003,
}

const LIMIT: u32 = 64;

fn write_busy(formatter: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
    formatter.write_str("busy, try later")
}

#[test]
fn a_table_of_unit_variants_takes_every_form_of_message() {
    assert_eq!(
        FormattedTable::LimitReached.to_string(),
        "limit of 64 reached"
    );
    assert_eq!(FormattedTable::Busy.to_string(), "busy, try later");
    assert_eq!(FormattedTable::Other.to_string(), "app error 9003");
    // The code enum's lookups are the same as for any table.
    assert_eq!(FormattedTable::from_code(9002), Some(FormattedTable::Busy));
}
