//! The LiveQuery protocol's own error codes.

use crate::parse_errors;

/// An error code of the Parse LiveQuery protocol itself, as its websocket
/// server sends it in an error frame (`{"op":"error","code":4,...}`).
///
/// LiveQuery gives the codes 1 to 4 meanings of its own, unrelated to the
/// [`ErrorCode`](crate::ErrorCode)s with the same numbers (1 is
/// `InternalServerError` over REST, 1 here is a malformed frame). A LiveQuery
/// server also forwards Parse codes in the same frames (209 for a bad session
/// token, 119, and whatever a Cloud Code trigger throws, 1 included), so a
/// frame's code alone does not say which table it is from:
/// [`LiveQueryKind`](crate::LiveQueryKind) tells them apart.
///
/// The meanings are read from parse-server's `src/LiveQuery/ParseLiveQueryServer.js`
/// (7.4), where each code is sent, and agree with a capture of Parse Server 9.10.
///
/// ```
/// use parse_errors::LiveQueryCode;
///
/// let code = LiveQueryCode::from_code(4).expect("a LiveQuery code");
/// assert_eq!(code, LiveQueryCode::InvalidKeys);
/// assert_eq!(code.to_string(), "the keys of the connect request are not valid");
/// assert_eq!(LiveQueryCode::from_code(2), Some(LiveQueryCode::SubscriptionNotFound));
/// assert_eq!(LiveQueryCode::from_code(209), None);
/// ```
///
/// The protocol may gain codes, so the enum is `#[non_exhaustive]`.
#[parse_errors(category(Protocol = "LiveQuery protocol errors"))]
#[non_exhaustive]
pub enum LiveQueryCode {
    /// The request frame does not match the protocol's schema. The server
    /// checks every frame against a JSON schema: an unknown `op`, a missing
    /// `applicationId` on connect or a missing `query` on subscribe fail it,
    /// and the message is the schema validator's.
    InvalidRequest = 1,

    /// The client or the subscription the request names is not known. A
    /// subscribe, update or unsubscribe before a successful connect, and an
    /// unsubscribe of a request id that was never subscribed, get this code.
    ClientNotFound = 2,

    /// The subscription the request names is not known. Another name of code
    /// 2, which the server also sends for an unknown client.
    #[entry(alias)]
    SubscriptionNotFound = 2,

    /// The request's operation is not one the server handles. The server
    /// sends it for an `op` that passes the schema but has no handler; since
    /// the schema lists exactly the handled operations, an unknown `op` gets
    /// code 1 instead.
    UnknownOperation = 3,

    /// The keys of the connect request are not valid. The application id,
    /// or one of the client, JavaScript, REST, .NET or master keys the server
    /// is configured with, does not match.
    InvalidKeys = 4,
}
