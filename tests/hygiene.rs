//! The expansion compiles, warning-free under the strictest lints, in a crate
//! with no prelude and in a module whose own items shadow every name the
//! generated code could have borrowed from its surroundings.
#![no_implicit_prelude]
#![deny(
    warnings,
    missing_docs,
    unused_qualifications,
    unsafe_code,
    clippy::all,
    clippy::pedantic
)]

/// A module where the names generated code might use mean something else.
pub mod hostile {
    /// Shadows the `core` crate for relative paths.
    pub mod core {}
    /// Shadows the `std` crate for relative paths.
    pub mod std {}
    /// Shadows the runtime crate for relative paths.
    pub mod parse_errors {}
    /// Shadows `core::fmt`.
    pub mod fmt {}

    /// Not `core::result::Result`.
    pub struct Result;
    /// Not `core::option::Option`.
    pub struct Option;
    /// Not `Option::Some`.
    pub struct Some;
    /// Not `Option::None`.
    pub struct None;
    /// Not `Result::Ok`.
    pub struct Ok;
    /// Not `Result::Err`.
    pub struct Err;
    /// Not `core::fmt::Display`.
    pub trait Display {}
    /// Not `core::error::Error`.
    pub struct Error;
    /// Not the primitive `str`.
    #[allow(non_camel_case_types)]
    pub struct str;
    /// Not the primitive `i32`.
    #[allow(non_camel_case_types)]
    pub struct i32;
    /// Not the primitive `bool`.
    #[allow(non_camel_case_types)]
    pub struct bool;
    /// Not the primitive `usize`.
    #[allow(non_camel_case_types)]
    pub struct usize;

    /// A table defined among the impostors.
    #[::parse_errors::parse_errors(
        category(Api = "API Issues"),
        category(Client = "Client-only errors", client_only)
    )]
    #[non_exhaustive]
    pub enum Table {
        /// The object was not found.
        #[entry(Api)]
        ObjectNotFound = 101,
        /// Invalid login parameters.
        #[entry(Api, alias)]
        UserInvalidLoginParams = 101,
        /// The connection failed.
        #[entry(Client)]
        ConnectionFailed = 100,
        /// Something else went wrong.
        #[entry(Api)]
        OtherCause = -1,
    }
}

/// A table extending another, among the same impostors.
pub mod hostile_extension {
    /// Shadows the `core` crate for relative paths.
    pub mod core {}
    /// Not `core::option::Option`.
    pub struct Option;
    /// Not `core::option::Option::Some`.
    pub struct Some;
    /// Not the primitive `str`.
    #[allow(non_camel_case_types)]
    pub struct str;

    /// An app's codes on top of the hostile table.
    #[::parse_errors::parse_errors(extends = super::hostile::Table, category(App = "App errors"))]
    pub enum AppTable {
        /// Not enough coins.
        NotEnoughCoins = 9001,
        /// The app's name for an object not found.
        #[entry(alias)]
        ItemMissing = 101,
    }
}

/// An error enum whose variants carry data, among the same impostors.
pub mod hostile_data {
    /// Shadows the `core` crate for relative paths.
    pub mod core {}
    /// Shadows the runtime crate for relative paths.
    pub mod parse_errors {}
    /// Shadows `core::fmt`.
    pub mod fmt {}
    /// Not `core::option::Option`.
    pub struct Option;
    /// Not `Option::Some`.
    pub struct Some;
    /// Not `Option::None`.
    pub struct None;
    /// Not `core::error::Error`.
    pub struct Error;
    /// Not `core::fmt::Display`.
    pub trait Display {}
    /// Not `core::convert::From`.
    pub trait From {}
    /// Not the primitive `str`.
    #[allow(non_camel_case_types)]
    pub struct str;
    /// Not the primitive `i32`.
    #[allow(non_camel_case_types)]
    pub struct i32;

    /// Errors with data on top of the hostile table.
    #[derive(::core::fmt::Debug)]
    #[::parse_errors::parse_errors(extends = super::hostile::Table, category(App = "App errors"))]
    #[derive(::core::clone::Clone, ::core::cmp::PartialEq)]
    #[non_exhaustive]
    pub enum AppError {
        /// Not enough coins.
        #[error("need {f} coins, have {formatter:>3} {{{source}}}")]
        NotEnoughCoins {
            /// Named like the formatter of `Display::fmt`.
            f: ::core::primitive::u32,
            /// Named like a formatter too.
            formatter: ::core::primitive::u32,
            /// Named `source`: the source, and shown.
            source: ::core::fmt::Error,
        } = 9001,
        /// The app's name for an object not found.
        #[entry(alias)]
        #[error("no item {0:?}")]
        ItemMissing(::std::string::String) = 101,
        /// The store could not be read.
        Unreadable(#[from] ::core::num::ParseIntError) = 9002,
        /// The shop is closed.
        Closed = 9003,
    }
}

/// A private table in a private module: its unused items must not warn.
mod quiet {
    #[derive(::core::fmt::Debug)]
    #[::parse_errors::parse_errors(category(Only = "Only"))]
    pub(crate) enum UnusedData {
        /// Never used.
        #[error("never {0}")]
        Never(::core::primitive::u8) = 1,
        /// Never used either.
        Unit = 2,
    }

    // The variants are built, as a user's code builds its errors, and nothing
    // the macro generates for them is used: none of it may warn.
    #[test]
    fn the_variants_are_built_and_nothing_else_is_used() {
        let built = [UnusedData::Never(1), UnusedData::Unit];
        ::std::assert_eq!(built.len(), 2);
    }

    #[::parse_errors::parse_errors(category(Only = "Only"))]
    pub(crate) enum Unused {
        /// Never used.
        Never = 1,
    }
}

use hostile::Table;

#[test]
fn the_table_works_among_impostors() {
    ::std::assert_eq!(
        Table::from_code(101),
        ::core::option::Option::Some(Table::UserInvalidLoginParams)
    );
    ::std::assert_eq!(
        Table::from_name("UserInvalidLoginParams"),
        ::core::option::Option::Some(Table::ObjectNotFound)
    );
    ::std::assert_eq!(Table::OtherCause.code(), -1);
    ::std::assert!(Table::ConnectionFailed.is_client_only());
    ::std::assert_eq!(
        Table::ConnectionFailed.category().title(),
        "Client-only errors"
    );
    ::std::assert_eq!(
        ::std::string::ToString::to_string(&Table::ObjectNotFound),
        "the object was not found"
    );
    let parsed: ::core::result::Result<Table, _> = ::core::str::FromStr::from_str("Nope");
    ::std::assert!(parsed.is_err());
    ::std::assert_eq!(
        <Table as ::core::convert::TryFrom<::core::primitive::i32>>::try_from(100),
        ::core::result::Result::Ok(Table::ConnectionFailed)
    );
    ::std::assert_eq!(Table::ENTRIES.len(), 4);
    let app = hostile_extension::AppTable::from_code(101);
    ::std::assert_eq!(
        app,
        ::core::option::Option::Some(hostile_extension::AppTable::ItemMissing)
    );
    ::std::assert_eq!(hostile_extension::AppTable::NotEnoughCoins.code(), 9001);
    let data = hostile_data::AppError::NotEnoughCoins {
        f: 5,
        formatter: 2,
        source: ::core::fmt::Error,
    };
    ::std::assert_eq!(
        ::std::string::ToString::to_string(&data),
        "need 5 coins, have   2 {an error occurred when formatting an argument}"
    );
    ::std::assert_eq!(data.code(), 9001);
    ::std::assert_eq!(
        hostile_data::AppError::ItemMissing(::std::string::String::new()).kind(),
        hostile_data::AppErrorCode::ItemMissing
    );
    ::std::assert!(::core::error::Error::source(&data).is_some());
    let from: hostile_data::AppError = ::core::convert::From::from(
        ::core::primitive::str::parse::<::core::primitive::u8>("x").unwrap_err(),
    );
    ::std::assert!(::core::error::Error::source(&from).is_some());
}

#[test]
fn serde_of_the_tables_and_the_error_enum_works_among_impostors() {
    ::std::assert_eq!(
        ::serde_json::to_string(&Table::UserInvalidLoginParams).unwrap(),
        "101"
    );
    ::std::assert_eq!(
        ::serde_json::from_str::<Table>("-1").unwrap(),
        Table::OtherCause
    );
    ::std::assert_eq!(
        ::serde_json::from_str::<hostile_extension::AppTable>("101").unwrap(),
        hostile_extension::AppTable::ItemMissing
    );
    ::std::assert_eq!(
        ::serde_json::from_str::<hostile_data::AppErrorCode>("9003").unwrap(),
        hostile_data::AppErrorCode::Closed
    );
    ::std::assert_eq!(
        ::serde_json::to_string(&hostile_data::AppError::Closed).unwrap(),
        r#"{"code":9003,"error":"the shop is closed"}"#
    );
}
