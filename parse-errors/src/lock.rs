//! A lock that stops a code from changing meaning: a test that fails when a
//! table loses, renumbers or renames a code or a name it had.
//!
//! A code's value is that it never changes: clients in other languages, logs,
//! dashboards and old app versions match on the number and the name. The lock
//! is a file beside your tests that records each code of a table with its
//! canonical name and its other names, and one test checks the table against
//! it:
//!
//! ```no_run
//! # use parse_errors::ErrorCode as ShopErrorCode;
//! #[test]
//! fn shop_codes_keep_their_meaning() {
//!     parse_errors::lock::check::<ShopErrorCode>("tests/shop-codes.lock").unwrap();
//! }
//! ```
//!
//! - A code or a name of the lock that the table lost, renumbered or renamed
//!   fails, naming the code and both names. Retire a code instead of removing
//!   it: the entry stays, and so does its code.
//! - A new code or name never fails: it is added to the lock, and the
//!   [`LockReport`] says so. Commit the lock with the table.
//! - A missing lock is written from the table, and the check fails once,
//!   saying to commit it.
//! - `PARSE_ERRORS_LOCK=update` rewrites the lock from the table whatever it
//!   held: the way to change a code's meaning on purpose (a major release).
//!
//! The lock is the table's [`export::json`](crate::export::json): a reviewer
//! reads a change to it as a change of its lines in the diff. Its other
//! members (descriptions, categories, statuses) are rewritten as the table
//! has them; the check is on codes and names.

use alloc::collections::BTreeMap;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::ErrorTable;
use crate::export::{codes, json};

/// The environment variable that rewrites a lock on purpose, with the value `update`.
pub const UPDATE_VARIABLE: &str = "PARSE_ERRORS_LOCK";

/// Checks table `T` against the lock at `path`, adds the table's new codes
/// and names to it, and writes it when it is missing. With
/// `PARSE_ERRORS_LOCK=update` in the environment, rewrites it from the table.
///
/// # Errors
///
/// [`LockError::Broken`] when the table lost, renumbered or renamed a code
/// or a name of the lock (the lock is left as it was);
/// [`LockError::Created`] when there was no lock (it is written);
/// [`LockError::Malformed`] when the lock is not one; [`LockError::Io`] when
/// it cannot be read or written; [`LockError::Environment`] when
/// `PARSE_ERRORS_LOCK` has a value other than `update`.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// use parse_errors::lock::{self, LockError, LockReport};
/// use parse_errors::LiveQueryCode;
///
/// let path = std::env::temp_dir().join(format!("parse-errors-doc-{}.lock", std::process::id()));
/// # std::fs::remove_file(&path).ok();
/// // The first check writes the lock, and asks to commit it.
/// let first = lock::check::<LiveQueryCode>(&path);
/// assert!(matches!(first, Err(LockError::Created { .. })));
/// // Then the table is checked against it.
/// assert_eq!(lock::check::<LiveQueryCode>(&path)?, LockReport::Current);
/// # std::fs::remove_file(&path)?;
/// # Ok(())
/// # }
/// ```
pub fn check<T: ErrorTable>(path: impl AsRef<Path>) -> Result<LockReport, LockError> {
    let path = path.as_ref();
    match std::env::var(UPDATE_VARIABLE) {
        Ok(value) if value == "update" => {
            update::<T>(path)?;
            return Ok(LockReport::Rewritten);
        }
        Ok(value) => return Err(LockError::Environment { value }),
        Err(std::env::VarError::NotUnicode(value)) => {
            return Err(LockError::Environment {
                value: value.to_string_lossy().into_owned(),
            });
        }
        Err(std::env::VarError::NotPresent) => {}
    }
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            update::<T>(path)?;
            return Err(LockError::Created {
                path: path.to_path_buf(),
            });
        }
        Err(error) => return Err(io_error(path, error)),
    };
    let locked = read_lock(&text).map_err(|reason| LockError::Malformed {
        path: path.to_path_buf(),
        reason,
    })?;
    if locked.table != T::NAME {
        return Err(LockError::Malformed {
            path: path.to_path_buf(),
            reason: alloc::format!("it is the lock of {}, not of {}", locked.table, T::NAME),
        });
    }
    let table = TableNames::of::<T>();
    let breaks = breaks::<T>(&locked, &table);
    if !breaks.is_empty() {
        return Err(LockError::Broken {
            path: path.to_path_buf(),
            breaks,
        });
    }
    let added_codes: Vec<(i32, &'static str)> = table
        .codes
        .iter()
        .filter(|(code, _)| !locked.codes.iter().any(|lock| lock.code == **code))
        .map(|(code, names)| (*code, names[0]))
        .collect();
    let added_names: Vec<(i32, &'static str)> = table
        .codes
        .iter()
        .filter_map(|(code, names)| {
            let lock = locked.codes.iter().find(|lock| lock.code == *code)?;
            Some(
                names
                    .iter()
                    .filter(|name| !lock.names.iter().any(|locked| locked == *name))
                    .map(|name| (*code, *name))
                    .collect::<Vec<_>>(),
            )
        })
        .flatten()
        .collect();
    let current = json::<T>();
    if text != current {
        std::fs::write(path, current).map_err(|error| io_error(path, error))?;
    }
    if added_codes.is_empty() && added_names.is_empty() {
        Ok(LockReport::Current)
    } else {
        Ok(LockReport::Added {
            codes: added_codes,
            names: added_names,
        })
    }
}

/// Writes the lock of table `T` at `path` from the table, whatever it held:
/// what `PARSE_ERRORS_LOCK=update` does.
///
/// # Errors
///
/// [`LockError::Io`] when the file cannot be written.
pub fn update<T: ErrorTable>(path: impl AsRef<Path>) -> Result<(), LockError> {
    let path = path.as_ref();
    std::fs::write(path, json::<T>()).map_err(|error| io_error(path, error))
}

/// What a check found when the table keeps every code and name of its lock.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LockReport {
    /// The table has the lock's codes and names, and no other.
    Current,
    /// The table has the lock's codes and names, and these more, now in the lock.
    Added {
        /// The new codes, each with its canonical name.
        codes: Vec<(i32, &'static str)>,
        /// The new names of codes the lock had, each with its code.
        names: Vec<(i32, &'static str)>,
    },
    /// `PARSE_ERRORS_LOCK=update` rewrote the lock from the table.
    Rewritten,
}

impl fmt::Display for LockReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Current => f.write_str("the table has every code and name of its lock"),
            Self::Added { codes, names } => {
                f.write_str("the table keeps every code and name of its lock; added to the lock:")?;
                for (code, name) in codes {
                    write!(f, " code {code} {name};")?;
                }
                for (code, name) in names {
                    write!(f, " name {name} of code {code};")?;
                }
                f.write_str(" commit the lock with the table")
            }
            Self::Rewritten => write!(
                f,
                "{UPDATE_VARIABLE}=update rewrote the lock from the table; commit it"
            ),
        }
    }
}

/// Why a check failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum LockError {
    /// The table lost, renumbered or renamed codes or names of the lock: one
    /// sentence for each, naming the code and both names.
    Broken {
        /// The lock.
        path: PathBuf,
        /// What changed, one sentence each.
        breaks: Vec<String>,
    },
    /// There was no lock: it is written now, and is to be committed.
    Created {
        /// The lock.
        path: PathBuf,
    },
    /// The file is not a lock of this table.
    Malformed {
        /// The lock.
        path: PathBuf,
        /// What is wrong with it.
        reason: String,
    },
    /// The lock cannot be read or written.
    Io {
        /// The lock.
        path: PathBuf,
        /// Why.
        error: std::io::Error,
    },
    /// `PARSE_ERRORS_LOCK` has a value other than `update`.
    Environment {
        /// The value it has.
        value: String,
    },
}

impl fmt::Display for LockError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Broken { path, breaks } => {
                write!(
                    f,
                    "the table no longer has what its lock {} records:",
                    path.display()
                )?;
                for sentence in breaks {
                    write!(f, "\n- {sentence}")?;
                }
                write!(
                    f,
                    "\nClients match on these codes and names. Retire a code instead of removing it \
                     (`#[deprecated]`); to change one on purpose, in a major release, run this test \
                     with {UPDATE_VARIABLE}=update and commit the lock."
                )
            }
            Self::Created { path } => write!(
                f,
                "there was no lock at {}: it is written now from the table; commit it",
                path.display()
            ),
            Self::Malformed { path, reason } => write!(
                f,
                "{} is not a lock of this table: {reason}; expected the JSON of \
                 parse_errors::export::json, as the lock is written; {UPDATE_VARIABLE}=update rewrites it",
                path.display()
            ),
            Self::Io { path, error } => write!(
                f,
                "cannot read or write the lock {}: {error}",
                path.display()
            ),
            Self::Environment { value } => write!(
                f,
                "{UPDATE_VARIABLE} is {value:?}; the only value it takes is `update`, which rewrites the lock"
            ),
        }
    }
}

impl std::error::Error for LockError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Io { error, .. } => Some(error),
            _ => None,
        }
    }
}

fn io_error(path: &Path, error: std::io::Error) -> LockError {
    LockError::Io {
        path: path.to_path_buf(),
        error,
    }
}

/// What a lock records: its table, and each code with its names, the
/// canonical one first.
struct Lock {
    table: String,
    codes: Vec<LockedCode>,
}

struct LockedCode {
    code: i32,
    names: Vec<String>,
}

/// Reads what the check needs of a lock; the other members are the export's
/// and may be anything.
fn read_lock(text: &str) -> Result<Lock, String> {
    let document: Value =
        serde_json::from_str(text).map_err(|error| alloc::format!("it is not JSON: {error}"))?;
    let table = document
        .get("table")
        .and_then(Value::as_str)
        .ok_or("it has no `table` string")?
        .to_string();
    let codes = document
        .get("codes")
        .and_then(Value::as_array)
        .ok_or("it has no `codes` array")?;
    let codes = codes
        .iter()
        .enumerate()
        .map(|(index, object)| {
            let code = object
                .get("code")
                .and_then(Value::as_i64)
                .and_then(|code| i32::try_from(code).ok())
                .ok_or_else(|| alloc::format!("`codes[{index}]` has no `code` that is an i32"))?;
            let name = object
                .get("name")
                .and_then(Value::as_str)
                .ok_or_else(|| alloc::format!("code {code} has no `name` string"))?;
            let others = object
                .get("names")
                .and_then(Value::as_array)
                .ok_or_else(|| alloc::format!("code {code} has no `names` array"))?;
            let mut names = alloc::vec![name.to_string()];
            for other in others {
                let other = other
                    .as_str()
                    .ok_or_else(|| alloc::format!("a name of code {code} is not a string"))?;
                if other != name {
                    names.push(other.to_string());
                }
            }
            Ok(LockedCode { code, names })
        })
        .collect::<Result<Vec<_>, String>>()?;
    Ok(Lock { table, codes })
}

/// The codes and names of a table as its lock would record them.
struct TableNames {
    /// Each code's names, the canonical one first.
    codes: BTreeMap<i32, Vec<&'static str>>,
    /// The code of each name.
    code_of_name: BTreeMap<&'static str, i32>,
}

impl TableNames {
    fn of<T: ErrorTable>() -> Self {
        let mut names_of_code = BTreeMap::new();
        let mut code_of_name = BTreeMap::new();
        for code in codes::<T>() {
            let number = code.value.code();
            let names: Vec<&'static str> = code.names().collect();
            for name in &names {
                code_of_name.insert(*name, number);
            }
            names_of_code.insert(number, names);
        }
        Self {
            codes: names_of_code,
            code_of_name,
        }
    }
}

/// One sentence for each code or name of the lock that the table lost,
/// renumbered or renamed.
fn breaks<T: ErrorTable>(lock: &Lock, table: &TableNames) -> Vec<String> {
    let mut breaks = Vec::new();
    for locked in &lock.codes {
        let (code, canonical) = (locked.code, locked.names[0].as_str());
        let Some(names) = table.codes.get(&code) else {
            breaks.push(match table.code_of_name.get(canonical) {
                Some(now) => alloc::format!(
                    "code {code} {canonical} is renumbered: {} has {canonical} as {now}",
                    T::NAME
                ),
                None => alloc::format!(
                    "code {code} {canonical} is gone from {}: no entry has the code or the name",
                    T::NAME
                ),
            });
            continue;
        };
        if names[0] != canonical {
            let moved = match table.code_of_name.get(canonical) {
                Some(now) if *now != code => {
                    alloc::format!(" ({canonical} is renumbered to {now})")
                }
                _ => String::new(),
            };
            breaks.push(alloc::format!(
                "code {code} is renamed: the lock names it {canonical}, {} now {}{moved}",
                T::NAME,
                names[0]
            ));
        }
        for name in &locked.names[1..] {
            match table.code_of_name.get(name.as_str()) {
                Some(now) if *now == code => {}
                Some(now) => breaks.push(alloc::format!(
                    "name {name} of code {code} is renumbered: {} has {name} as {now}",
                    T::NAME
                )),
                None => {
                    let new_names: Vec<&str> = names
                        .iter()
                        .copied()
                        .filter(|name| !locked.names.iter().any(|locked| locked == name))
                        .collect();
                    breaks.push(if new_names.is_empty() {
                        alloc::format!("name {name} of code {code} is gone from {}", T::NAME)
                    } else {
                        alloc::format!(
                            "name {name} of code {code} is renamed: {} names the code {} instead",
                            T::NAME,
                            new_names.join(", ")
                        )
                    });
                }
            }
        }
    }
    breaks
}
