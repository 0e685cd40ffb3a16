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

    /// The gift card was rejected: a new meaning for a retired code, which old
    /// clients and logs still read as a coupon that expired.
    GiftCardRejected = 9002,
}

fn main() {}
