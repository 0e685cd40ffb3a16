use parse_errors::parse_errors;

#[parse_errors(category(Api = "API Issues"))]
pub enum ErrorCode {
    #[doc = concat!("The object ", "was not found.")]
    ObjectNotFound = 101,
}

fn main() {}
