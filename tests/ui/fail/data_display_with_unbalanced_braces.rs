use parse_errors::parse_errors;

#[derive(Debug)]
#[parse_errors(category(Shop = "Shop errors"))]
pub enum ShopError {
    /// The item does not exist.
    #[error("no item {0")]
    NoSuchItem(String) = 9001,
    /// The set is empty.
    #[error("the set {} is empty: {0}")]
    EmptySet(u8) = 9002,
}

fn main() {}
