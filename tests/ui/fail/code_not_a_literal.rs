use parse_errors::parse_errors;

const BASE: i32 = 100;

#[parse_errors(category(Api = "API Issues"))]
pub enum ErrorCode {
    /// The connection failed.
    ConnectionFailed = BASE,
}

fn main() {}
