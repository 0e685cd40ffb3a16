use parse_errors::parse_errors;

// Each error covers all of what is wrong, not its first token.
#[parse_errors(range = 1..=200, category(Api = "API Issues"))]
pub enum ErrorCode {
    /// An expression, where a code is a literal.
    Sum = 100 + 1,

    /// Zero with a sign, outside the range.
    NegativeZero = -0,

    #[doc = ""]
    EmptyDescription = 102,
}

fn main() {
    // The stand-in keeps every entry, so this use reports nothing more.
    let _ = (ErrorCode::Sum, ErrorCode::NegativeZero, ErrorCode::EmptyDescription);
}
