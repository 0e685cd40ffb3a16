//! The official Parse error list.

// The descriptions are Parse's own words, returned at run time as written, so
// they cannot gain Markdown such as backticks around `response.success()`.
#![allow(clippy::doc_markdown)]

use crate::parse_errors;

/// A Parse error code, from the official list of the Parse Platform's errors.
///
/// One variant per code; a code with several names (101, 116, 139, 141) has one
/// variant, its canonical name as the Parse SDKs spell it, and each other name is
/// an associated constant equal to it. So a code read from the wire matches every
/// name it has:
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
/// The list is that of the Parse documentation (58 names of 51 codes, in 5
/// categories), each name, code, description and category exactly as it writes
/// them. Parse adds codes, so the enum is `#[non_exhaustive]`: match it with a
/// wildcard arm.
#[parse_errors(
    category_enum = Category,
    category(Api = "API Issues"),
    category(User = "User related errors"),
    category(Client = "Client-only errors", client_only),
    category(Operational = "Operational issues"),
    category(Other = "Other issues"),
)]
#[non_exhaustive]
pub enum ErrorCode {
    /// Invalid login parameters. Check error message for more details.
    #[entry(Api, alias)]
    UserInvalidLoginParams = 101,

    /// The specified object or session doesn’t exist or could not be found. Can also indicate that
    /// you do not have the necessary permissions to read or write this object. Check error message
    /// for more details.
    #[entry(Api)]
    ObjectNotFound = 101,

    /// There is a problem with the parameters used to construct this query. This could be an
    /// invalid field name or an invalid field type for a specific constraint. Check error message
    /// for more details..
    #[entry(Api)]
    InvalidQuery = 102,

    /// Missing or invalid classname. Classnames are case-sensitive. They must start with a letter,
    /// and a-zA-Z0-9_ are the only valid characters.
    #[entry(Api)]
    InvalidClassName = 103,

    /// An unspecified object id.
    #[entry(Api, display = "missing object id")]
    MissingObjectId = 104,

    /// An invalid field name. Keys are case-sensitive. They must start with a letter, and
    /// a-zA-Z0-9_ are the only valid characters. Some field names may be reserved. Check error
    /// message for more details.
    #[entry(Api)]
    InvalidFieldName = 105,

    /// A malformed pointer was used. You would typically only see this if you have modified a
    /// client SDK.
    #[entry(Api)]
    InvalidPointer = 106,

    /// Badly formed JSON was received upstream. This either indicates you have done something
    /// unusual with modifying how things encode to JSON, or the network is failing badly. Can also
    /// indicate an invalid utf-8 string or use of multiple form encoded values. Check error message
    /// for more details.
    #[entry(Api)]
    InvalidJSON = 107,

    /// The feature you tried to access is only available internally for testing purposes.
    #[entry(Api)]
    CommandUnavailable = 108,

    /// The object is too large.
    #[entry(Api)]
    ObjectTooLarge = 116,

    /// You have reached the limit of 100 config parameters.
    #[entry(Api, alias)]
    ExceededConfigParamsError = 116,

    /// An invalid value was set for the limit. Check error message for more details.
    #[entry(Api)]
    InvalidLimitError = 117,

    /// An invalid value was set for skip. Check error message for more details.
    #[entry(Api)]
    InvalidSkipError = 118,

    /// The operation isn’t allowed for clients due to class-level permissions. Check error message
    /// for more details.
    #[entry(Api)]
    OperationForbidden = 119,

    /// The result was not found in the cache.
    #[entry(Api)]
    CacheMiss = 120,

    /// An invalid key was used in a nested JSONObject. Check error message for more details.
    #[entry(Api)]
    InvalidNestedKey = 121,

    /// An invalid ACL was provided.
    #[entry(Api)]
    InvalidACL = 123,

    /// The email address was invalid.
    #[entry(Api)]
    InvalidEmailAddress = 125,

    /// Unique field was given a value that is already taken.
    #[entry(Api)]
    DuplicateValue = 137,

    /// Role’s name is invalid.
    #[entry(Api)]
    InvalidRoleName = 139,

    /// Field value is reserved.
    #[entry(Api, alias)]
    ReservedValue = 139,

    /// You have reached the quota on the number of classes in your app. Please delete some classes
    /// if you need to add a new class.
    #[entry(Api)]
    ExceededCollectionQuota = 140,

    /// Cloud Code script failed. Usually points to a JavaScript error. Check error message for more
    /// details.
    #[entry(Api, display = "Cloud Code script failed")]
    ScriptFailed = 141,

    /// Cloud function not found. Check that the specified Cloud function is present in your Cloud
    /// Code script and has been deployed.
    #[entry(Api, alias)]
    FunctionNotFound = 141,

    /// Background job not found. Check that the specified job is present in your Cloud Code script
    /// and has been deployed.
    #[entry(Api, alias)]
    JobNotFound = 141,

    /// success/error was not called. A cloud function will return once response.success() or
    /// response.error() is called. A background job will similarly finish execution once
    /// status.success() or status.error() is called. If a function or job never reaches either of
    /// the success/error methods, this error will be returned. This may happen when a function does
    /// not handle an error response correctly, preventing code execution from reaching the
    /// success() method call.
    #[entry(Api, alias)]
    SuccessErrorNotCalled = 141,

    /// Can’t call success/error multiple times. A cloud function will return once
    /// response.success() or response.error() is called. A background job will similarly finish
    /// execution once status.success() or status.error() is called. If a function or job calls
    /// success() and/or error() more than once in a single execution path, this error will be
    /// returned.
    ///
    /// The official list spells this name with a typo ("Multuple"); it is kept as written, and
    /// [`MultipleSuccessErrorCalls`](Self::MultipleSuccessErrorCalls) is the same code spelled right.
    #[entry(Api, alias)]
    MultupleSuccessErrorCalls = 141,

    /// Can’t call success/error multiple times. A cloud function will return once
    /// response.success() or response.error() is called. A background job will similarly finish
    /// execution once status.success() or status.error() is called. If a function or job calls
    /// success() and/or error() more than once in a single execution path, this error will be
    /// returned.
    ///
    /// Not in the official list: the correct spelling of
    /// [`MultupleSuccessErrorCalls`](Self::MultupleSuccessErrorCalls), as the list misspells it.
    #[entry(Api, alias)]
    MultipleSuccessErrorCalls = 141,

    /// Cloud Code validation failed.
    #[entry(Api, display = "Cloud Code validation failed")]
    ValidationFailed = 142,

    /// Webhook error.
    #[entry(Api)]
    WebhookError = 143,

    /// Invalid image data.
    #[entry(Api)]
    InvalidImageData = 150,

    /// An unsaved file.
    #[entry(Api)]
    UnsavedFileError = 151,

    /// An invalid push time was specified.
    #[entry(Api)]
    InvalidPushTimeError = 152,

    /// Hosting error.
    #[entry(Api)]
    HostingError = 158,

    /// The provided analytics event name is invalid.
    #[entry(Api)]
    InvalidEventName = 160,

    /// Class is not empty and cannot be dropped.
    #[entry(Api)]
    ClassNotEmpty = 255,

    /// App name is invalid.
    #[entry(Api)]
    AppNameInvalid = 256,

    /// The request is missing an API key.
    #[entry(Api)]
    MissingAPIKeyError = 902,

    /// The request is using an invalid API key.
    #[entry(Api)]
    InvalidAPIKeyError = 903,

    /// The username is missing or empty.
    #[entry(User)]
    UsernameMissing = 200,

    /// The password is missing or empty.
    #[entry(User)]
    PasswordMissing = 201,

    /// The username has already been taken.
    #[entry(User)]
    UsernameTaken = 202,

    /// Email has already been used.
    #[entry(User)]
    UserEmailTaken = 203,

    /// The email is missing, and must be specified.
    #[entry(User)]
    UserEmailMissing = 204,

    /// A user with the specified email was not found.
    #[entry(User)]
    UserWithEmailNotFound = 205,

    /// A user object without a valid session could not be altered.
    #[entry(User)]
    SessionMissing = 206,

    /// A user can only be created through signup.
    #[entry(User)]
    MustCreateUserThroughSignup = 207,

    /// An account being linked is already linked to another user.
    #[entry(User)]
    AccountAlreadyLinked = 208,

    /// The device’s session token is no longer valid. The application should ask the user to log in
    /// again.
    #[entry(User)]
    InvalidSessionToken = 209,

    /// The connection to the Parse servers failed.
    #[entry(Client)]
    ConnectionFailed = 100,

    /// There were multiple errors. Aggregate errors have an “errors” property, which is an array of
    /// error objects with more detail about each error that occurred.
    #[entry(Client)]
    AggregateError = 600,

    /// Unable to read input for a Parse File on the client.
    #[entry(Client)]
    FileReadError = 601,

    /// A real error code is unavailable because we had to use an XDomainRequest object to allow
    /// CORS requests in Internet Explorer, which strips the body from HTTP responses that have a
    /// non-2XX status code.
    #[entry(
        Client,
        display = "no error code: an XDomainRequest stripped the response body"
    )]
    XDomainRequest = 602,

    /// The request was slow and timed out. Typically this indicates that the request is too
    /// expensive to run. You may see this when a Cloud function did not finish before timing out,
    /// or when a Parse.Cloud.httpRequest connection times out.
    #[entry(Operational)]
    RequestTimeout = 124,

    /// An inefficient query was rejected by the server. Refer to the Performance Guide and slow
    /// query log.
    #[entry(Operational)]
    InefficientQueryError = 154,

    /// An unknown error or an error unrelated to Parse occurred.
    #[entry(Other)]
    OtherCause = -1,

    /// Internal server error. No information available.
    #[entry(Other)]
    InternalServerError = 1,

    /// The service is currently unavailable.
    #[entry(Other)]
    ServiceUnavailable = 2,

    /// Connection failure.
    #[entry(Other)]
    ClientDisconnected = 4,
}
