//! Errors whose variants carry data and keep their codes: the example
//! as written, then each part of what such an enum gets.

use parse_errors::{ErrorCode, ParseError, parse_errors};

#[test]
fn the_example_compiles_and_passes_as_written() {
    #[parse_errors(extends = parse_errors::ErrorCode, category(Shop = "Shop errors"))]
    pub enum ShopError {
        /// The player has not enough coins for this purchase.
        #[entry(display = "need {needed} coins, have {have}")]
        NotEnoughCoins { needed: u32, have: u32 } = 9001,

        /// The item asked for does not exist.
        #[entry(alias, display = "no item {0:?}")]
        NoSuchItem(String) = 101,

        /// The store could not be read.
        #[entry(display = "the store could not be read")]
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
