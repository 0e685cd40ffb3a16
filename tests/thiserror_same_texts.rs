//! Issue 18's promise, checked against thiserror itself: the same enum under
//! `#[derive(Debug, thiserror::Error)]` (without the codes and the doc
//! comments, and with a message on the variant that has none here) shows the
//! same texts and the same sources.

// thiserror's enum, as a thiserror user writes it, has no doc comments.
#![allow(missing_docs)]

use std::error::Error as _;
use std::path::PathBuf;

use parse_errors::parse_errors;

/// The shop's errors.
#[derive(Debug)]
#[parse_errors(extends = parse_errors::ErrorCode, category(Shop = "Shop errors"))]
pub enum ShopError<'a, T: std::fmt::Debug> {
    /// The player has not enough coins for this purchase.
    #[error("need {needed} coins, have {have} ({} short)", .needed - .have)]
    NotEnoughCoins {
        /// The price.
        needed: u32,
        /// The purse.
        have: u32,
    } = 9001,
    /// The item asked for does not exist.
    #[entry(alias)]
    #[error("no item {0:?} among {count} items", count = .1.len())]
    NoSuchItem(&'a str, Vec<T>) = 101,
    /// The price list could not be read.
    #[error("cannot read {path}")]
    PriceList {
        /// Where the list is.
        path: PathBuf,
        /// Why it could not be read.
        #[source]
        source: std::io::Error,
    } = 9002,
    /// The store failed.
    #[error(transparent)]
    Store(#[from] std::io::Error) = 9003,
    /// The shop is closed.
    Closed = 9004,
}

/// The same errors as thiserror's.
#[derive(Debug, thiserror::Error)]
pub enum ThisError<'a, T: std::fmt::Debug> {
    #[error("need {needed} coins, have {have} ({} short)", .needed - .have)]
    NotEnoughCoins { needed: u32, have: u32 },
    #[error("no item {0:?} among {count} items", count = .1.len())]
    NoSuchItem(&'a str, Vec<T>),
    #[error("cannot read {path}")]
    PriceList {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Store(#[from] std::io::Error),
    #[error("the shop is closed")]
    Closed,
}

fn both(index: usize) -> (ShopError<'static, u8>, ThisError<'static, u8>) {
    let io = || std::io::Error::other("disk full");
    match index {
        0 => (
            ShopError::NotEnoughCoins { needed: 5, have: 2 },
            ThisError::NotEnoughCoins { needed: 5, have: 2 },
        ),
        1 => (
            ShopError::NoSuchItem("bow", vec![1, 2]),
            ThisError::NoSuchItem("bow", vec![1, 2]),
        ),
        2 => (
            ShopError::PriceList {
                path: PathBuf::from("/srv/prices.csv"),
                source: io(),
            },
            ThisError::PriceList {
                path: PathBuf::from("/srv/prices.csv"),
                source: io(),
            },
        ),
        3 => (io().into(), io().into()),
        _ => (ShopError::Closed, ThisError::Closed),
    }
}

#[test]
fn every_variant_shows_thiserrors_text_and_source() {
    for index in 0..5 {
        let (ours, theirs) = both(index);
        assert_eq!(ours.to_string(), theirs.to_string(), "variant {index}");
        assert_eq!(
            ours.source().map(ToString::to_string),
            theirs.source().map(ToString::to_string),
            "the source of variant {index}"
        );
    }
}
