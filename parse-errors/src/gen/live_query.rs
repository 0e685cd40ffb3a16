// @generated from `tables/live_query.rs` by the `#[parse_errors]` macro's own pipeline.
// Do not edit: change the table, then run `BLESS=1 cargo test -p parse-errors-codegen`.

//! The LiveQuery protocol's own error codes.
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
pub enum LiveQueryCode {
    /// The request frame does not match the protocol's schema. The server
    /// checks every frame against a JSON schema: an unknown `op`, a missing
    /// `applicationId` on connect or a missing `query` on subscribe fail it,
    /// and the message is the schema validator's.
    #[doc(alias = "1")]
    InvalidRequest = 1,
    /// The client or the subscription the request names is not known. A
    /// subscribe, update or unsubscribe before a successful connect, and an
    /// unsubscribe of a request id that was never subscribed, get this code.
    #[doc(alias = "2")]
    ClientNotFound = 2,
    /// The request's operation is not one the server handles. The server
    /// sends it for an `op` that passes the schema but has no handler; since
    /// the schema lists exactly the handled operations, an unknown `op` gets
    /// code 1 instead.
    #[doc(alias = "3")]
    UnknownOperation = 3,
    /// The keys of the connect request are not valid. The application id,
    /// or one of the client, JavaScript, REST, .NET or master keys the server
    /// is configured with, does not match.
    #[doc(alias = "4")]
    InvalidKeys = 4,
}
#[allow(dead_code, deprecated)]
impl LiveQueryCode {
    /// Every code of the table once, in table order: one variant per code.
    pub const ALL: &'static [Self] = &[
        Self::InvalidRequest,
        Self::ClientNotFound,
        Self::UnknownOperation,
        Self::InvalidKeys,
    ];
    /// The number of distinct codes in [`ALL`](Self::ALL).
    pub const COUNT: ::core::primitive::usize = 4;
    /// Every row of the table in table order, the other names of shared codes included.
    pub const ENTRIES: &'static [::parse_errors::__private::Entry] = &[
        ::parse_errors::__private::Entry {
            name: "InvalidRequest",
            code: 1,
            description: "The request frame does not match the protocol's schema. The server checks every frame against a JSON schema: an unknown `op`, a missing `applicationId` on connect or a missing `query` on subscribe fail it, and the message is the schema validator's.",
            category: "LiveQuery protocol errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "ClientNotFound",
            code: 2,
            description: "The client or the subscription the request names is not known. A subscribe, update or unsubscribe before a successful connect, and an unsubscribe of a request id that was never subscribed, get this code.",
            category: "LiveQuery protocol errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "SubscriptionNotFound",
            code: 2,
            description: "The subscription the request names is not known. Another name of code 2, which the server also sends for an unknown client.",
            category: "LiveQuery protocol errors",
            client_only: false,
            alias: true,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "UnknownOperation",
            code: 3,
            description: "The request's operation is not one the server handles. The server sends it for an `op` that passes the schema but has no handler; since the schema lists exactly the handled operations, an unknown `op` gets code 1 instead.",
            category: "LiveQuery protocol errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "InvalidKeys",
            code: 4,
            description: "The keys of the connect request are not valid. The application id, or one of the client, JavaScript, REST, .NET or master keys the server is configured with, does not match.",
            category: "LiveQuery protocol errors",
            client_only: false,
            alias: false,
            retired: false,
        },
    ];
    /// The subscription the request names is not known. Another name of code
    /// 2, which the server also sends for an unknown client.
    ///
    /// Another name of code 2: equal to [`ClientNotFound`](Self::ClientNotFound).
    #[doc(alias = "2")]
    #[allow(non_upper_case_globals)]
    pub const SubscriptionNotFound: Self = Self::ClientNotFound;
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
        let slot = code.wrapping_sub(1).cast_unsigned() as ::core::primitive::usize;
        if slot < 4 {
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
            "InvalidRequest" => ::core::option::Option::Some(Self::InvalidRequest),
            "ClientNotFound" => ::core::option::Option::Some(Self::ClientNotFound),
            "SubscriptionNotFound" => {
                ::core::option::Option::Some(Self::SubscriptionNotFound)
            }
            "UnknownOperation" => ::core::option::Option::Some(Self::UnknownOperation),
            "InvalidKeys" => ::core::option::Option::Some(Self::InvalidKeys),
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
    pub const fn category(self) -> LiveQueryCodeCategory {
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
        false
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
        "LiveQueryCode"
    }
    /// Each variant's canonical row in `ENTRIES`, in the order of `ALL`.
    const __PARSE_ERRORS_ROWS: [::core::primitive::u32; 4] = [0, 1, 3, 4];
    /// Each variant's `Display` text, in the order of `ALL`.
    const __PARSE_ERRORS_DISPLAY: [&'static ::core::primitive::str; 4] = [
        "the request frame does not match the protocol's schema",
        "the client or the subscription the request names is not known",
        "the request's operation is not one the server handles",
        "the keys of the connect request are not valid",
    ];
    /// Each variant's category, in the order of `ALL`.
    const __PARSE_ERRORS_CATEGORIES: [LiveQueryCodeCategory; 4] = [
        LiveQueryCodeCategory::Protocol,
        LiveQueryCodeCategory::Protocol,
        LiveQueryCodeCategory::Protocol,
        LiveQueryCodeCategory::Protocol,
    ];
    /// Each code's variant, at `code - min`.
    const __PARSE_ERRORS_BY_CODE: [::core::option::Option<Self>; 4] = {
        let mut table = [::core::option::Option::None; 4];
        table[0] = ::core::option::Option::Some(Self::InvalidRequest);
        table[1] = ::core::option::Option::Some(Self::ClientNotFound);
        table[2] = ::core::option::Option::Some(Self::UnknownOperation);
        table[3] = ::core::option::Option::Some(Self::InvalidKeys);
        table
    };
    /// Each code's variant index, at `code - min`; `MAX` where there is no code.
    const __PARSE_ERRORS_INDEX_BY_CODE: [::core::primitive::u8; 4] = [0, 1, 2, 3];
    /// The variant's place in `ALL`.
    #[inline]
    const fn __parse_errors_index(self) -> ::core::primitive::usize {
        Self::__PARSE_ERRORS_INDEX_BY_CODE[(self as ::core::primitive::i32)
            .wrapping_sub(1)
            .cast_unsigned() as ::core::primitive::usize] as ::core::primitive::usize
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::fmt::Display for LiveQueryCode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(Self::__PARSE_ERRORS_DISPLAY[self.__parse_errors_index()])
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::error::Error for LiveQueryCode {}
#[automatically_derived]
#[allow(deprecated)]
impl ::parse_errors::__private::BaseTable for LiveQueryCode {
    type Table = Self;
}
#[automatically_derived]
#[allow(deprecated)]
impl ::parse_errors::__private::ErrorTable for LiveQueryCode {
    type Category = LiveQueryCodeCategory;
    const NAME: &'static ::core::primitive::str = "LiveQueryCode";
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
    fn category(self) -> LiveQueryCodeCategory {
        Self::category(self)
    }
    #[inline]
    fn is_retryable(self) -> ::core::primitive::bool {
        Self::is_retryable(self)
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::convert::From<LiveQueryCode> for ::core::primitive::i32 {
    #[inline]
    fn from(code: LiveQueryCode) -> Self {
        code.code()
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::convert::TryFrom<::core::primitive::i32> for LiveQueryCode {
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
impl ::core::str::FromStr for LiveQueryCode {
    type Err = ::parse_errors::__private::ParseNameError;
    fn from_str(
        name: &::core::primitive::str,
    ) -> ::core::result::Result<Self, ::parse_errors::__private::ParseNameError> {
        ::parse_errors::__private::from_str(name)
    }
}
/// The categories of [`LiveQueryCode`]: the sections its table groups the codes in.
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
pub enum LiveQueryCodeCategory {
    /// LiveQuery protocol errors
    Protocol,
}
#[allow(dead_code, deprecated)]
impl LiveQueryCodeCategory {
    /// Every category, in the order the table declares them.
    pub const ALL: &'static [Self] = &[Self::Protocol];
    /// The title of the category, exactly as the table writes it.
    #[inline]
    #[must_use]
    pub const fn title(self) -> &'static ::core::primitive::str {
        match self {
            Self::Protocol => "LiveQuery protocol errors",
        }
    }
    /// Whether the codes of this category only ever come from a client.
    #[inline]
    #[must_use]
    #[allow(clippy::unused_self)]
    pub const fn is_client_only(self) -> ::core::primitive::bool {
        false
    }
    /// The codes of the table's own in this category, in table order.
    pub fn codes(self) -> impl ::core::iter::Iterator<Item = LiveQueryCode> {
        ::parse_errors::__private::codes_in::<LiveQueryCode>(self)
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::fmt::Display for LiveQueryCodeCategory {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.title())
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::parse_errors::__private::ErrorCategory for LiveQueryCodeCategory {
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
::parse_errors::__private::serde_code_table!(LiveQueryCode);
