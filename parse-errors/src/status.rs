//! The HTTP status Parse Server sends with an error, by its code.
//!
//! A module of its own because two sides need it: [`ParseError`](crate::ParseError),
//! which exists only with `alloc`, and the retry advice, which a client without
//! an allocator has too.

/// The HTTP status Parse Server sends with an error body of `code`.
pub(crate) const fn status_for_code(code: Option<i32>) -> u16 {
    match code {
        Some(1) => 500,
        Some(101) => 404,
        _ => 400,
    }
}
