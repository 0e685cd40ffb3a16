//! One row of a table, as data.

/// One row of an error table: a name of a code, with what the table says of it.
///
/// Every table has its rows in `ENTRIES`, in table order, the other names of
/// shared codes included. A code's canonical row is [`ErrorCode::entry`](crate::ErrorCode::entry).
///
/// ```
/// use parse_errors::ErrorCode;
///
/// let row = ErrorCode::ENTRIES.iter().find(|row| row.name == "UserInvalidLoginParams").unwrap();
/// assert_eq!(row.code, 101);
/// assert!(row.alias);
/// assert_eq!(row.category, "API Issues");
/// assert_eq!(ErrorCode::from_code(row.code), Some(ErrorCode::ObjectNotFound));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Entry {
    /// The name as the table writes it.
    pub name: &'static str,
    /// The code, as Parse sends it on the wire.
    pub code: i32,
    /// What the code means under this name: the first paragraph of the entry's doc comment,
    /// whitespace normalised.
    pub description: &'static str,
    /// The title of the entry's category, exactly as the table writes it.
    pub category: &'static str,
    /// Whether the code only ever comes from a client, never from a server.
    pub client_only: bool,
    /// Whether this row is another name of a code whose canonical row is elsewhere.
    pub alias: bool,
    /// Whether this name is retired: marked `#[deprecated]` in its table. Its
    /// code stays taken, so old logs still read, and no other entry may have it.
    pub retired: bool,
}
