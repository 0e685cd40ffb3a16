use parse_errors::parse_errors;

#[parse_errors(category(Api = "API Issues"))]
#[parse_errors(category_enum = Section)]
pub enum ErrorCode {
    /// The object was not found.
    ObjectNotFound = 101,
}

fn main() {
    let _ = ErrorCode::from_code(101);
}
