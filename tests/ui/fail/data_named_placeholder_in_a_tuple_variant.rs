use parse_errors::parse_errors;

#[derive(Debug)]
#[parse_errors(category(Shop = "Shop errors"))]
pub enum ShopError {
    /// The item does not exist.
    #[error("no item {name}")]
    NoSuchItem(String) = 9001,
    /// The price is off.
    #[error("price {} is off")]
    PriceOff(u32, u32) = 9002,
}

fn main() {}
