use parse_errors::parse_errors;

#[derive(Debug)]
#[parse_errors(category(Shop = "Shop errors"))]
pub enum ShopError {
    /// The player has not enough coins.
    #[error("need {0} coins")]
    NotEnoughCoins { needed: u32 } = 9001,
}

fn main() {}
