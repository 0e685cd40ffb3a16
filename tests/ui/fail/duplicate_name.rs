use parse_errors::parse_errors;

#[parse_errors(category(Api = "API Issues"))]
pub enum ErrorCode {
    /// The object was not found.
    ObjectNotFound = 101,
    /// The object was not found, again.
    #[entry(alias)]
    ObjectNotFound = 101,
}

fn main() {}
