use parse_errors::parse_errors;

#[parse_errors(category(Api = "API Issues"), category(Client = "Client-only errors", client_only))]
pub enum AppError {
    /// The first meaning.
    #[entry(Api)]
    First = 9001,
    /// Another name of the first code, its flag misspelled: one error, and no
    /// second one about two entries with one code.
    #[entry(Api, alais)]
    Second = 9001,
    /// A flag of categories given to an entry.
    #[entry(Client, client_only)]
    Offline = 9002,
    /// The same, misspelled.
    #[entry(Client, clientonly)]
    NoNetwork = 9003,
}

fn main() {
    assert_eq!(AppError::from_code(9001), Some(AppError::First));
    assert_eq!(AppError::Second, AppError::First);
    assert!(AppError::Offline.is_client_only());
}
