//! A retired code keeps its place: `#[deprecated]` on an entry warns where the
//! user names it, and the table still reads the code, so old logs, old clients
//! and stored replies keep their meaning (no new entry may take the code:
//! `tests/ui/fail/retired_code_reused.rs`).

use parse_errors::{ErrorCode, ErrorTable, parse_errors};

/// A shop's errors after its 2.0 release, which stopped selling coupons.
#[derive(Debug)]
#[parse_errors(extends = parse_errors::ErrorCode, category(Shop = "Shop errors"))]
pub enum ShopError {
    /// The player has not enough coins for this purchase.
    #[error("need {needed} coins, have {have}")]
    NotEnoughCoins {
        /// The price.
        needed: u32,
        /// The player's coins.
        have: u32,
    } = 9001,

    /// Coupons are no longer sold.
    #[deprecated(note = "coupons were retired in 2.0; the code stays taken")]
    CouponExpired = 9002,

    /// The coupon's old name.
    #[deprecated(note = "coupons were retired in 2.0")]
    #[entry(alias)]
    VoucherExpired = 9002,

    /// The shop is closed.
    Closed = 9003,

    /// A gift card was refused.
    #[deprecated(note = "gift cards were retired in 2.0")]
    #[error("gift card {card} was refused")]
    GiftCardRefused {
        /// The card's number.
        card: u32,
    } = 9004,
}

#[test]
#[allow(deprecated)]
fn a_retired_code_is_still_found_by_its_code_and_its_names() {
    let retired = ShopErrorCode::CouponExpired;
    assert_eq!(ShopErrorCode::from_code(9002), Some(retired));
    assert_eq!(ShopErrorCode::try_from(9002), Ok(retired));
    assert_eq!(ShopErrorCode::from_name("CouponExpired"), Some(retired));
    assert_eq!(ShopErrorCode::from_name("VoucherExpired"), Some(retired));
    assert_eq!(ShopErrorCode::VoucherExpired, retired);
    assert_eq!(retired.code(), 9002);
    assert_eq!(retired.name(), "CouponExpired");
    assert_eq!(ShopError::CouponExpired.kind(), retired);
    assert_eq!(ShopError::CouponExpired.code(), 9002);
    // A retired variant with data keeps its code and its text.
    let refused = ShopError::GiftCardRefused { card: 7 };
    assert_eq!(refused.to_string(), "gift card 7 was refused");
    assert_eq!(refused.kind(), ShopErrorCode::GiftCardRefused);
    assert_eq!(
        ShopErrorCode::from_code(9004),
        Some(ShopErrorCode::GiftCardRefused)
    );
    // The codes around them are untouched.
    assert_eq!(ShopErrorCode::from_code(9003), Some(ShopErrorCode::Closed));
    assert_eq!(
        ShopErrorCode::from_code(209),
        Some(ShopErrorCode::Base(ErrorCode::InvalidSessionToken))
    );
}

#[test]
fn entries_say_which_rows_are_retired() {
    let retired: Vec<(&str, i32)> = ShopErrorCode::ENTRIES
        .iter()
        .filter(|row| row.retired)
        .map(|row| (row.name, row.code))
        .collect();
    assert_eq!(
        retired,
        [
            ("CouponExpired", 9002),
            ("VoucherExpired", 9002),
            ("GiftCardRefused", 9004)
        ]
    );
    assert_eq!(
        <ShopErrorCode as ErrorTable>::ENTRIES.len(),
        ShopErrorCode::ENTRIES.len()
    );
    #[allow(deprecated)]
    let row = ShopErrorCode::CouponExpired.entry();
    assert!(row.retired && !row.alias);
}

#[test]
#[allow(deprecated)]
fn a_stored_reply_with_a_retired_code_still_reads() {
    let read: Vec<Option<ShopErrorCode>> =
        serde_json::from_str("[9001, 9002, null]").expect("retired codes still read");
    assert_eq!(
        read,
        [
            Some(ShopErrorCode::NotEnoughCoins),
            Some(ShopErrorCode::CouponExpired),
            None
        ]
    );
    assert_eq!(
        serde_json::to_string(&ShopErrorCode::CouponExpired).expect("serializes"),
        "9002"
    );
}
