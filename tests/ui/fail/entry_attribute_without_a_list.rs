use parse_errors::parse_errors;

#[parse_errors(category(Api = "API Issues"))]
pub enum ErrorCode {
    /// The object was not found.
    #[entry]
    ObjectNotFound = 101,
}

fn main() {}
