use parse_errors::parse_errors;

#[parse_errors(extends = parse_errors::ErrorCode, range = 9999..=9000, category(App = "App errors"))]
pub enum AppCode {
    /// Not enough coins.
    NotEnoughCoins = 9001,
}

fn main() {}
