use parse_errors::parse_errors;

#[parse_errors(category(Api = "API Issues"))]
pub union ErrorCode {
    code: i32,
}

fn main() {}
