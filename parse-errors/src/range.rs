//! The ranges the Parse docs divide the codes into.

use core::fmt;
use core::ops::RangeInclusive;

/// The range of a code, as the Parse docs assign them.
///
/// Parse Server and its modules use codes up to 4999 (negative ones included),
/// 5000 to 8999 are reserved, and 9000 to 9999 are for app developers' own
/// codes, such as those Cloud Code throws. Third-party modules are asked to use
/// code 1 with a message rather than invent codes.
///
/// ```
/// use parse_errors::CodeRange;
///
/// assert_eq!(CodeRange::of(101), CodeRange::ParseServer);
/// assert_eq!(CodeRange::of(-1), CodeRange::ParseServer);
/// assert_eq!(CodeRange::of(9001), CodeRange::App);
/// assert_eq!(CodeRange::App.bounds(), 9000..=9999);
/// assert_eq!(CodeRange::of(123456).to_string(), "unassigned (10000 and above)");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CodeRange {
    /// Up to 4999, negative codes included: Parse Server and its modules.
    ParseServer,
    /// 5000 to 8999: reserved, nobody should use them.
    Reserved,
    /// 9000 to 9999: app developers' own codes.
    App,
    /// 10000 and above: no range of the docs.
    Unassigned,
}

impl CodeRange {
    /// Every range, from the lowest codes up.
    pub const ALL: [Self; 4] = [
        Self::ParseServer,
        Self::Reserved,
        Self::App,
        Self::Unassigned,
    ];

    /// The range `code` is in. Every `i32` is in exactly one.
    #[must_use]
    pub const fn of(code: i32) -> Self {
        match code {
            i32::MIN..=4999 => Self::ParseServer,
            5000..=8999 => Self::Reserved,
            9000..=9999 => Self::App,
            10000..=i32::MAX => Self::Unassigned,
        }
    }

    /// The codes of the range, both ends included.
    #[must_use]
    pub const fn bounds(self) -> RangeInclusive<i32> {
        match self {
            Self::ParseServer => i32::MIN..=4999,
            Self::Reserved => 5000..=8999,
            Self::App => 9000..=9999,
            Self::Unassigned => 10000..=i32::MAX,
        }
    }

    /// Who the docs give the range to, in a few words.
    #[must_use]
    pub const fn owner(self) -> &'static str {
        match self {
            Self::ParseServer => "Parse Server and its modules",
            Self::Reserved => "reserved",
            Self::App => "app developers' own codes",
            Self::Unassigned => "unassigned",
        }
    }
}

impl fmt::Display for CodeRange {
    /// The owner and the bounds, such as `app developers' own codes (9000 to 9999)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let bounds = self.bounds();
        match self {
            Self::ParseServer => write!(
                f,
                "{} (up to {}, negative codes included)",
                self.owner(),
                bounds.end()
            ),
            Self::Unassigned => write!(f, "{} ({} and above)", self.owner(), bounds.start()),
            Self::Reserved | Self::App => write!(
                f,
                "{} ({} to {})",
                self.owner(),
                bounds.start(),
                bounds.end()
            ),
        }
    }
}
