use parse_errors::parse_errors;

#[derive(Debug)]
#[parse_errors(category(Api = "API Issues"))]
pub enum AppError {
    /// The object was not found.
    ObjectNotFound { id: u32 },
}

fn main() {
    // The error enum and its code enum stand: no follow-on errors here.
    let error = AppError::ObjectNotFound { id: 7 };
    let _: AppErrorCode = error.kind();
    let _: i32 = error.code();
}
