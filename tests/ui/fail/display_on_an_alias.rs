use parse_errors::parse_errors;

#[parse_errors(category(Api = "API Issues"))]
pub enum ErrorCode {
    /// Invalid login parameters.
    #[entry(alias)]
    #[error("bad login")]
    UserInvalidLoginParams = 101,
    /// The object was not found.
    ObjectNotFound = 101,
}

fn main() {}
