//! The names the Parse SDKs give the codes.

use crate::ErrorCode;

/// The `Parse.Error` constants of the Parse JS SDK 8.6.2, one per code, in code order.
const JS_SDK_NAMES: &[(ErrorCode, &str)] = &[
    (ErrorCode::OtherCause, "OTHER_CAUSE"),
    (ErrorCode::InternalServerError, "INTERNAL_SERVER_ERROR"),
    (ErrorCode::ConnectionFailed, "CONNECTION_FAILED"),
    (ErrorCode::ObjectNotFound, "OBJECT_NOT_FOUND"),
    (ErrorCode::InvalidQuery, "INVALID_QUERY"),
    (ErrorCode::InvalidClassName, "INVALID_CLASS_NAME"),
    (ErrorCode::MissingObjectId, "MISSING_OBJECT_ID"),
    (ErrorCode::InvalidFieldName, "INVALID_KEY_NAME"),
    (ErrorCode::InvalidPointer, "INVALID_POINTER"),
    (ErrorCode::InvalidJSON, "INVALID_JSON"),
    (ErrorCode::CommandUnavailable, "COMMAND_UNAVAILABLE"),
    (ErrorCode::NotInitialized, "NOT_INITIALIZED"),
    (ErrorCode::IncorrectType, "INCORRECT_TYPE"),
    (ErrorCode::InvalidChannelName, "INVALID_CHANNEL_NAME"),
    (ErrorCode::PushMisconfigured, "PUSH_MISCONFIGURED"),
    (ErrorCode::ObjectTooLarge, "OBJECT_TOO_LARGE"),
    (ErrorCode::OperationForbidden, "OPERATION_FORBIDDEN"),
    (ErrorCode::CacheMiss, "CACHE_MISS"),
    (ErrorCode::InvalidNestedKey, "INVALID_NESTED_KEY"),
    (ErrorCode::InvalidFileName, "INVALID_FILE_NAME"),
    (ErrorCode::InvalidACL, "INVALID_ACL"),
    (ErrorCode::RequestTimeout, "TIMEOUT"),
    (ErrorCode::InvalidEmailAddress, "INVALID_EMAIL_ADDRESS"),
    (ErrorCode::MissingContentType, "MISSING_CONTENT_TYPE"),
    (ErrorCode::MissingContentLength, "MISSING_CONTENT_LENGTH"),
    (ErrorCode::InvalidContentLength, "INVALID_CONTENT_LENGTH"),
    (ErrorCode::FileTooLarge, "FILE_TOO_LARGE"),
    (ErrorCode::FileSaveError, "FILE_SAVE_ERROR"),
    (ErrorCode::DuplicateValue, "DUPLICATE_VALUE"),
    (ErrorCode::InvalidRoleName, "INVALID_ROLE_NAME"),
    (ErrorCode::ExceededCollectionQuota, "EXCEEDED_QUOTA"),
    (ErrorCode::ScriptFailed, "SCRIPT_FAILED"),
    (ErrorCode::ValidationFailed, "VALIDATION_ERROR"),
    (ErrorCode::WebhookError, "INVALID_IMAGE_DATA"),
    (ErrorCode::UnsavedFileError, "UNSAVED_FILE_ERROR"),
    (ErrorCode::InvalidPushTimeError, "INVALID_PUSH_TIME_ERROR"),
    (ErrorCode::FileDeleteError, "FILE_DELETE_ERROR"),
    (ErrorCode::RequestLimitExceeded, "REQUEST_LIMIT_EXCEEDED"),
    (ErrorCode::DuplicateRequest, "DUPLICATE_REQUEST"),
    (ErrorCode::InvalidEventName, "INVALID_EVENT_NAME"),
    (
        ErrorCode::FileDeleteUnnamedError,
        "FILE_DELETE_UNNAMED_ERROR",
    ),
    (ErrorCode::InvalidValue, "INVALID_VALUE"),
    (ErrorCode::UsernameMissing, "USERNAME_MISSING"),
    (ErrorCode::PasswordMissing, "PASSWORD_MISSING"),
    (ErrorCode::UsernameTaken, "USERNAME_TAKEN"),
    (ErrorCode::UserEmailTaken, "EMAIL_TAKEN"),
    (ErrorCode::UserEmailMissing, "EMAIL_MISSING"),
    (ErrorCode::UserWithEmailNotFound, "EMAIL_NOT_FOUND"),
    (ErrorCode::SessionMissing, "SESSION_MISSING"),
    (
        ErrorCode::MustCreateUserThroughSignup,
        "MUST_CREATE_USER_THROUGH_SIGNUP",
    ),
    (ErrorCode::AccountAlreadyLinked, "ACCOUNT_ALREADY_LINKED"),
    (ErrorCode::InvalidSessionToken, "INVALID_SESSION_TOKEN"),
    (ErrorCode::MfaError, "MFA_ERROR"),
    (ErrorCode::MfaTokenRequired, "MFA_TOKEN_REQUIRED"),
    (ErrorCode::LinkedIdMissing, "LINKED_ID_MISSING"),
    (ErrorCode::InvalidLinkedSession, "INVALID_LINKED_SESSION"),
    (ErrorCode::UnsupportedService, "UNSUPPORTED_SERVICE"),
    (ErrorCode::ClassNotEmpty, "INVALID_SCHEMA_OPERATION"),
    (ErrorCode::AggregateError, "AGGREGATE_ERROR"),
    (ErrorCode::FileReadError, "FILE_READ_ERROR"),
    (ErrorCode::XDomainRequest, "X_DOMAIN_REQUEST"),
];

impl ErrorCode {
    /// The constant the Parse JS SDK (8.6.2) names this code by, as in
    /// `Parse.Error.OBJECT_NOT_FOUND`; `None` for the codes it lacks.
    ///
    /// The other SDKs (Swift, Android, iOS, .NET, Dart) mostly share these
    /// names. Where the SDK and the docs page disagree, the code is the SDK's:
    /// `INVALID_IMAGE_DATA` is 143 here as in the SDK, though the docs page
    /// calls 143 [`WebhookError`](Self::WebhookError).
    ///
    /// ```
    /// use parse_errors::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::InvalidFieldName.sdk_name(), Some("INVALID_KEY_NAME"));
    /// assert_eq!(ErrorCode::RequestTimeout.sdk_name(), Some("TIMEOUT"));
    /// assert_eq!(ErrorCode::InvalidLimitError.sdk_name(), None);
    /// ```
    #[must_use]
    pub const fn sdk_name(self) -> Option<&'static str> {
        let mut index = 0;
        while index < JS_SDK_NAMES.len() {
            let (code, name) = JS_SDK_NAMES[index];
            if code.code() == self.code() {
                return Some(name);
            }
            index += 1;
        }
        None
    }

    /// The code of a Parse JS SDK (8.6.2) constant name, exact and case-sensitive.
    ///
    /// ```
    /// use parse_errors::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::from_sdk_name("INVALID_KEY_NAME"), Some(ErrorCode::InvalidFieldName));
    /// assert_eq!(ErrorCode::from_sdk_name("INVALID_IMAGE_DATA").map(ErrorCode::code), Some(143));
    /// assert_eq!(ErrorCode::from_sdk_name("ObjectNotFound"), None);
    /// ```
    #[must_use]
    pub fn from_sdk_name(name: &str) -> Option<Self> {
        JS_SDK_NAMES
            .iter()
            .find(|(_, sdk_name)| *sdk_name == name)
            .map(|(code, _)| *code)
    }
}
