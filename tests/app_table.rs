//! A table that extends the official one, as an app with its own Cloud Code errors writes it.

use std::collections::HashSet;

use parse_errors::{Category, ErrorCode, ErrorTable, ParseError, parse_errors};

/// The codes of a game, on top of Parse's own.
#[parse_errors(
    extends = parse_errors::ErrorCode,
    category(Store = "Store errors"),
    category(Device = "Device-only errors", client_only),
)]
pub enum GameCode {
    /// The player has not enough coins for this purchase.
    #[entry(Store)]
    #[error("not enough coins")]
    NotEnoughCoins = 9001,

    /// The item is sold out.
    #[entry(Store)]
    SoldOut = 9002,

    /// The item is gone for good.
    #[entry(Store, alias)]
    Discontinued = 9002,

    /// The item asked for does not exist: the app's name for an object not found.
    #[entry(alias)]
    NoSuchItem = 101,

    /// The save on the device is corrupt.
    #[entry(Device)]
    CorruptSave = 9100,
}

#[test]
fn own_codes_and_base_codes_both_resolve() {
    assert_eq!(GameCode::from_code(9001), Some(GameCode::NotEnoughCoins));
    assert_eq!(
        GameCode::from_code(101),
        Some(GameCode::Base(ErrorCode::ObjectNotFound))
    );
    assert_eq!(
        GameCode::from_code(209),
        Some(GameCode::Base(ErrorCode::InvalidSessionToken))
    );
    assert_eq!(GameCode::from_code(8000), None);
    assert_eq!(GameCode::from(ErrorCode::DuplicateValue).code(), 137);
    assert_eq!(GameCode::Base(ErrorCode::OtherCause).code(), -1);
    assert_eq!(GameCode::CorruptSave.code(), 9100);
}

#[test]
fn names_of_both_tables_resolve() {
    assert_eq!(GameCode::from_name("SoldOut"), Some(GameCode::SoldOut));
    assert_eq!(GameCode::from_name("Discontinued"), Some(GameCode::SoldOut));
    assert_eq!(
        GameCode::from_name("NoSuchItem"),
        Some(GameCode::Base(ErrorCode::ObjectNotFound))
    );
    assert_eq!(
        GameCode::from_name("UserInvalidLoginParams"),
        Some(GameCode::Base(ErrorCode::ObjectNotFound))
    );
    assert_eq!(
        "InvalidSessionToken".parse::<GameCode>(),
        Ok(GameCode::Base(ErrorCode::InvalidSessionToken))
    );
    assert_eq!(GameCode::from_name("Nothing"), None);
    assert_eq!(
        GameCode::from_name_loose("SOLD_OUT"),
        Some(GameCode::SoldOut)
    );
    assert_eq!(
        GameCode::from_name_loose("no_such_item"),
        Some(GameCode::Base(ErrorCode::ObjectNotFound))
    );
    assert_eq!(
        GameCode::from_name_loose("INVALID_SESSION_TOKEN"),
        Some(GameCode::Base(ErrorCode::InvalidSessionToken)),
        "a loose name falls through to the base"
    );
    assert_eq!(GameCode::from_name_loose("NOTHING"), None);
}

#[test]
fn an_alias_of_a_base_code_matches_what_the_wire_gives() {
    let from_wire = ParseError::with_code(101, "Object not found.");
    let kind = from_wire.kind_in::<GameCode>();
    assert_eq!(kind, Some(GameCode::NoSuchItem));
    assert!(matches!(kind, Some(GameCode::NoSuchItem)));
    assert!(from_wire.is(GameCode::NoSuchItem));
    assert_eq!(
        GameCode::NoSuchItem,
        GameCode::from(ErrorCode::UserInvalidLoginParams)
    );
}

#[test]
fn accessors_fall_through_to_the_base() {
    let base = GameCode::Base(ErrorCode::ConnectionFailed);
    assert_eq!(base.name(), "ConnectionFailed");
    assert_eq!(
        base.description(),
        ErrorCode::ConnectionFailed.description()
    );
    assert_eq!(base.to_string(), ErrorCode::ConnectionFailed.to_string());
    assert_eq!(base.category(), GameCodeCategory::Base(Category::Client));
    assert_eq!(base.category().title(), "Client-only errors");
    assert!(base.is_client_only());
    assert_eq!(GameCode::NotEnoughCoins.to_string(), "not enough coins");
    assert_eq!(GameCode::NotEnoughCoins.category(), GameCodeCategory::Store);
    assert!(GameCode::CorruptSave.is_client_only());
    assert!(!GameCode::SoldOut.is_client_only());
}

#[test]
fn entries_of_a_code_gather_both_tables_names() {
    let names: Vec<&str> = GameCode::NoSuchItem
        .entries()
        .map(|entry| entry.name)
        .collect();
    assert_eq!(
        names,
        ["ObjectNotFound", "UserInvalidLoginParams", "NoSuchItem"]
    );
    let names: Vec<&str> = GameCode::SoldOut
        .entries()
        .map(|entry| entry.name)
        .collect();
    assert_eq!(names, ["SoldOut", "Discontinued"]);
    let row = GameCode::ENTRIES
        .iter()
        .find(|entry| entry.name == "NoSuchItem")
        .unwrap();
    assert_eq!(
        (row.code, row.category, row.client_only, row.alias),
        (101, "API Issues", false, true)
    );
}

#[test]
fn own_data_is_the_table_s_own() {
    assert_eq!(
        GameCode::ALL,
        [
            GameCode::NotEnoughCoins,
            GameCode::SoldOut,
            GameCode::CorruptSave
        ]
    );
    assert_eq!(GameCode::COUNT, 3);
    assert_eq!(GameCode::ENTRIES.len(), 5);
    assert_eq!(
        GameCodeCategory::ALL,
        [GameCodeCategory::Store, GameCodeCategory::Device]
    );
    assert_eq!(
        GameCodeCategory::Store.codes().collect::<Vec<_>>(),
        [GameCode::NotEnoughCoins, GameCode::SoldOut]
    );
}

#[test]
fn order_is_by_code_across_both_tables() {
    let mut codes = [
        GameCode::CorruptSave,
        GameCode::Base(ErrorCode::OtherCause),
        GameCode::NotEnoughCoins,
        GameCode::NoSuchItem,
    ];
    codes.sort();
    let sorted: Vec<i32> = codes.iter().map(|code| code.code()).collect();
    assert_eq!(sorted, [-1, 101, 9001, 9100]);
    let set: HashSet<GameCode> = [
        GameCode::NoSuchItem,
        GameCode::Base(ErrorCode::ObjectNotFound),
    ]
    .into();
    assert_eq!(set.len(), 1);
}

#[test]
fn generic_code_works_over_both_tables() {
    fn names<T: ErrorTable>(codes: &[i32]) -> Vec<&'static str> {
        codes
            .iter()
            .filter_map(|&code| T::from_code(code))
            .map(T::name)
            .collect()
    }
    assert_eq!(names::<ErrorCode>(&[101, 9001]), ["ObjectNotFound"]);
    assert_eq!(
        names::<GameCode>(&[101, 9001]),
        ["ObjectNotFound", "NotEnoughCoins"]
    );
    assert_eq!(<GameCode as ErrorTable>::NAME, "GameCode");
    assert_eq!(<GameCode as ErrorTable>::ENTRIES.len(), 5);
}

/// A table may extend a table that extends another.
#[parse_errors(extends = GameCode, category(Event = "Event errors"))]
pub enum EventCode {
    /// The event is over.
    EventOver = 9500,
}

#[test]
fn extensions_stack() {
    assert_eq!(EventCode::from_code(9500), Some(EventCode::EventOver));
    assert_eq!(
        EventCode::from_code(9001),
        Some(EventCode::Base(GameCode::NotEnoughCoins))
    );
    assert_eq!(
        EventCode::from_code(101),
        Some(EventCode::Base(GameCode::Base(ErrorCode::ObjectNotFound)))
    );
    assert_eq!(
        EventCode::from_name("NoSuchItem").map(EventCode::code),
        Some(101)
    );
    assert_eq!(
        EventCode::Base(GameCode::SoldOut).category().title(),
        "Store errors"
    );
}

/// A table can declare its own range instead of the docs' app range.
#[parse_errors(extends = parse_errors::ErrorCode, range = 20000..=20999, category(Module = "Module errors"))]
pub enum ModuleCode {
    /// The module is not configured.
    NotConfigured = 20001,
}

#[test]
fn a_declared_range_replaces_the_app_range() {
    assert_eq!(ModuleCode::NotConfigured.code(), 20001);
}

/// The traits an extending table writes out instead of deriving (so that a
/// base that is not a table is one error) behave as the derived ones would.
#[test]
fn written_out_traits_behave_as_derived() {
    use std::collections::hash_map::DefaultHasher;
    use std::hash::{Hash, Hasher};

    assert_eq!(format!("{:?}", GameCode::NotEnoughCoins), "NotEnoughCoins");
    assert_eq!(
        format!("{:?}", GameCode::Base(ErrorCode::ObjectNotFound)),
        "Base(ObjectNotFound)"
    );
    let copy = GameCode::SoldOut;
    #[allow(clippy::clone_on_copy)]
    let cloned = copy.clone();
    assert_eq!(copy, cloned);
    let hash = |code: GameCode| {
        let mut hasher = DefaultHasher::new();
        code.hash(&mut hasher);
        hasher.finish()
    };
    assert_eq!(
        hash(GameCode::NoSuchItem),
        hash(GameCode::Base(ErrorCode::ObjectNotFound))
    );

    // The category enum: declared order, the base's categories last, in their order.
    let store = GameCodeCategory::Store;
    let device = GameCodeCategory::Device;
    let api = GameCodeCategory::Base(Category::Api);
    let other = GameCodeCategory::Base(Category::Other);
    assert!(store < device && device < api);
    assert_eq!(api.cmp(&other), Category::Api.cmp(&Category::Other));
    assert_ne!(store, device);
    assert_eq!(api, GameCodeCategory::Base(Category::Api));
    assert_eq!(format!("{device:?}"), "Device");
    assert_eq!(format!("{api:?}"), "Base(Api)");
}
