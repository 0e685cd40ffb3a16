use parse_errors::parse_errors;

#[parse_errors(extends = 101, category(App = "App errors"))]
pub enum AppCode {
    /// Not enough coins.
    NotEnoughCoins = 9001,
}

fn main() {}
