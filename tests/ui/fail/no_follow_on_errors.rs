//! A table with five mistakes still gives the rest of the crate its whole API,
//! so the compiler reports the table's mistakes and nothing else, even under
//! the strictest lints.
#![deny(warnings, missing_docs, unsafe_code, clippy::pedantic)]

use std::str::FromStr;

use parse_errors::{ErrorCategory, ErrorTable, ParseError, ParseNameError, UnknownCodeError, parse_errors};

/// The app's errors.
#[parse_errors(
    category(Api = "API Issues"),
    category(User = "User related errors", client_only),
    category_enum = Section
)]
#[derive(Clone)]
pub enum AppError {
    /// The object was not found.
    #[entry(Api)]
    ObjectNotFound = 101,
    /// The login was refused.
    #[entry(Usr)]
    LoginRefused = 101,
    #[entry(Api)]
    Undocumented = 102,
    /// A code was forgotten.
    #[entry(User)]
    Codeless,
    /// Another name of a code no entry has.
    #[entry(User, alias)]
    Orphan = 300,
}

fn describe<T: ErrorTable>(code: i32) -> Option<&'static str> {
    T::from_code(code).map(T::description)
}

fn section_titles<C: ErrorCategory>(sections: &[C]) -> Vec<&'static str> {
    sections.iter().map(|section| section.title()).collect()
}

fn from_wire(code: i32) -> Result<AppError, UnknownCodeError> {
    AppError::try_from(code)
}

fn from_text(name: &str) -> Result<AppError, ParseNameError> {
    AppError::from_str(name)
}

fn kind(error: &ParseError) -> Option<AppError> {
    error.kind_in::<AppError>()
}

fn label(error: AppError) -> &'static str {
    match error {
        AppError::ObjectNotFound => "missing",
        AppError::LoginRefused => "refused",
        AppError::Undocumented | AppError::Codeless => "other",
        AppError::Orphan => "orphan",
    }
}

fn main() {
    let error = AppError::from_code(101).unwrap_or(AppError::Codeless);
    let boxed: Box<dyn std::error::Error> = Box::new(error);
    let _ = (
        boxed.to_string(),
        error.code(),
        i32::from(error),
        error.name(),
        error.description(),
        error.category() == Section::User,
        error.is_client_only(),
        error.entry().code,
        error.entries().count(),
        AppError::from_name("Orphan"),
        AppError::ALL.len() + AppError::COUNT + AppError::ENTRIES.len(),
        Section::ALL.iter().map(|section| section.codes().count()).sum::<usize>(),
        section_titles(Section::ALL),
        describe::<AppError>(102),
        from_wire(7).map_err(|error| error.to_string()),
        from_text("Orphan").map_err(|error| error.to_string()),
        kind(&ParseError::new(AppError::Orphan, "gone")),
        label(error),
    );
}
