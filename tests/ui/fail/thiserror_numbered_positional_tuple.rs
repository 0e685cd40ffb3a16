//! thiserror's `tests/ui/numbered-positional-tuple.rs`, for an enum's tuple
//! variant: `{0}` (a field) beside `{}` (an extra argument). As thiserror:
//! "ambiguous reference to positional arguments by number in a tuple variant;
//! change this to a named argument", spanned on the extra argument.
use parse_errors::parse_errors;

#[derive(Debug)]
#[parse_errors(category(App = "App errors"))]
pub enum Error {
    /// The setting is out of range.
    #[error("invalid rdo_lookahead_frames {0} (expected < {})", i32::MAX)]
    Frames(u32) = 9001,
}

fn main() {}
