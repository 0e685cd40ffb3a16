use parse_errors::parse_errors;

#[parse_errors(extends = parse_errors::ErrorCode, category(App = "App errors"))]
pub enum AppCode {
    /// The name of the variant that holds Parse's own codes.
    Base = 9001,
}

fn main() {}
