use parse_errors::parse_errors;

#[parse_errors(category(Api = "API Issues"), category(User = "User related errors"))]
pub enum ErrorCode {
    /// The object was not found.
    #[entry(Api)]
    ObjectNotFound = 101,
    /// The username is missing or empty: but in which category?
    UsernameMissing = 200,
}

fn main() {}
