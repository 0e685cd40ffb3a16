//! Issue 19's example, as written: codes as numbers in a user's serde struct,
//! an error enum as the body Parse Server writes, and a retired code that
//! keeps its place.

// The example's enum has a variant it never builds.
#[allow(dead_code)]
#[test]
fn the_issues_example_passes_as_written() {
    use parse_errors::{ErrorCode, parse_errors};
    use serde::{Deserialize, Serialize};

    #[derive(Debug)]
    #[parse_errors(extends = parse_errors::ErrorCode, category(Shop = "Shop errors"))]
    pub enum ShopError {
        /// The player has not enough coins for this purchase.
        #[error("need {needed} coins, have {have}")]
        NotEnoughCoins { needed: u32, have: u32 } = 9001,

        /// Coupons are no longer sold.
        #[deprecated(note = "coupons were retired in 2.0; the code stays taken")]
        CouponExpired = 9002,

        /// The shop is closed.
        Closed = 9003,
    }

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    struct Reply {
        code: ErrorCode,
        shop: ShopErrorCode,
        last: Option<ShopErrorCode>,
    }

    let reply = Reply {
        code: ErrorCode::ObjectNotFound,
        shop: ShopErrorCode::Base(ErrorCode::InvalidSessionToken),
        last: Some(ShopErrorCode::Closed),
    };
    let json = serde_json::to_string(&reply).unwrap();
    assert_eq!(json, r#"{"code":101,"shop":209,"last":9003}"#);
    assert_eq!(serde_json::from_str::<Reply>(&json).unwrap(), reply);

    // An unknown code is an error that names it and the table.
    let error =
        serde_json::from_str::<Reply>(r#"{"code":4242,"shop":209,"last":null}"#).unwrap_err();
    assert!(error.to_string().contains("4242"));

    // An error enum goes out as the body Parse Server writes for an error.
    let body = serde_json::to_string(&ShopError::NotEnoughCoins { needed: 5, have: 2 }).unwrap();
    assert_eq!(body, r#"{"code":9001,"error":"need 5 coins, have 2"}"#);

    // A retired code keeps its place: it still reads old logs, and no other entry may take it.
    #[allow(deprecated)]
    let retired = ShopErrorCode::CouponExpired;
    assert_eq!(ShopErrorCode::from_code(9002), Some(retired));
}
