//! thiserror's `tests/ui/duplicate-enum-source.rs` (its `anyhow::Error` is a
//! boxed error here). As thiserror: "duplicate #[source] attribute", spanned
//! on the second `#[source]`.
use parse_errors::parse_errors;

#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum ErrorEnum {
    /// Two sources.
    Confusing {
        #[source]
        a: std::io::Error,
        #[source]
        b: Box<dyn std::error::Error + Send + Sync>,
    } = 9001,
}

fn main() {}
