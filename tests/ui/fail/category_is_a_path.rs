use parse_errors::parse_errors;

#[parse_errors(category(Api = "API Issues"))]
pub enum ErrorCode {
    /// The object was not found.
    #[entry(ErrorCodeCategory::Api)]
    ObjectNotFound = 101,
}

fn main() {}
