// @generated from `tables/official.rs` by the `#[parse_errors]` macro's own pipeline.
// Do not edit: change the table, then run `BLESS=1 cargo test -p parse-errors-codegen`.

//! Every Parse error code: the official list, and the codes and names Parse uses beyond it.
#![allow(clippy::doc_markdown)]
#![allow(clippy::too_many_lines)]
/// A Parse error code: every code Parse Server and its SDKs use, with every name.
///
/// One variant per code; a code with several names (101, 115, 116, 139, 141, 143,
/// 251, 252) has one variant, its canonical name as the Parse SDKs spell it, and
/// each other name is an associated constant equal to it. So a code read from the
/// wire matches every name it has:
///
/// ```
/// use parse_errors::ErrorCode;
///
/// let code = ErrorCode::from_code(101).unwrap();
/// assert_eq!(code, ErrorCode::ObjectNotFound);
/// assert_eq!(code, ErrorCode::UserInvalidLoginParams);
/// assert!(matches!(code, ErrorCode::UserInvalidLoginParams));
///
/// assert_eq!(code.name(), "ObjectNotFound");
/// assert_eq!(code.category().title(), "API Issues");
/// assert_eq!(code.to_string(), "the specified object or session doesn’t exist or could not be found");
/// ```
///
/// # Where the names come from
///
/// - The official list: the Parse documentation's error page as it stood before
///   late 2020, 58 names of 51 codes in 5 categories. Each of its names, codes,
///   descriptions and categories is here exactly as it writes them, in its order.
/// - The current docs page (2024), which adds five categories (push, files,
///   installations, purchases, linked services) and their names. Their
///   descriptions are this crate's own.
/// - The Parse SDKs, for five codes no docs page has (155, 159, 162, 210, 211),
///   named after their Parse JS SDK constants.
///
/// [`Sources::of`](crate::Sources::of) tells which of these has a name, and
/// [`sdk_name`](Self::sdk_name) gives a code's JS SDK constant. Where the docs
/// page and the SDKs disagree (143, 150, 255), this enum follows the docs page
/// and what Parse Server sends, and says so on the entries.
///
/// Parse adds codes, so the enum is `#[non_exhaustive]`: match it with a
/// wildcard arm.
#[non_exhaustive]
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord,
    ::core::hash::Hash,
    ::core::fmt::Debug,
)]
#[repr(i32)]
pub enum ErrorCode {
    /// The specified object or session doesn’t exist or could not be found. Can also indicate that
    /// you do not have the necessary permissions to read or write this object. Check error message
    /// for more details.
    #[doc(alias = "101")]
    ObjectNotFound = 101,
    /// There is a problem with the parameters used to construct this query. This could be an
    /// invalid field name or an invalid field type for a specific constraint. Check error message
    /// for more details..
    #[doc(alias = "102")]
    InvalidQuery = 102,
    /// Missing or invalid classname. Classnames are case-sensitive. They must start with a letter,
    /// and a-zA-Z0-9_ are the only valid characters.
    #[doc(alias = "103")]
    InvalidClassName = 103,
    /// An unspecified object id.
    #[doc(alias = "104")]
    MissingObjectId = 104,
    /// An invalid field name. Keys are case-sensitive. They must start with a letter, and
    /// a-zA-Z0-9_ are the only valid characters. Some field names may be reserved. Check error
    /// message for more details.
    #[doc(alias = "105")]
    InvalidFieldName = 105,
    /// A malformed pointer was used. You would typically only see this if you have modified a
    /// client SDK.
    #[doc(alias = "106")]
    InvalidPointer = 106,
    /// Badly formed JSON was received upstream. This either indicates you have done something
    /// unusual with modifying how things encode to JSON, or the network is failing badly. Can also
    /// indicate an invalid utf-8 string or use of multiple form encoded values. Check error message
    /// for more details.
    #[doc(alias = "107")]
    InvalidJSON = 107,
    /// The feature you tried to access is only available internally for testing purposes.
    #[doc(alias = "108")]
    CommandUnavailable = 108,
    /// The object is too large.
    #[doc(alias = "116")]
    ObjectTooLarge = 116,
    /// An invalid value was set for the limit. Check error message for more details.
    #[doc(alias = "117")]
    InvalidLimitError = 117,
    /// An invalid value was set for skip. Check error message for more details.
    #[doc(alias = "118")]
    InvalidSkipError = 118,
    /// The operation isn’t allowed for clients due to class-level permissions. Check error message
    /// for more details.
    #[doc(alias = "119")]
    OperationForbidden = 119,
    /// The result was not found in the cache.
    #[doc(alias = "120")]
    CacheMiss = 120,
    /// An invalid key was used in a nested JSONObject. Check error message for more details.
    #[doc(alias = "121")]
    InvalidNestedKey = 121,
    /// An invalid ACL was provided.
    #[doc(alias = "123")]
    InvalidACL = 123,
    /// The email address was invalid.
    #[doc(alias = "125")]
    InvalidEmailAddress = 125,
    /// Unique field was given a value that is already taken.
    #[doc(alias = "137")]
    DuplicateValue = 137,
    /// Role’s name is invalid.
    #[doc(alias = "139")]
    InvalidRoleName = 139,
    /// You have reached the quota on the number of classes in your app. Please delete some classes
    /// if you need to add a new class.
    #[doc(alias = "140")]
    ExceededCollectionQuota = 140,
    /// Cloud Code script failed. Usually points to a JavaScript error. Check error message for more
    /// details.
    #[doc(alias = "141")]
    ScriptFailed = 141,
    /// Cloud Code validation failed.
    #[doc(alias = "142")]
    ValidationFailed = 142,
    /// Webhook error.
    ///
    /// Parse Server sends 143 for webhook errors, as the docs page says, but the Parse JS SDK names
    /// code 143 `INVALID_IMAGE_DATA`; [`from_sdk_name`](Self::from_sdk_name) follows the SDK, so
    /// `INVALID_IMAGE_DATA` gives this code. The docs page's invalid image data is code 150,
    /// [`InvalidImageData`](Self::InvalidImageData).
    #[doc(alias = "143")]
    WebhookError = 143,
    /// Invalid image data.
    ///
    /// The docs page gives 150 to invalid image data. The Parse JS SDK has no constant for 150: its
    /// `INVALID_IMAGE_DATA` is code 143, [`WebhookError`](Self::WebhookError).
    #[doc(alias = "150")]
    InvalidImageData = 150,
    /// An unsaved file.
    #[doc(alias = "151")]
    UnsavedFileError = 151,
    /// An invalid push time was specified.
    #[doc(alias = "152")]
    InvalidPushTimeError = 152,
    /// Hosting error.
    #[doc(alias = "158")]
    HostingError = 158,
    /// The provided analytics event name is invalid.
    #[doc(alias = "160")]
    InvalidEventName = 160,
    /// Class is not empty and cannot be dropped.
    ///
    /// The Parse SDKs name code 255 `INVALID_SCHEMA_OPERATION`.
    #[doc(alias = "255")]
    ClassNotEmpty = 255,
    /// App name is invalid.
    #[doc(alias = "256")]
    AppNameInvalid = 256,
    /// The request is missing an API key.
    #[doc(alias = "902")]
    MissingAPIKeyError = 902,
    /// The request is using an invalid API key.
    #[doc(alias = "903")]
    InvalidAPIKeyError = 903,
    /// The Parse SDK was used before it was initialized.
    #[doc(alias = "109")]
    NotInitialized = 109,
    /// The request was already received: a request id was sent twice, and the server refused the
    /// repeat.
    ///
    /// Not on the Parse docs page: only the Parse SDKs define this code (JS SDK:
    /// `DUPLICATE_REQUEST`).
    #[doc(alias = "159")]
    DuplicateRequest = 159,
    /// A value in the request is not valid for its field or option. Check error message for more
    /// details.
    ///
    /// Not on the Parse docs page: only the Parse SDKs define this code (JS SDK: `INVALID_VALUE`).
    #[doc(alias = "162")]
    InvalidValue = 162,
    /// The username is missing or empty.
    #[doc(alias = "200")]
    UsernameMissing = 200,
    /// The password is missing or empty.
    #[doc(alias = "201")]
    PasswordMissing = 201,
    /// The username has already been taken.
    #[doc(alias = "202")]
    UsernameTaken = 202,
    /// Email has already been used.
    #[doc(alias = "203")]
    UserEmailTaken = 203,
    /// The email is missing, and must be specified.
    #[doc(alias = "204")]
    UserEmailMissing = 204,
    /// A user with the specified email was not found.
    #[doc(alias = "205")]
    UserWithEmailNotFound = 205,
    /// A user object without a valid session could not be altered.
    #[doc(alias = "206")]
    SessionMissing = 206,
    /// A user can only be created through signup.
    #[doc(alias = "207")]
    MustCreateUserThroughSignup = 207,
    /// An account being linked is already linked to another user.
    #[doc(alias = "208")]
    AccountAlreadyLinked = 208,
    /// The device’s session token is no longer valid. The application should ask the user to log in
    /// again.
    #[doc(alias = "209")]
    InvalidSessionToken = 209,
    /// Multi-factor authentication failed.
    ///
    /// Not on the Parse docs page: only the Parse SDKs define this code (JS SDK: `MFA_ERROR`).
    #[doc(alias = "210")]
    MfaError = 210,
    /// Logging in needs a multi-factor authentication token.
    ///
    /// Not on the Parse docs page: only the Parse SDKs define this code (JS SDK:
    /// `MFA_TOKEN_REQUIRED`).
    #[doc(alias = "211")]
    MfaTokenRequired = 211,
    /// The connection to the Parse servers failed.
    #[doc(alias = "100")]
    ConnectionFailed = 100,
    /// There were multiple errors. Aggregate errors have an “errors” property, which is an array of
    /// error objects with more detail about each error that occurred.
    #[doc(alias = "600")]
    AggregateError = 600,
    /// Unable to read input for a Parse File on the client.
    #[doc(alias = "601")]
    FileReadError = 601,
    /// A real error code is unavailable because we had to use an XDomainRequest object to allow
    /// CORS requests in Internet Explorer, which strips the body from HTTP responses that have a
    /// non-2XX status code.
    #[doc(alias = "602")]
    XDomainRequest = 602,
    /// The request was slow and timed out. Typically this indicates that the request is too
    /// expensive to run. You may see this when a Cloud function did not finish before timing out,
    /// or when a Parse.Cloud.httpRequest connection times out.
    #[doc(alias = "124")]
    RequestTimeout = 124,
    /// An inefficient query was rejected by the server. Refer to the Performance Guide and slow
    /// query log.
    #[doc(alias = "154")]
    InefficientQueryError = 154,
    /// The app has sent more requests than its limit allows.
    ///
    /// Not on the Parse docs page: only the Parse SDKs define this code (JS SDK:
    /// `REQUEST_LIMIT_EXCEEDED`).
    #[doc(alias = "155")]
    RequestLimitExceeded = 155,
    /// An unknown error or an error unrelated to Parse occurred.
    #[doc(alias = "-1")]
    OtherCause = -1,
    /// Internal server error. No information available.
    #[doc(alias = "1")]
    InternalServerError = 1,
    /// The service is currently unavailable.
    #[doc(alias = "2")]
    ServiceUnavailable = 2,
    /// Connection failure.
    #[doc(alias = "4")]
    ClientDisconnected = 4,
    /// A field was given a value of the wrong type, such as a string where the schema has a number.
    ///
    /// The docs page lists this code under "Push related errors", though Parse Server sends it for
    /// any field of the wrong type.
    #[doc(alias = "111")]
    IncorrectType = 111,
    /// A push channel name is invalid. Channel names start with a letter and contain only letters,
    /// digits and underscores.
    #[doc(alias = "112")]
    InvalidChannelName = 112,
    /// The push subscription type is invalid.
    #[doc(alias = "113")]
    InvalidSubscriptionType = 113,
    /// The device token for push notifications is invalid.
    #[doc(alias = "114")]
    InvalidDeviceToken = 114,
    /// Push notifications are misconfigured. Check error message for more details.
    #[doc(alias = "115")]
    PushMisconfigured = 115,
    /// The push expiration time is invalid.
    #[doc(alias = "138")]
    InvalidExpirationError = 138,
    /// The push id is missing.
    #[doc(alias = "156")]
    MissingPushIdError = 156,
    /// The device type is missing.
    #[doc(alias = "157")]
    MissingDeviceTypeError = 157,
    /// The file name is invalid. File names are made of letters, digits and a few punctuation
    /// marks, and are limited in length.
    #[doc(alias = "122")]
    InvalidFileName = 122,
    /// A file upload has no Content-Type header.
    #[doc(alias = "126")]
    MissingContentType = 126,
    /// A file upload has no Content-Length header.
    #[doc(alias = "127")]
    MissingContentLength = 127,
    /// A file upload has an invalid Content-Length header.
    #[doc(alias = "128")]
    InvalidContentLength = 128,
    /// The file is larger than the server accepts.
    #[doc(alias = "129")]
    FileTooLarge = 129,
    /// The server could not save the file.
    #[doc(alias = "130")]
    FileSaveError = 130,
    /// The server could not delete the file.
    #[doc(alias = "153")]
    FileDeleteError = 153,
    /// A file without a name cannot be deleted.
    #[doc(alias = "161")]
    FileDeleteUnnamedError = 161,
    /// The installation id is invalid.
    #[doc(alias = "132")]
    InvalidInstallationIdError = 132,
    /// The installation's device type is invalid.
    #[doc(alias = "133")]
    InvalidDeviceTypeError = 133,
    /// The installation's channels are not an array of valid channel names.
    #[doc(alias = "134")]
    InvalidChannelsArrayError = 134,
    /// The installation lacks a required field, such as its device type or device token.
    #[doc(alias = "135")]
    MissingRequiredFieldError = 135,
    /// A field of the installation that cannot change, such as its installation id or device type,
    /// was changed.
    #[doc(alias = "136")]
    ChangedImmutableFieldError = 136,
    /// The product purchase receipt is invalid.
    #[doc(alias = "144")]
    InvalidPurchaseReceipt = 144,
    /// Payments are disabled on this device.
    #[doc(alias = "145")]
    PaymentDisabled = 145,
    /// The product identifier is invalid.
    #[doc(alias = "146")]
    InvalidProductIdentifier = 146,
    /// The product was not found in the App Store.
    #[doc(alias = "147")]
    ProductNotFoundInAppStore = 147,
    /// The App Store's response is invalid.
    #[doc(alias = "148")]
    InvalidServerResponse = 148,
    /// The purchased product could not be saved to the device's file system.
    #[doc(alias = "149")]
    ProductDownloadFilesystemError = 149,
    /// The id of the linked account is missing from the request.
    #[doc(alias = "250")]
    LinkedIdMissing = 250,
    /// The session of the linked account is invalid.
    #[doc(alias = "251")]
    InvalidLinkedSession = 251,
    /// The service being linked is not supported.
    #[doc(alias = "252")]
    UnsupportedService = 252,
    /// The auth data is invalid.
    #[doc(alias = "253")]
    InvalidAuthDataError = 253,
    /// Linking an external account is not supported with this way of signing up or logging in.
    #[doc(alias = "999")]
    LinkingNotSupportedError = 999,
}
#[allow(dead_code, deprecated)]
impl ErrorCode {
    /// Every code of the table once, in table order: one variant per code.
    pub const ALL: &'static [Self] = &[
        Self::ObjectNotFound,
        Self::InvalidQuery,
        Self::InvalidClassName,
        Self::MissingObjectId,
        Self::InvalidFieldName,
        Self::InvalidPointer,
        Self::InvalidJSON,
        Self::CommandUnavailable,
        Self::ObjectTooLarge,
        Self::InvalidLimitError,
        Self::InvalidSkipError,
        Self::OperationForbidden,
        Self::CacheMiss,
        Self::InvalidNestedKey,
        Self::InvalidACL,
        Self::InvalidEmailAddress,
        Self::DuplicateValue,
        Self::InvalidRoleName,
        Self::ExceededCollectionQuota,
        Self::ScriptFailed,
        Self::ValidationFailed,
        Self::WebhookError,
        Self::InvalidImageData,
        Self::UnsavedFileError,
        Self::InvalidPushTimeError,
        Self::HostingError,
        Self::InvalidEventName,
        Self::ClassNotEmpty,
        Self::AppNameInvalid,
        Self::MissingAPIKeyError,
        Self::InvalidAPIKeyError,
        Self::NotInitialized,
        Self::DuplicateRequest,
        Self::InvalidValue,
        Self::UsernameMissing,
        Self::PasswordMissing,
        Self::UsernameTaken,
        Self::UserEmailTaken,
        Self::UserEmailMissing,
        Self::UserWithEmailNotFound,
        Self::SessionMissing,
        Self::MustCreateUserThroughSignup,
        Self::AccountAlreadyLinked,
        Self::InvalidSessionToken,
        Self::MfaError,
        Self::MfaTokenRequired,
        Self::ConnectionFailed,
        Self::AggregateError,
        Self::FileReadError,
        Self::XDomainRequest,
        Self::RequestTimeout,
        Self::InefficientQueryError,
        Self::RequestLimitExceeded,
        Self::OtherCause,
        Self::InternalServerError,
        Self::ServiceUnavailable,
        Self::ClientDisconnected,
        Self::IncorrectType,
        Self::InvalidChannelName,
        Self::InvalidSubscriptionType,
        Self::InvalidDeviceToken,
        Self::PushMisconfigured,
        Self::InvalidExpirationError,
        Self::MissingPushIdError,
        Self::MissingDeviceTypeError,
        Self::InvalidFileName,
        Self::MissingContentType,
        Self::MissingContentLength,
        Self::InvalidContentLength,
        Self::FileTooLarge,
        Self::FileSaveError,
        Self::FileDeleteError,
        Self::FileDeleteUnnamedError,
        Self::InvalidInstallationIdError,
        Self::InvalidDeviceTypeError,
        Self::InvalidChannelsArrayError,
        Self::MissingRequiredFieldError,
        Self::ChangedImmutableFieldError,
        Self::InvalidPurchaseReceipt,
        Self::PaymentDisabled,
        Self::InvalidProductIdentifier,
        Self::ProductNotFoundInAppStore,
        Self::InvalidServerResponse,
        Self::ProductDownloadFilesystemError,
        Self::LinkedIdMissing,
        Self::InvalidLinkedSession,
        Self::UnsupportedService,
        Self::InvalidAuthDataError,
        Self::LinkingNotSupportedError,
    ];
    /// The number of distinct codes in [`ALL`](Self::ALL).
    pub const COUNT: ::core::primitive::usize = 89;
    /// Every row of the table in table order, the other names of shared codes included.
    pub const ENTRIES: &'static [::parse_errors::__private::Entry] = &[
        ::parse_errors::__private::Entry {
            name: "UserInvalidLoginParams",
            code: 101,
            description: "Invalid login parameters. Check error message for more details.",
            category: "API Issues",
            client_only: false,
            alias: true,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "ObjectNotFound",
            code: 101,
            description: "The specified object or session doesn’t exist or could not be found. Can also indicate that you do not have the necessary permissions to read or write this object. Check error message for more details.",
            category: "API Issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "InvalidQuery",
            code: 102,
            description: "There is a problem with the parameters used to construct this query. This could be an invalid field name or an invalid field type for a specific constraint. Check error message for more details..",
            category: "API Issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "InvalidClassName",
            code: 103,
            description: "Missing or invalid classname. Classnames are case-sensitive. They must start with a letter, and a-zA-Z0-9_ are the only valid characters.",
            category: "API Issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "MissingObjectId",
            code: 104,
            description: "An unspecified object id.",
            category: "API Issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "InvalidFieldName",
            code: 105,
            description: "An invalid field name. Keys are case-sensitive. They must start with a letter, and a-zA-Z0-9_ are the only valid characters. Some field names may be reserved. Check error message for more details.",
            category: "API Issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "InvalidPointer",
            code: 106,
            description: "A malformed pointer was used. You would typically only see this if you have modified a client SDK.",
            category: "API Issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "InvalidJSON",
            code: 107,
            description: "Badly formed JSON was received upstream. This either indicates you have done something unusual with modifying how things encode to JSON, or the network is failing badly. Can also indicate an invalid utf-8 string or use of multiple form encoded values. Check error message for more details.",
            category: "API Issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "CommandUnavailable",
            code: 108,
            description: "The feature you tried to access is only available internally for testing purposes.",
            category: "API Issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "ObjectTooLarge",
            code: 116,
            description: "The object is too large.",
            category: "API Issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "ExceededConfigParamsError",
            code: 116,
            description: "You have reached the limit of 100 config parameters.",
            category: "API Issues",
            client_only: false,
            alias: true,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "InvalidLimitError",
            code: 117,
            description: "An invalid value was set for the limit. Check error message for more details.",
            category: "API Issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "InvalidSkipError",
            code: 118,
            description: "An invalid value was set for skip. Check error message for more details.",
            category: "API Issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "OperationForbidden",
            code: 119,
            description: "The operation isn’t allowed for clients due to class-level permissions. Check error message for more details.",
            category: "API Issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "CacheMiss",
            code: 120,
            description: "The result was not found in the cache.",
            category: "API Issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "InvalidNestedKey",
            code: 121,
            description: "An invalid key was used in a nested JSONObject. Check error message for more details.",
            category: "API Issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "InvalidACL",
            code: 123,
            description: "An invalid ACL was provided.",
            category: "API Issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "InvalidEmailAddress",
            code: 125,
            description: "The email address was invalid.",
            category: "API Issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "DuplicateValue",
            code: 137,
            description: "Unique field was given a value that is already taken.",
            category: "API Issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "InvalidRoleName",
            code: 139,
            description: "Role’s name is invalid.",
            category: "API Issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "ReservedValue",
            code: 139,
            description: "Field value is reserved.",
            category: "API Issues",
            client_only: false,
            alias: true,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "ExceededCollectionQuota",
            code: 140,
            description: "You have reached the quota on the number of classes in your app. Please delete some classes if you need to add a new class.",
            category: "API Issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "ScriptFailed",
            code: 141,
            description: "Cloud Code script failed. Usually points to a JavaScript error. Check error message for more details.",
            category: "API Issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "FunctionNotFound",
            code: 141,
            description: "Cloud function not found. Check that the specified Cloud function is present in your Cloud Code script and has been deployed.",
            category: "API Issues",
            client_only: false,
            alias: true,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "JobNotFound",
            code: 141,
            description: "Background job not found. Check that the specified job is present in your Cloud Code script and has been deployed.",
            category: "API Issues",
            client_only: false,
            alias: true,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "SuccessErrorNotCalled",
            code: 141,
            description: "success/error was not called. A cloud function will return once response.success() or response.error() is called. A background job will similarly finish execution once status.success() or status.error() is called. If a function or job never reaches either of the success/error methods, this error will be returned. This may happen when a function does not handle an error response correctly, preventing code execution from reaching the success() method call.",
            category: "API Issues",
            client_only: false,
            alias: true,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "MultupleSuccessErrorCalls",
            code: 141,
            description: "Can’t call success/error multiple times. A cloud function will return once response.success() or response.error() is called. A background job will similarly finish execution once status.success() or status.error() is called. If a function or job calls success() and/or error() more than once in a single execution path, this error will be returned.",
            category: "API Issues",
            client_only: false,
            alias: true,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "MultipleSuccessErrorCalls",
            code: 141,
            description: "Can’t call success/error multiple times. A cloud function will return once response.success() or response.error() is called. A background job will similarly finish execution once status.success() or status.error() is called. If a function or job calls success() and/or error() more than once in a single execution path, this error will be returned.",
            category: "API Issues",
            client_only: false,
            alias: true,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "ValidationFailed",
            code: 142,
            description: "Cloud Code validation failed.",
            category: "API Issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "WebhookError",
            code: 143,
            description: "Webhook error.",
            category: "API Issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "InvalidImageData",
            code: 150,
            description: "Invalid image data.",
            category: "API Issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "UnsavedFileError",
            code: 151,
            description: "An unsaved file.",
            category: "API Issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "InvalidPushTimeError",
            code: 152,
            description: "An invalid push time was specified.",
            category: "API Issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "HostingError",
            code: 158,
            description: "Hosting error.",
            category: "API Issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "InvalidEventName",
            code: 160,
            description: "The provided analytics event name is invalid.",
            category: "API Issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "ClassNotEmpty",
            code: 255,
            description: "Class is not empty and cannot be dropped.",
            category: "API Issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "AppNameInvalid",
            code: 256,
            description: "App name is invalid.",
            category: "API Issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "MissingAPIKeyError",
            code: 902,
            description: "The request is missing an API key.",
            category: "API Issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "InvalidAPIKeyError",
            code: 903,
            description: "The request is using an invalid API key.",
            category: "API Issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "NotInitialized",
            code: 109,
            description: "The Parse SDK was used before it was initialized.",
            category: "API Issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "ReceiptMissing",
            code: 143,
            description: "The product purchase receipt is missing.",
            category: "API Issues",
            client_only: false,
            alias: true,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "DuplicateRequest",
            code: 159,
            description: "The request was already received: a request id was sent twice, and the server refused the repeat.",
            category: "API Issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "InvalidValue",
            code: 162,
            description: "A value in the request is not valid for its field or option. Check error message for more details.",
            category: "API Issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "UsernameMissing",
            code: 200,
            description: "The username is missing or empty.",
            category: "User related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "PasswordMissing",
            code: 201,
            description: "The password is missing or empty.",
            category: "User related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "UsernameTaken",
            code: 202,
            description: "The username has already been taken.",
            category: "User related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "UserEmailTaken",
            code: 203,
            description: "Email has already been used.",
            category: "User related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "UserEmailMissing",
            code: 204,
            description: "The email is missing, and must be specified.",
            category: "User related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "UserWithEmailNotFound",
            code: 205,
            description: "A user with the specified email was not found.",
            category: "User related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "SessionMissing",
            code: 206,
            description: "A user object without a valid session could not be altered.",
            category: "User related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "MustCreateUserThroughSignup",
            code: 207,
            description: "A user can only be created through signup.",
            category: "User related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "AccountAlreadyLinked",
            code: 208,
            description: "An account being linked is already linked to another user.",
            category: "User related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "InvalidSessionToken",
            code: 209,
            description: "The device’s session token is no longer valid. The application should ask the user to log in again.",
            category: "User related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "MfaError",
            code: 210,
            description: "Multi-factor authentication failed.",
            category: "User related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "MfaTokenRequired",
            code: 211,
            description: "Logging in needs a multi-factor authentication token.",
            category: "User related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "ConnectionFailed",
            code: 100,
            description: "The connection to the Parse servers failed.",
            category: "Client-only errors",
            client_only: true,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "AggregateError",
            code: 600,
            description: "There were multiple errors. Aggregate errors have an “errors” property, which is an array of error objects with more detail about each error that occurred.",
            category: "Client-only errors",
            client_only: true,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "FileReadError",
            code: 601,
            description: "Unable to read input for a Parse File on the client.",
            category: "Client-only errors",
            client_only: true,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "XDomainRequest",
            code: 602,
            description: "A real error code is unavailable because we had to use an XDomainRequest object to allow CORS requests in Internet Explorer, which strips the body from HTTP responses that have a non-2XX status code.",
            category: "Client-only errors",
            client_only: true,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "RequestTimeout",
            code: 124,
            description: "The request was slow and timed out. Typically this indicates that the request is too expensive to run. You may see this when a Cloud function did not finish before timing out, or when a Parse.Cloud.httpRequest connection times out.",
            category: "Operational issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "InefficientQueryError",
            code: 154,
            description: "An inefficient query was rejected by the server. Refer to the Performance Guide and slow query log.",
            category: "Operational issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "RequestLimitExceeded",
            code: 155,
            description: "The app has sent more requests than its limit allows.",
            category: "Operational issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "OtherCause",
            code: -1,
            description: "An unknown error or an error unrelated to Parse occurred.",
            category: "Other issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "InternalServerError",
            code: 1,
            description: "Internal server error. No information available.",
            category: "Other issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "ServiceUnavailable",
            code: 2,
            description: "The service is currently unavailable.",
            category: "Other issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "ClientDisconnected",
            code: 4,
            description: "Connection failure.",
            category: "Other issues",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "IncorrectType",
            code: 111,
            description: "A field was given a value of the wrong type, such as a string where the schema has a number.",
            category: "Push related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "InvalidChannelName",
            code: 112,
            description: "A push channel name is invalid. Channel names start with a letter and contain only letters, digits and underscores.",
            category: "Push related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "InvalidSubscriptionType",
            code: 113,
            description: "The push subscription type is invalid.",
            category: "Push related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "InvalidDeviceToken",
            code: 114,
            description: "The device token for push notifications is invalid.",
            category: "Push related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "PushMisconfigured",
            code: 115,
            description: "Push notifications are misconfigured. Check error message for more details.",
            category: "Push related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "PushWhereAndChannels",
            code: 115,
            description: "A push targeted by a query cannot also name channels.",
            category: "Push related errors",
            client_only: false,
            alias: true,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "PushWhereAndType",
            code: 115,
            description: "A push targeted by a query cannot also name a device type.",
            category: "Push related errors",
            client_only: false,
            alias: true,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "PushMissingData",
            code: 115,
            description: "The push has no data payload.",
            category: "Push related errors",
            client_only: false,
            alias: true,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "PushMissingChannels",
            code: 115,
            description: "A push not targeted by a query names no channels.",
            category: "Push related errors",
            client_only: false,
            alias: true,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "ClientPushDisabled",
            code: 115,
            description: "Pushes sent from clients are disabled for this app.",
            category: "Push related errors",
            client_only: false,
            alias: true,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "RestPushDisabled",
            code: 115,
            description: "Pushes sent through the REST API are disabled for this app.",
            category: "Push related errors",
            client_only: false,
            alias: true,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "ClientPushWithURI",
            code: 115,
            description: "A push sent from a client cannot use the uri option.",
            category: "Push related errors",
            client_only: false,
            alias: true,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "PushQueryOrPayloadTooLarge",
            code: 115,
            description: "The push query or its data payload is too large.",
            category: "Push related errors",
            client_only: false,
            alias: true,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "InvalidExpirationError",
            code: 138,
            description: "The push expiration time is invalid.",
            category: "Push related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "MissingPushIdError",
            code: 156,
            description: "The push id is missing.",
            category: "Push related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "MissingDeviceTypeError",
            code: 157,
            description: "The device type is missing.",
            category: "Push related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "InvalidFileName",
            code: 122,
            description: "The file name is invalid. File names are made of letters, digits and a few punctuation marks, and are limited in length.",
            category: "File related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "MissingContentType",
            code: 126,
            description: "A file upload has no Content-Type header.",
            category: "File related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "MissingContentLength",
            code: 127,
            description: "A file upload has no Content-Length header.",
            category: "File related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "InvalidContentLength",
            code: 128,
            description: "A file upload has an invalid Content-Length header.",
            category: "File related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "FileTooLarge",
            code: 129,
            description: "The file is larger than the server accepts.",
            category: "File related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "FileSaveError",
            code: 130,
            description: "The server could not save the file.",
            category: "File related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "FileDeleteError",
            code: 153,
            description: "The server could not delete the file.",
            category: "File related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "FileDeleteUnnamedError",
            code: 161,
            description: "A file without a name cannot be deleted.",
            category: "File related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "InvalidInstallationIdError",
            code: 132,
            description: "The installation id is invalid.",
            category: "Installation related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "InvalidDeviceTypeError",
            code: 133,
            description: "The installation's device type is invalid.",
            category: "Installation related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "InvalidChannelsArrayError",
            code: 134,
            description: "The installation's channels are not an array of valid channel names.",
            category: "Installation related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "MissingRequiredFieldError",
            code: 135,
            description: "The installation lacks a required field, such as its device type or device token.",
            category: "Installation related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "ChangedImmutableFieldError",
            code: 136,
            description: "A field of the installation that cannot change, such as its installation id or device type, was changed.",
            category: "Installation related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "InvalidPurchaseReceipt",
            code: 144,
            description: "The product purchase receipt is invalid.",
            category: "Purchase related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "PaymentDisabled",
            code: 145,
            description: "Payments are disabled on this device.",
            category: "Purchase related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "InvalidProductIdentifier",
            code: 146,
            description: "The product identifier is invalid.",
            category: "Purchase related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "ProductNotFoundInAppStore",
            code: 147,
            description: "The product was not found in the App Store.",
            category: "Purchase related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "InvalidServerResponse",
            code: 148,
            description: "The App Store's response is invalid.",
            category: "Purchase related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "ProductDownloadFilesystemError",
            code: 149,
            description: "The purchased product could not be saved to the device's file system.",
            category: "Purchase related errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "LinkedIdMissing",
            code: 250,
            description: "The id of the linked account is missing from the request.",
            category: "Linked services errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "InvalidLinkedSession",
            code: 251,
            description: "The session of the linked account is invalid.",
            category: "Linked services errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "InvalidGeneralAuthData",
            code: 251,
            description: "The auth data given for the linked account is invalid.",
            category: "Linked services errors",
            client_only: false,
            alias: true,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "BadAnonymousID",
            code: 251,
            description: "The anonymous id is not a valid lowercase UUID.",
            category: "Linked services errors",
            client_only: false,
            alias: true,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "FacebookBadToken",
            code: 251,
            description: "The Facebook session token is expired or invalid.",
            category: "Linked services errors",
            client_only: false,
            alias: true,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "FacebookBadID",
            code: 251,
            description: "The linked Facebook account's id is invalid.",
            category: "Linked services errors",
            client_only: false,
            alias: true,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "FacebookWrongAppID",
            code: 251,
            description: "The Facebook application id is not accepted by this app.",
            category: "Linked services errors",
            client_only: false,
            alias: true,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "TwitterVerificationFailed",
            code: 251,
            description: "The Twitter credentials could not be verified.",
            category: "Linked services errors",
            client_only: false,
            alias: true,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "TwitterWrongID",
            code: 251,
            description: "The Twitter id does not match the one of the access token.",
            category: "Linked services errors",
            client_only: false,
            alias: true,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "TwitterWrongScreenName",
            code: 251,
            description: "The Twitter handle does not match the one of the access token.",
            category: "Linked services errors",
            client_only: false,
            alias: true,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "TwitterConnectFailure",
            code: 251,
            description: "The Twitter credentials could not be verified because Twitter failed.",
            category: "Linked services errors",
            client_only: false,
            alias: true,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "UnsupportedService",
            code: 252,
            description: "The service being linked is not supported.",
            category: "Linked services errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "UsernameSigninDisabled",
            code: 252,
            description: "Signing in with a username and password is disabled for this app.",
            category: "Linked services errors",
            client_only: false,
            alias: true,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "AnonymousSigninDisabled",
            code: 252,
            description: "Anonymous users are disabled for this app.",
            category: "Linked services errors",
            client_only: false,
            alias: true,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "FacebookSigninDisabled",
            code: 252,
            description: "Signing in with Facebook is disabled for this app.",
            category: "Linked services errors",
            client_only: false,
            alias: true,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "TwitterSigninDisabled",
            code: 252,
            description: "Signing in with Twitter is disabled for this app.",
            category: "Linked services errors",
            client_only: false,
            alias: true,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "InvalidAuthDataError",
            code: 253,
            description: "The auth data is invalid.",
            category: "Linked services errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "LinkingNotSupportedError",
            code: 999,
            description: "Linking an external account is not supported with this way of signing up or logging in.",
            category: "Linked services errors",
            client_only: false,
            alias: false,
            retired: false,
        },
    ];
    /// Invalid login parameters. Check error message for more details.
    ///
    /// Another name of code 101: equal to [`ObjectNotFound`](Self::ObjectNotFound).
    #[doc(alias = "101")]
    #[allow(non_upper_case_globals)]
    pub const UserInvalidLoginParams: Self = Self::ObjectNotFound;
    /// You have reached the limit of 100 config parameters.
    ///
    /// Another name of code 116: equal to [`ObjectTooLarge`](Self::ObjectTooLarge).
    #[doc(alias = "116")]
    #[allow(non_upper_case_globals)]
    pub const ExceededConfigParamsError: Self = Self::ObjectTooLarge;
    /// Field value is reserved.
    ///
    /// Another name of code 139: equal to [`InvalidRoleName`](Self::InvalidRoleName).
    #[doc(alias = "139")]
    #[allow(non_upper_case_globals)]
    pub const ReservedValue: Self = Self::InvalidRoleName;
    /// Cloud function not found. Check that the specified Cloud function is present in your Cloud
    /// Code script and has been deployed.
    ///
    /// Another name of code 141: equal to [`ScriptFailed`](Self::ScriptFailed).
    #[doc(alias = "141")]
    #[allow(non_upper_case_globals)]
    pub const FunctionNotFound: Self = Self::ScriptFailed;
    /// Background job not found. Check that the specified job is present in your Cloud Code script
    /// and has been deployed.
    ///
    /// Another name of code 141: equal to [`ScriptFailed`](Self::ScriptFailed).
    #[doc(alias = "141")]
    #[allow(non_upper_case_globals)]
    pub const JobNotFound: Self = Self::ScriptFailed;
    /// success/error was not called. A cloud function will return once response.success() or
    /// response.error() is called. A background job will similarly finish execution once
    /// status.success() or status.error() is called. If a function or job never reaches either of
    /// the success/error methods, this error will be returned. This may happen when a function does
    /// not handle an error response correctly, preventing code execution from reaching the
    /// success() method call.
    ///
    /// Another name of code 141: equal to [`ScriptFailed`](Self::ScriptFailed).
    #[doc(alias = "141")]
    #[allow(non_upper_case_globals)]
    pub const SuccessErrorNotCalled: Self = Self::ScriptFailed;
    /// Can’t call success/error multiple times. A cloud function will return once
    /// response.success() or response.error() is called. A background job will similarly finish
    /// execution once status.success() or status.error() is called. If a function or job calls
    /// success() and/or error() more than once in a single execution path, this error will be
    /// returned.
    ///
    /// The official list spells this name with a typo ("Multuple"); it is kept as written, and
    /// [`MultipleSuccessErrorCalls`](Self::MultipleSuccessErrorCalls) is the same code spelled
    /// right.
    ///
    /// Another name of code 141: equal to [`ScriptFailed`](Self::ScriptFailed).
    #[doc(alias = "141")]
    #[allow(non_upper_case_globals)]
    pub const MultupleSuccessErrorCalls: Self = Self::ScriptFailed;
    /// Can’t call success/error multiple times. A cloud function will return once
    /// response.success() or response.error() is called. A background job will similarly finish
    /// execution once status.success() or status.error() is called. If a function or job calls
    /// success() and/or error() more than once in a single execution path, this error will be
    /// returned.
    ///
    /// Not in the official list: the correct spelling of
    /// [`MultupleSuccessErrorCalls`](Self::MultupleSuccessErrorCalls), as the list misspells it.
    ///
    /// Another name of code 141: equal to [`ScriptFailed`](Self::ScriptFailed).
    #[doc(alias = "141")]
    #[allow(non_upper_case_globals)]
    pub const MultipleSuccessErrorCalls: Self = Self::ScriptFailed;
    /// The product purchase receipt is missing.
    ///
    /// The docs page lists this name under "Purchase related errors", but code 143 is a webhook
    /// error to Parse Server and to this list: a code has one category, so this name is in the
    /// category of [`WebhookError`](Self::WebhookError).
    ///
    /// Another name of code 143: equal to [`WebhookError`](Self::WebhookError).
    #[doc(alias = "143")]
    #[allow(non_upper_case_globals)]
    pub const ReceiptMissing: Self = Self::WebhookError;
    /// A push targeted by a query cannot also name channels.
    ///
    /// Another name of code 115: equal to [`PushMisconfigured`](Self::PushMisconfigured).
    #[doc(alias = "115")]
    #[allow(non_upper_case_globals)]
    pub const PushWhereAndChannels: Self = Self::PushMisconfigured;
    /// A push targeted by a query cannot also name a device type.
    ///
    /// Another name of code 115: equal to [`PushMisconfigured`](Self::PushMisconfigured).
    #[doc(alias = "115")]
    #[allow(non_upper_case_globals)]
    pub const PushWhereAndType: Self = Self::PushMisconfigured;
    /// The push has no data payload.
    ///
    /// Another name of code 115: equal to [`PushMisconfigured`](Self::PushMisconfigured).
    #[doc(alias = "115")]
    #[allow(non_upper_case_globals)]
    pub const PushMissingData: Self = Self::PushMisconfigured;
    /// A push not targeted by a query names no channels.
    ///
    /// Another name of code 115: equal to [`PushMisconfigured`](Self::PushMisconfigured).
    #[doc(alias = "115")]
    #[allow(non_upper_case_globals)]
    pub const PushMissingChannels: Self = Self::PushMisconfigured;
    /// Pushes sent from clients are disabled for this app.
    ///
    /// Another name of code 115: equal to [`PushMisconfigured`](Self::PushMisconfigured).
    #[doc(alias = "115")]
    #[allow(non_upper_case_globals)]
    pub const ClientPushDisabled: Self = Self::PushMisconfigured;
    /// Pushes sent through the REST API are disabled for this app.
    ///
    /// Another name of code 115: equal to [`PushMisconfigured`](Self::PushMisconfigured).
    #[doc(alias = "115")]
    #[allow(non_upper_case_globals)]
    pub const RestPushDisabled: Self = Self::PushMisconfigured;
    /// A push sent from a client cannot use the uri option.
    ///
    /// Another name of code 115: equal to [`PushMisconfigured`](Self::PushMisconfigured).
    #[doc(alias = "115")]
    #[allow(non_upper_case_globals)]
    pub const ClientPushWithURI: Self = Self::PushMisconfigured;
    /// The push query or its data payload is too large.
    ///
    /// Another name of code 115: equal to [`PushMisconfigured`](Self::PushMisconfigured).
    #[doc(alias = "115")]
    #[allow(non_upper_case_globals)]
    pub const PushQueryOrPayloadTooLarge: Self = Self::PushMisconfigured;
    /// The auth data given for the linked account is invalid.
    ///
    /// Another name of code 251: equal to [`InvalidLinkedSession`](Self::InvalidLinkedSession).
    #[doc(alias = "251")]
    #[allow(non_upper_case_globals)]
    pub const InvalidGeneralAuthData: Self = Self::InvalidLinkedSession;
    /// The anonymous id is not a valid lowercase UUID.
    ///
    /// Another name of code 251: equal to [`InvalidLinkedSession`](Self::InvalidLinkedSession).
    #[doc(alias = "251")]
    #[allow(non_upper_case_globals)]
    pub const BadAnonymousID: Self = Self::InvalidLinkedSession;
    /// The Facebook session token is expired or invalid.
    ///
    /// Another name of code 251: equal to [`InvalidLinkedSession`](Self::InvalidLinkedSession).
    #[doc(alias = "251")]
    #[allow(non_upper_case_globals)]
    pub const FacebookBadToken: Self = Self::InvalidLinkedSession;
    /// The linked Facebook account's id is invalid.
    ///
    /// Another name of code 251: equal to [`InvalidLinkedSession`](Self::InvalidLinkedSession).
    #[doc(alias = "251")]
    #[allow(non_upper_case_globals)]
    pub const FacebookBadID: Self = Self::InvalidLinkedSession;
    /// The Facebook application id is not accepted by this app.
    ///
    /// Another name of code 251: equal to [`InvalidLinkedSession`](Self::InvalidLinkedSession).
    #[doc(alias = "251")]
    #[allow(non_upper_case_globals)]
    pub const FacebookWrongAppID: Self = Self::InvalidLinkedSession;
    /// The Twitter credentials could not be verified.
    ///
    /// Another name of code 251: equal to [`InvalidLinkedSession`](Self::InvalidLinkedSession).
    #[doc(alias = "251")]
    #[allow(non_upper_case_globals)]
    pub const TwitterVerificationFailed: Self = Self::InvalidLinkedSession;
    /// The Twitter id does not match the one of the access token.
    ///
    /// Another name of code 251: equal to [`InvalidLinkedSession`](Self::InvalidLinkedSession).
    #[doc(alias = "251")]
    #[allow(non_upper_case_globals)]
    pub const TwitterWrongID: Self = Self::InvalidLinkedSession;
    /// The Twitter handle does not match the one of the access token.
    ///
    /// Another name of code 251: equal to [`InvalidLinkedSession`](Self::InvalidLinkedSession).
    #[doc(alias = "251")]
    #[allow(non_upper_case_globals)]
    pub const TwitterWrongScreenName: Self = Self::InvalidLinkedSession;
    /// The Twitter credentials could not be verified because Twitter failed.
    ///
    /// Another name of code 251: equal to [`InvalidLinkedSession`](Self::InvalidLinkedSession).
    #[doc(alias = "251")]
    #[allow(non_upper_case_globals)]
    pub const TwitterConnectFailure: Self = Self::InvalidLinkedSession;
    /// Signing in with a username and password is disabled for this app.
    ///
    /// Another name of code 252: equal to [`UnsupportedService`](Self::UnsupportedService).
    #[doc(alias = "252")]
    #[allow(non_upper_case_globals)]
    pub const UsernameSigninDisabled: Self = Self::UnsupportedService;
    /// Anonymous users are disabled for this app.
    ///
    /// Another name of code 252: equal to [`UnsupportedService`](Self::UnsupportedService).
    #[doc(alias = "252")]
    #[allow(non_upper_case_globals)]
    pub const AnonymousSigninDisabled: Self = Self::UnsupportedService;
    /// Signing in with Facebook is disabled for this app.
    ///
    /// Another name of code 252: equal to [`UnsupportedService`](Self::UnsupportedService).
    #[doc(alias = "252")]
    #[allow(non_upper_case_globals)]
    pub const FacebookSigninDisabled: Self = Self::UnsupportedService;
    /// Signing in with Twitter is disabled for this app.
    ///
    /// Another name of code 252: equal to [`UnsupportedService`](Self::UnsupportedService).
    #[doc(alias = "252")]
    #[allow(non_upper_case_globals)]
    pub const TwitterSigninDisabled: Self = Self::UnsupportedService;
    /// The code, as Parse sends it on the wire.
    #[inline]
    #[must_use]
    pub const fn code(self) -> ::core::primitive::i32 {
        self as ::core::primitive::i32
    }
    /// The table's value for a code, or `None` when the table does not know it.
    #[inline]
    #[must_use]
    pub const fn from_code(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<Self> {
        let slot = code.wrapping_sub(-1).cast_unsigned() as ::core::primitive::usize;
        if slot < 1001 {
            Self::__PARSE_ERRORS_BY_CODE[slot]
        } else {
            ::core::option::Option::None
        }
    }
    /// The canonical row of this code in the table's `ENTRIES`.
    #[inline]
    #[must_use]
    pub const fn entry(self) -> &'static ::parse_errors::__private::Entry {
        &Self::ENTRIES[Self::__PARSE_ERRORS_ROWS[self.__parse_errors_index()]
            as ::core::primitive::usize]
    }
    /// The table's value for a name, canonical or alias; exact and case-sensitive.
    #[inline]
    #[must_use]
    pub fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
        match name {
            "UserInvalidLoginParams" => {
                ::core::option::Option::Some(Self::UserInvalidLoginParams)
            }
            "ObjectNotFound" => ::core::option::Option::Some(Self::ObjectNotFound),
            "InvalidQuery" => ::core::option::Option::Some(Self::InvalidQuery),
            "InvalidClassName" => ::core::option::Option::Some(Self::InvalidClassName),
            "MissingObjectId" => ::core::option::Option::Some(Self::MissingObjectId),
            "InvalidFieldName" => ::core::option::Option::Some(Self::InvalidFieldName),
            "InvalidPointer" => ::core::option::Option::Some(Self::InvalidPointer),
            "InvalidJSON" => ::core::option::Option::Some(Self::InvalidJSON),
            "CommandUnavailable" => {
                ::core::option::Option::Some(Self::CommandUnavailable)
            }
            "ObjectTooLarge" => ::core::option::Option::Some(Self::ObjectTooLarge),
            "ExceededConfigParamsError" => {
                ::core::option::Option::Some(Self::ExceededConfigParamsError)
            }
            "InvalidLimitError" => ::core::option::Option::Some(Self::InvalidLimitError),
            "InvalidSkipError" => ::core::option::Option::Some(Self::InvalidSkipError),
            "OperationForbidden" => {
                ::core::option::Option::Some(Self::OperationForbidden)
            }
            "CacheMiss" => ::core::option::Option::Some(Self::CacheMiss),
            "InvalidNestedKey" => ::core::option::Option::Some(Self::InvalidNestedKey),
            "InvalidACL" => ::core::option::Option::Some(Self::InvalidACL),
            "InvalidEmailAddress" => {
                ::core::option::Option::Some(Self::InvalidEmailAddress)
            }
            "DuplicateValue" => ::core::option::Option::Some(Self::DuplicateValue),
            "InvalidRoleName" => ::core::option::Option::Some(Self::InvalidRoleName),
            "ReservedValue" => ::core::option::Option::Some(Self::ReservedValue),
            "ExceededCollectionQuota" => {
                ::core::option::Option::Some(Self::ExceededCollectionQuota)
            }
            "ScriptFailed" => ::core::option::Option::Some(Self::ScriptFailed),
            "FunctionNotFound" => ::core::option::Option::Some(Self::FunctionNotFound),
            "JobNotFound" => ::core::option::Option::Some(Self::JobNotFound),
            "SuccessErrorNotCalled" => {
                ::core::option::Option::Some(Self::SuccessErrorNotCalled)
            }
            "MultupleSuccessErrorCalls" => {
                ::core::option::Option::Some(Self::MultupleSuccessErrorCalls)
            }
            "MultipleSuccessErrorCalls" => {
                ::core::option::Option::Some(Self::MultipleSuccessErrorCalls)
            }
            "ValidationFailed" => ::core::option::Option::Some(Self::ValidationFailed),
            "WebhookError" => ::core::option::Option::Some(Self::WebhookError),
            "InvalidImageData" => ::core::option::Option::Some(Self::InvalidImageData),
            "UnsavedFileError" => ::core::option::Option::Some(Self::UnsavedFileError),
            "InvalidPushTimeError" => {
                ::core::option::Option::Some(Self::InvalidPushTimeError)
            }
            "HostingError" => ::core::option::Option::Some(Self::HostingError),
            "InvalidEventName" => ::core::option::Option::Some(Self::InvalidEventName),
            "ClassNotEmpty" => ::core::option::Option::Some(Self::ClassNotEmpty),
            "AppNameInvalid" => ::core::option::Option::Some(Self::AppNameInvalid),
            "MissingAPIKeyError" => {
                ::core::option::Option::Some(Self::MissingAPIKeyError)
            }
            "InvalidAPIKeyError" => {
                ::core::option::Option::Some(Self::InvalidAPIKeyError)
            }
            "NotInitialized" => ::core::option::Option::Some(Self::NotInitialized),
            "ReceiptMissing" => ::core::option::Option::Some(Self::ReceiptMissing),
            "DuplicateRequest" => ::core::option::Option::Some(Self::DuplicateRequest),
            "InvalidValue" => ::core::option::Option::Some(Self::InvalidValue),
            "UsernameMissing" => ::core::option::Option::Some(Self::UsernameMissing),
            "PasswordMissing" => ::core::option::Option::Some(Self::PasswordMissing),
            "UsernameTaken" => ::core::option::Option::Some(Self::UsernameTaken),
            "UserEmailTaken" => ::core::option::Option::Some(Self::UserEmailTaken),
            "UserEmailMissing" => ::core::option::Option::Some(Self::UserEmailMissing),
            "UserWithEmailNotFound" => {
                ::core::option::Option::Some(Self::UserWithEmailNotFound)
            }
            "SessionMissing" => ::core::option::Option::Some(Self::SessionMissing),
            "MustCreateUserThroughSignup" => {
                ::core::option::Option::Some(Self::MustCreateUserThroughSignup)
            }
            "AccountAlreadyLinked" => {
                ::core::option::Option::Some(Self::AccountAlreadyLinked)
            }
            "InvalidSessionToken" => {
                ::core::option::Option::Some(Self::InvalidSessionToken)
            }
            "MfaError" => ::core::option::Option::Some(Self::MfaError),
            "MfaTokenRequired" => ::core::option::Option::Some(Self::MfaTokenRequired),
            "ConnectionFailed" => ::core::option::Option::Some(Self::ConnectionFailed),
            "AggregateError" => ::core::option::Option::Some(Self::AggregateError),
            "FileReadError" => ::core::option::Option::Some(Self::FileReadError),
            "XDomainRequest" => ::core::option::Option::Some(Self::XDomainRequest),
            "RequestTimeout" => ::core::option::Option::Some(Self::RequestTimeout),
            "InefficientQueryError" => {
                ::core::option::Option::Some(Self::InefficientQueryError)
            }
            "RequestLimitExceeded" => {
                ::core::option::Option::Some(Self::RequestLimitExceeded)
            }
            "OtherCause" => ::core::option::Option::Some(Self::OtherCause),
            "InternalServerError" => {
                ::core::option::Option::Some(Self::InternalServerError)
            }
            "ServiceUnavailable" => {
                ::core::option::Option::Some(Self::ServiceUnavailable)
            }
            "ClientDisconnected" => {
                ::core::option::Option::Some(Self::ClientDisconnected)
            }
            "IncorrectType" => ::core::option::Option::Some(Self::IncorrectType),
            "InvalidChannelName" => {
                ::core::option::Option::Some(Self::InvalidChannelName)
            }
            "InvalidSubscriptionType" => {
                ::core::option::Option::Some(Self::InvalidSubscriptionType)
            }
            "InvalidDeviceToken" => {
                ::core::option::Option::Some(Self::InvalidDeviceToken)
            }
            "PushMisconfigured" => ::core::option::Option::Some(Self::PushMisconfigured),
            "PushWhereAndChannels" => {
                ::core::option::Option::Some(Self::PushWhereAndChannels)
            }
            "PushWhereAndType" => ::core::option::Option::Some(Self::PushWhereAndType),
            "PushMissingData" => ::core::option::Option::Some(Self::PushMissingData),
            "PushMissingChannels" => {
                ::core::option::Option::Some(Self::PushMissingChannels)
            }
            "ClientPushDisabled" => {
                ::core::option::Option::Some(Self::ClientPushDisabled)
            }
            "RestPushDisabled" => ::core::option::Option::Some(Self::RestPushDisabled),
            "ClientPushWithURI" => ::core::option::Option::Some(Self::ClientPushWithURI),
            "PushQueryOrPayloadTooLarge" => {
                ::core::option::Option::Some(Self::PushQueryOrPayloadTooLarge)
            }
            "InvalidExpirationError" => {
                ::core::option::Option::Some(Self::InvalidExpirationError)
            }
            "MissingPushIdError" => {
                ::core::option::Option::Some(Self::MissingPushIdError)
            }
            "MissingDeviceTypeError" => {
                ::core::option::Option::Some(Self::MissingDeviceTypeError)
            }
            "InvalidFileName" => ::core::option::Option::Some(Self::InvalidFileName),
            "MissingContentType" => {
                ::core::option::Option::Some(Self::MissingContentType)
            }
            "MissingContentLength" => {
                ::core::option::Option::Some(Self::MissingContentLength)
            }
            "InvalidContentLength" => {
                ::core::option::Option::Some(Self::InvalidContentLength)
            }
            "FileTooLarge" => ::core::option::Option::Some(Self::FileTooLarge),
            "FileSaveError" => ::core::option::Option::Some(Self::FileSaveError),
            "FileDeleteError" => ::core::option::Option::Some(Self::FileDeleteError),
            "FileDeleteUnnamedError" => {
                ::core::option::Option::Some(Self::FileDeleteUnnamedError)
            }
            "InvalidInstallationIdError" => {
                ::core::option::Option::Some(Self::InvalidInstallationIdError)
            }
            "InvalidDeviceTypeError" => {
                ::core::option::Option::Some(Self::InvalidDeviceTypeError)
            }
            "InvalidChannelsArrayError" => {
                ::core::option::Option::Some(Self::InvalidChannelsArrayError)
            }
            "MissingRequiredFieldError" => {
                ::core::option::Option::Some(Self::MissingRequiredFieldError)
            }
            "ChangedImmutableFieldError" => {
                ::core::option::Option::Some(Self::ChangedImmutableFieldError)
            }
            "InvalidPurchaseReceipt" => {
                ::core::option::Option::Some(Self::InvalidPurchaseReceipt)
            }
            "PaymentDisabled" => ::core::option::Option::Some(Self::PaymentDisabled),
            "InvalidProductIdentifier" => {
                ::core::option::Option::Some(Self::InvalidProductIdentifier)
            }
            "ProductNotFoundInAppStore" => {
                ::core::option::Option::Some(Self::ProductNotFoundInAppStore)
            }
            "InvalidServerResponse" => {
                ::core::option::Option::Some(Self::InvalidServerResponse)
            }
            "ProductDownloadFilesystemError" => {
                ::core::option::Option::Some(Self::ProductDownloadFilesystemError)
            }
            "LinkedIdMissing" => ::core::option::Option::Some(Self::LinkedIdMissing),
            "InvalidLinkedSession" => {
                ::core::option::Option::Some(Self::InvalidLinkedSession)
            }
            "InvalidGeneralAuthData" => {
                ::core::option::Option::Some(Self::InvalidGeneralAuthData)
            }
            "BadAnonymousID" => ::core::option::Option::Some(Self::BadAnonymousID),
            "FacebookBadToken" => ::core::option::Option::Some(Self::FacebookBadToken),
            "FacebookBadID" => ::core::option::Option::Some(Self::FacebookBadID),
            "FacebookWrongAppID" => {
                ::core::option::Option::Some(Self::FacebookWrongAppID)
            }
            "TwitterVerificationFailed" => {
                ::core::option::Option::Some(Self::TwitterVerificationFailed)
            }
            "TwitterWrongID" => ::core::option::Option::Some(Self::TwitterWrongID),
            "TwitterWrongScreenName" => {
                ::core::option::Option::Some(Self::TwitterWrongScreenName)
            }
            "TwitterConnectFailure" => {
                ::core::option::Option::Some(Self::TwitterConnectFailure)
            }
            "UnsupportedService" => {
                ::core::option::Option::Some(Self::UnsupportedService)
            }
            "UsernameSigninDisabled" => {
                ::core::option::Option::Some(Self::UsernameSigninDisabled)
            }
            "AnonymousSigninDisabled" => {
                ::core::option::Option::Some(Self::AnonymousSigninDisabled)
            }
            "FacebookSigninDisabled" => {
                ::core::option::Option::Some(Self::FacebookSigninDisabled)
            }
            "TwitterSigninDisabled" => {
                ::core::option::Option::Some(Self::TwitterSigninDisabled)
            }
            "InvalidAuthDataError" => {
                ::core::option::Option::Some(Self::InvalidAuthDataError)
            }
            "LinkingNotSupportedError" => {
                ::core::option::Option::Some(Self::LinkingNotSupportedError)
            }
            _ => ::core::option::Option::None,
        }
    }
    /// The table's value for a name in any ASCII case, with or without
    /// underscores: `OBJECT_NOT_FOUND` finds `ObjectNotFound`. An exact name
    /// is found as fast as by `from_name`; any other spelling takes a scan
    /// of `ENTRIES`.
    #[must_use]
    pub fn from_name_loose(
        name: &::core::primitive::str,
    ) -> ::core::option::Option<Self> {
        ::parse_errors::__private::from_name_loose::<Self>(name)
    }
    /// The canonical name of this code.
    #[inline]
    #[must_use]
    pub const fn name(self) -> &'static ::core::primitive::str {
        self.entry().name
    }
    /// What the code means: the first paragraph of the canonical entry's doc comment.
    #[inline]
    #[must_use]
    pub const fn description(self) -> &'static ::core::primitive::str {
        self.entry().description
    }
    /// The category the table lists this code under.
    #[inline]
    #[must_use]
    pub const fn category(self) -> Category {
        Self::__PARSE_ERRORS_CATEGORIES[self.__parse_errors_index()]
    }
    /// Whether this code only ever comes from a client, never from a server.
    #[inline]
    #[must_use]
    pub const fn is_client_only(self) -> ::core::primitive::bool {
        self.category().is_client_only()
    }
    /// Whether a failure with this code may pass with time, so that a
    /// retry can help: `retry` on its entry or its category.
    #[inline]
    #[must_use]
    #[allow(clippy::unused_self)]
    pub const fn is_retryable(self) -> ::core::primitive::bool {
        ::core::matches!(
            self, Self::ConnectionFailed | Self::RequestLimitExceeded |
            Self::ServiceUnavailable | Self::ClientDisconnected
        )
    }
    /// Every row of this code: its canonical name first, then its aliases, in table order.
    pub fn entries(
        self,
    ) -> impl ::core::iter::Iterator<Item = &'static ::parse_errors::__private::Entry> {
        ::parse_errors::__private::rows_of_code(
            ::core::iter::once(self.entry()),
            self.code(),
            Self::ENTRIES,
        )
    }
    #[doc(hidden)]
    #[must_use]
    #[inline]
    #[allow(clippy::unused_self)]
    pub const fn __parse_errors_table(self) -> &'static ::core::primitive::str {
        let _ = self;
        "ErrorCode"
    }
    /// Each variant's canonical row in `ENTRIES`, in the order of `ALL`.
    const __PARSE_ERRORS_ROWS: [::core::primitive::u32; 89] = [
        1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 28, 29,
        30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50,
        51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70,
        79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98,
        99, 100, 101, 102, 112, 117, 118,
    ];
    /// Each variant's `Display` text, in the order of `ALL`.
    const __PARSE_ERRORS_DISPLAY: [&'static ::core::primitive::str; 89] = [
        "the specified object or session doesn’t exist or could not be found",
        "there is a problem with the parameters used to construct this query",
        "missing or invalid classname",
        "missing object id",
        "an invalid field name",
        "a malformed pointer was used",
        "badly formed JSON was received upstream",
        "the feature you tried to access is only available internally for testing purposes",
        "the object is too large",
        "an invalid value was set for the limit",
        "an invalid value was set for skip",
        "the operation isn’t allowed for clients due to class-level permissions",
        "the result was not found in the cache",
        "an invalid key was used in a nested JSONObject",
        "an invalid ACL was provided",
        "the email address was invalid",
        "unique field was given a value that is already taken",
        "role’s name is invalid",
        "you have reached the quota on the number of classes in your app",
        "Cloud Code script failed",
        "Cloud Code validation failed",
        "webhook error",
        "invalid image data",
        "an unsaved file",
        "an invalid push time was specified",
        "hosting error",
        "the provided analytics event name is invalid",
        "class is not empty and cannot be dropped",
        "app name is invalid",
        "the request is missing an API key",
        "the request is using an invalid API key",
        "the Parse SDK was used before it was initialized",
        "the request was already received: a request id was sent twice, and the server refused the repeat",
        "a value in the request is not valid for its field or option",
        "the username is missing or empty",
        "the password is missing or empty",
        "the username has already been taken",
        "email has already been used",
        "the email is missing, and must be specified",
        "a user with the specified email was not found",
        "a user object without a valid session could not be altered",
        "a user can only be created through signup",
        "an account being linked is already linked to another user",
        "the device’s session token is no longer valid",
        "multi-factor authentication failed",
        "logging in needs a multi-factor authentication token",
        "the connection to the Parse servers failed",
        "there were multiple errors",
        "unable to read input for a Parse File on the client",
        "no error code: an XDomainRequest stripped the response body",
        "the request was slow and timed out",
        "an inefficient query was rejected by the server",
        "the app has sent more requests than its limit allows",
        "an unknown error or an error unrelated to Parse occurred",
        "internal server error",
        "the service is currently unavailable",
        "connection failure",
        "a field was given a value of the wrong type, such as a string where the schema has a number",
        "a push channel name is invalid",
        "the push subscription type is invalid",
        "the device token for push notifications is invalid",
        "push is misconfigured",
        "the push expiration time is invalid",
        "the push id is missing",
        "the device type is missing",
        "the file name is invalid",
        "a file upload has no Content-Type header",
        "a file upload has no Content-Length header",
        "a file upload has an invalid Content-Length header",
        "the file is larger than the server accepts",
        "the server could not save the file",
        "the server could not delete the file",
        "a file without a name cannot be deleted",
        "the installation id is invalid",
        "the installation's device type is invalid",
        "the installation's channels are not an array of valid channel names",
        "the installation lacks a required field, such as its device type or device token",
        "a field of the installation that cannot change, such as its installation id or device type, was changed",
        "the product purchase receipt is invalid",
        "payments are disabled on this device",
        "the product identifier is invalid",
        "the product was not found in the App Store",
        "the App Store's response is invalid",
        "the purchased product could not be saved to the device's file system",
        "the id of the linked account is missing from the request",
        "invalid linked session",
        "unsupported service",
        "the auth data is invalid",
        "linking an external account is not supported with this way of signing up or logging in",
    ];
    /// Each variant's category, in the order of `ALL`.
    const __PARSE_ERRORS_CATEGORIES: [Category; 89] = [
        Category::Api,
        Category::Api,
        Category::Api,
        Category::Api,
        Category::Api,
        Category::Api,
        Category::Api,
        Category::Api,
        Category::Api,
        Category::Api,
        Category::Api,
        Category::Api,
        Category::Api,
        Category::Api,
        Category::Api,
        Category::Api,
        Category::Api,
        Category::Api,
        Category::Api,
        Category::Api,
        Category::Api,
        Category::Api,
        Category::Api,
        Category::Api,
        Category::Api,
        Category::Api,
        Category::Api,
        Category::Api,
        Category::Api,
        Category::Api,
        Category::Api,
        Category::Api,
        Category::Api,
        Category::Api,
        Category::User,
        Category::User,
        Category::User,
        Category::User,
        Category::User,
        Category::User,
        Category::User,
        Category::User,
        Category::User,
        Category::User,
        Category::User,
        Category::User,
        Category::Client,
        Category::Client,
        Category::Client,
        Category::Client,
        Category::Operational,
        Category::Operational,
        Category::Operational,
        Category::Other,
        Category::Other,
        Category::Other,
        Category::Other,
        Category::Push,
        Category::Push,
        Category::Push,
        Category::Push,
        Category::Push,
        Category::Push,
        Category::Push,
        Category::Push,
        Category::File,
        Category::File,
        Category::File,
        Category::File,
        Category::File,
        Category::File,
        Category::File,
        Category::File,
        Category::Installation,
        Category::Installation,
        Category::Installation,
        Category::Installation,
        Category::Installation,
        Category::Purchase,
        Category::Purchase,
        Category::Purchase,
        Category::Purchase,
        Category::Purchase,
        Category::Purchase,
        Category::LinkedServices,
        Category::LinkedServices,
        Category::LinkedServices,
        Category::LinkedServices,
        Category::LinkedServices,
    ];
    /// Each code's variant, at `code - min`.
    const __PARSE_ERRORS_BY_CODE: [::core::option::Option<Self>; 1001] = {
        let mut table = [::core::option::Option::None; 1001];
        table[102] = ::core::option::Option::Some(Self::ObjectNotFound);
        table[103] = ::core::option::Option::Some(Self::InvalidQuery);
        table[104] = ::core::option::Option::Some(Self::InvalidClassName);
        table[105] = ::core::option::Option::Some(Self::MissingObjectId);
        table[106] = ::core::option::Option::Some(Self::InvalidFieldName);
        table[107] = ::core::option::Option::Some(Self::InvalidPointer);
        table[108] = ::core::option::Option::Some(Self::InvalidJSON);
        table[109] = ::core::option::Option::Some(Self::CommandUnavailable);
        table[117] = ::core::option::Option::Some(Self::ObjectTooLarge);
        table[118] = ::core::option::Option::Some(Self::InvalidLimitError);
        table[119] = ::core::option::Option::Some(Self::InvalidSkipError);
        table[120] = ::core::option::Option::Some(Self::OperationForbidden);
        table[121] = ::core::option::Option::Some(Self::CacheMiss);
        table[122] = ::core::option::Option::Some(Self::InvalidNestedKey);
        table[124] = ::core::option::Option::Some(Self::InvalidACL);
        table[126] = ::core::option::Option::Some(Self::InvalidEmailAddress);
        table[138] = ::core::option::Option::Some(Self::DuplicateValue);
        table[140] = ::core::option::Option::Some(Self::InvalidRoleName);
        table[141] = ::core::option::Option::Some(Self::ExceededCollectionQuota);
        table[142] = ::core::option::Option::Some(Self::ScriptFailed);
        table[143] = ::core::option::Option::Some(Self::ValidationFailed);
        table[144] = ::core::option::Option::Some(Self::WebhookError);
        table[151] = ::core::option::Option::Some(Self::InvalidImageData);
        table[152] = ::core::option::Option::Some(Self::UnsavedFileError);
        table[153] = ::core::option::Option::Some(Self::InvalidPushTimeError);
        table[159] = ::core::option::Option::Some(Self::HostingError);
        table[161] = ::core::option::Option::Some(Self::InvalidEventName);
        table[256] = ::core::option::Option::Some(Self::ClassNotEmpty);
        table[257] = ::core::option::Option::Some(Self::AppNameInvalid);
        table[903] = ::core::option::Option::Some(Self::MissingAPIKeyError);
        table[904] = ::core::option::Option::Some(Self::InvalidAPIKeyError);
        table[110] = ::core::option::Option::Some(Self::NotInitialized);
        table[160] = ::core::option::Option::Some(Self::DuplicateRequest);
        table[163] = ::core::option::Option::Some(Self::InvalidValue);
        table[201] = ::core::option::Option::Some(Self::UsernameMissing);
        table[202] = ::core::option::Option::Some(Self::PasswordMissing);
        table[203] = ::core::option::Option::Some(Self::UsernameTaken);
        table[204] = ::core::option::Option::Some(Self::UserEmailTaken);
        table[205] = ::core::option::Option::Some(Self::UserEmailMissing);
        table[206] = ::core::option::Option::Some(Self::UserWithEmailNotFound);
        table[207] = ::core::option::Option::Some(Self::SessionMissing);
        table[208] = ::core::option::Option::Some(Self::MustCreateUserThroughSignup);
        table[209] = ::core::option::Option::Some(Self::AccountAlreadyLinked);
        table[210] = ::core::option::Option::Some(Self::InvalidSessionToken);
        table[211] = ::core::option::Option::Some(Self::MfaError);
        table[212] = ::core::option::Option::Some(Self::MfaTokenRequired);
        table[101] = ::core::option::Option::Some(Self::ConnectionFailed);
        table[601] = ::core::option::Option::Some(Self::AggregateError);
        table[602] = ::core::option::Option::Some(Self::FileReadError);
        table[603] = ::core::option::Option::Some(Self::XDomainRequest);
        table[125] = ::core::option::Option::Some(Self::RequestTimeout);
        table[155] = ::core::option::Option::Some(Self::InefficientQueryError);
        table[156] = ::core::option::Option::Some(Self::RequestLimitExceeded);
        table[0] = ::core::option::Option::Some(Self::OtherCause);
        table[2] = ::core::option::Option::Some(Self::InternalServerError);
        table[3] = ::core::option::Option::Some(Self::ServiceUnavailable);
        table[5] = ::core::option::Option::Some(Self::ClientDisconnected);
        table[112] = ::core::option::Option::Some(Self::IncorrectType);
        table[113] = ::core::option::Option::Some(Self::InvalidChannelName);
        table[114] = ::core::option::Option::Some(Self::InvalidSubscriptionType);
        table[115] = ::core::option::Option::Some(Self::InvalidDeviceToken);
        table[116] = ::core::option::Option::Some(Self::PushMisconfigured);
        table[139] = ::core::option::Option::Some(Self::InvalidExpirationError);
        table[157] = ::core::option::Option::Some(Self::MissingPushIdError);
        table[158] = ::core::option::Option::Some(Self::MissingDeviceTypeError);
        table[123] = ::core::option::Option::Some(Self::InvalidFileName);
        table[127] = ::core::option::Option::Some(Self::MissingContentType);
        table[128] = ::core::option::Option::Some(Self::MissingContentLength);
        table[129] = ::core::option::Option::Some(Self::InvalidContentLength);
        table[130] = ::core::option::Option::Some(Self::FileTooLarge);
        table[131] = ::core::option::Option::Some(Self::FileSaveError);
        table[154] = ::core::option::Option::Some(Self::FileDeleteError);
        table[162] = ::core::option::Option::Some(Self::FileDeleteUnnamedError);
        table[133] = ::core::option::Option::Some(Self::InvalidInstallationIdError);
        table[134] = ::core::option::Option::Some(Self::InvalidDeviceTypeError);
        table[135] = ::core::option::Option::Some(Self::InvalidChannelsArrayError);
        table[136] = ::core::option::Option::Some(Self::MissingRequiredFieldError);
        table[137] = ::core::option::Option::Some(Self::ChangedImmutableFieldError);
        table[145] = ::core::option::Option::Some(Self::InvalidPurchaseReceipt);
        table[146] = ::core::option::Option::Some(Self::PaymentDisabled);
        table[147] = ::core::option::Option::Some(Self::InvalidProductIdentifier);
        table[148] = ::core::option::Option::Some(Self::ProductNotFoundInAppStore);
        table[149] = ::core::option::Option::Some(Self::InvalidServerResponse);
        table[150] = ::core::option::Option::Some(Self::ProductDownloadFilesystemError);
        table[251] = ::core::option::Option::Some(Self::LinkedIdMissing);
        table[252] = ::core::option::Option::Some(Self::InvalidLinkedSession);
        table[253] = ::core::option::Option::Some(Self::UnsupportedService);
        table[254] = ::core::option::Option::Some(Self::InvalidAuthDataError);
        table[1000] = ::core::option::Option::Some(Self::LinkingNotSupportedError);
        table
    };
    /// Each code's variant index, at `code - min`; `MAX` where there is no code.
    const __PARSE_ERRORS_INDEX_BY_CODE: [::core::primitive::u8; 1001] = [
        53, 255, 54, 55, 255, 56, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 46, 0, 1, 2, 3, 4, 5, 6, 7, 31, 255, 57, 58, 59, 60, 61, 8,
        9, 10, 11, 12, 13, 65, 14, 50, 15, 66, 67, 68, 69, 70, 255, 73, 74, 75, 76, 77,
        16, 62, 17, 18, 19, 20, 21, 78, 79, 80, 81, 82, 83, 22, 23, 24, 71, 51, 52, 63,
        64, 25, 32, 26, 72, 33, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 34, 35, 36, 37, 38, 39, 40, 41,
        42, 43, 44, 45, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 84, 85, 86, 87, 255, 27, 28, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 47, 48, 49, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 29, 30, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
        255, 255, 255, 255, 88,
    ];
    /// The variant's place in `ALL`.
    #[inline]
    const fn __parse_errors_index(self) -> ::core::primitive::usize {
        Self::__PARSE_ERRORS_INDEX_BY_CODE[(self as ::core::primitive::i32)
            .wrapping_sub(-1)
            .cast_unsigned() as ::core::primitive::usize] as ::core::primitive::usize
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(Self::__PARSE_ERRORS_DISPLAY[self.__parse_errors_index()])
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::error::Error for ErrorCode {}
#[automatically_derived]
#[allow(deprecated)]
impl ::parse_errors::__private::BaseTable for ErrorCode {
    type Table = Self;
}
#[automatically_derived]
#[allow(deprecated)]
impl ::parse_errors::__private::ErrorTable for ErrorCode {
    type Category = Category;
    const NAME: &'static ::core::primitive::str = "ErrorCode";
    const ENTRIES: &'static [::parse_errors::__private::Entry] = Self::ENTRIES;
    #[inline]
    fn code(self) -> ::core::primitive::i32 {
        Self::code(self)
    }
    #[inline]
    fn from_code(code: ::core::primitive::i32) -> ::core::option::Option<Self> {
        Self::from_code(code)
    }
    #[inline]
    fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
        Self::from_name(name)
    }
    #[inline]
    fn from_name_loose(name: &::core::primitive::str) -> ::core::option::Option<Self> {
        Self::from_name_loose(name)
    }
    #[inline]
    fn name(self) -> &'static ::core::primitive::str {
        Self::name(self)
    }
    #[inline]
    fn description(self) -> &'static ::core::primitive::str {
        Self::description(self)
    }
    #[inline]
    fn category(self) -> Category {
        Self::category(self)
    }
    #[inline]
    fn is_retryable(self) -> ::core::primitive::bool {
        Self::is_retryable(self)
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::convert::From<ErrorCode> for ::core::primitive::i32 {
    #[inline]
    fn from(code: ErrorCode) -> Self {
        code.code()
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::convert::TryFrom<::core::primitive::i32> for ErrorCode {
    type Error = ::parse_errors::__private::UnknownCodeError;
    #[inline]
    fn try_from(
        code: ::core::primitive::i32,
    ) -> ::core::result::Result<Self, ::parse_errors::__private::UnknownCodeError> {
        ::parse_errors::__private::try_from_code(code)
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::str::FromStr for ErrorCode {
    type Err = ::parse_errors::__private::ParseNameError;
    fn from_str(
        name: &::core::primitive::str,
    ) -> ::core::result::Result<Self, ::parse_errors::__private::ParseNameError> {
        ::parse_errors::__private::from_str(name)
    }
}
/// The categories of [`ErrorCode`]: the sections its table groups the codes in.
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::cmp::PartialOrd,
    ::core::cmp::Ord,
    ::core::hash::Hash,
    ::core::fmt::Debug,
)]
pub enum Category {
    /// API Issues
    Api,
    /// User related errors
    User,
    /// Client-only errors
    Client,
    /// Operational issues
    Operational,
    /// Other issues
    Other,
    /// Push related errors
    Push,
    /// File related errors
    File,
    /// Installation related errors
    Installation,
    /// Purchase related errors
    Purchase,
    /// Linked services errors
    LinkedServices,
}
#[allow(dead_code, deprecated)]
impl Category {
    /// Every category, in the order the table declares them.
    pub const ALL: &'static [Self] = &[
        Self::Api,
        Self::User,
        Self::Client,
        Self::Operational,
        Self::Other,
        Self::Push,
        Self::File,
        Self::Installation,
        Self::Purchase,
        Self::LinkedServices,
    ];
    /// The title of the category, exactly as the table writes it.
    #[inline]
    #[must_use]
    pub const fn title(self) -> &'static ::core::primitive::str {
        match self {
            Self::Api => "API Issues",
            Self::User => "User related errors",
            Self::Client => "Client-only errors",
            Self::Operational => "Operational issues",
            Self::Other => "Other issues",
            Self::Push => "Push related errors",
            Self::File => "File related errors",
            Self::Installation => "Installation related errors",
            Self::Purchase => "Purchase related errors",
            Self::LinkedServices => "Linked services errors",
        }
    }
    /// Whether the codes of this category only ever come from a client.
    #[inline]
    #[must_use]
    #[allow(clippy::unused_self)]
    pub const fn is_client_only(self) -> ::core::primitive::bool {
        ::core::matches!(self, Self::Client)
    }
    /// The codes of the table's own in this category, in table order.
    pub fn codes(self) -> impl ::core::iter::Iterator<Item = ErrorCode> {
        ::parse_errors::__private::codes_in::<ErrorCode>(self)
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::fmt::Display for Category {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.title())
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::parse_errors::__private::ErrorCategory for Category {
    const ALL: &'static [Self] = Self::ALL;
    #[inline]
    fn title(self) -> &'static ::core::primitive::str {
        Self::title(self)
    }
    #[inline]
    fn is_client_only(self) -> ::core::primitive::bool {
        Self::is_client_only(self)
    }
}
::parse_errors::__private::serde_code_table!(ErrorCode);
