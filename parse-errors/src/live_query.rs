//! Which table a LiveQuery error frame's code is from.

use crate::{ErrorCode, LiveQueryCode};

/// What the code of a LiveQuery error frame means: one of the protocol's own
/// codes, a Parse code the server forwards, or neither.
///
/// A LiveQuery server sends two kinds of codes in the same
/// `{"op":"error","code":...,"reconnect":...}` frames, and their numbers
/// overlap: the protocol's own codes 1 to 4 ([`LiveQueryCode`]), and Parse
/// codes it forwards (209 for a bad session token on a `_Session`
/// subscription, 119 and 102 when the subscription's query is refused, and
/// whatever a `beforeConnect`, `beforeSubscribe` or `afterEvent` trigger
/// throws, which may be 1 or any app code). [`ErrorCode`] has codes 1, 2 and 4
/// too, so the number alone cannot tell them apart.
///
/// The frame's `reconnect` member can. In parse-server's
/// `src/LiveQuery/ParseLiveQueryServer.js` (read at 7.4) every protocol error is sent with
/// the default `reconnect: true`, and every forwarded Parse error (the 209 and
/// every error a trigger or a query check throws) with `reconnect: false`; the
/// captured frames of Parse Server 9.10 agree. So [`of`](Self::of) reads a
/// code from 1 to 4 as the protocol's unless `reconnect` is `false`, and every
/// other code as a Parse code. A frame without `reconnect` (not one a Parse
/// Server sends) is read as the protocol's for 1 to 4.
///
/// The one case this cannot get right is a server that breaks that pattern,
/// such as another LiveQuery implementation sending a forwarded code 1 with
/// `reconnect: true`: it would be read as [`LiveQueryCode::InvalidRequest`].
///
/// ```
/// use parse_errors::{ErrorCode, LiveQueryCode, LiveQueryKind};
///
/// // `{"op":"error","code":4,"reconnect":true,...}`: the connect's keys are wrong.
/// assert_eq!(LiveQueryKind::of(Some(4), Some(true)), LiveQueryKind::Protocol(LiveQueryCode::InvalidKeys));
/// // A `beforeSubscribe` trigger threw `Parse.Error.INTERNAL_SERVER_ERROR`.
/// assert_eq!(LiveQueryKind::of(Some(1), Some(false)), LiveQueryKind::Parse(ErrorCode::InternalServerError));
/// assert_eq!(LiveQueryKind::of(Some(209), Some(false)), LiveQueryKind::Parse(ErrorCode::InvalidSessionToken));
/// // An app's own code, thrown by a trigger.
/// assert_eq!(LiveQueryKind::of(Some(9020), Some(false)), LiveQueryKind::Other(9020));
/// assert_eq!(LiveQueryKind::of(None, Some(true)), LiveQueryKind::Missing);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LiveQueryKind {
    /// One of the LiveQuery protocol's own codes.
    Protocol(LiveQueryCode),
    /// A Parse code the server forwards, as [`ErrorCode`] knows it.
    Parse(ErrorCode),
    /// A forwarded code no table here knows, such as an app's own (9000 to
    /// 9999) thrown by a trigger, or a protocol-range code (1 to 4) that came
    /// with `reconnect: false` and that [`ErrorCode`] lacks (3).
    Other(i32),
    /// The frame had no code.
    Missing,
}

impl LiveQueryKind {
    /// What a frame's `code` means, given its `reconnect` member (see the
    /// type's documentation for the rule and its one blind spot).
    #[must_use]
    pub const fn of(code: Option<i32>, reconnect: Option<bool>) -> Self {
        let Some(code) = code else {
            return Self::Missing;
        };
        let forwarded = matches!(reconnect, Some(false));
        if !forwarded && let Some(protocol) = LiveQueryCode::from_code(code) {
            return Self::Protocol(protocol);
        }
        match ErrorCode::from_code(code) {
            Some(parse) => Self::Parse(parse),
            None => Self::Other(code),
        }
    }

    /// The code as it came, whichever table it is from; `None` for [`Missing`](Self::Missing).
    ///
    /// ```
    /// use parse_errors::LiveQueryKind;
    ///
    /// assert_eq!(LiveQueryKind::of(Some(2), Some(true)).code(), Some(2));
    /// assert_eq!(LiveQueryKind::of(Some(9021), Some(false)).code(), Some(9021));
    /// ```
    #[must_use]
    pub const fn code(self) -> Option<i32> {
        match self {
            Self::Protocol(code) => Some(code.code()),
            Self::Parse(code) => Some(code.code()),
            Self::Other(code) => Some(code),
            Self::Missing => None,
        }
    }
}
