use parse_errors::parse_errors;

#[parse_errors(category(Shop = "Shop errors"))]
pub enum ShopError {
    /// The item does not exist.
    #[entry(display = "no item {0")]
    NoSuchItem(String) = 9001,
    /// The set is empty.
    #[entry(display = "the set {} is empty: {0}")]
    EmptySet(u8) = 9002,
}

fn main() {}
