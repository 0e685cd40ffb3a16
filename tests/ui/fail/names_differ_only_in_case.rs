use parse_errors::parse_errors;

#[parse_errors(category(Api = "API Issues"))]
pub enum ErrorCode {
    /// Badly formed JSON was received upstream.
    InvalidJSON = 107,
    /// A second meaning under a name `from_name_loose` reads as the first.
    Invalid_Json = 108,
}

fn main() {}
