use parse_errors::parse_errors;

#[parse_errors(category(Api = "API Issues"), category(Rest = "API Issues"))]
pub enum ErrorCode {
    /// The object was not found.
    #[entry(Api)]
    ObjectNotFound = 101,
    /// Invalid query.
    #[entry(Rest)]
    InvalidQuery = 102,
}

fn main() {}
