/// The codes of [`ShopError`]: one variant per code, with its name, description and category.
#[derive(::core::cmp::PartialEq)]
pub enum ShopErrorCode {
    /// The player has not enough coins for this purchase.
    #[doc(alias = "9001")]
    NotEnoughCoins,
    /// The store could not be read.
    #[doc(alias = "9002")]
    StoreUnreadable,
    /// The shop is closed.
    #[doc(alias = "9003")]
    Closed,
    #[cfg(doc)]
    /// A code of the base table, [`parse_errors::ErrorCode`].
    Base(::parse_errors::ErrorCode),
    #[cfg(not(doc))]
    /// A code of the base table, [`parse_errors::ErrorCode`].
    Base(<::parse_errors::ErrorCode as ::parse_errors::__private::BaseTable>::Table),
}
#[allow(dead_code, deprecated)]
impl ShopErrorCode {
    /// Every code of this table's own once, in table order: one variant per code.
    /// The base table's codes are in its own `ALL`.
    pub const ALL: &'static [Self] = &[
        Self::NotEnoughCoins,
        Self::StoreUnreadable,
        Self::Closed,
    ];
    /// The number of distinct codes in [`ALL`](Self::ALL).
    pub const COUNT: ::core::primitive::usize = 3;
    /// Every row of the table in table order, the other names of shared codes included.
    pub const ENTRIES: &'static [::parse_errors::__private::Entry] = &[
        ::parse_errors::__private::Entry {
            name: "NotEnoughCoins",
            code: 9001,
            description: "The player has not enough coins for this purchase.",
            category: "Shop errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "NoSuchItem",
            code: 101,
            description: "The item asked for does not exist.",
            category: match Self::__parse_errors_in_base(101) {
                ::core::option::Option::Some(found) => found.entry(),
                ::core::option::Option::None => ::parse_errors::__private::NO_ROW,
            }
                .category,
            client_only: match Self::__parse_errors_in_base(101) {
                ::core::option::Option::Some(found) => found.entry(),
                ::core::option::Option::None => ::parse_errors::__private::NO_ROW,
            }
                .client_only,
            alias: true,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "StoreUnreadable",
            code: 9002,
            description: "The store could not be read.",
            category: "Shop errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "Closed",
            code: 9003,
            description: "The shop is closed.",
            category: "Shop errors",
            client_only: false,
            alias: false,
            retired: false,
        },
    ];
    /// The item asked for does not exist.
    ///
    /// Another name of code 101 of the base table, [`parse_errors::ErrorCode`].
    #[doc(alias = "101")]
    #[allow(non_upper_case_globals)]
    pub const NoSuchItem: Self = Self::Base(
        match Self::__parse_errors_in_base(101) {
            ::core::option::Option::Some(found) => found,
            ::core::option::Option::None => {
                ::core::panic!(
                    "`NoSuchItem` is an alias of code 101, but neither `ShopErrorCode` nor its base `parse_errors::ErrorCode` has that code: remove `alias` to make it a code of `ShopErrorCode`'s own, or fix the code"
                )
            }
        },
    );
    /// The code, as Parse sends it on the wire.
    #[inline]
    #[must_use]
    pub const fn code(self) -> ::core::primitive::i32 {
        match self {
            Self::NotEnoughCoins => 9001,
            Self::StoreUnreadable => 9002,
            Self::Closed => 9003,
            Self::Base(base) => base.code(),
        }
    }
    /// The table's value for a code, or `None` when the table does not know it.
    #[inline]
    #[must_use]
    pub const fn from_code(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<Self> {
        match code {
            9001 => ::core::option::Option::Some(Self::NotEnoughCoins),
            9002 => ::core::option::Option::Some(Self::StoreUnreadable),
            9003 => ::core::option::Option::Some(Self::Closed),
            _ => {
                match Self::__parse_errors_in_base(code) {
                    ::core::option::Option::Some(base) => {
                        ::core::option::Option::Some(Self::Base(base))
                    }
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            }
        }
    }
    /// The canonical row of this code in the table's `ENTRIES`.
    #[inline]
    #[must_use]
    pub const fn entry(self) -> &'static ::parse_errors::__private::Entry {
        match self {
            Self::NotEnoughCoins => &Self::ENTRIES[0],
            Self::StoreUnreadable => &Self::ENTRIES[2],
            Self::Closed => &Self::ENTRIES[3],
            Self::Base(base) => base.entry(),
        }
    }
    /// The table's value for a name, canonical or alias; exact and case-sensitive.
    #[inline]
    #[must_use]
    pub fn from_name(name: &::core::primitive::str) -> ::core::option::Option<Self> {
        match name {
            "NotEnoughCoins" => ::core::option::Option::Some(Self::NotEnoughCoins),
            "NoSuchItem" => Self::from_code(101),
            "StoreUnreadable" => ::core::option::Option::Some(Self::StoreUnreadable),
            "Closed" => ::core::option::Option::Some(Self::Closed),
            _ => {
                match <<::parse_errors::ErrorCode as ::parse_errors::__private::BaseTable>::Table as ::parse_errors::__private::ErrorTable>::from_name(
                    name,
                ) {
                    ::core::option::Option::Some(base) => {
                        ::core::option::Option::Some(Self::Base(base))
                    }
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            }
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
        match ::parse_errors::__private::from_name_loose::<Self>(name) {
            ::core::option::Option::Some(found) => ::core::option::Option::Some(found),
            ::core::option::Option::None => {
                match <<::parse_errors::ErrorCode as ::parse_errors::__private::BaseTable>::Table as ::parse_errors::__private::ErrorTable>::from_name_loose(
                    name,
                ) {
                    ::core::option::Option::Some(base) => {
                        ::core::option::Option::Some(Self::Base(base))
                    }
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            }
        }
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
    pub const fn category(self) -> ShopErrorCategory {
        match self {
            Self::NotEnoughCoins | Self::StoreUnreadable | Self::Closed => {
                ShopErrorCategory::Shop
            }
            Self::Base(base) => ShopErrorCategory::Base(base.category()),
        }
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
        if let Self::Base(base) = self { base.is_retryable() } else { false }
    }
    /// Every row of this code: its canonical name first, then its aliases, in table order.
    pub fn entries(
        self,
    ) -> impl ::core::iter::Iterator<Item = &'static ::parse_errors::__private::Entry> {
        let (base, own) = match self {
            Self::Base(base) => {
                (
                    ::core::option::Option::Some(base.entries()),
                    ::core::option::Option::None,
                )
            }
            own => {
                (::core::option::Option::None, ::core::option::Option::Some(own.entry()))
            }
        };
        ::parse_errors::__private::rows_of_code(
            ::core::iter::Iterator::chain(
                ::core::iter::Iterator::flatten(
                    ::core::iter::IntoIterator::into_iter(base),
                ),
                own,
            ),
            self.code(),
            Self::ENTRIES,
        )
    }
    #[doc(hidden)]
    #[must_use]
    #[inline]
    #[allow(clippy::unused_self)]
    pub const fn __parse_errors_table(self) -> &'static ::core::primitive::str {
        if let Self::Base(base) = self {
            base.__parse_errors_table()
        } else {
            "ShopErrorCode"
        }
    }
    /// The base table's value for a code: the one place the expansion
    /// looks a code up in the base.
    #[inline]
    const fn __parse_errors_in_base(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<
        <::parse_errors::ErrorCode as ::parse_errors::__private::BaseTable>::Table,
    > {
        <<::parse_errors::ErrorCode as ::parse_errors::__private::BaseTable>::Table>::from_code(
            code,
        )
    }
    /// For the const checks: whether the base has `code`.
    const fn __parse_errors_base_has(
        code: ::core::primitive::i32,
    ) -> ::core::primitive::bool {
        Self::__parse_errors_in_base(code).is_some()
    }
    /// For the const checks: the sentence to show when the base has
    /// `code` already. Its type does not name the base, so a base that
    /// is not a table is not reported once more for each check.
    const fn __parse_errors_taken_in_base(
        code: ::core::primitive::i32,
    ) -> ::core::option::Option<::parse_errors::__private::CodeTaken> {
        match Self::__parse_errors_in_base(code) {
            ::core::option::Option::Some(taken) => {
                ::core::option::Option::Some(
                    ::parse_errors::__private::CodeTaken::new(
                        code,
                        taken.name(),
                        taken.__parse_errors_table(),
                    ),
                )
            }
            ::core::option::Option::None => ::core::option::Option::None,
        }
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::fmt::Display for ShopErrorCode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self {
            Self::NotEnoughCoins => {
                f.write_str("the player has not enough coins for this purchase")
            }
            Self::StoreUnreadable => f.write_str("the store could not be read"),
            Self::Closed => f.write_str("the shop is closed"),
            Self::Base(base) => ::core::fmt::Display::fmt(base, f),
        }
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::error::Error for ShopErrorCode {}
#[automatically_derived]
#[allow(deprecated)]
impl ::parse_errors::__private::BaseTable for ShopErrorCode {
    type Table = Self;
}
#[automatically_derived]
#[allow(deprecated)]
impl ::parse_errors::__private::ErrorTable for ShopErrorCode {
    type Category = ShopErrorCategory;
    const NAME: &'static ::core::primitive::str = "ShopErrorCode";
    const ENTRIES: &'static [::parse_errors::__private::Entry] = Self::ENTRIES;
    const EXTENDS: ::core::option::Option<&'static ::core::primitive::str> = ::core::option::Option::Some(
        <<::parse_errors::ErrorCode as ::parse_errors::__private::BaseTable>::Table as ::parse_errors::__private::ErrorTable>::NAME,
    );
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
    fn category(self) -> ShopErrorCategory {
        Self::category(self)
    }
    #[inline]
    fn is_retryable(self) -> ::core::primitive::bool {
        Self::is_retryable(self)
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::convert::From<ShopErrorCode> for ::core::primitive::i32 {
    #[inline]
    fn from(code: ShopErrorCode) -> Self {
        code.code()
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::convert::TryFrom<::core::primitive::i32> for ShopErrorCode {
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
impl ::core::str::FromStr for ShopErrorCode {
    type Err = ::parse_errors::__private::ParseNameError;
    fn from_str(
        name: &::core::primitive::str,
    ) -> ::core::result::Result<Self, ::parse_errors::__private::ParseNameError> {
        ::parse_errors::__private::from_str(name)
    }
}
/// The categories of [`ShopErrorCode`]: the sections its table groups the codes in.
pub enum ShopErrorCategory {
    /// Shop errors
    Shop,
    #[cfg(doc)]
    /// A category of the base table, [`parse_errors::ErrorCode`].
    Base(<::parse_errors::ErrorCode as ::parse_errors::__private::ErrorTable>::Category),
    #[cfg(not(doc))]
    /// A category of the base table, [`parse_errors::ErrorCode`].
    Base(
        <<::parse_errors::ErrorCode as ::parse_errors::__private::BaseTable>::Table as ::parse_errors::__private::ErrorTable>::Category,
    ),
}
#[allow(dead_code, deprecated)]
impl ShopErrorCategory {
    /// Every category of this table's own, in the order it declares them.
    pub const ALL: &'static [Self] = &[Self::Shop];
    /// The title of the category, exactly as the table writes it.
    #[inline]
    #[must_use]
    pub const fn title(self) -> &'static ::core::primitive::str {
        match self {
            Self::Shop => "Shop errors",
            Self::Base(category) => category.title(),
        }
    }
    /// Whether the codes of this category only ever come from a client.
    #[inline]
    #[must_use]
    #[allow(clippy::unused_self)]
    pub const fn is_client_only(self) -> ::core::primitive::bool {
        if let Self::Base(category) = self { category.is_client_only() } else { false }
    }
    /// The codes of the table's own in this category, in table order.
    pub fn codes(self) -> impl ::core::iter::Iterator<Item = ShopErrorCode> {
        ::parse_errors::__private::codes_in::<ShopErrorCode>(self)
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::fmt::Display for ShopErrorCategory {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.title())
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::parse_errors::__private::ErrorCategory for ShopErrorCategory {
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
#[automatically_derived]
#[allow(deprecated)]
#[allow(clippy::expl_impl_clone_on_copy)]
impl ::core::clone::Clone for ShopErrorCategory {
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::marker::Copy for ShopErrorCategory {}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::cmp::Eq for ShopErrorCategory {}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::cmp::PartialOrd for ShopErrorCategory {
    #[inline]
    fn partial_cmp(
        &self,
        other: &Self,
    ) -> ::core::option::Option<::core::cmp::Ordering> {
        ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::cmp::PartialEq for ShopErrorCategory {
    #[inline]
    fn eq(&self, other: &Self) -> ::core::primitive::bool {
        match (self, other) {
            (Self::Base(own), Self::Base(other)) => own == other,
            _ => self.__parse_errors_place() == other.__parse_errors_place(),
        }
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::cmp::Ord for ShopErrorCategory {
    fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
        match (self, other) {
            (Self::Base(own), Self::Base(other)) => ::core::cmp::Ord::cmp(own, other),
            _ => {
                ::core::cmp::Ord::cmp(
                    &self.__parse_errors_place(),
                    &other.__parse_errors_place(),
                )
            }
        }
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::hash::Hash for ShopErrorCategory {
    fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
        ::core::hash::Hash::hash(&self.__parse_errors_place(), state);
        if let Self::Base(base) = self {
            ::core::hash::Hash::hash(base, state);
        }
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::fmt::Debug for ShopErrorCategory {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self {
            Self::Shop => f.write_str("Shop"),
            Self::Base(base) => f.debug_tuple("Base").field(base).finish(),
        }
    }
}
#[allow(deprecated)]
impl ShopErrorCategory {
    /// The category's place in the declaration, the base's after every own one.
    const fn __parse_errors_place(self) -> ::core::primitive::usize {
        match self {
            Self::Shop => 0,
            Self::Base(_) => 1,
        }
    }
}
#[automatically_derived]
#[allow(deprecated)]
#[allow(clippy::expl_impl_clone_on_copy)]
impl ::core::clone::Clone for ShopErrorCode {
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::marker::Copy for ShopErrorCode {}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::cmp::Eq for ShopErrorCode {}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::cmp::PartialOrd for ShopErrorCode {
    #[inline]
    fn partial_cmp(
        &self,
        other: &Self,
    ) -> ::core::option::Option<::core::cmp::Ordering> {
        ::core::option::Option::Some(::core::cmp::Ord::cmp(self, other))
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::hash::Hash for ShopErrorCode {
    /// By code, as equal values have equal codes.
    #[inline]
    fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
        ::core::hash::Hash::hash(&self.code(), state);
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::fmt::Debug for ShopErrorCode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        if let Self::Base(base) = self {
            f.debug_tuple("Base").field(base).finish()
        } else {
            f.write_str(self.name())
        }
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::convert::From<::parse_errors::ErrorCode> for ShopErrorCode {
    #[inline]
    fn from(base: ::parse_errors::ErrorCode) -> Self {
        Self::Base(base)
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::cmp::Ord for ShopErrorCode {
    /// By code, as the table's own codes and the base's are never the same.
    #[inline]
    fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
        ::core::cmp::Ord::cmp(&self.code(), &other.code())
    }
}
#[allow(deprecated)]
const _: () = if let ::core::option::Option::Some(taken) = ShopErrorCode::__parse_errors_taken_in_base(
    9001,
) {
    ::core::panic!("{}", taken.as_str())
};
#[allow(deprecated)]
const _: () = if !ShopErrorCode::__parse_errors_base_has(101) {
    ::core::panic!(
        "`NoSuchItem` is an alias of code 101, but neither `ShopErrorCode` nor its base `parse_errors::ErrorCode` has that code: remove `alias` to make it a code of `ShopErrorCode`'s own, or fix the code"
    )
};
#[allow(deprecated)]
const _: () = if let ::core::option::Option::Some(taken) = ShopErrorCode::__parse_errors_taken_in_base(
    9002,
) {
    ::core::panic!("{}", taken.as_str())
};
#[allow(deprecated)]
const _: () = if let ::core::option::Option::Some(taken) = ShopErrorCode::__parse_errors_taken_in_base(
    9003,
) {
    ::core::panic!("{}", taken.as_str())
};
::parse_errors::__private::serde_code_table!(ShopErrorCode);
/// What went wrong in the shop.
#[derive(Clone)]
pub enum ShopError {
    /// The player has not enough coins for this purchase.
    NotEnoughCoins { needed: u32, have: u32 },
    /// The item asked for does not exist.
    NoSuchItem(String),
    /// The store could not be read.
    StoreUnreadable(std::io::Error),
    /// The shop is closed.
    Closed,
}
#[allow(dead_code, deprecated)]
impl ShopError {
    /// The code of this error, as a value of [`ShopErrorCode`].
    #[inline]
    #[must_use]
    pub const fn kind(&self) -> ShopErrorCode {
        match self {
            Self::NotEnoughCoins { .. } => ShopErrorCode::NotEnoughCoins,
            Self::NoSuchItem { .. } => ShopErrorCode::NoSuchItem,
            Self::StoreUnreadable { .. } => ShopErrorCode::StoreUnreadable,
            Self::Closed { .. } => ShopErrorCode::Closed,
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
    pub const fn category(&self) -> ShopErrorCategory {
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
impl ::core::fmt::Display for ShopError {
    fn fmt(&self, __formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        use ::parse_errors::__private::AsDisplay as _;
        #[allow(unused_variables, deprecated, clippy::used_underscore_binding)]
        match self {
            Self::NotEnoughCoins { needed, have } => {
                match (needed.as_display(), have) {
                    (__display_needed, __field_have) => {
                        ::core::write!(
                            __formatter,
                            "need {__display_needed} coins, have {__field_have:>3}"
                        )
                    }
                }
            }
            Self::NoSuchItem(_0) => {
                match (_0,) {
                    (__field0,) => ::core::write!(__formatter, "no item {__field0:?}"),
                }
            }
            Self::StoreUnreadable(_0) => {
                __formatter.write_str("the store could not be read")
            }
            Self::Closed => __formatter.write_str("the shop is closed"),
        }
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::error::Error for ShopError {
    fn source(&self) -> ::core::option::Option<&(dyn ::core::error::Error + 'static)> {
        use ::parse_errors::__private::AsDynError as _;
        #[allow(deprecated)]
        match self {
            Self::StoreUnreadable { 0: source, .. } => {
                ::core::option::Option::Some(source.as_dyn_error())
            }
            _ => ::core::option::Option::None,
        }
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::parse_errors::CodedError for ShopError {
    type Table = ShopErrorCode;
    #[inline]
    fn kind(&self) -> ShopErrorCode {
        Self::kind(self)
    }
    #[inline]
    fn code(&self) -> ::core::primitive::i32 {
        Self::code(self)
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::convert::From<std::io::Error> for ShopError {
    #[inline]
    fn from(source: std::io::Error) -> Self {
        Self::StoreUnreadable(source)
    }
}
::parse_errors::__private::serde_coded_error!({} { ShopError } {});
