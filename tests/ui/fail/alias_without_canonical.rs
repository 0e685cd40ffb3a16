use parse_errors::parse_errors;

#[parse_errors(category(Api = "API Issues"))]
pub enum ErrorCode {
    /// The object is too large.
    #[entry(alias)]
    ObjectTooLarge = 116,
}

fn main() {}
