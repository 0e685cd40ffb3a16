use parse_errors::parse_errors;

#[parse_errors(extends = parse_errors::ErrorCode, range = 100..=9999, category(App = "App errors"))]
pub enum AppCode {
    /// The app's own meaning for 101: a collision with ObjectNotFound.
    ItemMissing = 101,
    /// Fine: an app code.
    NotEnoughCoins = 9001,
}

fn main() {}
