use parse_errors::parse_errors;

// `code_enum` on a table of unit variants, which is its own code enum.
#[parse_errors(code_enum = Codes, category(Api = "API Issues"))]
pub enum PlainTable {
    /// The object was not found.
    ObjectNotFound = 101,
}

// A code enum named like the error enum.
#[derive(Debug)]
#[parse_errors(code_enum = AppError, category(Api = "API Issues"))]
pub enum AppError {
    /// The object was not found.
    ObjectNotFound { id: u32 } = 101,
}

// A code enum name that is no name.
#[derive(Debug)]
#[parse_errors(code_enum = "Codes", category(Api = "API Issues"))]
pub enum OtherError {
    /// The object was not found.
    ObjectNotFound(u32) = 101,
}

fn main() {
    assert_eq!(PlainTable::ObjectNotFound.code(), 101);
    assert_eq!(AppError::ObjectNotFound { id: 1 }.kind(), AppErrorCode::ObjectNotFound);
    assert_eq!(OtherError::ObjectNotFound(1).kind(), OtherErrorCode::ObjectNotFound);
}
