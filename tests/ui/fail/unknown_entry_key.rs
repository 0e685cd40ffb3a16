use parse_errors::parse_errors;

#[parse_errors(category(Api = "API Issues"))]
pub enum ErrorCode {
    /// The object was not found.
    #[entry(Api, dispaly = "object not found")]
    ObjectNotFound = 101,
    /// Invalid login parameters.
    #[entry(Api, alias = true)]
    UserInvalidLoginParams = 101,
}

fn main() {}
