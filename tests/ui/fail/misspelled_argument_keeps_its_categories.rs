use parse_errors::parse_errors;

// `catgory` is reported once, and read as meant: `Api` exists for the entries
// and for the code below, so nothing else is an error.
#[parse_errors(catgory(Api = "API Issues"), category(Store = "Store errors"))]
pub enum AppError {
    /// The object was not found.
    #[entry(Api)]
    ObjectNotFound = 9001,
    /// The item is sold out.
    #[entry(Store)]
    SoldOut = 9002,
}

fn main() {
    assert_eq!(AppError::ObjectNotFound.category(), AppErrorCategory::Api);
}
