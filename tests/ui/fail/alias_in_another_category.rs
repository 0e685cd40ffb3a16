use parse_errors::parse_errors;

#[parse_errors(category(Api = "API Issues"), category(User = "User related errors"))]
pub enum ErrorCode {
    /// Invalid login parameters.
    #[entry(User, alias)]
    UserInvalidLoginParams = 101,
    /// The object was not found.
    #[entry(Api)]
    ObjectNotFound = 101,
}

fn main() {}
