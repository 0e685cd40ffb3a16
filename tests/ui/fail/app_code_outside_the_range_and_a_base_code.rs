use parse_errors::parse_errors;

#[parse_errors(extends = parse_errors::ErrorCode, category(Shop = "Shop errors"))]
pub enum ShopCode {
    /// 101 is ObjectNotFound already, and outside the app range: one error.
    ItemMissing = 101,
    /// Fine.
    SoldOut = 9001,
}

fn main() {
    assert_eq!(ShopCode::from_code(9001), Some(ShopCode::SoldOut));
}
