//! A table on top of Parse's, in a range of its own, with an app name for a
//! Parse code.
use parse_errors::{ErrorCode, parse_errors};

#[parse_errors(extends = parse_errors::ErrorCode, range = 20000..=20999, category(Shop = "Shop errors"))]
enum ShopCode {
    /// The item is sold out.
    SoldOut = 20001,
    /// The item does not exist.
    #[entry(alias)]
    NoSuchItem = 101,
}

fn main() {
    assert_eq!(ShopCode::from_code(20001), Some(ShopCode::SoldOut));
    assert_eq!(ShopCode::from_code(101), Some(ShopCode::NoSuchItem));
    assert_eq!(ShopCode::NoSuchItem, ShopCode::Base(ErrorCode::ObjectNotFound));
    assert_eq!(ShopCode::from_name_loose("SOLD_OUT"), Some(ShopCode::SoldOut));
    assert_eq!(ShopCode::from_code(9001), None);
}
