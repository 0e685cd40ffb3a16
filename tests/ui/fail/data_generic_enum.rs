use parse_errors::parse_errors;

#[parse_errors(category(Api = "API Issues"))]
pub enum AppError<T> {
    /// The value was refused.
    #[entry(display = "refused {0:?}")]
    Refused(T) = 101,
}

fn main() {
    // The error enum keeps its parameter: no follow-on errors here.
    let error = AppError::Refused(7_u8);
    let _ = (error.code(), error.to_string(), format!("{error:?}"));
    let _: &dyn std::error::Error = &error;
}
