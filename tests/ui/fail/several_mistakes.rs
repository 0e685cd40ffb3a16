use parse_errors::parse_errors;

// Five mistakes, all reported in one compile (the shared code with a second
// error where the code is first used), and no follow-on error in the code
// that names the table.
#[parse_errors(category(Api = "API Issues"), category(User = "User related errors"))]
pub enum ErrorCode {
    #[entry(Api)]
    InvalidQuery = 102,
    /// Missing or invalid classname.
    #[entry(Apu)]
    InvalidClassName = 103,
    /// An unspecified object id.
    MissingObjectId = 104,
    /// An invalid field name.
    #[entry(Api)]
    InvalidFieldName = 4294967296,
    /// The username is missing or empty.
    #[entry(User)]
    UsernameMissing = 200,
    /// The password is missing or empty.
    #[entry(User)]
    PasswordMissing = 200,
}

fn uses_the_table() -> ErrorCode {
    ErrorCode::InvalidQuery
}

fn main() {
    let _ = uses_the_table();
}
