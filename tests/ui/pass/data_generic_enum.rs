//! A generic error enum: its parameters kept, the bounds its messages need
//! inferred (`Debug` for `{0:?}`), and a code enum that is not generic.
use parse_errors::parse_errors;

#[derive(Debug)]
#[parse_errors(category(Api = "API Issues"))]
pub enum AppError<T> {
    /// The value was refused.
    #[error("refused {0:?}")]
    Refused(T) = 101,
}

fn main() {
    let error = AppError::Refused(7_u8);
    assert_eq!(error.to_string(), "refused 7");
    assert_eq!((error.code(), error.kind()), (101, AppErrorCode::Refused));
    let _: &dyn std::error::Error = &error;
}
