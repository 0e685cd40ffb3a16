//! Errors whose variants carry data and keep their codes: the example
//! as written, then each part of what such an enum gets.

use parse_errors::{ErrorCode, ParseError, parse_errors};

#[test]
fn the_example_compiles_and_passes_as_written() {
    #[derive(Debug)]
    #[parse_errors(extends = parse_errors::ErrorCode, category(Shop = "Shop errors"))]
    pub enum ShopError {
        /// The player has not enough coins for this purchase.
        #[error("need {needed} coins, have {have}")]
        NotEnoughCoins { needed: u32, have: u32 } = 9001,

        /// The item asked for does not exist.
        #[entry(alias)]
        #[error("no item {0:?}")]
        NoSuchItem(String) = 101,

        /// The store could not be read.
        #[error("the store could not be read")]
        StoreUnreadable(#[from] std::io::Error) = 9002,

        /// The shop is closed.
        Closed = 9003,
    }

    let error = ShopError::NotEnoughCoins { needed: 5, have: 2 };
    assert_eq!(error.code(), 9001);
    assert_eq!(error.kind(), ShopErrorCode::NotEnoughCoins);
    assert_eq!(error.to_string(), "need 5 coins, have 2");
    assert_eq!(
        error.kind().description(),
        "The player has not enough coins for this purchase."
    );
    assert_eq!(
        ShopErrorCode::from_code(101),
        Some(ShopErrorCode::NoSuchItem)
    );
    assert_eq!(
        ShopErrorCode::from_code(209),
        Some(ShopErrorCode::Base(ErrorCode::InvalidSessionToken))
    );

    let wire = ParseError::from(ShopError::NoSuchItem("bow".into()));
    assert_eq!(
        (wire.code(), wire.message()),
        (Some(101), "no item \"bow\"")
    );
    assert_eq!(wire.http_status(), 404);

    let io = std::io::Error::other("disk");
    let error = ShopError::from(io);
    assert!(std::error::Error::source(&error).is_some());
    assert_eq!(ShopError::Closed.to_string(), "the shop is closed");
}

/// A table of its own (no `extends`), a renamed code enum, the user's own
/// derives, and every way a field becomes the source.
/// What went wrong in the store.
#[derive(Debug)]
#[parse_errors(
    code_enum = StoreCode,
    category(Store = "Store errors"),
    category(Device = "Device errors", client_only)
)]
#[derive(Clone, PartialEq)]
pub enum StoreError {
    /// The shelf is too short. Move the item elsewhere.
    #[entry(Store)]
    #[error("{item:?} needs {need:>3} cm, {have:<3}cm free {{shelf {shelf}}}")]
    ShelfTooShort {
        /// The item.
        item: String,
        /// The room it needs.
        need: u32,
        /// The room there is.
        have: u32,
        /// The shelf.
        shelf: char,
    } = 0,
    /// The price is off.
    #[entry(Store)]
    #[error("price {0:.2$} is not {1:.2$}")]
    PriceOff(f64, f64, usize) = 1,
    /// The item is sold out.
    #[entry(Store)]
    SoldOut(&'static str) = 7,
    /// The item is gone.
    #[entry(Store, alias)]
    Gone = 7,
    /// The device is offline. Check the cable.
    #[entry(Device)]
    Offline = 8,
    /// The register is jammed.
    #[entry(Device)]
    #[error("jammed")]
    Jammed = 9,
    /// The till is out of sync; the count {0} is off.
    #[entry(Device)]
    TillOutOfSync(i32) = 10,
}

// The codes of the user's variants are the discriminants of the code enum only.
#[allow(dead_code)]
const _: () = assert!(StoreCode::COUNT == 6);

/// Why a file did not load.
#[derive(Debug)]
#[parse_errors(category(Io = "I/O errors"))]
pub enum LoadError {
    /// The file could not be read.
    #[error("read failed")]
    Read(#[from] std::io::Error) = 11,
    /// The file was malformed.
    #[error("malformed at line {line}")]
    Malformed {
        /// Where.
        line: usize,
        /// Why.
        #[source]
        cause: std::fmt::Error,
    } = 12,
    /// The file was cut short.
    Truncated {
        /// Why.
        source: Box<dyn std::error::Error + Send + Sync>,
    } = 13,
    /// The file is empty.
    Empty = 14,
}

#[test]
fn display_interpolates_fields_with_their_specs_and_escapes() {
    let error = StoreError::ShelfTooShort {
        item: "bow".into(),
        need: 40,
        have: 7,
        shelf: 'B',
    };
    assert_eq!(
        error.to_string(),
        "\"bow\" needs  40 cm, 7  cm free {shelf B}"
    );
    assert_eq!(
        StoreError::PriceOff(1.5, 2.0, 2).to_string(),
        "price 1.50 is not 2.00"
    );
    assert_eq!(StoreError::Jammed.to_string(), "jammed");
}

#[test]
fn a_variant_without_display_shows_its_descriptions_first_sentence() {
    assert_eq!(
        StoreError::SoldOut("bow").to_string(),
        "the item is sold out"
    );
    assert_eq!(StoreError::Offline.to_string(), "the device is offline");
    // A description is text: braces in it are not placeholders.
    assert_eq!(
        StoreError::TillOutOfSync(3).to_string(),
        "the till is out of sync; the count {0} is off"
    );
    // An alias shows its own description, as the user's enum has it as a variant.
    assert_eq!(StoreError::Gone.to_string(), "the item is gone");
    // The code enum shows a `display` without placeholders, and the
    // description's first sentence for one with them.
    assert_eq!(StoreCode::Jammed.to_string(), "jammed");
    assert_eq!(
        StoreCode::ShelfTooShort.to_string(),
        "the shelf is too short"
    );
}

#[test]
fn every_fact_of_the_code_goes_through_kind() {
    let error = StoreError::ShelfTooShort {
        item: String::new(),
        need: 1,
        have: 0,
        shelf: 'A',
    };
    assert_eq!(error.kind(), StoreCode::ShelfTooShort);
    assert_eq!(error.code(), 0);
    assert_eq!(error.name(), "ShelfTooShort");
    assert_eq!(
        error.description(),
        "The shelf is too short. Move the item elsewhere."
    );
    assert_eq!(error.category(), StoreErrorCategory::Store);
    assert!(!error.is_client_only());
    assert!(StoreError::Offline.is_client_only());
    assert_eq!(StoreError::Offline.category(), StoreErrorCategory::Device);
    // An alias is another name of the code before it in table order.
    assert_eq!(StoreError::Gone.kind(), StoreCode::Gone);
    assert_eq!(StoreCode::Gone.code(), 7);
    assert_eq!(StoreCode::from_code(10), Some(StoreCode::TillOutOfSync));
    assert_eq!(StoreError::TillOutOfSync(1).code(), 10);
}

#[test]
fn the_users_own_derives_are_kept() {
    let error = StoreError::SoldOut("bow");
    assert_eq!(error.clone(), StoreError::SoldOut("bow"));
    assert_ne!(error, StoreError::SoldOut("arrow"));
    assert_eq!(format!("{error:?}"), "SoldOut(\"bow\")");
}

#[test]
fn source_comes_from_from_source_or_a_field_named_source() {
    use std::error::Error as _;

    let read = LoadError::from(std::io::Error::other("disk"));
    assert_eq!(
        read.source().map(ToString::to_string).as_deref(),
        Some("disk")
    );
    assert_eq!(read.to_string(), "read failed");

    let malformed = LoadError::Malformed {
        line: 3,
        cause: std::fmt::Error,
    };
    assert_eq!(malformed.to_string(), "malformed at line 3");
    assert_eq!(
        malformed.source().map(ToString::to_string),
        Some(std::fmt::Error.to_string())
    );

    let truncated = LoadError::Truncated {
        source: "cut at byte 7".into(),
    };
    assert_eq!(
        truncated.source().map(ToString::to_string).as_deref(),
        Some("cut at byte 7")
    );
    assert!(LoadError::Empty.source().is_none());
    assert!(StoreError::Offline.source().is_none());
}

#[test]
fn the_wire_keeps_the_code_and_the_display_text() {
    let wire = ParseError::from(StoreError::PriceOff(3.0, 4.0, 1));
    assert_eq!(
        (wire.code(), wire.message()),
        (Some(1), "price 3.0 is not 4.0")
    );
    // By its code, as for any error: 1 is Parse's internal server error.
    assert_eq!(wire.http_status(), 500);
    let wire: ParseError = LoadError::Empty.into();
    assert_eq!(
        (wire.code(), wire.message()),
        (Some(14), "the file is empty")
    );
    // A table's values convert as before.
    let wire = ParseError::from(ErrorCode::ObjectNotFound);
    assert_eq!(wire.code(), Some(101));
    assert_eq!(wire.http_status(), 404);
}

#[test]
fn code_that_works_over_any_coded_error_takes_both_shapes() {
    use parse_errors::{CodedError, ErrorTable};

    fn line<E: CodedError>(error: &E) -> String {
        format!("{} {}: {error}", error.code(), error.kind().name())
    }

    assert_eq!(line(&StoreError::Jammed), "9 Jammed: jammed");
    assert_eq!(line(&StoreCode::Jammed), "9 Jammed: jammed");
    assert_eq!(
        <<LoadError as CodedError>::Table as ErrorTable>::NAME,
        "LoadErrorCode"
    );
}

parse_errors::assert_disjoint!(StoreError, LoadError);
