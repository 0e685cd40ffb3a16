//! thiserror's `tests/ui/unexpected-field-fmt.rs`: a message on a field. As
//! thiserror: "not expected here; the #[error(...)] attribute belongs on top
//! of a struct or an enum variant", spanned on the attribute.
use parse_errors::parse_errors;

#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum Error {
    /// What.
    What {
        #[error("...")]
        io: std::io::Error,
    } = 9001,
}

fn main() {}
