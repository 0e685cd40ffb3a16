#![deny(warnings)]

use parse_errors::parse_errors;

#[parse_errors(category(Api = "API Issues"))]
pub enum ErrorCode {}

// The table's API is there all the same: no follow-on error.
fn main() {
    let _ = (ErrorCode::from_code(101), ErrorCode::COUNT, ErrorCodeCategory::Api.codes().count());
}
