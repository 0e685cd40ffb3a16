use parse_errors::parse_errors;

#[parse_errors(extends = parse_errors::ErrorCode, category(App = "App errors"))]
pub enum AppCode {
    /// In the range Parse reserves.
    Reserved = 5000,
    /// In the range of Parse Server itself.
    TooLow = 4242,
    /// Fine.
    Fine = 9999,
}

fn main() {}
