//! An app's own error codes on top of Parse's, used by a server handler and by
//! a client of that server. A crate of its own needs the macro:
//! `parse-errors = { version = "0.1", features = ["macros"] }`.
//!
//! ```text
//! cargo run --example app_codes
//! ```

use parse_errors::{ErrorCode, ParseError, parse_errors};

/// The shop's codes. Its own are in 9000..=9999, the range the Parse docs give
/// apps; every Parse code is one of its codes too, as `AppCode::Base(..)`.
#[parse_errors(extends = parse_errors::ErrorCode, category(Shop = "Shop errors"))]
pub enum AppCode {
    /// The player has not enough coins for this purchase.
    #[error("not enough coins")]
    NotEnoughCoins = 9001,

    /// The item is sold out.
    SoldOut = 9002,

    /// The item asked for does not exist: the shop's name for Parse's `ObjectNotFound`.
    #[entry(alias)]
    NoSuchItem = 101,
}

/// The server side: a Cloud-Code-like handler that fails with app codes and
/// Parse codes alike, and the HTTP response a Parse-compatible server sends.
mod server {
    use super::{AppCode, ErrorCode, ParseError};

    pub fn buy(item: &str, coins: u32, session_valid: bool) -> Result<String, ParseError> {
        if !session_valid {
            return Err(ParseError::new(
                ErrorCode::InvalidSessionToken,
                "Invalid session token",
            ));
        }
        match item {
            "sword" if coins < 100 => Err(ParseError::new(
                AppCode::NotEnoughCoins,
                "A sword costs 100 coins",
            )),
            "sword" => Ok(r#"{"result":"sword bought"}"#.to_owned()),
            "shield" => Err(AppCode::SoldOut.into()),
            _ => Err(ParseError::new(
                AppCode::NoSuchItem,
                format!("No item {item:?}"),
            )),
        }
    }

    /// Status and body, as Parse Server writes them.
    pub fn respond(result: Result<String, ParseError>) -> (u16, String) {
        match result {
            Ok(body) => (200, body),
            Err(error) => (
                error.http_status(),
                serde_json::to_string(&error).expect("an error encodes"),
            ),
        }
    }
}

/// The client side: what the app shows for each response.
mod client {
    use super::{AppCode, ErrorCode, ParseError};

    pub fn show(status: u16, body: &str) -> String {
        if status == 200 {
            return format!("ok: {body}");
        }
        let error = ParseError::from_response(status, body.as_bytes());
        match error.kind_in::<AppCode>() {
            Some(AppCode::NotEnoughCoins) => format!("earn more coins ({})", error.message()),
            Some(AppCode::SoldOut) => "come back tomorrow".to_owned(),
            Some(AppCode::NoSuchItem) => format!("no such item ({})", error.message()),
            Some(AppCode::Base(ErrorCode::InvalidSessionToken)) => "please log in again".to_owned(),
            Some(AppCode::Base(other)) => format!("Parse error: {other}"),
            None => format!("unexpected error: {error}"),
        }
    }
}

fn main() {
    for (item, coins, session_valid) in [
        ("sword", 10, true),
        ("sword", 150, true),
        ("shield", 0, true),
        ("bow", 0, true),
        ("sword", 0, false),
    ] {
        let (status, body) = server::respond(server::buy(item, coins, session_valid));
        println!("{item:>6} -> {status} {body}");
        println!("          client shows: {}", client::show(status, &body));
    }
}
