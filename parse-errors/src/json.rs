//! Parse errors in JSON: every body shape Parse Server sends, read and written
//! back losslessly.
//!
//! Reading is strict where a value would otherwise change: a code must be an
//! integer within `i32` (not a string, a float or `null`), a message a string,
//! aggregate errors nested at most [`MAX_NESTING`] deep. Any other member of a
//! body is kept as it came and written back.

use alloc::borrow::ToOwned;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Unexpected, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::ParseError;

/// How deep aggregate errors may nest inside each other before reading fails.
pub const MAX_NESTING: usize = 32;

/// How an error's body was written, beyond its code, message and errors.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Shape {
    message_key: MessageKey,
    /// The code came as a string of its digits, as Cloud Code may send it.
    code_as_string: bool,
    /// Members that are not part of a Parse error, kept as they came.
    extra: Map<String, Value>,
    /// The body was not a Parse error in JSON (HTML, plain text, other JSON):
    /// its text is the message, and an HTTP response sends it back as it was.
    pub(crate) text: bool,
}

/// Which member of the body carried the message.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum MessageKey {
    /// `"error"`, the usual member.
    #[default]
    Error,
    /// `"message"`, as some uncaught server failures write it.
    Message,
    /// The body had no message.
    Absent,
}

impl Serialize for ParseError {
    /// `{"code": 101, "error": "..."}`: the code when there is one, the message
    /// under the member it came in (`"error"` unless it came as `"message"`),
    /// `"errors"` for an aggregate, then any other member the body had.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        write_members(self, &mut map)?;
        map.end()
    }
}

fn write_members<M: SerializeMap>(error: &ParseError, map: &mut M) -> Result<(), M::Error> {
    match error.code {
        Some(code) if error.shape.code_as_string => {
            map.serialize_entry("code", &alloc::string::ToString::to_string(&code))?;
        }
        Some(code) => map.serialize_entry("code", &code)?,
        None => {}
    }
    match error.shape.message_key {
        MessageKey::Error => map.serialize_entry("error", &error.message)?,
        MessageKey::Message => map.serialize_entry("message", &error.message)?,
        MessageKey::Absent => {}
    }
    if let Some(errors) = &error.errors {
        map.serialize_entry("errors", errors)?;
    }
    for (key, value) in &error.shape.extra {
        map.serialize_entry(key, value)?;
    }
    Ok(())
}

impl<'de> Deserialize<'de> for ParseError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(ErrorVisitor {
            depth: 0,
            frame: None,
        })
    }
}

impl ParseError {
    /// The error in an HTTP response from a Parse Server, whatever the body.
    ///
    /// - A JSON Parse error body (`{"code":101,"error":"..."}`, `{"code":1,"message":"..."}`,
    ///   `{"error":"unauthorized"}`) is read as such, losslessly.
    /// - Any other body (HTML, plain text, JSON that is not a Parse error, bytes
    ///   that are not UTF-8) becomes an error without a code whose message is
    ///   the body's text, invalid UTF-8 replaced by U+FFFD; an empty body, an
    ///   error with an empty message.
    ///
    /// The status is kept either way ([`status`](Self::status)). With the `http`
    /// feature, the error answers with the status and the body it came with,
    /// a text body as its text (`to_http_response`).
    ///
    /// ```
    /// use parse_errors::{ErrorCode, ParseError};
    ///
    /// let error = ParseError::from_response(404, br#"{"code":101,"error":"Object not found."}"#);
    /// assert_eq!(error.kind(), Some(ErrorCode::ObjectNotFound));
    /// assert_eq!(error.status(), Some(404));
    ///
    /// let error = ParseError::from_response(413, b"request entity too large");
    /// assert_eq!(error.code(), None);
    /// assert_eq!(error.message(), "request entity too large");
    /// assert_eq!(error.http_status(), 413);
    /// ```
    #[must_use]
    pub fn from_response(status: u16, body: &[u8]) -> Self {
        let parsed = serde_json::from_slice::<ParseError>(body)
            .ok()
            .filter(|error| {
                // An empty object is a valid error, but says less than its text.
                error.code.is_some()
                    || error.shape.message_key != MessageKey::Absent
                    || !error.shape.extra.is_empty()
            });
        parsed
            .unwrap_or_else(|| {
                let mut error = Self::without_code(String::from_utf8_lossy(body).into_owned());
                error.shape.text = true;
                error
            })
            .with_status(status)
    }
}

/// Whether the error's message came under `message`, as only parse-server's
/// handler of uncaught exceptions writes it.
pub(crate) fn message_came_as_message(error: &ParseError) -> bool {
    error.shape.message_key == MessageKey::Message
}

/// One item of a `POST /batch` response: the result of one request.
///
/// Parse Server answers a batch with HTTP 200 and an array of these, each
/// `{"success": ...}` or `{"error": {"code": 137, "error": "..."}}`.
///
/// ```
/// use parse_errors::{BatchItem, ErrorCode};
///
/// let body = r#"[{"success":{"objectId":"a1"}},{"error":{"code":137,"error":"A duplicate value for a field with unique values was provided"}}]"#;
/// let items: Vec<BatchItem> = serde_json::from_str(body)?;
/// assert!(matches!(&items[0], BatchItem::Success(_)));
/// assert!(matches!(&items[1], BatchItem::Error(error) if error.is(ErrorCode::DuplicateValue)));
/// assert_eq!(serde_json::to_string(&items)?, body);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BatchItem {
    /// The request succeeded: its result, as sent.
    Success(Value),
    /// The request failed.
    Error(ParseError),
}

impl BatchItem {
    /// The item as a `Result`.
    ///
    /// # Errors
    /// The item's error, when the request failed.
    pub fn into_result(self) -> Result<Value, ParseError> {
        match self {
            Self::Success(value) => Ok(value),
            Self::Error(error) => Err(error),
        }
    }
}

impl Serialize for BatchItem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(1))?;
        match self {
            Self::Success(value) => map.serialize_entry("success", value)?,
            Self::Error(error) => map.serialize_entry("error", error)?,
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for BatchItem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(BatchItemVisitor)
    }
}

struct BatchItemVisitor;

impl<'de> Visitor<'de> for BatchItemVisitor {
    type Value = BatchItem;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(r#"a batch item, {"success": ...} or {"error": {"code": ..., "error": ...}}"#)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<BatchItem, A::Error> {
        let item = match map.next_key::<String>()?.as_deref() {
            Some("success") => BatchItem::Success(map.next_value()?),
            Some("error") => BatchItem::Error(map.next_value_seed(ErrorSeed { depth: 0 })?),
            Some(other) => return Err(de::Error::unknown_field(other, &["success", "error"])),
            None => return Err(de::Error::invalid_length(0, &self)),
        };
        match map.next_key::<String>()? {
            None => Ok(item),
            Some(other) => Err(de::Error::custom(format_args!(
                "a batch item has one member, `success` or `error`; found `{other}` too"
            ))),
        }
    }
}

/// An error frame of Parse LiveQuery, as its websocket sends it:
/// `{"op":"error","error":"...","code":4,"reconnect":false,"requestId":1}`.
///
/// The frame's other members are kept as they came, whatever their type (a
/// Parse Server sends `"requestId": null` for an error tied to no request),
/// and the accessors read them: `None` when a member is missing or not of the
/// expected type.
///
/// LiveQuery gives codes 1 to 4 meanings of its own ([`LiveQueryCode`](crate::LiveQueryCode))
/// and forwards Parse codes in the same frames, so read the code with
/// [`kind`](Self::kind), which tells them apart, rather than with
/// [`error().kind()`](ParseError::kind), which reads every code as an
/// [`ErrorCode`](crate::ErrorCode).
///
/// ```
/// use parse_errors::{ErrorCode, LiveQueryCode, LiveQueryError, LiveQueryKind};
///
/// let frame = r#"{"op":"error","error":"Invalid session token","code":209,"reconnect":false,"requestId":1}"#;
/// let error: LiveQueryError = serde_json::from_str(frame)?;
/// assert_eq!(error.kind(), LiveQueryKind::Parse(ErrorCode::InvalidSessionToken));
/// assert_eq!(error.error().code(), Some(209));
/// assert_eq!(error.reconnect(), Some(false));
/// assert_eq!(error.request_id(), Some(1));
/// assert_eq!(error.client_id(), None);
/// assert_eq!(serde_json::to_value(&error)?, serde_json::from_str::<serde_json::Value>(frame)?);
///
/// // Code 1 from the protocol: the frame sent was malformed.
/// let frame = r#"{"op":"error","error":"Missing required property: query","code":1,"reconnect":true,"requestId":null}"#;
/// let error: LiveQueryError = serde_json::from_str(frame)?;
/// assert_eq!(error.kind(), LiveQueryKind::Protocol(LiveQueryCode::InvalidRequest));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiveQueryError {
    error: ParseError,
    frame: Frame,
}

impl LiveQueryError {
    /// What the frame's code means: one of the LiveQuery protocol's own codes,
    /// a Parse code the server forwards, an unknown one, or none; told apart by
    /// the frame's `reconnect` as [`LiveQueryKind::of`](crate::LiveQueryKind::of) says.
    #[must_use]
    pub fn kind(&self) -> crate::LiveQueryKind {
        crate::LiveQueryKind::of(self.error.code(), self.reconnect())
    }

    /// The code and message of the frame, and any member not listed here.
    #[must_use]
    pub fn error(&self) -> &ParseError {
        &self.error
    }

    /// Whether the server tells the client to connect again.
    #[must_use]
    pub fn reconnect(&self) -> Option<bool> {
        self.frame.reconnect.as_ref().and_then(Value::as_bool)
    }

    /// The id of the client's request the frame answers.
    #[must_use]
    pub fn request_id(&self) -> Option<i64> {
        self.frame.request_id.as_ref().and_then(Value::as_i64)
    }

    /// The id the server gave the client's connection.
    #[must_use]
    pub fn client_id(&self) -> Option<&str> {
        self.frame.client_id.as_ref().and_then(Value::as_str)
    }

    /// The frame's error, without the frame.
    #[must_use]
    pub fn into_error(self) -> ParseError {
        self.error
    }
}

impl Serialize for LiveQueryError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("op", "error")?;
        write_members(&self.error, &mut map)?;
        for (key, value) in self.frame.members() {
            if let Some(value) = value {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for LiveQueryError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut frame = Frame::default();
        let error = deserializer.deserialize_map(ErrorVisitor {
            depth: 0,
            frame: Some(&mut frame),
        })?;
        Ok(Self { error, frame })
    }
}

/// The members of a LiveQuery frame beside the error's own, as they came.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Frame {
    reconnect: Option<Value>,
    request_id: Option<Value>,
    client_id: Option<Value>,
}

impl Frame {
    fn members(&self) -> [(&'static str, Option<&Value>); 3] {
        [
            ("reconnect", self.reconnect.as_ref()),
            ("requestId", self.request_id.as_ref()),
            ("clientId", self.client_id.as_ref()),
        ]
    }
}

struct ErrorSeed {
    depth: usize,
}

impl<'de> DeserializeSeed<'de> for ErrorSeed {
    type Value = ParseError;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<ParseError, D::Error> {
        deserializer.deserialize_map(ErrorVisitor {
            depth: self.depth,
            frame: None,
        })
    }
}

/// Reads an error object; with `frame`, a LiveQuery frame's members too.
struct ErrorVisitor<'f> {
    depth: usize,
    frame: Option<&'f mut Frame>,
}

impl<'de> Visitor<'de> for ErrorVisitor<'_> {
    type Value = ParseError;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.frame.is_some() {
            f.write_str(
                r#"a LiveQuery error frame, like {"op": "error", "code": 4, "error": "..."}"#,
            )
        } else {
            f.write_str(r#"a Parse error object, like {"code": 101, "error": "Object not found."}"#)
        }
    }

    fn visit_map<A: MapAccess<'de>>(mut self, mut map: A) -> Result<ParseError, A::Error> {
        let mut code = None;
        let mut error = None;
        let mut message = None;
        let mut errors = None;
        let mut op = None;
        let mut extra = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            match (key.as_str(), self.frame.as_deref_mut()) {
                ("code", _) => set_once(&mut code, "code", map.next_value_seed(CodeSeed)?)?,
                ("error", _) => set_once(&mut error, "error", map.next_value::<String>()?)?,
                ("message", _) => set_once(&mut message, "message", map.next_value::<String>()?)?,
                ("errors", _) => {
                    let seed = ErrorsSeed {
                        depth: self.depth + 1,
                    };
                    set_once(&mut errors, "errors", map.next_value_seed(seed)?)?;
                }
                ("op", Some(_)) => set_once(&mut op, "op", map.next_value::<String>()?)?,
                ("reconnect", Some(frame)) => {
                    set_once(&mut frame.reconnect, "reconnect", map.next_value()?)?;
                }
                ("requestId", Some(frame)) => {
                    set_once(&mut frame.request_id, "requestId", map.next_value()?)?;
                }
                ("clientId", Some(frame)) => {
                    set_once(&mut frame.client_id, "clientId", map.next_value()?)?;
                }
                _ => {
                    if extra.contains_key(&key) {
                        return Err(de::Error::custom(format_args!("duplicate member `{key}`")));
                    }
                    let value = map.next_value::<Value>()?;
                    extra.insert(key, value);
                }
            }
        }
        if self.frame.is_some() {
            match op.as_deref() {
                Some("error") => {}
                Some(other) => {
                    return Err(de::Error::invalid_value(
                        Unexpected::Str(other),
                        &r#"the op "error""#,
                    ));
                }
                None => return Err(de::Error::missing_field("op")),
            }
        }
        // `error` is the message; a `message` beside it is only another member.
        let (message, message_key) = match (error, message) {
            (Some(error), message) => {
                if let Some(message) = message {
                    extra.insert("message".to_owned(), Value::String(message));
                }
                (error, MessageKey::Error)
            }
            (None, Some(message)) => (message, MessageKey::Message),
            (None, None) => (String::new(), MessageKey::Absent),
        };
        let code_as_string = code.is_some_and(|code: Code| code.as_string);
        Ok(ParseError {
            code: code.map(|code| code.value),
            message,
            errors,
            status: None,
            shape: Shape {
                message_key,
                code_as_string,
                extra,
                text: false,
            },
        })
    }
}

fn set_once<T, E: de::Error>(slot: &mut Option<T>, name: &'static str, value: T) -> Result<(), E> {
    if slot.replace(value).is_some() {
        return Err(E::duplicate_field(name));
    }
    Ok(())
}

/// A code as it came.
#[derive(Clone, Copy)]
struct Code {
    value: i32,
    as_string: bool,
}

/// A code: an integer within `i32`, or a string of one's digits as Cloud Code
/// sends a `Parse.Error` whose code is a string (`"code":"9002"`). The string
/// must be the number as Rust writes it, so writing the code back gives the
/// same string: `"09002"` and `"+9002"` are refused.
struct CodeSeed;

impl<'de> DeserializeSeed<'de> for CodeSeed {
    type Value = Code;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Code, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl Visitor<'_> for CodeSeed {
    type Value = Code;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a Parse error code: an integer within i32, or a string of its digits")
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Code, E> {
        let value =
            i32::try_from(value).map_err(|_| E::invalid_value(Unexpected::Signed(value), &self))?;
        Ok(Code {
            value,
            as_string: false,
        })
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Code, E> {
        let value = i32::try_from(value)
            .map_err(|_| E::invalid_value(Unexpected::Unsigned(value), &self))?;
        Ok(Code {
            value,
            as_string: false,
        })
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Code, E> {
        match code_from_digits(text) {
            Some(value) => Ok(Code {
                value,
                as_string: true,
            }),
            None => Err(E::invalid_value(Unexpected::Str(text), &self)),
        }
    }
}

/// A code written as a string: the digits of an `i32` exactly as Rust writes
/// them, so that writing the code back gives the same string.
fn code_from_digits(text: &str) -> Option<i32> {
    text.parse::<i32>()
        .ok()
        .filter(|code| alloc::string::ToString::to_string(code) == text)
}

/// The `errors` of an aggregate: an array of errors, one level deeper.
struct ErrorsSeed {
    depth: usize,
}

impl<'de> DeserializeSeed<'de> for ErrorsSeed {
    type Value = Vec<ParseError>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        if self.depth > MAX_NESTING {
            return Err(de::Error::custom(format_args!(
                "aggregate errors nested more than {MAX_NESTING} deep"
            )));
        }
        deserializer.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for ErrorsSeed {
    type Value = Vec<ParseError>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of Parse error objects")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut errors = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(error) = seq.next_element_seed(ErrorSeed { depth: self.depth })? {
            errors.push(error);
        }
        Ok(errors)
    }
}

/// One error of a Parse GraphQL response, which comes with HTTP 200 as
/// `{"errors": [{"message": "...", "extensions": {"code": 101}}, ...]}`.
///
/// It keeps the whole object as it came (`locations`, `path` and any other
/// member), and reads the Parse code from `extensions.code`.
///
/// ```
/// use parse_errors::{ErrorCode, GraphQlError};
///
/// let body = br#"{"data":null,"errors":[{"message":"Object not found.","locations":[{"line":2,"column":3}],"path":["user"],"extensions":{"code":101}}]}"#;
/// let errors = GraphQlError::from_response(body)?;
/// assert_eq!(errors[0].code(), Some(101));
/// assert_eq!(errors[0].message(), "Object not found.");
/// assert!(errors[0].to_parse_error().is(ErrorCode::ObjectNotFound));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GraphQlError {
    object: Map<String, Value>,
}

impl GraphQlError {
    /// The errors of a GraphQL response body; none when it has no `errors`.
    ///
    /// # Errors
    /// When the body is not a JSON object, or its `errors` is not an array of objects.
    pub fn from_response(body: &[u8]) -> Result<Vec<Self>, serde_json::Error> {
        #[derive(Default)]
        struct Errors(Vec<GraphQlError>);

        impl<'de> Deserialize<'de> for Errors {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let mut body = Map::<String, Value>::deserialize(deserializer)?;
                match body.remove("errors") {
                    None | Some(Value::Null) => Ok(Self::default()),
                    Some(errors) => Vec::<GraphQlError>::deserialize(errors)
                        .map(Self)
                        .map_err(de::Error::custom),
                }
            }
        }

        serde_json::from_slice::<Errors>(body).map(|errors| errors.0)
    }

    /// The Parse code in `extensions.code`: an integer within `i32`, or a string of one's digits.
    #[must_use]
    pub fn code(&self) -> Option<i32> {
        match self.object.get("extensions")?.get("code")? {
            Value::Number(number) => number.as_i64().and_then(|code| i32::try_from(code).ok()),
            Value::String(text) => code_from_digits(text),
            _ => None,
        }
    }

    /// The `message`, or an empty one.
    #[must_use]
    pub fn message(&self) -> &str {
        self.object
            .get("message")
            .and_then(Value::as_str)
            .unwrap_or("")
    }

    /// The error as a [`ParseError`]: its code and message.
    #[must_use]
    pub fn to_parse_error(&self) -> ParseError {
        match self.code() {
            Some(code) => ParseError::with_code(code, self.message()),
            None => ParseError::without_code(self.message()),
        }
    }

    /// The whole object, as it came.
    #[must_use]
    pub fn as_object(&self) -> &Map<String, Value> {
        &self.object
    }
}

impl Serialize for GraphQlError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.object.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for GraphQlError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Map::deserialize(deserializer).map(|object| Self { object })
    }
}
