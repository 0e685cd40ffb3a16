//! Not public API: the items that the code `#[parse_errors]` generates refers to.
//!
//! What is the same for every table lives here once, generic over
//! [`ErrorTable`], instead of being generated into each table: the generated
//! code calls these functions, as thiserror's and serde's expansions call their
//! own private modules. One concept per module; this one only names them, at
//! the paths the expansion writes (`::parse_errors::__private::NAME`).

mod as_dyn_error;
mod base;
mod display;
mod sentence;
mod serde_codes;
mod shared_code;
mod table;

pub use as_dyn_error::AsDynError;
pub use base::{BaseTable, CodeTaken, NO_ROW};
pub use display::{AsDisplay, Var};
pub use sentence::Sentence;
#[cfg(feature = "serde")]
pub use serde_codes::{deserialize_code, serialize_code, serialize_wire_body};
pub use shared_code::shared_code;
pub use table::{codes_in, from_name_loose, from_str, rows_of_code, try_from_code};

pub use crate::lookup::{folded_distance, same_name_loosely};
pub use crate::{Entry, ErrorCategory, ErrorTable, ParseNameError, UnknownCodeError};

/// The serde the impls of [`serde_code_table!`] and [`serde_coded_error!`]
/// name, so that a user's crate needs no serde of its own for them.
#[cfg(feature = "serde")]
pub use ::serde;

/// `serde_code_table!(Table)`: `Serialize` and `Deserialize` of a table as
/// its integer code with the `serde` feature, nothing without it.
pub use crate::__parse_errors_serde_code_table as serde_code_table;
/// `serde_coded_error!({impl generics} {type} {where clause})`: `Serialize`
/// of an error enum as the wire body with the `serde` feature, nothing
/// without it.
pub use crate::__parse_errors_serde_coded_error as serde_coded_error;
