use parse_errors::parse_errors;

#[derive(Debug)]
#[parse_errors(category(Shop = "Shop errors"))]
pub enum ShopError {
    /// The player has not enough coins.
    #[error("need {needd} coins, have {have}")]
    NotEnoughCoins { needed: u32, have: u32 } = 9001,
    /// The item does not exist.
    #[error("no item {1}")]
    NoSuchItem(String) = 9002,
    /// The shop is closed.
    #[error("closed until {hour}")]
    Closed = 9003,
}

fn main() {}
