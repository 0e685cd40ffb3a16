// The table, as `#[parse_errors]` reads it. The crate does not compile this
// file: it compiles `errors_gen.rs`, its expansion, which `tests/errors_gen.rs`
// keeps current (`PARSE_ERRORS_BLESS=1 cargo test` rewrites it after a change
// here). Plain comments such as this one are not carried over; doc comments are.

//! The error codes of the shop.

use parse_errors::parse_errors;

/// An error code of the shop's Cloud Code functions, in Parse's range for
/// applications.
///
/// ```
/// use parse_errors_pre_expanded_example::ShopCode;
///
/// let code = ShopCode::from_code(9001).expect("a shop code");
/// assert_eq!(code, ShopCode::NotEnoughCoins);
/// assert_eq!(code.to_string(), "not enough coins");
/// ```
#[parse_errors(
    category(Purchase = "Purchase errors"),
    category(Inventory = "Inventory errors"),
    range = 9000..=9099
)]
pub enum ShopCode {
    /// The player has fewer coins than the item costs.
    #[entry(Purchase)]
    #[error("not enough coins")]
    NotEnoughCoins = 9001,
    /// The purchase was already made with this receipt.
    #[entry(Purchase)]
    #[error("the receipt was already used")]
    ReceiptUsed = 9002,
    /// The item is not sold any more.
    #[entry(Inventory)]
    #[error("the item is sold out")]
    SoldOut = 9010,
    /// The item does not exist in the shop's catalogue.
    #[entry(Inventory)]
    #[error("no such item")]
    UnknownItem = 9011,
}
