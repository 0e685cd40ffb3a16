//! thiserror's `tests/ui/raw-identifier.rs`, for an enum's variant: `{r#fn}`
//! in a message. As thiserror, and as `format!` below: "invalid format string:
//! raw identifiers are not supported", with the help to remove the `r#`.
use parse_errors::parse_errors;

#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum Error {
    /// A keyword-named field.
    #[error("error: {r#fn}")]
    Raw { r#fn: &'static str } = 9001,
}

fn main() {
    let r#fn = "...";
    let _ = format!("error: {r#fn}");
}
