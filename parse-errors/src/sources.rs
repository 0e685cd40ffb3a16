//! Which of Parse's own lists writes a name down.

use crate::ErrorCode;

/// Where Parse writes down a name of an error code.
///
/// A name can be on the official list, on the current docs page, on both, or on
/// neither: five codes only the Parse SDKs define, and
/// `MultipleSuccessErrorCalls` is this crate's right spelling of a misspelled
/// name. A code's SDK constant itself is [`ErrorCode::sdk_name`].
///
/// ```
/// use parse_errors::Sources;
///
/// let sources = Sources::of("ObjectNotFound").unwrap();
/// assert!(sources.official_list && sources.docs_page);
///
/// let sources = Sources::of("PushMisconfigured").unwrap();
/// assert!(!sources.official_list && sources.docs_page && sources.js_sdk);
///
/// let sources = Sources::of("MfaTokenRequired").unwrap();
/// assert!(!sources.official_list && !sources.docs_page && sources.js_sdk);
///
/// assert_eq!(Sources::of("NoSuchName"), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Sources {
    /// On the official list: the Parse docs' error page as it stood before late 2020.
    pub official_list: bool,
    /// On the Parse docs' error page as it is now (2024).
    pub docs_page: bool,
    /// The name of the code's Parse JS SDK constant, in CamelCase: `ObjectNotFound`
    /// for `OBJECT_NOT_FOUND`.
    pub js_sdk: bool,
}

impl Sources {
    /// Where `name`, a canonical or alias name of [`ErrorCode`], is written down;
    /// `None` when `ErrorCode` has no such name.
    #[must_use]
    pub fn of(name: &str) -> Option<Self> {
        let code = ErrorCode::from_name(name)?;
        Some(Self {
            official_list: is_on_official_list(name),
            docs_page: is_on_docs_page(name),
            js_sdk: code
                .sdk_name()
                .is_some_and(|constant| same_words(name, constant)),
        })
    }
}

fn is_on_official_list(name: &str) -> bool {
    matches!(
        name,
        "UserInvalidLoginParams"
            | "ObjectNotFound"
            | "InvalidQuery"
            | "InvalidClassName"
            | "MissingObjectId"
            | "InvalidFieldName"
            | "InvalidPointer"
            | "InvalidJSON"
            | "CommandUnavailable"
            | "ObjectTooLarge"
            | "ExceededConfigParamsError"
            | "InvalidLimitError"
            | "InvalidSkipError"
            | "OperationForbidden"
            | "CacheMiss"
            | "InvalidNestedKey"
            | "InvalidACL"
            | "InvalidEmailAddress"
            | "DuplicateValue"
            | "InvalidRoleName"
            | "ReservedValue"
            | "ExceededCollectionQuota"
            | "ScriptFailed"
            | "FunctionNotFound"
            | "JobNotFound"
            | "SuccessErrorNotCalled"
            | "MultupleSuccessErrorCalls"
            | "ValidationFailed"
            | "WebhookError"
            | "InvalidImageData"
            | "UnsavedFileError"
            | "InvalidPushTimeError"
            | "HostingError"
            | "InvalidEventName"
            | "ClassNotEmpty"
            | "AppNameInvalid"
            | "MissingAPIKeyError"
            | "InvalidAPIKeyError"
            | "UsernameMissing"
            | "PasswordMissing"
            | "UsernameTaken"
            | "UserEmailTaken"
            | "UserEmailMissing"
            | "UserWithEmailNotFound"
            | "SessionMissing"
            | "MustCreateUserThroughSignup"
            | "AccountAlreadyLinked"
            | "InvalidSessionToken"
            | "ConnectionFailed"
            | "AggregateError"
            | "FileReadError"
            | "XDomainRequest"
            | "RequestTimeout"
            | "InefficientQueryError"
            | "OtherCause"
            | "InternalServerError"
            | "ServiceUnavailable"
            | "ClientDisconnected"
    )
}

/// Every name but these is on the current docs page: it dropped two names of
/// 141, and never had the SDK-only codes nor this crate's added spelling.
fn is_on_docs_page(name: &str) -> bool {
    !matches!(
        name,
        "SuccessErrorNotCalled"
            | "MultupleSuccessErrorCalls"
            | "MultipleSuccessErrorCalls"
            | "RequestLimitExceeded"
            | "DuplicateRequest"
            | "InvalidValue"
            | "MfaError"
            | "MfaTokenRequired"
    )
}

/// Whether a `CamelCase` name and a `SCREAMING_SNAKE_CASE` constant spell the same words.
fn same_words(name: &str, constant: &str) -> bool {
    fn letters(text: &str) -> impl Iterator<Item = u8> + '_ {
        text.bytes()
            .filter(|byte| *byte != b'_')
            .map(|byte| byte.to_ascii_lowercase())
    }
    letters(name).eq(letters(constant))
}
