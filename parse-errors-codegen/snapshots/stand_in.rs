::core::compile_error! {
    "entry `Undocumented` has no description: write it as a doc comment, like `/// The object was not found.`"
}
::core::compile_error! {
    "code 9001 is used by both `First` and `Second`: if they are two names of one code, mark every name but the canonical one `#[entry(alias)]`; if not, give `Second` a code of its own"
}
::core::compile_error! {
    "`First` uses code 9001 first, here"
}
/// A table with two mistakes.
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
pub enum AppError {
    /// The first meaning.
    #[doc(alias = "9001")]
    First = 9001,
    /// No description.
    #[doc(alias = "9002")]
    Undocumented = 9002,
    /// A second meaning of the first code, not marked `alias`.
    #[doc(alias = "9003")]
    Second = 9003,
}
#[allow(dead_code, deprecated)]
impl AppError {
    /// Every code of the table once, in table order: one variant per code.
    pub const ALL: &'static [Self] = &[Self::First, Self::Undocumented, Self::Second];
    /// The number of distinct codes in [`ALL`](Self::ALL).
    pub const COUNT: ::core::primitive::usize = 3;
    /// Every row of the table in table order, the other names of shared codes included.
    pub const ENTRIES: &'static [::parse_errors::__private::Entry] = &[
        ::parse_errors::__private::Entry {
            name: "First",
            code: 9001,
            description: "The first meaning.",
            category: "App errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "Undocumented",
            code: 9002,
            description: "No description.",
            category: "App errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "Second",
            code: 9003,
            description: "A second meaning of the first code, not marked `alias`.",
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
        let slot = code.wrapping_sub(9001).cast_unsigned() as ::core::primitive::usize;
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
            "First" => ::core::option::Option::Some(Self::First),
            "Undocumented" => ::core::option::Option::Some(Self::Undocumented),
            "Second" => ::core::option::Option::Some(Self::Second),
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
        "AppError"
    }
    /// Each variant's canonical row in `ENTRIES`, in the order of `ALL`.
    const __PARSE_ERRORS_ROWS: [::core::primitive::u32; 3] = [0, 1, 2];
    /// Each variant's `Display` text, in the order of `ALL`.
    const __PARSE_ERRORS_DISPLAY: [&'static ::core::primitive::str; 3] = [
        "the first meaning",
        "no description",
        "a second meaning of the first code, not marked `alias`",
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
        table[0] = ::core::option::Option::Some(Self::First);
        table[1] = ::core::option::Option::Some(Self::Undocumented);
        table[2] = ::core::option::Option::Some(Self::Second);
        table
    };
    /// Each code's variant index, at `code - min`; `MAX` where there is no code.
    const __PARSE_ERRORS_INDEX_BY_CODE: [::core::primitive::u8; 3] = [0, 1, 2];
    /// The variant's place in `ALL`.
    #[inline]
    const fn __parse_errors_index(self) -> ::core::primitive::usize {
        Self::__PARSE_ERRORS_INDEX_BY_CODE[(self as ::core::primitive::i32)
            .wrapping_sub(9001)
            .cast_unsigned() as ::core::primitive::usize] as ::core::primitive::usize
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::fmt::Display for AppError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(Self::__PARSE_ERRORS_DISPLAY[self.__parse_errors_index()])
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::error::Error for AppError {}
#[automatically_derived]
#[allow(deprecated)]
impl ::parse_errors::__private::BaseTable for AppError {
    type Table = Self;
}
#[automatically_derived]
#[allow(deprecated)]
impl ::parse_errors::__private::ErrorTable for AppError {
    type Category = AppErrorCategory;
    const NAME: &'static ::core::primitive::str = "AppError";
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
impl ::core::convert::From<AppError> for ::core::primitive::i32 {
    #[inline]
    fn from(code: AppError) -> Self {
        code.code()
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::convert::TryFrom<::core::primitive::i32> for AppError {
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
impl ::core::str::FromStr for AppError {
    type Err = ::parse_errors::__private::ParseNameError;
    fn from_str(
        name: &::core::primitive::str,
    ) -> ::core::result::Result<Self, ::parse_errors::__private::ParseNameError> {
        ::parse_errors::__private::from_str(name)
    }
}
/// The categories of [`AppError`]: the sections its table groups the codes in.
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
    pub fn codes(self) -> impl ::core::iter::Iterator<Item = AppError> {
        ::parse_errors::__private::codes_in::<AppError>(self)
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
::parse_errors::__private::serde_code_table!(AppError);
