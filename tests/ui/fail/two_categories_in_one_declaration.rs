use parse_errors::parse_errors;

#[parse_errors(category(Api = "API Issues", User = "User related errors"))]
pub enum ErrorCode {
    /// The object was not found.
    ObjectNotFound = 101,
}

fn main() {}
