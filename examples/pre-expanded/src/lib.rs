//! A library that ships its own table of Parse error codes pre-expanded:
//! its users compile `parse-errors` with default features, and no proc
//! macro.
//!
//! ```
//! use parse_errors_pre_expanded_example::{ShopCode, ShopCodeCategory, advice};
//!
//! assert_eq!(ShopCode::SoldOut.category(), ShopCodeCategory::Inventory);
//! assert_eq!(advice(9001), Some("not enough coins: earn or buy coins, then try again"));
//! assert_eq!(advice(101), None);
//! ```

// The table as `#[parse_errors]` expands `errors.rs`, checked in; formatted
// by prettyplease when generated, so rustfmt leaves it alone.
#[path = "errors_gen.rs"]
#[rustfmt::skip]
mod errors;

pub use errors::{ShopCode, ShopCodeCategory};

/// What to tell a player about a failed call that answered with `code`, or
/// `None` when the code is not the shop's.
#[must_use]
pub fn advice(code: i32) -> Option<&'static str> {
    Some(match ShopCode::from_code(code)? {
        ShopCode::NotEnoughCoins => "not enough coins: earn or buy coins, then try again",
        ShopCode::ReceiptUsed => "this purchase was made already",
        ShopCode::SoldOut | ShopCode::UnknownItem => "the item cannot be bought",
    })
}
