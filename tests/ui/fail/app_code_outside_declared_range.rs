use parse_errors::parse_errors;

#[parse_errors(extends = parse_errors::ErrorCode, range = 20000..=20999, category(App = "App errors"))]
pub enum AppCode {
    /// A code of the docs' app range, outside the table's declared one.
    Elsewhere = 9001,
}

fn main() {}
