use parse_errors::parse_errors;

#[parse_errors(category(Api = "API Issues"))]
pub enum ErrorCode {
    /// The object was not found.
    ObjectNotFound = 101u16,
}

fn main() {}
