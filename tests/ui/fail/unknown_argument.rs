use parse_errors::parse_errors;

#[parse_errors(categroy(Api = "API Issues"))]
pub enum ErrorCode {
    /// The object was not found.
    ObjectNotFound = 101,
}

fn main() {}
