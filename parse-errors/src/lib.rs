//! The Parse Platform's error codes, and a macro to define tables like them.
//!
//! [Parse Server](https://parseplatform.org) and its SDKs report every failure as a
//! numeric code with a name, a meaning and a category. This crate gives you:
//!
//! - [`ErrorCode`]: every code Parse uses, with every name: the official list
//!   exactly as Parse documents it, the current docs page's additions, and the
//!   codes only the SDKs define; with [`ErrorCode::sdk_name`], [`Sources`] and
//!   [`CodeRange`] for where a code comes from;
//! - [`ParseError`]: an error as it travels, whatever code and message came, with
//!   the HTTP status Parse Server sends for it; with the `serde` feature, every
//!   JSON body shape a Parse Server sends, read and written back losslessly
//!   ([`ParseError::from_response`], [`BatchItem`], [`LiveQueryError`],
//!   [`GraphQlError`]); with `http` and `axum`, the response a Parse Server
//!   answers with ([`ParseError::to_http_response`], `IntoResponse`);
//! - [`LiveQueryCode`]: the LiveQuery protocol's own codes 1 to 4, and
//!   [`LiveQueryKind`], which tells them from the Parse codes a LiveQuery
//!   server forwards in the same frames ([`LiveQueryError::kind`] with `serde`);
//! - [`RetryAdvice`]: whether retrying a failed request can help, and after how
//!   long ([`RetryAfter`] reads the `Retry-After` header), by a rule drawn from
//!   what Parse Server sends; and, given the [`Request`] (a read, or a write
//!   with or without a request id), whether repeating it is safe or a write
//!   that may have run is to be read back first;
//! - [`#[parse_errors]`](macro@parse_errors) (feature `macros`): your own
//!   errors, their variants carrying data, each with a stable code in a table
//!   checked at compile time, on its own or on top of `ErrorCode`; the macro
//!   that builds `ErrorCode` itself;
//! - [`export`]: any table as the Parse docs page's Markdown, as JSON and as a
//!   TypeScript module, for the docs and the clients in other languages.
//!
//! ```
//! use parse_errors::{Category, ErrorCode};
//!
//! let code = ErrorCode::try_from(209)?;
//! assert_eq!(code, ErrorCode::InvalidSessionToken);
//! assert_eq!(code.category(), Category::User);
//! assert_eq!(code.to_string(), "the device’s session token is no longer valid");
//!
//! // Names work too, and so do the other names of a shared code.
//! assert_eq!("UserInvalidLoginParams".parse::<ErrorCode>()?.code(), 101);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Your own errors
//!
//! With the `macros` feature, [`#[parse_errors]`](macro@parse_errors) turns an
//! error enum whose variants carry data into one whose every variant has a
//! stable code, a description and a category, with a `Display` that
//! interpolates the fields and the code table beside it; and an enum of unit
//! variants into a table like [`ErrorCode`]. Either is checked at compile
//! time, on its own or on top of `ErrorCode` for an app's codes; its page has
//! the whole syntax.
//!
//! ```
//! # #[cfg(feature = "macros")] {
//! use parse_errors::parse_errors;
//!
//! #[derive(Debug)]
//! #[parse_errors(extends = parse_errors::ErrorCode, category(Shop = "Shop errors"))]
//! pub enum ShopError {
//!     /// The player has not enough coins for this purchase.
//!     #[error("need {needed} coins, have {have}")]
//!     NotEnoughCoins { needed: u32, have: u32 } = 9001,
//!     /// The shop is closed.
//!     Closed = 9003,
//! }
//!
//! let error = ShopError::NotEnoughCoins { needed: 5, have: 2 };
//! assert_eq!((error.code(), error.to_string()), (9001, "need 5 coins, have 2".to_owned()));
//! assert_eq!(ShopErrorCode::from_code(9003), Some(ShopErrorCode::Closed));
//! # }
//! ```
//! `ErrorCode` is made by it too, but checked in expanded, so a crate that only
//! reads Parse's codes compiles no proc macro.
//!
//! ```toml
//! [dependencies]
//! parse-errors = { version = "0.1", features = ["macros"] }
//! ```
//!
//! # Codes that never change
//!
//! A code is a contract: clients in other languages, logs, dashboards and old
//! versions of an app match on its number and its name. So a table's version
//! follows its codes:
//!
//! - adding a code, or another name of one, is a minor change;
//! - renumbering, renaming or removing a code or a name is a major change;
//! - retire a code instead of removing it.
//!
//! To retire a code, mark its entry `#[deprecated(note = "...")]`. The entry
//! stays in the table and its code stays taken: the table still reads it from
//! old logs and replies, and a new entry with that code is a compile error, as
//! any second use of a code is. Naming the entry warns with your note; nothing
//! the macro generates warns. Its [`Entry::retired`] is true, so `ENTRIES`
//! and the [`export`]s say it is retired (and the `explain` example, of a
//! name of `ErrorCode`). The [macro's page](macro@parse_errors#retiring-a-code)
//! shows it.
//!
//! ```
//! # #[cfg(feature = "macros")] {
//! use parse_errors::parse_errors;
//!
//! #[derive(Debug)]
//! #[parse_errors(extends = parse_errors::ErrorCode, category(Shop = "Shop errors"))]
//! pub enum ShopError {
//!     /// The player has not enough coins for this purchase.
//!     #[error("need {needed} coins, have {have}")]
//!     NotEnoughCoins { needed: u32, have: u32 } = 9001,
//!
//!     /// Coupons are no longer sold.
//!     #[deprecated(note = "coupons were retired in 2.0; the code stays taken")]
//!     CouponExpired = 9002,
//! }
//!
//! #[allow(deprecated)]
//! let retired = ShopErrorCode::CouponExpired;
//! assert_eq!(ShopErrorCode::from_code(9002), Some(retired));
//! assert!(ShopErrorCode::ENTRIES.iter().any(|row| row.code == 9002 && row.retired));
//! # }
//! ```
//!
//! Three more things keep codes from changing under their users:
//!
//! - with the `lock` feature, [`lock::check`] in a test of yours fails when a
//!   table loses, renumbers or renames a code or a name that its lock file
//!   records, and adds new ones to the lock;
//! - with the `serde` feature, every table is its integer code in serde, so a
//!   reply or a log line carries the number the other side matches on;
//! - [`assert_disjoint!`] of all an app's tables fails the build when two of
//!   them give one code two meanings.
//!
//! # Features
//!
//! - `std` (default, implies `alloc`): a `Path` or `PathBuf` field that an
//!   error enum's message shows with `{field}` is shown through its
//!   `display()`, as in thiserror. Turn default features off for `no_std`.
//! - `alloc`: [`ParseError`], the [`export`]s, and [`ParseNameError`]
//!   keeps the whole input; without it, the first 64 bytes.
//! - `serde`: reading and writing Parse's JSON bodies (`serde` and `serde_json`);
//!   every table (`ErrorCode`, `LiveQueryCode` and those `#[parse_errors]`
//!   makes) serializes as its integer code and deserializes from it, so it fits
//!   in your own serde structs, and a code the table does not have is an error
//!   that names it and the table; an error enum whose variants carry data
//!   serializes as the body Parse Server writes for it (`{"code":N,"error":"..."}`).
//! - `http` (implies `serde`): [`ParseError::to_http_response`], the
//!   `http::Response` a Parse Server answers with for an error: its status, its
//!   JSON body as it came, `Content-Type: application/json; charset=utf-8`
//!   (`http`).
//! - `axum` (implies `http`): `impl IntoResponse for ParseError`, so that an axum
//!   handler returning `Result<Json<T>, ParseError>` answers as Parse Server
//!   does (`axum-core`, the crate that holds the trait, not `axum`).
//! - `lock` (implies `serde` and `std`): [`lock::check`], a test that
//!   fails when a table loses, renumbers or renames a code or a name its lock
//!   file records, and adds new codes and names to it;
//!   `PARSE_ERRORS_LOCK=update` rewrites a lock on purpose.
//! - `macros`: the [`#[parse_errors]`](macro@parse_errors) attribute (`syn`, `quote`,
//!   `proc-macro2`, `darling` and the macro crate).
//!
//! With `serde`, a code is its number on the wire:
//!
//! ```
//! # #[cfg(feature = "serde")] {
//! use parse_errors::ErrorCode;
//!
//! assert_eq!(serde_json::to_string(&ErrorCode::InvalidSessionToken)?, "209");
//! assert_eq!(serde_json::from_str::<Vec<ErrorCode>>("[101]")?, [ErrorCode::ObjectNotFound]);
//! let unknown = serde_json::from_str::<ErrorCode>("4242").unwrap_err();
//! assert!(unknown.to_string().starts_with("unknown ErrorCode 4242: the table has no entry with this code"));
//! # }
//! # Ok::<(), serde_json::Error>(())
//! ```
#![no_std]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]

#[cfg(feature = "alloc")]
extern crate alloc;
// Paths in messages, and the lock's files: the parts of the crate that need `std`.
#[cfg(feature = "std")]
extern crate std;

// The macro's expansion names this crate `::parse_errors`, here as everywhere.
extern crate self as parse_errors;

mod coded;
mod entry;
#[cfg(feature = "alloc")]
#[cfg_attr(docsrs, doc(cfg(feature = "alloc")))]
pub mod export;
#[cfg(feature = "serde")]
mod json;
mod live_query;
#[cfg(feature = "lock")]
#[cfg_attr(docsrs, doc(cfg(feature = "lock")))]
pub mod lock;
// `LiveQueryCode`, expanded from `tables/live_query.rs` the same way.
#[path = "gen/live_query.rs"]
#[rustfmt::skip]
mod live_query_code;
mod lookup;
// `ErrorCode` as `#[parse_errors]` expands `tables/official.rs`, checked in so
// that a client compiles no proc macro (see `parse-errors-codegen/src/tests/generated.rs`).
// Formatted by prettyplease when generated, so rustfmt leaves it alone.
#[path = "gen/official.rs"]
#[rustfmt::skip]
mod official;
mod range;
#[cfg(feature = "http")]
mod response;
mod retry;
mod sdk;
mod sources;
mod status;
mod table;
#[cfg(feature = "alloc")]
mod wire;

pub use coded::CodedError;
pub use entry::Entry;
#[cfg(feature = "serde")]
pub use json::{BatchItem, GraphQlError, LiveQueryError, MAX_NESTING};
pub use live_query::LiveQueryKind;
pub use live_query_code::{LiveQueryCode, LiveQueryCodeCategory};
pub use lookup::{ParseNameError, UnknownCodeError};
pub use official::{Category, ErrorCode};

/// Turns an enum into a Parse-style error table, checked at compile time.
///
/// # Your errors, with their data and their codes
///
/// For an app's own errors, the variants carry what went wrong, and each keeps
/// a stable code. The code is the discriminant, the description is the doc
/// comment's first paragraph, `#[entry(...)]` gives the category and the
/// flags, and `#[error(...)]` the message, as thiserror writes it:
///
/// ```
/// use parse_errors::{ErrorCode, parse_errors};
///
/// #[derive(Debug)]
/// #[parse_errors(extends = parse_errors::ErrorCode, category(Shop = "Shop errors"))]
/// pub enum ShopError {
///     /// The player has not enough coins for this purchase.
///     #[error("need {needed} coins, have {have}")]
///     NotEnoughCoins { needed: u32, have: u32 } = 9001,
///
///     /// The item asked for does not exist.
///     #[entry(alias)]
///     #[error("no item {0:?}")]
///     NoSuchItem(String) = 101,
///
///     /// The store could not be read.
///     #[error("the store could not be read")]
///     StoreUnreadable(#[from] std::io::Error) = 9002,
///
///     /// The shop is closed.
///     Closed = 9003,
/// }
///
/// let error = ShopError::NotEnoughCoins { needed: 5, have: 2 };
/// assert_eq!(error.code(), 9001);
/// assert_eq!(error.kind(), ShopErrorCode::NotEnoughCoins);
/// assert_eq!(error.to_string(), "need 5 coins, have 2");
/// assert_eq!(error.description(), "The player has not enough coins for this purchase.");
/// assert_eq!(error.category(), ShopErrorCategory::Shop);
/// assert_eq!(ShopError::Closed.to_string(), "the shop is closed");
///
/// // The codes are a table of their own: every lookup a table has.
/// assert_eq!(ShopErrorCode::from_code(101), Some(ShopErrorCode::NoSuchItem));
/// assert_eq!(ShopErrorCode::from_code(209), Some(ShopErrorCode::Base(ErrorCode::InvalidSessionToken)));
///
/// // `#[from]` and `#[source]` as in thiserror.
/// let error = ShopError::from(std::io::Error::other("disk"));
/// assert!(std::error::Error::source(&error).is_some());
///
/// // On the wire: the code, and the `Display` text as the message.
/// # #[cfg(feature = "alloc")] {
/// let wire = parse_errors::ParseError::from(ShopError::NoSuchItem("bow".into()));
/// assert_eq!((wire.code(), wire.message()), (Some(101), "no item \"bow\""));
/// assert_eq!(wire.http_status(), 404);
/// # }
/// ```
///
/// An enum with any tuple or struct variant gets two types:
///
/// - the **error enum**, the user's: its variants and fields as written (their
///   discriminants and `#[source]`/`#[from]` left out), its generics and the
///   user's derives (`Debug` is the user's to derive, above or below the
///   attribute, as with thiserror); `kind()` (the code enum's value), `code()`,
///   `name()`, `description()`, `category()`, `is_client_only()`,
///   `is_retryable()`; `Display` from the messages; [`core::error::Error`] with
///   `source()`; `From<T>` for a field marked `#[from]`; and [`CodedError`],
///   which `ParseError::from` takes (nothing in the expansion needs an
///   allocator, so it works in `no_std` crates, where `ParseError` does not
///   exist);
/// - the **code enum**, `<Name>Code` (`code_enum = Name` renames it): a table
///   of unit variants with the same entries, codes, docs, categories and
///   `extends`, and everything a table gets (below), whatever the error enum's
///   generics. It shows a variant's message when the message names no field,
///   else the description's first sentence. The category enum is `<Name>Category`.
///
/// # Messages: thiserror's `#[error(...)]`
///
/// The message of a variant is thiserror's attribute, with its whole grammar,
/// so a thiserror enum migrates by swapping `#[derive(thiserror::Error)]` for
/// `#[parse_errors(...)]` and adding codes and doc comments:
///
/// - `#[error("...", args...)]`: a format string of the variant's fields
///   (`{field}`, `{0}`, any spec, `{{` `}}`), and extra arguments, positional
///   or named, any expressions, where `.field` and `.0` stand for the fields;
///   a `Path` or `PathBuf` field shows its `display()` (feature `std`);
/// - `#[error(transparent)]`: `Display` and `source()` forward to the one
///   field (with or without `#[from]`); the variant keeps its own code;
/// - `#[error(fmt = path)]`: `path(fields..., formatter)` writes it;
/// - `#[error(...)]` on the enum: the message of every variant without one.
///
/// A variant without a message shows its description's first sentence. With
/// no `#[error]` anywhere, `Display` is yours to write, as in thiserror. The
/// source is the field marked `#[source]` or `#[from]`, or named `source`
/// (not `r#source`); an `Option` of an error is a source that may be missing;
/// `#[from]` on an `Option<E>` field is `From<E>`. A generic enum gets the
/// bounds its messages and sources need, beside its own `where` clauses.
/// Mistakes are reported as thiserror reports them; a placeholder that names
/// nothing is rustc's own error, as a name may be a constant in scope. The
/// rules for shared codes are a table's: an `alias` is another name of a code,
/// and on the error enum it is a variant like any other, with its own message.
///
/// Several tables of one app, each extending [`ErrorCode`], are checked
/// against each other by [`assert_disjoint!`].
///
/// # A table of codes
///
/// A table is an enum with one unit variant per name of a code. The code is the
/// discriminant, the description is the doc comment's first paragraph, and
/// `#[entry(...)]` gives the category and the flags:
///
/// ```
/// use parse_errors::parse_errors;
///
/// #[parse_errors(
///     category(Game = "Game errors"),
///     category(Store = "Store errors"),
/// )]
/// pub enum GameError {
///     /// The player has not enough coins for this purchase.
///     #[entry(Store)]
///     #[error("not enough coins")]
///     NotEnoughCoins = 9001,
///     /// The level does not exist. Check the level id.
///     #[entry(Game)]
///     LevelNotFound = 9002,
///     /// The level does not exist.
///     #[entry(Game, alias)]
///     UnknownLevel = 9002,
/// }
///
/// assert_eq!(GameError::from_code(9002), Some(GameError::UnknownLevel));
/// assert_eq!(GameError::LevelNotFound.description(), "The level does not exist. Check the level id.");
/// assert_eq!(GameError::LevelNotFound.to_string(), "the level does not exist");
/// assert_eq!(GameError::NotEnoughCoins.to_string(), "not enough coins");
/// assert_eq!(GameError::NotEnoughCoins.category(), GameErrorCategory::Store);
/// ```
///
/// The description is the doc comment's first paragraph as written: its lines
/// are trimmed and joined by one space, and whatever a line holds, tabs and runs
/// of spaces included, is kept.
///
/// # Arguments of `#[parse_errors(...)]`
///
/// | argument | meaning |
/// |---|---|
/// | `category(Name = "Title")` | declares a category; once per category, in display order |
/// | `category(Name = "Title", client_only)` | a category whose codes only ever come from a client |
/// | `category(Name = "Title", retry)` | a category whose codes' failures may pass with time, as `retry` on each of its entries |
/// | `category_enum = Name` | the name of the generated category enum; `<Table>Category` by default |
/// | `code_enum = Name` | for an enum whose variants carry data, the name of its code enum; `<Table>Code` by default |
/// | `crate = path` | where this crate is; by default `::parse_errors`, or the name your `Cargo.toml` gives it (`pe = { package = "parse-errors" }`), read as `proc-macro-crate` reads it; give it for a rename the manifest cannot tell, such as one in the workspace's manifest or a re-export |
/// | `extends = path` | the table this one extends, such as `parse_errors::ErrorCode` (see below) |
/// | `range = 9000..=9999` | the codes the table's own entries may have; the docs' app range by default when it extends another |
///
/// # `#[entry(...)]` on a variant
///
/// | item | meaning |
/// |---|---|
/// | `Name` | the entry's category; may be left out when the table has one category |
/// | `alias` | another name of a code whose canonical entry is elsewhere in the table |
/// | `retry` | a failure with this code may pass with time, so a retry can help: read by `is_retryable()`, [`RetryAdvice::for_coded`] and [`ParseError::retry_advice_in`](crate::ParseError::retry_advice_in) |
///
/// A code may be shared by several entries on purpose only: exactly one is the
/// canonical name (a variant), and every other one is marked `alias` and becomes
/// an associated constant equal to it. Names of different codes may not differ
/// only in case or underscores, so `from_name_loose` never has to choose.
///
/// Mistakes are compile errors that point at the token to fix, in source order,
/// all of a table's mistakes in one compile. Meanwhile the rest of your crate
/// sees the table's whole API, so those are the only errors it gets:
///
/// ```compile_fail
/// # use parse_errors::parse_errors;
/// #[parse_errors(category(App = "App errors"))]
/// enum AppError {
///     /// The first meaning.
///     First = 9001,
///     /// A second meaning with the same code: not allowed unless marked `alias`.
///     Second = 9001,
/// }
/// ```
///
/// # App codes: a table that extends another
///
/// Cloud Code may throw any code, and the Parse docs give 9000 to 9999 to apps.
/// A table that extends [`ErrorCode`] has its own codes there, and every Parse
/// code as `Base(ErrorCode)`; lookups fall through to the base, and an `alias`
/// may give a Parse code an app's name:
///
/// ```
/// use parse_errors::{ErrorCode, parse_errors};
///
/// #[parse_errors(extends = parse_errors::ErrorCode, category(Shop = "Shop errors"))]
/// pub enum AppCode {
///     /// The player has not enough coins for this purchase.
///     NotEnoughCoins = 9001,
///     /// The item asked for does not exist.
///     #[entry(alias)]
///     NoSuchItem = 101,
/// }
///
/// assert_eq!(AppCode::from_code(101), Some(AppCode::NoSuchItem));
/// assert_eq!(AppCode::from_code(209), Some(AppCode::Base(ErrorCode::InvalidSessionToken)));
/// # #[cfg(feature = "alloc")] {
/// let error = parse_errors::ParseError::with_code(101, "Object not found.");
/// assert_eq!(error.kind_in::<AppCode>(), Some(AppCode::NoSuchItem));
/// # }
/// ```
///
/// The compiler checks the app's codes against the base's, even in another
/// crate: a code of the app's own that the base has is an error (unless marked
/// `alias`), and so is an own code outside the range.
///
/// ```compile_fail
/// # use parse_errors::parse_errors;
/// #[parse_errors(extends = parse_errors::ErrorCode, range = 100..=9999, category(App = "App errors"))]
/// enum AppCode {
///     /// 101 is ObjectNotFound already.
///     ItemMissing = 101,
/// }
/// ```
///
/// # Retiring a code
///
/// A code that nothing raises any more is retired, not removed: clients, logs
/// and stored replies still carry it, and a code that came back with another
/// meaning would be read as the old one. Mark its entry
/// `#[deprecated(note = "...")]`, an alias or a variant with data alike:
///
/// - the entry stays: `from_code`, `from_name` and serde still read it, and
///   `ENTRIES` has its row with [`Entry::retired`] set, which the exports show;
/// - its code stays taken: a new entry with that code is a compile error, as
///   any second use of a code is (unless marked `alias`, which makes it
///   another name of the retired code);
/// - naming the entry in your code warns with your note; the code the macro
///   generates never does, so a crate under `deny(deprecated)` compiles.
///
/// ```
/// use parse_errors::parse_errors;
///
/// #[derive(Debug)]
/// #[parse_errors(extends = parse_errors::ErrorCode, category(Shop = "Shop errors"))]
/// pub enum ShopError {
///     /// The player has not enough coins for this purchase.
///     #[error("need {needed} coins, have {have}")]
///     NotEnoughCoins { needed: u32, have: u32 } = 9001,
///
///     /// Coupons are no longer sold.
///     #[deprecated(note = "coupons were retired in 2.0; the code stays taken")]
///     CouponExpired = 9002,
/// }
///
/// // Old logs still read.
/// #[allow(deprecated)]
/// let retired = ShopErrorCode::CouponExpired;
/// assert_eq!(ShopErrorCode::from_code(9002), Some(retired));
/// assert_eq!(ShopErrorCode::from_name("CouponExpired"), Some(retired));
///
/// let row = ShopErrorCode::ENTRIES.iter().find(|row| row.code == 9002).unwrap();
/// assert!(row.retired);
/// ```
///
/// A new meaning needs a new code:
///
/// ```compile_fail
/// # use parse_errors::parse_errors;
/// #[parse_errors(extends = parse_errors::ErrorCode, category(Shop = "Shop errors"))]
/// pub enum ShopCode {
///     /// Coupons are no longer sold.
///     #[deprecated(note = "coupons were retired in 2.0; the code stays taken")]
///     CouponExpired = 9002,
///     /// The gift card was rejected.
///     GiftCardRejected = 9002, // error: code 9002 is used by both `CouponExpired` and `GiftCardRejected`
/// }
/// ```
///
/// Adding a code is a minor change of a table; renumbering, renaming or
/// removing one is a major change (see the [crate docs](crate#codes-that-never-change),
/// and [`lock`] for a test that catches it).
///
/// # What a table `E` gets
///
/// - `#[repr(i32)]` with each code as its discriminant, and `Clone`, `Copy`, `Eq`,
///   `Ord` (by code), `Hash` and `Debug` (the variant's name);
/// - `E::ALL` (one variant per code, table order), `E::COUNT`, `E::ENTRIES` (every
///   row as an [`Entry`], aliases and retired rows included);
/// - `code()`, `from_code()`, `From<E> for i32`, `TryFrom<i32>` (error: [`UnknownCodeError`]);
/// - `name()`, `from_name()`, `FromStr` (error: [`ParseNameError`], with suggestions),
///   and `from_name_loose()`, which ignores ASCII case and underscores, so
///   `OBJECT_NOT_FOUND` finds `ObjectNotFound` (for the SDKs' own constants, use
///   [`ErrorCode::from_sdk_name`]: the JS SDK's `INVALID_IMAGE_DATA` is code 143,
///   the docs page's `InvalidImageData` is 150);
/// - `description()`, `entry()`, `entries()` (every name of the code), `category()`,
///   `is_client_only()`;
/// - `Display` (the entry's message, or its description's first sentence) and [`core::error::Error`];
/// - a category enum with `ALL`, `title()`, `is_client_only()`, `codes()` and `Display`;
/// - the [`ErrorTable`] and [`ErrorCategory`] traits, for code that works over any table,
///   and with them [`CodedError`], so `ParseError::from` takes the table's values;
/// - with this crate's `serde` feature, `Serialize` and `Deserialize` as the integer
///   code (an alias is its code; a code the table lacks is an error naming the code
///   and the table); an error enum whose variants carry data gets `Serialize` as the
///   body Parse Server writes for it, `{"code":N,"error":"<Display>"}`. Your crate
///   needs no `cfg` for it, and no serde when the feature is off.
///
/// A table that extends another has no `#[repr(i32)]` (its `Base` variant holds
/// a value) and keeps its own codes in `ALL`, `COUNT` and `ENTRIES`.
///
/// The generated code uses only `core`, so tables work in `#![no_std]` crates.
#[cfg(feature = "macros")]
#[cfg_attr(docsrs, doc(cfg(feature = "macros")))]
pub use parse_errors_macros::parse_errors;
pub use range::CodeRange;
pub use retry::{Request, RetryAdvice, RetryAfter, RetryAfterError};
pub use sources::Sources;
pub use table::{ErrorCategory, ErrorTable};
#[cfg(feature = "alloc")]
pub use wire::ParseError;

// The README's examples are tests too, with the default features and the
// macro: one of them is an error enum of its own that goes on the wire.
#[cfg(all(doctest, feature = "macros", feature = "alloc"))]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

/// Not public API: the items that the code `#[parse_errors]` generates refers to.
/// They may change in any release; name them through their public paths.
#[doc(hidden)]
#[path = "private/mod.rs"]
pub mod __private;
