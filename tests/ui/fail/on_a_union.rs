use parse_errors::parse_errors;

#[parse_errors(category(Api = "API Issues"))]
pub union ErrorCode {
    code: i32,
}

// The table's API, used as the crate would once the union is an enum: only the
// attribute's own error is reported.
fn main() {
    let found: Option<ErrorCode> = ErrorCode::from_code(101);
    if let Some(code) = found {
        println!("{code}: {}", code.description());
    }
    assert_eq!(ErrorCodeCategory::ALL.len(), 1);
}
