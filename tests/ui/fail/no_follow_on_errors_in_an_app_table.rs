//! An app table with mistakes keeps its base and its whole API: only the
//! table's own mistakes are reported.
#![deny(warnings, missing_docs)]

use parse_errors::{ErrorCode, parse_errors};

/// The app's codes, on top of Parse's.
#[parse_errors(extends = parse_errors::ErrorCode, category(App = "App errors"), categroy(Shop = "Shop errors"))]
pub enum AppCode {
    /// Not enough coins.
    #[entry(App)]
    NotEnoughCoins = 9001,
    /// Another name of a Parse code.
    #[entry(alias)]
    #[error("gone")]
    Gone = 101,
    /// Sold out.
    #[entry(Shop)]
    SoldOut = 9002,
}

fn main() {
    let code = AppCode::from_code(101).unwrap_or(AppCode::NotEnoughCoins);
    let _ = (
        code == AppCode::Gone,
        code == AppCode::Base(ErrorCode::ObjectNotFound),
        AppCode::from(ErrorCode::InvalidJSON),
        code.category(),
        code.to_string(),
        AppCode::SoldOut.code(),
    );
}
