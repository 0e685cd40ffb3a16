//! Issue 18's example, as written: a thiserror enum migrated to
//! `#[parse_errors]` by swapping its derive for the attribute and adding codes
//! and doc comments, with extra format arguments, a lifetime and a type
//! parameter, a `PathBuf` field, `#[source]`, `#[error(transparent)]` with
//! `#[from]`, and a variant without a message.

// The example declares a variant it never builds.
#[allow(dead_code)]
#[test]
fn the_issues_example_passes_as_written() {
    use parse_errors::{ErrorCode, ParseError, parse_errors};
    use std::path::PathBuf;

    #[derive(Debug)]
    #[parse_errors(extends = parse_errors::ErrorCode, category(Shop = "Shop errors"))]
    pub enum ShopError<'a, T: std::fmt::Debug> {
        /// The player has not enough coins for this purchase.
        #[error("need {needed} coins, have {have} ({} short)", .needed - .have)]
        NotEnoughCoins { needed: u32, have: u32 } = 9001,

        /// The item asked for does not exist.
        #[entry(alias)]
        #[error("no item {0:?} among {count} items", count = .1.len())]
        NoSuchItem(&'a str, Vec<T>) = 101,

        /// The price list could not be read.
        #[error("cannot read {path}")]
        PriceList {
            path: PathBuf,
            #[source]
            source: std::io::Error,
        } = 9002,

        /// The store failed.
        #[error(transparent)]
        Store(#[from] std::io::Error) = 9003,

        /// The shop is closed.
        Closed = 9004,
    }

    let error: ShopError<'_, u8> = ShopError::NotEnoughCoins { needed: 5, have: 2 };
    assert_eq!(error.code(), 9001);
    assert_eq!(error.to_string(), "need 5 coins, have 2 (3 short)");
    assert_eq!(
        ShopError::<u8>::NoSuchItem("bow", vec![1, 2]).to_string(),
        "no item \"bow\" among 2 items"
    );
    assert_eq!(ShopErrorCode::from_code(9003), Some(ShopErrorCode::Store));
    let error: ShopError<'_, u8> = std::io::Error::other("disk full").into();
    assert_eq!(error.to_string(), "disk full");
    assert_eq!(ParseError::from(error).code(), Some(9003));
    assert_eq!(ShopError::<u8>::Closed.to_string(), "the shop is closed");
    assert_eq!(
        ErrorCode::ScriptFailed.to_string(),
        "Cloud Code script failed"
    );
}
