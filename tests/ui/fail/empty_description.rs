use parse_errors::parse_errors;

#[parse_errors(category(Api = "API Issues"))]
pub enum ErrorCode {
    ///
    ObjectNotFound = 101,
}

fn main() {}
