//! `Debug` of an error enum is the user's, as in thiserror: derived below the
//! attribute or above it, beside the user's other derives.
use parse_errors::parse_errors;

#[parse_errors(category(Api = "API Issues"))]
#[derive(Debug, Clone)]
pub enum AppError {
    /// The object was not found.
    #[error("no object {id}")]
    ObjectNotFound { id: u32 } = 101,
}

#[derive(Debug, Clone, PartialEq)]
#[parse_errors(category(Api = "API Issues"))]
pub enum OtherError {
    /// The object was not found.
    #[error("no object {0}")]
    ObjectNotFound(u32) = 101,
}

fn main() {
    let error = AppError::ObjectNotFound { id: 7 };
    assert_eq!(format!("{:?}", error.clone()), "ObjectNotFound { id: 7 }");
    assert_eq!(OtherError::ObjectNotFound(7).clone(), OtherError::ObjectNotFound(7));
    assert_eq!(OtherError::ObjectNotFound(7).to_string(), "no object 7");
}
