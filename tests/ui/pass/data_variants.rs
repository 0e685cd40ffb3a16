//! An error enum whose variants carry data, on top of Parse's codes: the
//! README's example, compiled as a user's crate would.
use parse_errors::{ErrorCode, ParseError, parse_errors};

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

fn main() {
    let error = ShopError::NotEnoughCoins { needed: 5, have: 2 };
    assert_eq!(error.kind(), ShopErrorCode::NotEnoughCoins);
    assert_eq!(error.to_string(), "need 5 coins, have 2");
    let wire = ParseError::from(ShopError::NoSuchItem("bow".into()));
    assert_eq!((wire.code(), wire.message()), (Some(101), "no item \"bow\""));
    assert_eq!(ShopErrorCode::from_code(209), Some(ShopErrorCode::Base(ErrorCode::InvalidSessionToken)));
    assert_eq!(ShopError::Closed.category(), ShopErrorCategory::Shop);
}
