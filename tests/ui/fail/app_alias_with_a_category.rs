use parse_errors::parse_errors;

#[parse_errors(extends = parse_errors::ErrorCode, category(App = "App errors"))]
pub enum AppCode {
    /// Another name of ObjectNotFound, wrongly given a category of this table.
    #[entry(App, alias)]
    ItemMissing = 101,
}

fn main() {}
