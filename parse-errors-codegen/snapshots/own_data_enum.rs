/// The codes of [`AppError`]: one variant per code, with its name, description and category.
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
pub enum AppCode {
    /// The input could not be read.
    #[doc(alias = "1")]
    Unreadable = 1,
    /// The store failed.
    #[doc(alias = "2")]
    Store = 2,
    /// The app is stopping.
    #[doc(alias = "3")]
    Stopping = 3,
}
#[allow(dead_code, deprecated)]
impl AppCode {
    /// Every code of the table once, in table order: one variant per code.
    pub const ALL: &'static [Self] = &[Self::Unreadable, Self::Store, Self::Stopping];
    /// The number of distinct codes in [`ALL`](Self::ALL).
    pub const COUNT: ::core::primitive::usize = 3;
    /// Every row of the table in table order, the other names of shared codes included.
    pub const ENTRIES: &'static [::parse_errors::__private::Entry] = &[
        ::parse_errors::__private::Entry {
            name: "Unreadable",
            code: 1,
            description: "The input could not be read.",
            category: "App errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "Store",
            code: 2,
            description: "The store failed.",
            category: "App errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "Stopping",
            code: 3,
            description: "The app is stopping.",
            category: "App errors",
            client_only: false,
            alias: false,
            retired: false,
        },
    ];
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
        if slot < 3 {
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
            "Unreadable" => ::core::option::Option::Some(Self::Unreadable),
            "Store" => ::core::option::Option::Some(Self::Store),
            "Stopping" => ::core::option::Option::Some(Self::Stopping),
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
    pub const fn category(self) -> AppErrorCategory {
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
        "AppCode"
    }
    /// Each variant's canonical row in `ENTRIES`, in the order of `ALL`.
    const __PARSE_ERRORS_ROWS: [::core::primitive::u32; 3] = [0, 1, 2];
    /// Each variant's `Display` text, in the order of `ALL`.
    const __PARSE_ERRORS_DISPLAY: [&'static ::core::primitive::str; 3] = [
        "the input could not be read",
        "the store failed",
        "the app is stopping",
    ];
    /// Each variant's category, in the order of `ALL`.
    const __PARSE_ERRORS_CATEGORIES: [AppErrorCategory; 3] = [
        AppErrorCategory::App,
        AppErrorCategory::App,
        AppErrorCategory::App,
    ];
    /// Each code's variant, at `code - min`.
    const __PARSE_ERRORS_BY_CODE: [::core::option::Option<Self>; 3] = {
        let mut table = [::core::option::Option::None; 3];
        table[0] = ::core::option::Option::Some(Self::Unreadable);
        table[1] = ::core::option::Option::Some(Self::Store);
        table[2] = ::core::option::Option::Some(Self::Stopping);
        table
    };
    /// Each code's variant index, at `code - min`; `MAX` where there is no code.
    const __PARSE_ERRORS_INDEX_BY_CODE: [::core::primitive::u8; 3] = [0, 1, 2];
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
impl ::core::fmt::Display for AppCode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(Self::__PARSE_ERRORS_DISPLAY[self.__parse_errors_index()])
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::error::Error for AppCode {}
#[automatically_derived]
#[allow(deprecated)]
impl ::parse_errors::__private::BaseTable for AppCode {
    type Table = Self;
}
#[automatically_derived]
#[allow(deprecated)]
impl ::parse_errors::__private::ErrorTable for AppCode {
    type Category = AppErrorCategory;
    const NAME: &'static ::core::primitive::str = "AppCode";
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
    fn category(self) -> AppErrorCategory {
        Self::category(self)
    }
    #[inline]
    fn is_retryable(self) -> ::core::primitive::bool {
        Self::is_retryable(self)
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::convert::From<AppCode> for ::core::primitive::i32 {
    #[inline]
    fn from(code: AppCode) -> Self {
        code.code()
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::convert::TryFrom<::core::primitive::i32> for AppCode {
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
impl ::core::str::FromStr for AppCode {
    type Err = ::parse_errors::__private::ParseNameError;
    fn from_str(
        name: &::core::primitive::str,
    ) -> ::core::result::Result<Self, ::parse_errors::__private::ParseNameError> {
        ::parse_errors::__private::from_str(name)
    }
}
/// The categories of [`AppCode`]: the sections its table groups the codes in.
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
pub enum AppErrorCategory {
    /// App errors
    App,
}
#[allow(dead_code, deprecated)]
impl AppErrorCategory {
    /// Every category, in the order the table declares them.
    pub const ALL: &'static [Self] = &[Self::App];
    /// The title of the category, exactly as the table writes it.
    #[inline]
    #[must_use]
    pub const fn title(self) -> &'static ::core::primitive::str {
        match self {
            Self::App => "App errors",
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
    pub fn codes(self) -> impl ::core::iter::Iterator<Item = AppCode> {
        ::parse_errors::__private::codes_in::<AppCode>(self)
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::fmt::Display for AppErrorCategory {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.title())
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::parse_errors::__private::ErrorCategory for AppErrorCategory {
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
::parse_errors::__private::serde_code_table!(AppCode);
/// What went wrong in the app.
pub enum AppError {
    /// The input could not be read.
    Unreadable { line: usize, reason: String },
    /// The store failed.
    Store(std::io::Error),
    /// The app is stopping.
    Stopping,
}
#[allow(dead_code, deprecated)]
impl AppError {
    /// The code of this error, as a value of [`AppCode`].
    #[inline]
    #[must_use]
    pub const fn kind(&self) -> AppCode {
        match self {
            Self::Unreadable { .. } => AppCode::Unreadable,
            Self::Store { .. } => AppCode::Store,
            Self::Stopping { .. } => AppCode::Stopping,
        }
    }
    /// The code, as Parse sends it on the wire.
    #[inline]
    #[must_use]
    pub const fn code(&self) -> ::core::primitive::i32 {
        self.kind().code()
    }
    /// The canonical name of this error's code.
    #[inline]
    #[must_use]
    pub const fn name(&self) -> &'static ::core::primitive::str {
        self.kind().name()
    }
    /// What the code means: the first paragraph of its canonical entry's doc comment.
    #[inline]
    #[must_use]
    pub const fn description(&self) -> &'static ::core::primitive::str {
        self.kind().description()
    }
    /// The category the table lists this error's code under.
    #[inline]
    #[must_use]
    pub const fn category(&self) -> AppErrorCategory {
        self.kind().category()
    }
    /// Whether this error's code only ever comes from a client, never from a server.
    #[inline]
    #[must_use]
    pub const fn is_client_only(&self) -> ::core::primitive::bool {
        self.kind().is_client_only()
    }
    /// Whether this error may pass with time, so that a retry can help:
    /// `retry` on its code's entry or category.
    #[inline]
    #[must_use]
    pub const fn is_retryable(&self) -> ::core::primitive::bool {
        self.kind().is_retryable()
    }
}
#[automatically_derived]
#[allow(deprecated, unused_qualifications)]
impl ::core::fmt::Display for AppError {
    fn fmt(&self, __formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        use ::parse_errors::__private::AsDisplay as _;
        #[allow(unused_variables, deprecated, clippy::used_underscore_binding)]
        match self {
            Self::Unreadable { line, reason } => {
                match (line.as_display(), reason.as_display()) {
                    (__display_line, __display_reason) => {
                        ::core::write!(
                            __formatter,
                            "cannot read line {__display_line}: {__display_reason}"
                        )
                    }
                }
            }
            Self::Store(_0) => __formatter.write_str("the store failed"),
            Self::Stopping => __formatter.write_str("the app is stopping"),
        }
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::error::Error for AppError {
    fn source(&self) -> ::core::option::Option<&(dyn ::core::error::Error + 'static)> {
        use ::parse_errors::__private::AsDynError as _;
        #[allow(deprecated)]
        match self {
            Self::Store { 0: source, .. } => {
                ::core::option::Option::Some(source.as_dyn_error())
            }
            _ => ::core::option::Option::None,
        }
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::parse_errors::CodedError for AppError {
    type Table = AppCode;
    #[inline]
    fn kind(&self) -> AppCode {
        Self::kind(self)
    }
    #[inline]
    fn code(&self) -> ::core::primitive::i32 {
        Self::code(self)
    }
}
::parse_errors::__private::serde_coded_error!({} { AppError } {});
