//! An error enum with data whose table has mistakes, and whose `display`s and
//! sources have some too, still gives the rest of the crate its whole API:
//! the compiler reports those mistakes and nothing else, under the strictest lints.
#![deny(warnings, missing_docs, unsafe_code, clippy::pedantic)]

use parse_errors::{CodedError, ParseError, parse_errors};

/// The app's errors.
#[derive(Debug)]
#[parse_errors(extends = parse_errors::ErrorCode, category(Shop = "Shop errors"))]
pub enum ShopError {
    /// The player has not enough coins.
    #[entry(Shp)]
    #[error("need {neded} coins")]
    NotEnoughCoins {
        /// How many.
        needed: u32,
    } = 9001,
    /// The item does not exist.
    #[entry(alias)]
    #[error("no item {0:?}")]
    NoSuchItem(String) = 101,
    /// The store could not be read.
    StoreUnreadable(#[from] std::io::Error) = 9001,
    Closed = 9003,
}

fn wire(error: ShopError) -> ParseError {
    ParseError::from(error)
}

fn kind<E: CodedError>(error: &E) -> E::Table {
    error.kind()
}

fn main() {
    let error = ShopError::from(std::io::Error::other("disk"));
    let _ = (error.code(), error.name(), error.description(), error.category(), error.is_client_only());
    let _ = std::error::Error::source(&error);
    let _: ShopErrorCode = kind(&error);
    let _ = wire(ShopError::NotEnoughCoins { needed: 1 }).message().len();
    let _ = ShopErrorCode::from_code(101).map(|code| code.name());
    let _ = ShopError::NoSuchItem(String::new()).to_string();
    let _ = ShopError::Closed;
}
