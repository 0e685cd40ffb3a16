//! thiserror's `tests/ui/no-display.rs`, for an enum: a field shown with `{}`
//! and with `{:o}` whose type implements neither. As thiserror: rustc's error
//! that `NoDisplay` does not implement `Display` (then `Octal`), spanned on the
//! message. thiserror's structs are variants here.
use parse_errors::parse_errors;

#[derive(Debug)]
pub struct NoDisplay;

#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum Error {
    /// Shown with `Display`.
    #[error("thread: {thread}")]
    Display { thread: NoDisplay } = 9001,
    /// Shown with `Octal`.
    #[error("thread: {thread:o}")]
    Octal { thread: NoDisplay } = 9002,
}

fn main() {}
