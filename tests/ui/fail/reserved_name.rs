use parse_errors::parse_errors;

#[parse_errors(category(Api = "API Issues"))]
#[allow(non_camel_case_types)]
pub enum ErrorCode {
    /// Every error.
    ALL = 1,
}

fn main() {}
