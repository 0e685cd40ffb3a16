use parse_errors::parse_errors;

#[parse_errors(category(Api = "API Issues"))]
#[derive(Debug, Clone, Default)]
pub enum ErrorCode {
    /// The object was not found.
    #[default]
    ObjectNotFound = 101,
}

fn main() {}
