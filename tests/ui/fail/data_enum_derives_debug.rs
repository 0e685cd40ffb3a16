use parse_errors::parse_errors;

#[parse_errors(category(Api = "API Issues"))]
#[derive(Debug, Clone)]
pub enum AppError {
    /// The object was not found.
    ObjectNotFound { id: u32 } = 101,
}

fn main() {
    let error = AppError::ObjectNotFound { id: 7 };
    let _ = format!("{:?}", error.clone());
}
