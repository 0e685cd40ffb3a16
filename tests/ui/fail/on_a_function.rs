use parse_errors::parse_errors;

#[parse_errors(category(Api = "API Issues"))]
pub fn error_code() {}

fn main() {}
