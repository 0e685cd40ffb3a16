//! Codes in serde, with parse-errors' `serde` feature and the user's own serde:
//! a table is its integer code both ways, an unknown code or a number that is
//! no code is an error that says which, and an error enum goes out as the body
//! Parse Server writes for an error.

use std::fmt;

use parse_errors::{CodedError, ErrorCode, ErrorTable, LiveQueryCode, ParseError, parse_errors};
use proptest::prelude::*;
use serde::{Deserialize, Serialize};

/// The table's value for `json`, or serde's error as text without the
/// position `serde_json` adds (`... at line 1 column 4`).
fn read<T: ErrorTable + for<'de> Deserialize<'de>>(json: &str) -> Result<T, String> {
    serde_json::from_str::<T>(json).map_err(|error| {
        let text = error.to_string();
        let (message, position) = text.rsplit_once(" at line ").expect("a position");
        assert!(position.starts_with("1 column "), "{text}");
        message.to_owned()
    })
}

/// Every name of every code of `T`, canonical and alias, goes out as its code
/// and comes back as the code's value.
fn every_row_round_trips<T: ErrorTable + Serialize + for<'de> Deserialize<'de>>() {
    for row in T::ENTRIES {
        let value = T::from_name(row.name).expect("every row's name is found");
        let json = serde_json::to_string(&value).expect("a code serializes");
        assert_eq!(json, row.code.to_string(), "{}", row.name);
        assert_eq!(read::<T>(&json), Ok(value), "{}", row.name);
        assert_eq!(T::from_code(row.code), Some(value), "{}", row.name);
    }
}

#[test]
fn every_official_name_goes_out_as_its_code_and_comes_back() {
    every_row_round_trips::<ErrorCode>();
    for &code in ErrorCode::ALL {
        let json = serde_json::to_string(&code).expect("a code serializes");
        assert_eq!(json, code.code().to_string());
        assert_eq!(read::<ErrorCode>(&json), Ok(code));
    }
    // An alias is its code: it comes back as the code's canonical variant.
    assert_eq!(
        serde_json::to_string(&ErrorCode::UserInvalidLoginParams).expect("serializes"),
        "101"
    );
    assert_eq!(read::<ErrorCode>("101"), Ok(ErrorCode::ObjectNotFound));
}

#[test]
fn every_live_query_code_goes_out_as_its_code_and_comes_back() {
    every_row_round_trips::<LiveQueryCode>();
    for &code in LiveQueryCode::ALL {
        let json = serde_json::to_string(&code).expect("a code serializes");
        assert_eq!(read::<LiveQueryCode>(&json), Ok(code));
    }
    assert_eq!(read::<LiveQueryCode>("4"), Ok(LiveQueryCode::InvalidKeys));
    // 209 is a Parse code, not one of the protocol's.
    assert_eq!(
        read::<LiveQueryCode>("209"),
        Err("unknown LiveQueryCode 209: the table has no entry with this code".to_owned())
    );
}

#[test]
fn options_and_lists_of_codes_too() {
    let codes = vec![ErrorCode::InvalidSessionToken, ErrorCode::ObjectNotFound];
    let json = serde_json::to_string(&codes).expect("serializes");
    assert_eq!(json, "[209,101]");
    assert_eq!(
        serde_json::from_str::<Vec<ErrorCode>>(&json).ok(),
        Some(codes)
    );

    let some = Some(LiveQueryCode::InvalidKeys);
    assert_eq!(serde_json::to_string(&some).expect("serializes"), "4");
    assert_eq!(
        serde_json::from_str::<Option<LiveQueryCode>>("4").ok(),
        Some(some)
    );
    assert_eq!(
        serde_json::to_string(&None::<ErrorCode>).expect("serializes"),
        "null"
    );
    assert_eq!(
        serde_json::from_str::<Option<ErrorCode>>("null").ok(),
        Some(None)
    );

    // One unknown code fails the whole list, naming it.
    let error = serde_json::from_str::<Vec<ErrorCode>>("[101,4242]").expect_err("4242 is unknown");
    assert!(
        error.to_string().starts_with("unknown ErrorCode 4242: "),
        "{error}"
    );
}

#[test]
fn an_unknown_code_names_the_code_and_the_table() {
    assert_eq!(
        read::<ErrorCode>("4242"),
        Err("unknown ErrorCode 4242: the table has no entry with this code".to_owned())
    );
    assert_eq!(
        read::<ErrorCode>("-7"),
        Err("unknown ErrorCode -7: the table has no entry with this code".to_owned())
    );
}

#[test]
fn a_number_outside_i32_is_refused_with_its_value() {
    for (json, value) in [
        ("2147483648", "integer `2147483648`"),
        ("-2147483649", "integer `-2147483649`"),
        ("18446744073709551615", "integer `18446744073709551615`"),
    ] {
        assert_eq!(
            read::<ErrorCode>(json),
            Err(format!(
                "invalid value: {value}, expected a code of ErrorCode: an integer within i32"
            ))
        );
    }
}

#[test]
fn anything_but_an_integer_is_refused_saying_what_came_and_what_a_code_is() {
    for (json, came) in [
        (r#""101""#, r#"string "101""#),
        ("101.0", "floating point `101.0`"),
        ("true", "boolean `true`"),
        ("null", "null"),
        ("[101]", "sequence"),
        (r#"{"code":101}"#, "map"),
    ] {
        let error = read::<ErrorCode>(json).expect_err(json);
        assert!(
            error.starts_with(&format!(
                "invalid type: {came}, expected a code of ErrorCode: an integer within i32"
            )),
            "{json}: {error}"
        );
    }
}

proptest! {
    /// Any integer serde gives: a code the table has comes back as its value,
    /// any other is an error naming it and the table.
    #[test]
    fn any_integer_is_its_code_or_an_error_naming_it(number in prop_oneof![
        any::<i32>().prop_map(i64::from),
        any::<i64>(),
        (-100_i64..10_000).boxed(),
    ]) {
        let expected = i32::try_from(number).map_or_else(
            |_| Err(format!(
                "invalid value: integer `{number}`, expected a code of ErrorCode: an integer within i32"
            )),
            |code| ErrorCode::from_code(code).ok_or_else(|| {
                format!("unknown ErrorCode {code}: the table has no entry with this code")
            }),
        );
        prop_assert_eq!(read::<ErrorCode>(&number.to_string()), expected);
    }
}

/// A user's own struct with codes in it, derived with the user's own serde.
#[derive(Serialize, Deserialize, Debug, PartialEq)]
struct Reply {
    code: ErrorCode,
    live: LiveQueryCode,
    last: Option<ErrorCode>,
    seen: Vec<ErrorCode>,
}

#[test]
fn a_users_derived_struct_holds_codes_as_numbers() {
    let reply = Reply {
        code: ErrorCode::ObjectNotFound,
        live: LiveQueryCode::InvalidKeys,
        last: Some(ErrorCode::InvalidSessionToken),
        seen: vec![ErrorCode::ConnectionFailed],
    };
    let json = serde_json::to_string(&reply).expect("serializes");
    assert_eq!(json, r#"{"code":101,"live":4,"last":209,"seen":[100]}"#);
    assert_eq!(serde_json::from_str::<Reply>(&json).ok(), Some(reply));

    let error = serde_json::from_str::<Reply>(r#"{"code":4242,"live":4,"last":null,"seen":[]}"#)
        .expect_err("4242 is unknown");
    assert!(error.to_string().contains("4242"), "{error}");
    assert!(error.to_string().contains("ErrorCode"), "{error}");
}

/// A hand-written `CodedError` with type and lifetime parameters and a where
/// clause: `serde_coded_error!` passes generics through as the macro will
/// give them for a generic error enum.
#[derive(Debug)]
struct Tagged<'a, T: fmt::Display> {
    tag: &'a str,
    value: T,
}

impl<T: fmt::Display> fmt::Display for Tagged<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.tag, self.value)
    }
}

impl<T: fmt::Display> CodedError for Tagged<'_, T> {
    type Table = ErrorCode;

    fn kind(&self) -> ErrorCode {
        ErrorCode::ScriptFailed
    }
}

parse_errors::__private::serde_coded_error!({<'a, T: fmt::Display>} {Tagged<'a, T>} {where T: fmt::Debug,});

#[test]
fn a_generic_error_goes_out_as_the_body_parse_error_writes() {
    let error = Tagged {
        tag: "quoted \"tag\"\n",
        value: 'é',
    };
    let body = serde_json::to_string(&error).expect("serializes");
    assert_eq!(body, r#"{"code":141,"error":"quoted \"tag\"\n é"}"#);
    assert_eq!(
        body,
        serde_json::to_string(&ParseError::from(error)).expect("serializes")
    );
}

// Tables and an error enum as `#[parse_errors]` makes them: the expansion
// invokes `serde_code_table!` and `serde_coded_error!` itself.
#[parse_errors(category(Game = "Game errors"))]
enum GameError {
    /// The level does not exist.
    LevelNotFound = 9002,
    /// The level does not exist.
    #[entry(alias)]
    UnknownLevel = 9002,
    /// A negative code of an app.
    Negative = -9,
}

#[derive(Debug)]
#[parse_errors(extends = parse_errors::ErrorCode, category(Shop = "Shop errors"))]
enum ShopError {
    /// The player has not enough coins for this purchase.
    #[error("need {needed} coins, have {have}")]
    NotEnoughCoins { needed: u32, have: u32 } = 9001,
    /// The item asked for does not exist.
    #[entry(alias)]
    #[error("no item {0:?}")]
    NoSuchItem(String) = 101,
    /// The shop is closed.
    Closed = 9003,
}

/// What a shop answers: a code of the official table, an extending table's
/// code, and an optional one.
#[derive(Serialize, Deserialize, Debug, PartialEq)]
struct ShopReply {
    code: ErrorCode,
    shop: ShopErrorCode,
    last: Option<ShopErrorCode>,
}

#[test]
fn an_own_table_round_trips_every_name_and_refuses_other_codes() {
    every_row_round_trips::<GameError>();
    assert_eq!(
        serde_json::to_string(&GameError::UnknownLevel).expect("serializes"),
        "9002"
    );
    assert_eq!(read::<GameError>("-9"), Ok(GameError::Negative));
    // No base: a Parse code is not one of its codes.
    assert_eq!(
        read::<GameError>("101"),
        Err("unknown GameError 101: the table has no entry with this code".to_owned())
    );
}

#[test]
fn an_extending_table_reads_its_base_codes_as_base() {
    every_row_round_trips::<ShopErrorCode>();
    let reply = ShopReply {
        code: ErrorCode::ObjectNotFound,
        shop: ShopErrorCode::Base(ErrorCode::InvalidSessionToken),
        last: Some(ShopErrorCode::Closed),
    };
    let json = serde_json::to_string(&reply).expect("serializes");
    assert_eq!(json, r#"{"code":101,"shop":209,"last":9003}"#);
    assert_eq!(serde_json::from_str::<ShopReply>(&json).ok(), Some(reply));
    // The table's own name for a base code, and a base code it has no name for.
    assert_eq!(read::<ShopErrorCode>("101"), Ok(ShopErrorCode::NoSuchItem));
    assert_eq!(
        read::<ShopErrorCode>("100"),
        Ok(ShopErrorCode::Base(ErrorCode::ConnectionFailed))
    );
    assert_eq!(
        read::<ShopErrorCode>("9999"),
        Err("unknown ShopErrorCode 9999: the table has no entry with this code".to_owned())
    );
}

#[test]
fn an_error_enum_goes_out_as_the_body_parse_error_writes() {
    for error in [
        ShopError::NotEnoughCoins { needed: 5, have: 2 },
        ShopError::NoSuchItem("bow \"long\"\n".to_owned()),
        ShopError::Closed,
    ] {
        let body = serde_json::to_string(&error).expect("serializes");
        assert_eq!(
            body,
            serde_json::to_string(&ParseError::from(error)).expect("serializes")
        );
    }
    assert_eq!(
        serde_json::to_string(&ShopError::NotEnoughCoins { needed: 5, have: 2 })
            .expect("serializes"),
        r#"{"code":9001,"error":"need 5 coins, have 2"}"#
    );
    assert_eq!(
        serde_json::to_value(ShopError::NoSuchItem("bow".to_owned())).expect("serializes"),
        serde_json::json!({"code": 101, "error": "no item \"bow\""})
    );
}
