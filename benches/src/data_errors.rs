//! An error enum whose variants carry data, through `#[parse_errors]` and
//! through thiserror, with the same format strings, and the stream of values
//! whose `Display` the benchmarks write.

use parse_errors::parse_errors;

/// The errors, through `#[parse_errors]`.
#[derive(Debug)]
#[parse_errors(category(Shop = "Shop errors"))]
pub enum ShopError {
    /// The player has not enough coins for this purchase.
    #[error("need {needed} coins, have {have}")]
    NotEnoughCoins { needed: u32, have: u32 } = 9001,
    /// The item asked for does not exist.
    #[error("no item {0:?}")]
    NoSuchItem(String) = 9002,
    /// A shelf is full.
    #[error("shelf {shelf:>3} holds {count:05}")]
    ShelfFull { shelf: u8, count: u32 } = 9003,
    /// The shop is closed.
    #[error("the shop is closed")]
    Closed = 9004,
    /// The player is short of coins, with extra format arguments.
    #[error("need {needed} coins, {} short, {ratio:.1}x", .needed - .have, ratio = f64::from(*.needed) / f64::from(*.have))]
    Short { needed: u32, have: u32 } = 9005,
}

/// The same errors, through thiserror.
#[derive(Debug, thiserror::Error)]
pub enum ThisError {
    #[error("need {needed} coins, have {have}")]
    NotEnoughCoins { needed: u32, have: u32 },
    #[error("no item {0:?}")]
    NoSuchItem(String),
    #[error("shelf {shelf:>3} holds {count:05}")]
    ShelfFull { shelf: u8, count: u32 },
    #[error("the shop is closed")]
    Closed,
    #[error("need {needed} coins, {} short, {ratio:.1}x", .needed - .have, ratio = f64::from(*.needed) / f64::from(*.have))]
    Short { needed: u32, have: u32 },
}

/// How many values one iteration writes.
pub const DATA_STREAM: usize = 1024;

/// The shapes measured: a name, and the variant (by index) or all of them.
pub const SHAPES: [(&str, Option<usize>); 6] = [
    ("struct_two_fields", Some(0)),
    ("tuple_debug_string", Some(1)),
    ("struct_with_specs", Some(2)),
    ("unit", Some(3)),
    ("extra_arguments", Some(4)),
    ("mixed", None),
];

/// How many shapes the stream cycles through.
const VARIANTS: usize = 5;

/// The `index`th value of the stream.
pub fn ours(index: usize) -> ShopError {
    let small = u32::try_from(index % 97).unwrap();
    match index % VARIANTS {
        0 => ShopError::NotEnoughCoins {
            needed: small * 7,
            have: small,
        },
        1 => ShopError::NoSuchItem(format!("item-{small}")),
        2 => ShopError::ShelfFull {
            shelf: u8::try_from(small).unwrap(),
            count: small * 13,
        },
        3 => ShopError::Closed,
        _ => ShopError::Short {
            needed: small * 7 + 1,
            have: small + 1,
        },
    }
}

/// The same value, as thiserror's enum.
pub fn theirs(index: usize) -> ThisError {
    match ours(index) {
        ShopError::NotEnoughCoins { needed, have } => ThisError::NotEnoughCoins { needed, have },
        ShopError::NoSuchItem(item) => ThisError::NoSuchItem(item),
        ShopError::ShelfFull { shelf, count } => ThisError::ShelfFull { shelf, count },
        ShopError::Closed => ThisError::Closed,
        ShopError::Short { needed, have } => ThisError::Short { needed, have },
    }
}

/// The values of one shape, in both enums.
pub fn streams(only: Option<usize>) -> (Vec<ShopError>, Vec<ThisError>) {
    let indices: Vec<usize> = (0..DATA_STREAM * VARIANTS)
        .filter(|index| only.is_none_or(|shape| index % VARIANTS == shape))
        .take(DATA_STREAM)
        .collect();
    (
        indices.iter().map(|&index| ours(index)).collect(),
        indices.iter().map(|&index| theirs(index)).collect(),
    )
}
