//! Every Parse error code: the official list, and the codes and names Parse uses beyond it.

// Most descriptions are Parse's own words, returned at run time as written, so
// they cannot gain Markdown such as backticks around `response.success()`.
#![allow(clippy::doc_markdown)]
// A table of 119 names is long code by nature: one `match` arm per name.
#![allow(clippy::too_many_lines)]

use crate::parse_errors;

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
#[parse_errors(
    category_enum = Category,
    category(Api = "API Issues"),
    category(User = "User related errors"),
    category(Client = "Client-only errors", client_only),
    category(Operational = "Operational issues"),
    category(Other = "Other issues"),
    category(Push = "Push related errors"),
    category(File = "File related errors"),
    category(Installation = "Installation related errors"),
    category(Purchase = "Purchase related errors"),
    category(LinkedServices = "Linked services errors"),
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
    #[entry(Api)]
    #[error("missing object id")]
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
    #[entry(Api)]
    #[error("Cloud Code script failed")]
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
    /// [`MultipleSuccessErrorCalls`](Self::MultipleSuccessErrorCalls) is the same code spelled
    /// right.
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
    #[entry(Api)]
    #[error("Cloud Code validation failed")]
    ValidationFailed = 142,

    /// Webhook error.
    ///
    /// Parse Server sends 143 for webhook errors, as the docs page says, but the Parse JS SDK names
    /// code 143 `INVALID_IMAGE_DATA`; [`from_sdk_name`](Self::from_sdk_name) follows the SDK, so
    /// `INVALID_IMAGE_DATA` gives this code. The docs page's invalid image data is code 150,
    /// [`InvalidImageData`](Self::InvalidImageData).
    #[entry(Api)]
    WebhookError = 143,

    /// Invalid image data.
    ///
    /// The docs page gives 150 to invalid image data. The Parse JS SDK has no constant for 150: its
    /// `INVALID_IMAGE_DATA` is code 143, [`WebhookError`](Self::WebhookError).
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
    ///
    /// The Parse SDKs name code 255 `INVALID_SCHEMA_OPERATION`.
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

    /// The Parse SDK was used before it was initialized.
    #[entry(Api)]
    NotInitialized = 109,

    /// The product purchase receipt is missing.
    ///
    /// The docs page lists this name under "Purchase related errors", but code 143 is a webhook
    /// error to Parse Server and to this list: a code has one category, so this name is in the
    /// category of [`WebhookError`](Self::WebhookError).
    #[entry(Api, alias)]
    ReceiptMissing = 143,

    /// The request was already received: a request id was sent twice, and the server refused the
    /// repeat.
    ///
    /// Not on the Parse docs page: only the Parse SDKs define this code (JS SDK:
    /// `DUPLICATE_REQUEST`).
    #[entry(Api)]
    DuplicateRequest = 159,

    /// A value in the request is not valid for its field or option. Check error message for more
    /// details.
    ///
    /// Not on the Parse docs page: only the Parse SDKs define this code (JS SDK: `INVALID_VALUE`).
    #[entry(Api)]
    InvalidValue = 162,

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

    /// Multi-factor authentication failed.
    ///
    /// Not on the Parse docs page: only the Parse SDKs define this code (JS SDK: `MFA_ERROR`).
    #[entry(User)]
    MfaError = 210,

    /// Logging in needs a multi-factor authentication token.
    ///
    /// Not on the Parse docs page: only the Parse SDKs define this code (JS SDK:
    /// `MFA_TOKEN_REQUIRED`).
    #[entry(User)]
    MfaTokenRequired = 211,

    /// The connection to the Parse servers failed.
    #[entry(Client, retry)]
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
    #[entry(Client)]
    #[error("no error code: an XDomainRequest stripped the response body")]
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

    /// The app has sent more requests than its limit allows.
    ///
    /// Not on the Parse docs page: only the Parse SDKs define this code (JS SDK:
    /// `REQUEST_LIMIT_EXCEEDED`).
    #[entry(Operational, retry)]
    RequestLimitExceeded = 155,

    /// An unknown error or an error unrelated to Parse occurred.
    #[entry(Other)]
    OtherCause = -1,

    /// Internal server error. No information available.
    #[entry(Other)]
    InternalServerError = 1,

    /// The service is currently unavailable.
    #[entry(Other, retry)]
    ServiceUnavailable = 2,

    /// Connection failure.
    #[entry(Other, retry)]
    ClientDisconnected = 4,

    /// A field was given a value of the wrong type, such as a string where the schema has a number.
    ///
    /// The docs page lists this code under "Push related errors", though Parse Server sends it for
    /// any field of the wrong type.
    #[entry(Push)]
    IncorrectType = 111,

    /// A push channel name is invalid. Channel names start with a letter and contain only letters,
    /// digits and underscores.
    #[entry(Push)]
    InvalidChannelName = 112,

    /// The push subscription type is invalid.
    #[entry(Push)]
    InvalidSubscriptionType = 113,

    /// The device token for push notifications is invalid.
    #[entry(Push)]
    InvalidDeviceToken = 114,

    /// Push notifications are misconfigured. Check error message for more details.
    #[entry(Push)]
    #[error("push is misconfigured")]
    PushMisconfigured = 115,

    /// A push targeted by a query cannot also name channels.
    #[entry(Push, alias)]
    PushWhereAndChannels = 115,

    /// A push targeted by a query cannot also name a device type.
    #[entry(Push, alias)]
    PushWhereAndType = 115,

    /// The push has no data payload.
    #[entry(Push, alias)]
    PushMissingData = 115,

    /// A push not targeted by a query names no channels.
    #[entry(Push, alias)]
    PushMissingChannels = 115,

    /// Pushes sent from clients are disabled for this app.
    #[entry(Push, alias)]
    ClientPushDisabled = 115,

    /// Pushes sent through the REST API are disabled for this app.
    #[entry(Push, alias)]
    RestPushDisabled = 115,

    /// A push sent from a client cannot use the uri option.
    #[entry(Push, alias)]
    ClientPushWithURI = 115,

    /// The push query or its data payload is too large.
    #[entry(Push, alias)]
    PushQueryOrPayloadTooLarge = 115,

    /// The push expiration time is invalid.
    #[entry(Push)]
    InvalidExpirationError = 138,

    /// The push id is missing.
    #[entry(Push)]
    MissingPushIdError = 156,

    /// The device type is missing.
    #[entry(Push)]
    MissingDeviceTypeError = 157,

    /// The file name is invalid. File names are made of letters, digits and a few punctuation
    /// marks, and are limited in length.
    #[entry(File)]
    InvalidFileName = 122,

    /// A file upload has no Content-Type header.
    #[entry(File)]
    MissingContentType = 126,

    /// A file upload has no Content-Length header.
    #[entry(File)]
    MissingContentLength = 127,

    /// A file upload has an invalid Content-Length header.
    #[entry(File)]
    InvalidContentLength = 128,

    /// The file is larger than the server accepts.
    #[entry(File)]
    FileTooLarge = 129,

    /// The server could not save the file.
    #[entry(File)]
    FileSaveError = 130,

    /// The server could not delete the file.
    #[entry(File)]
    FileDeleteError = 153,

    /// A file without a name cannot be deleted.
    #[entry(File)]
    FileDeleteUnnamedError = 161,

    /// The installation id is invalid.
    #[entry(Installation)]
    InvalidInstallationIdError = 132,

    /// The installation's device type is invalid.
    #[entry(Installation)]
    InvalidDeviceTypeError = 133,

    /// The installation's channels are not an array of valid channel names.
    #[entry(Installation)]
    InvalidChannelsArrayError = 134,

    /// The installation lacks a required field, such as its device type or device token.
    #[entry(Installation)]
    MissingRequiredFieldError = 135,

    /// A field of the installation that cannot change, such as its installation id or device type,
    /// was changed.
    #[entry(Installation)]
    ChangedImmutableFieldError = 136,

    /// The product purchase receipt is invalid.
    #[entry(Purchase)]
    InvalidPurchaseReceipt = 144,

    /// Payments are disabled on this device.
    #[entry(Purchase)]
    PaymentDisabled = 145,

    /// The product identifier is invalid.
    #[entry(Purchase)]
    InvalidProductIdentifier = 146,

    /// The product was not found in the App Store.
    #[entry(Purchase)]
    ProductNotFoundInAppStore = 147,

    /// The App Store's response is invalid.
    #[entry(Purchase)]
    InvalidServerResponse = 148,

    /// The purchased product could not be saved to the device's file system.
    #[entry(Purchase)]
    ProductDownloadFilesystemError = 149,

    /// The id of the linked account is missing from the request.
    #[entry(LinkedServices)]
    LinkedIdMissing = 250,

    /// The session of the linked account is invalid.
    #[entry(LinkedServices)]
    #[error("invalid linked session")]
    InvalidLinkedSession = 251,

    /// The auth data given for the linked account is invalid.
    #[entry(LinkedServices, alias)]
    InvalidGeneralAuthData = 251,

    /// The anonymous id is not a valid lowercase UUID.
    #[entry(LinkedServices, alias)]
    BadAnonymousID = 251,

    /// The Facebook session token is expired or invalid.
    #[entry(LinkedServices, alias)]
    FacebookBadToken = 251,

    /// The linked Facebook account's id is invalid.
    #[entry(LinkedServices, alias)]
    FacebookBadID = 251,

    /// The Facebook application id is not accepted by this app.
    #[entry(LinkedServices, alias)]
    FacebookWrongAppID = 251,

    /// The Twitter credentials could not be verified.
    #[entry(LinkedServices, alias)]
    TwitterVerificationFailed = 251,

    /// The Twitter id does not match the one of the access token.
    #[entry(LinkedServices, alias)]
    TwitterWrongID = 251,

    /// The Twitter handle does not match the one of the access token.
    #[entry(LinkedServices, alias)]
    TwitterWrongScreenName = 251,

    /// The Twitter credentials could not be verified because Twitter failed.
    #[entry(LinkedServices, alias)]
    TwitterConnectFailure = 251,

    /// The service being linked is not supported.
    #[entry(LinkedServices)]
    #[error("unsupported service")]
    UnsupportedService = 252,

    /// Signing in with a username and password is disabled for this app.
    #[entry(LinkedServices, alias)]
    UsernameSigninDisabled = 252,

    /// Anonymous users are disabled for this app.
    #[entry(LinkedServices, alias)]
    AnonymousSigninDisabled = 252,

    /// Signing in with Facebook is disabled for this app.
    #[entry(LinkedServices, alias)]
    FacebookSigninDisabled = 252,

    /// Signing in with Twitter is disabled for this app.
    #[entry(LinkedServices, alias)]
    TwitterSigninDisabled = 252,

    /// The auth data is invalid.
    #[entry(LinkedServices)]
    InvalidAuthDataError = 253,

    /// Linking an external account is not supported with this way of signing up or logging in.
    #[entry(LinkedServices)]
    LinkingNotSupportedError = 999,
}
