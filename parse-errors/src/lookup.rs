//! The errors of looking a code or a name up in a table.

use core::fmt;

use crate::Entry;

/// A code that a table does not list: the error of `TryFrom<i32>`.
///
/// ```
/// use parse_errors::ErrorCode;
///
/// let error = ErrorCode::try_from(9001).unwrap_err();
/// assert_eq!(error.code(), 9001);
/// assert_eq!(error.to_string(), "unknown ErrorCode 9001: the table has no entry with this code");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownCodeError {
    code: i32,
    table: &'static str,
}

impl UnknownCodeError {
    /// The error for `code`, which the table named `table` does not list.
    #[must_use]
    pub const fn new(code: i32, table: &'static str) -> Self {
        Self { code, table }
    }

    /// The code that was looked up, as it was given.
    #[must_use]
    pub const fn code(&self) -> i32 {
        self.code
    }

    /// The name of the table's type.
    #[must_use]
    pub const fn table(&self) -> &'static str {
        self.table
    }
}

impl fmt::Display for UnknownCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown {} {}: the table has no entry with this code",
            self.table, self.code
        )
    }
}

impl core::error::Error for UnknownCodeError {}

/// A name that a table does not list: the error of `FromStr`.
///
/// It keeps the input, and suggests the table's closest names, ignoring case
/// and underscores, so an SDK spelling such as `OBJECT_NOT_FOUND` is pointed
/// at `ObjectNotFound`.
///
/// ```
/// use parse_errors::ErrorCode;
///
/// let error = "OBJECT_NOT_FOUND".parse::<ErrorCode>().unwrap_err();
/// assert_eq!(error.input(), "OBJECT_NOT_FOUND");
/// assert_eq!(error.suggestions().next(), Some("ObjectNotFound"));
/// assert_eq!(
///     error.to_string(),
///     "unknown ErrorCode name \"OBJECT_NOT_FOUND\": did you mean `ObjectNotFound`?"
/// );
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct ParseNameError {
    input: Input,
    table: &'static str,
    entries: &'static [Entry],
}

impl ParseNameError {
    /// The most names [`suggestions`](Self::suggestions) gives.
    pub const MAX_SUGGESTIONS: usize = 3;

    /// The error for `input`, which no row of `entries`, the rows of the table
    /// named `table`, has as its name.
    #[must_use]
    pub fn new(input: &str, table: &'static str, entries: &'static [Entry]) -> Self {
        Self {
            input: Input::new(input),
            table,
            entries,
        }
    }

    /// The name that was looked up, as it was given.
    ///
    /// Without the `alloc` feature only its first 64 bytes are kept (cut at a
    /// character boundary).
    #[must_use]
    pub fn input(&self) -> &str {
        self.input.as_str()
    }

    /// The name of the table's type.
    #[must_use]
    pub const fn table(&self) -> &'static str {
        self.table
    }

    /// The table's names closest to the input, closest first, at most
    /// [`MAX_SUGGESTIONS`](Self::MAX_SUGGESTIONS). Computed on each call, without allocating.
    pub fn suggestions(&self) -> impl Iterator<Item = &'static str> + use<> {
        closest_names(self.input(), self.entries)
            .into_iter()
            .flatten()
    }
}

impl fmt::Debug for ParseNameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ParseNameError")
            .field("input", &self.input())
            .field("table", &self.table)
            .finish_non_exhaustive()
    }
}

impl fmt::Display for ParseNameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown {} name {:?}: ", self.table, self.input())?;
        let mut suggestions = self.suggestions().peekable();
        if suggestions.peek().is_none() {
            return write!(f, "expected the name of one of its entries, case-sensitive");
        }
        f.write_str("did you mean ")?;
        let mut first = true;
        while let Some(name) = suggestions.next() {
            let separator = match (first, suggestions.peek().is_some()) {
                (true, _) => "",
                (false, true) => ", ",
                (false, false) => " or ",
            };
            write!(f, "{separator}`{name}`")?;
            first = false;
        }
        f.write_str("?")
    }
}

impl core::error::Error for ParseNameError {}

#[cfg(feature = "alloc")]
#[derive(Clone, PartialEq, Eq)]
struct Input(alloc::string::String);

#[cfg(feature = "alloc")]
impl Input {
    fn new(input: &str) -> Self {
        Self(input.into())
    }

    fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(not(feature = "alloc"))]
#[derive(Clone, PartialEq, Eq)]
struct Input {
    bytes: [u8; Self::CAPACITY],
    len: usize,
}

#[cfg(not(feature = "alloc"))]
impl Input {
    const CAPACITY: usize = 64;

    fn new(input: &str) -> Self {
        let mut len = input.len().min(Self::CAPACITY);
        while !input.is_char_boundary(len) {
            len -= 1;
        }
        let mut bytes = [0; Self::CAPACITY];
        bytes[..len].copy_from_slice(&input.as_bytes()[..len]);
        Self { bytes, len }
    }

    fn as_str(&self) -> &str {
        // The bytes are a prefix of a `str` cut at a character boundary.
        core::str::from_utf8(&self.bytes[..self.len]).unwrap_or_default()
    }
}

/// Whether two names are the same once ASCII case and underscores are ignored,
/// as `from_name_loose` compares them: `OBJECT_NOT_FOUND` is `ObjectNotFound`.
#[doc(hidden)]
#[must_use]
pub fn same_name_loosely(a: &str, b: &str) -> bool {
    folded(a).eq(folded(b))
}

/// The distance `ParseNameError` measures between two names once folded, or
/// `None` when one is too long to be measured; the macro's suggestions are
/// pinned equal to it by a test.
#[doc(hidden)]
#[must_use]
pub fn folded_distance(a: &str, b: &str) -> Option<usize> {
    Some(Folded::new(a)?.distance(&Folded::new(b)?))
}

/// A name's bytes with ASCII case and underscores folded away.
fn folded(name: &str) -> impl Iterator<Item = u8> + '_ {
    name.bytes()
        .filter(|byte| *byte != b'_')
        .map(|byte| byte.to_ascii_lowercase())
}

/// Names longer than this, once folded, are never suggested nor matched against.
const MAX_FOLDED: usize = 64;

/// Up to three canonical or alias names closest to `input`, closest first.
fn closest_names(
    input: &str,
    entries: &'static [Entry],
) -> [Option<&'static str>; ParseNameError::MAX_SUGGESTIONS] {
    let mut best: [Option<(usize, &'static str)>; ParseNameError::MAX_SUGGESTIONS] =
        [None; ParseNameError::MAX_SUGGESTIONS];
    let Some(input) = Folded::new(input) else {
        return [None; ParseNameError::MAX_SUGGESTIONS];
    };
    let threshold = (input.len / 3).max(1);
    for entry in entries {
        let Some(candidate) = Folded::new(entry.name) else {
            continue;
        };
        // The distance is at least the difference in length: most names of a
        // table are ruled out without filling a row of the distance.
        if input.len.abs_diff(candidate.len) > threshold {
            continue;
        }
        let distance = input.distance(&candidate);
        if distance > threshold {
            continue;
        }
        // Insertion into a sorted array of three: a closer name moves the
        // farther ones down a place; ties keep table order.
        let mut carried = Some((distance, entry.name));
        let mut shifting = false;
        for kept in &mut best {
            let Some(candidate) = carried else { break };
            match kept {
                None => {
                    *kept = Some(candidate);
                    carried = None;
                }
                Some(existing) if shifting || candidate.0 < existing.0 => {
                    carried = Some(core::mem::replace(existing, candidate));
                    shifting = true;
                }
                Some(_) => {}
            }
        }
    }
    best.map(|kept| kept.map(|(_, name)| name))
}

/// A name with case and underscores folded away, so `OBJECT_NOT_FOUND` is `objectnotfound`.
struct Folded {
    bytes: [u8; MAX_FOLDED],
    len: usize,
}

impl Folded {
    fn new(name: &str) -> Option<Self> {
        let mut bytes = [0; MAX_FOLDED];
        let mut len = 0;
        for byte in folded(name) {
            *bytes.get_mut(len)? = byte;
            len += 1;
        }
        Some(Self { bytes, len })
    }

    fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len]
    }

    /// Edit distance counting a swap of two neighbours as one edit (optimal
    /// string alignment), kept in three rows on the stack.
    fn distance(&self, other: &Self) -> usize {
        let (a, b) = (self.as_bytes(), other.as_bytes());
        let mut before = [0usize; MAX_FOLDED + 1];
        let mut previous = [0usize; MAX_FOLDED + 1];
        let mut current = [0usize; MAX_FOLDED + 1];
        for (j, cell) in previous.iter_mut().enumerate().take(b.len() + 1) {
            *cell = j;
        }
        for i in 1..=a.len() {
            current[0] = i;
            for j in 1..=b.len() {
                let substitution = previous[j - 1] + usize::from(a[i - 1] != b[j - 1]);
                let mut best = substitution.min(previous[j] + 1).min(current[j - 1] + 1);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    best = best.min(before[j - 2] + 1);
                }
                current[j] = best;
            }
            before = previous;
            previous = current;
        }
        previous[b.len()]
    }
}

#[cfg(all(test, feature = "alloc"))]
mod tests {
    use alloc::borrow::ToOwned;
    use alloc::format;
    use alloc::vec::Vec;

    use super::{Folded, ParseNameError, closest_names};
    use crate::ErrorCode;

    /// Every name measured, none ruled out early: what `closest_names` must find.
    fn measured_all(input: &str) -> Vec<&'static str> {
        let Some(folded) = Folded::new(input) else {
            return Vec::new();
        };
        let threshold = (folded.len / 3).max(1);
        let mut close: Vec<(usize, usize, &'static str)> = ErrorCode::ENTRIES
            .iter()
            .enumerate()
            .filter_map(|(index, entry)| {
                let distance = folded.distance(&Folded::new(entry.name)?);
                (distance <= threshold).then_some((distance, index, entry.name))
            })
            .collect();
        close.sort_unstable();
        close
            .into_iter()
            .take(ParseNameError::MAX_SUGGESTIONS)
            .map(|(_, _, name)| name)
            .collect()
    }

    #[test]
    fn ruling_out_by_length_changes_no_suggestion() {
        // Every name of the table, and with a letter dropped, doubled or
        // swapped: the typos suggestions exist for.
        for entry in ErrorCode::ENTRIES {
            let name = entry.name;
            let (head, tail) = name.split_at(name.len() / 2);
            let inputs = [
                name.to_owned(),
                name.to_ascii_uppercase(),
                format!("{head}{}", &tail[1..]),
                format!("{head}{}{tail}", &tail[..1]),
                format!("{head}{}{}{}", &tail[1..2], &tail[..1], &tail[2..]),
            ];
            for input in inputs {
                let found: Vec<&str> = closest_names(&input, ErrorCode::ENTRIES)
                    .into_iter()
                    .flatten()
                    .collect();
                assert_eq!(found, measured_all(&input), "{input}");
            }
        }
    }
}
