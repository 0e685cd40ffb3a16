//! Naming a retired entry warns with the table's note; nothing the macro
//! generates does, so under `deny(deprecated)` the uses below are the only errors.
#![deny(deprecated)]

use parse_errors::parse_errors;

#[derive(Debug)]
#[parse_errors(extends = parse_errors::ErrorCode, category(Shop = "Shop errors"))]
pub enum ShopError {
    /// The player has not enough coins for this purchase.
    #[error("need {needed} coins, have {have}")]
    NotEnoughCoins { needed: u32, have: u32 } = 9001,

    /// Coupons are no longer sold.
    #[deprecated(note = "coupons were retired in 2.0; the code stays taken")]
    CouponExpired = 9002,
}

fn main() {
    let _ = ShopErrorCode::from_code(9002) == Some(ShopErrorCode::CouponExpired);
    let _ = ShopError::CouponExpired;
}
