//! Retired entries and a retired table: `#[deprecated]` warns where the user
//! names them, never in the code the macro writes, so this compiles under
//! `deny(deprecated)` for a table of its own, an extending one and an error
//! enum.
#![deny(deprecated, warnings)]

use parse_errors::parse_errors;

#[parse_errors(category(App = "App errors"))]
pub enum AppCode {
    /// The first cause.
    First = 1,
    /// A cause no longer raised.
    #[deprecated(note = "retired in 2.0; the code stays taken")]
    Retired = 2,
    /// Another name of the retired cause.
    #[deprecated]
    #[entry(alias)]
    OldName = 2,
}

#[deprecated(note = "the whole table is retired")]
#[parse_errors(extends = parse_errors::ErrorCode, category(Shop = "Shop errors"))]
pub enum OldShopCode {
    /// The shop is closed.
    Closed = 9001,
    /// A retired cause of the old shop.
    #[deprecated]
    Gone = 9002,
}

#[derive(Debug)]
#[parse_errors(extends = parse_errors::ErrorCode, category(Shop = "Shop errors"))]
pub enum ShopError {
    /// The player has not enough coins for this purchase.
    #[error("need {needed} coins")]
    NotEnoughCoins { needed: u32 } = 9001,
    /// Coupons are no longer sold.
    #[deprecated(note = "coupons were retired in 2.0")]
    CouponExpired = 9002,
}

fn main() {
    assert_eq!(AppCode::from_code(1), Some(AppCode::First));
    assert!(AppCode::ENTRIES.iter().filter(|row| row.retired).count() == 2);
    #[allow(deprecated)]
    {
        assert_eq!(AppCode::from_code(2), Some(AppCode::Retired));
        assert_eq!(OldShopCode::from_code(9002), Some(OldShopCode::Gone));
        assert_eq!(ShopErrorCode::from_code(9002), Some(ShopErrorCode::CouponExpired));
        assert_eq!(ShopError::CouponExpired.code(), 9002);
    }
    assert_eq!(ShopError::NotEnoughCoins { needed: 2 }.to_string(), "need 2 coins");
}
