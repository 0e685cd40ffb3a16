//! thiserror's `tests/ui/same-from-type.rs`: two variants `#[from]` one type.
//! As thiserror: rustc's E0119, conflicting implementations of
//! `From<std::io::Error>`, spanned on the second `#[from]`.
use parse_errors::parse_errors;

#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum Error {
    /// Opening failed.
    #[error("failed to open")]
    OpenFile(#[from] std::io::Error) = 9001,
    /// Closing failed.
    #[error("failed to close")]
    CloseFile(#[from] std::io::Error) = 9002,
}

fn main() {}
