use parse_errors::parse_errors;

#[parse_errors(category(Api = API_ISSUES))]
pub enum ErrorCode {
    /// The object was not found.
    ObjectNotFound = 101,
}

fn main() {}
