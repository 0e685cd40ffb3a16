use parse_errors::parse_errors;

#[parse_errors(category(Api = "API Issues"), category(User = "User related errors"))]
pub enum ErrorCode {
    /// The object was not found.
    #[entry(Api, User)]
    ObjectNotFound = 101,
}

fn main() {}
