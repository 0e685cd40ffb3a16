#[parse_errors(category(Api = "API Issues"))]
#[derive(Debug, Clon,e Default)]
pub enum ErrorCode {
    /// The object was not found.
    ObjectNotFound = 101,
}
