use parse_errors::parse_errors;

#[parse_errors(category(Api = "API Issues"))]
mod error_codes {}

fn main() {}
