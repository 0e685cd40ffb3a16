//! The `Retry-After` header: delay-seconds or an IMF-fixdate, read without
//! an allocator or a clock.

use core::fmt;
use core::str::FromStr;
use core::time::Duration;

/// The value of a `Retry-After` header: a delay, or a date.
///
/// Both forms of RFC 9110 are read: delay-seconds (`120`) and the preferred
/// HTTP-date form, IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`). The two
/// obsolete date forms (RFC 850's and asctime's) are refused: servers have
/// had to send IMF-fixdate since RFC 7231. Spaces and tabs around the value
/// are ignored.
///
/// ```
/// use core::time::Duration;
/// use parse_errors::RetryAfter;
///
/// assert_eq!(RetryAfter::parse("120")?, RetryAfter::Delay(Duration::from_secs(120)));
/// assert_eq!(
///     RetryAfter::parse("Sun, 06 Nov 1994 08:49:37 GMT")?,
///     RetryAfter::At(Duration::from_secs(784_111_777)),
/// );
/// assert_eq!(
///     RetryAfter::parse("-1").unwrap_err().to_string(),
///     "Retry-After is neither delay-seconds nor an IMF-fixdate HTTP-date \
///      (like `Sun, 06 Nov 1994 08:49:37 GMT`)",
/// );
/// # Ok::<(), parse_errors::RetryAfterError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RetryAfter {
    /// Retry after this long. A number of seconds too large for a `u64` is
    /// read as `u64::MAX` seconds: cap the delay you are willing to wait.
    Delay(Duration),
    /// Retry at this time, as a duration since the Unix epoch; a date before
    /// the epoch is read as the epoch (it is past either way).
    At(Duration),
}

impl RetryAfter {
    /// Reads a `Retry-After` header's value.
    ///
    /// # Errors
    /// When the value is empty, is neither delay-seconds nor an IMF-fixdate,
    /// names a date that does not exist (`31 Feb`, hour 24), or a day of the
    /// week that is not the date's.
    pub fn parse(value: &str) -> Result<Self, RetryAfterError> {
        let value = value.trim_matches([' ', '\t']);
        if value.is_empty() {
            return Err(RetryAfterError(RetryAfterErrorKind::Empty));
        }
        if value.bytes().all(|byte| byte.is_ascii_digit()) {
            let seconds = value.bytes().fold(0_u64, |seconds, digit| {
                seconds
                    .saturating_mul(10)
                    .saturating_add(u64::from(digit - b'0'))
            });
            return Ok(Self::Delay(Duration::from_secs(seconds)));
        }
        parse_imf_fixdate(value).map(Self::At)
    }

    /// How long to wait from `now` (a duration since the Unix epoch): the
    /// delay itself, or the time left until the date, zero when it is past.
    /// `None` for a date when `now` is `None`.
    ///
    /// ```
    /// use core::time::Duration;
    /// use parse_errors::RetryAfter;
    ///
    /// let at = RetryAfter::At(Duration::from_secs(1_000));
    /// assert_eq!(at.delay(Some(Duration::from_secs(400))), Some(Duration::from_secs(600)));
    /// assert_eq!(at.delay(Some(Duration::from_secs(2_000))), Some(Duration::ZERO));
    /// assert_eq!(at.delay(None), None);
    /// assert_eq!(RetryAfter::Delay(Duration::from_secs(5)).delay(None), Some(Duration::from_secs(5)));
    /// ```
    #[must_use]
    pub fn delay(self, now: Option<Duration>) -> Option<Duration> {
        match self {
            Self::Delay(delay) => Some(delay),
            Self::At(at) => now.map(|now| at.saturating_sub(now)),
        }
    }
}

impl FromStr for RetryAfter {
    type Err = RetryAfterError;

    /// [`RetryAfter::parse`].
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::parse(value)
    }
}

/// Why a `Retry-After` value could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RetryAfterError(RetryAfterErrorKind);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum RetryAfterErrorKind {
    Empty,
    Unrecognized,
    NoSuchDate,
    WrongWeekday,
}

impl fmt::Display for RetryAfterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self.0 {
            RetryAfterErrorKind::Empty => "Retry-After is empty",
            RetryAfterErrorKind::Unrecognized => {
                "Retry-After is neither delay-seconds nor an IMF-fixdate HTTP-date \
                 (like `Sun, 06 Nov 1994 08:49:37 GMT`)"
            }
            RetryAfterErrorKind::NoSuchDate => {
                "Retry-After names a date or time that does not exist"
            }
            RetryAfterErrorKind::WrongWeekday => {
                "Retry-After's day of the week is not the one of its date"
            }
        })
    }
}

impl core::error::Error for RetryAfterError {}

const DAY_NAMES: [&[u8; 3]; 7] = [b"Mon", b"Tue", b"Wed", b"Thu", b"Fri", b"Sat", b"Sun"];
const MONTH_NAMES: [&[u8; 3]; 12] = [
    b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov", b"Dec",
];

/// `Sun, 06 Nov 1994 08:49:37 GMT`, as a duration since the Unix epoch.
fn parse_imf_fixdate(value: &str) -> Result<Duration, RetryAfterError> {
    const UNRECOGNIZED: RetryAfterError = RetryAfterError(RetryAfterErrorKind::Unrecognized);
    let bytes = value.as_bytes();
    let [d0, d1, d2, b',', b' ', rest @ ..] = bytes else {
        return Err(UNRECOGNIZED);
    };
    let [
        dd0,
        dd1,
        b' ',
        m0,
        m1,
        m2,
        b' ',
        y0,
        y1,
        y2,
        y3,
        b' ',
        h0,
        h1,
        b':',
        mi0,
        mi1,
        b':',
        s0,
        s1,
        b' ',
        b'G',
        b'M',
        b'T',
    ] = rest
    else {
        return Err(UNRECOGNIZED);
    };
    let weekday = DAY_NAMES
        .iter()
        .position(|name| **name == [*d0, *d1, *d2])
        .ok_or(UNRECOGNIZED)?;
    let month = MONTH_NAMES
        .iter()
        .position(|name| **name == [*m0, *m1, *m2])
        .ok_or(UNRECOGNIZED)?;
    let number = |digits: &[u8]| -> Result<u32, RetryAfterError> {
        digits.iter().try_fold(0, |number, digit| {
            if digit.is_ascii_digit() {
                Ok(number * 10 + u32::from(digit - b'0'))
            } else {
                Err(UNRECOGNIZED)
            }
        })
    };
    let day = number(&[*dd0, *dd1])?;
    let year = number(&[*y0, *y1, *y2, *y3])?;
    let hour = number(&[*h0, *h1])?;
    let minute = number(&[*mi0, *mi1])?;
    let second = number(&[*s0, *s1])?;
    // `month` is an index into MONTH_NAMES, below 12.
    let month = u32::try_from(month).map_err(|_| UNRECOGNIZED)? + 1;
    // RFC 9110 allows a leap second, 60.
    if day == 0 || day > days_in_month(year, month) || hour > 23 || minute > 59 || second > 60 {
        return Err(RetryAfterError(RetryAfterErrorKind::NoSuchDate));
    }
    let days = days_from_civil(year, month, day);
    // 1970-01-01 was a Thursday, index 3 of DAY_NAMES.
    if usize::try_from((days + 3).rem_euclid(7)).ok() != Some(weekday) {
        return Err(RetryAfterError(RetryAfterErrorKind::WrongWeekday));
    }
    let seconds = days * 86_400 + i64::from(hour * 3_600 + minute * 60 + second);
    Ok(Duration::from_secs(u64::try_from(seconds).unwrap_or(0)))
}

const fn is_leap_year(year: u32) -> bool {
    year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400))
}

const fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days from 1970-01-01 to a date of the proleptic Gregorian calendar
/// (Howard Hinnant's `days_from_civil`), negative before it.
fn days_from_civil(year: u32, month: u32, day: u32) -> i64 {
    let year = i64::from(year) - i64::from(month <= 2);
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month = i64::from(month);
    let day_of_year =
        (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_epoch_and_leap_days_are_where_the_calendar_puts_them() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(1969, 12, 31), -1);
        // 2000 is a leap year (divisible by 400): 29 Feb exists, 1 Mar follows it.
        assert_eq!(
            days_from_civil(2000, 3, 1) - days_from_civil(2000, 2, 28),
            2
        );
        // 1900 is not (divisible by 100 only).
        assert_eq!(
            days_from_civil(1900, 3, 1) - days_from_civil(1900, 2, 28),
            1
        );
        // 30 years of 365 days and 7 leap days (1972 to 1996) after the epoch.
        assert_eq!(days_from_civil(2000, 1, 1), 30 * 365 + 7);
    }

    #[test]
    fn a_date_before_the_epoch_is_the_epoch() {
        // 1 Jan 1900 was a Monday.
        assert_eq!(
            parse_imf_fixdate("Mon, 01 Jan 1900 00:00:00 GMT"),
            Ok(Duration::ZERO)
        );
    }
}
