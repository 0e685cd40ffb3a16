/// The codes of [`ShopError`]: one variant per code, with its name, description and category.
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash,
    ::core::fmt::Debug,
)]
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
    /// A code of the base table, [`parse_errors::ErrorCode`].
    Base(::parse_errors::ErrorCode),
}
#[allow(dead_code)]
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
        },
        ::parse_errors::__private::Entry {
            name: "NoSuchItem",
            code: 101,
            description: "The item asked for does not exist.",
            category: match ::parse_errors::ErrorCode::from_code(101) {
                ::core::option::Option::Some(found) => found.entry(),
                ::core::option::Option::None => {
                    &::parse_errors::__private::Entry {
                        name: "",
                        code: 0,
                        description: "",
                        category: "",
                        client_only: false,
                        alias: false,
                    }
                }
            }
                .category,
            client_only: match ::parse_errors::ErrorCode::from_code(101) {
                ::core::option::Option::Some(found) => found.entry(),
                ::core::option::Option::None => {
                    &::parse_errors::__private::Entry {
                        name: "",
                        code: 0,
                        description: "",
                        category: "",
                        client_only: false,
                        alias: false,
                    }
                }
            }
                .client_only,
            alias: true,
        },
        ::parse_errors::__private::Entry {
            name: "StoreUnreadable",
            code: 9002,
            description: "The store could not be read.",
            category: "Shop errors",
            client_only: false,
            alias: false,
        },
        ::parse_errors::__private::Entry {
            name: "Closed",
            code: 9003,
            description: "The shop is closed.",
            category: "Shop errors",
            client_only: false,
            alias: false,
        },
    ];
    /// The item asked for does not exist.
    ///
    /// Another name of code 101 of the base table, [`parse_errors::ErrorCode`].
    #[doc(alias = "101")]
    #[allow(non_upper_case_globals)]
    pub const NoSuchItem: Self = Self::Base(
        match ::parse_errors::ErrorCode::from_code(101) {
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
                match ::parse_errors::ErrorCode::from_code(code) {
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
            "NoSuchItem" => {
                match ::parse_errors::ErrorCode::from_code(101) {
                    ::core::option::Option::Some(base) => {
                        ::core::option::Option::Some(Self::Base(base))
                    }
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            }
            "StoreUnreadable" => ::core::option::Option::Some(Self::StoreUnreadable),
            "Closed" => ::core::option::Option::Some(Self::Closed),
            _ => {
                match ::parse_errors::ErrorCode::from_name(name) {
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
        if let ::core::option::Option::Some(found) = Self::from_name(name) {
            return ::core::option::Option::Some(found);
        }
        match ::core::iter::Iterator::find(
            &mut Self::ENTRIES.iter(),
            |row| { ::parse_errors::__private::same_name_loosely(row.name, name) },
        ) {
            ::core::option::Option::Some(row) => Self::from_code(row.code),
            ::core::option::Option::None => {
                match ::parse_errors::ErrorCode::from_name_loose(name) {
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
    /// Every row of this code: its canonical name first, then its aliases, in table order.
    pub fn entries(
        self,
    ) -> impl ::core::iter::Iterator<Item = &'static ::parse_errors::__private::Entry> {
        let code = self.code();
        let (base, own) = match self {
            Self::Base(base) => {
                (
                    ::core::option::Option::Some(base.entries()),
                    ::core::option::Option::None,
                )
            }
            _ => {
                (
                    ::core::option::Option::None,
                    ::core::option::Option::Some(self.entry()),
                )
            }
        };
        ::core::iter::Iterator::chain(
            ::core::iter::Iterator::chain(
                ::core::iter::Iterator::flatten(
                    ::core::iter::IntoIterator::into_iter(base),
                ),
                own,
            ),
            ::core::iter::Iterator::filter(
                Self::ENTRIES.iter(),
                move |entry| { entry.alias && entry.code == code },
            ),
        )
    }
    #[doc(hidden)]
    #[must_use]
    #[inline]
    pub const fn __parse_errors_code_taken(self) -> &'static ::core::primitive::str {
        match self {
            Self::NotEnoughCoins => {
                "code 9001 is already `NotEnoughCoins` in `ShopErrorCode`: make this entry another name of it with `#[entry(alias)]`, or give it a code of its own"
            }
            Self::StoreUnreadable => {
                "code 9002 is already `StoreUnreadable` in `ShopErrorCode`: make this entry another name of it with `#[entry(alias)]`, or give it a code of its own"
            }
            Self::Closed => {
                "code 9003 is already `Closed` in `ShopErrorCode`: make this entry another name of it with `#[entry(alias)]`, or give it a code of its own"
            }
            Self::Base(base) => base.__parse_errors_code_taken(),
        }
    }
}
#[automatically_derived]
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
impl ::core::error::Error for ShopErrorCode {}
#[automatically_derived]
impl ::parse_errors::__private::ErrorTable for ShopErrorCode {
    type Category = ShopErrorCategory;
    const NAME: &'static ::core::primitive::str = "ShopErrorCode";
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
    fn category(self) -> ShopErrorCategory {
        Self::category(self)
    }
}
#[automatically_derived]
impl ::core::convert::From<ShopErrorCode> for ::core::primitive::i32 {
    #[inline]
    fn from(code: ShopErrorCode) -> Self {
        code.code()
    }
}
#[automatically_derived]
impl ::core::convert::TryFrom<::core::primitive::i32> for ShopErrorCode {
    type Error = ::parse_errors::__private::UnknownCodeError;
    #[inline]
    fn try_from(
        code: ::core::primitive::i32,
    ) -> ::core::result::Result<Self, Self::Error> {
        match Self::from_code(code) {
            ::core::option::Option::Some(found) => ::core::result::Result::Ok(found),
            ::core::option::Option::None => {
                ::core::result::Result::Err(
                    ::parse_errors::__private::UnknownCodeError::new(
                        code,
                        "ShopErrorCode",
                    ),
                )
            }
        }
    }
}
#[automatically_derived]
impl ::core::str::FromStr for ShopErrorCode {
    type Err = ::parse_errors::__private::ParseNameError;
    fn from_str(
        name: &::core::primitive::str,
    ) -> ::core::result::Result<Self, Self::Err> {
        match Self::from_name(name) {
            ::core::option::Option::Some(found) => ::core::result::Result::Ok(found),
            ::core::option::Option::None => {
                ::core::result::Result::Err(
                    ::parse_errors::__private::ParseNameError::new(
                        name,
                        "ShopErrorCode",
                        Self::ENTRIES,
                    ),
                )
            }
        }
    }
}
#[automatically_derived]
impl ::core::convert::From<::parse_errors::ErrorCode> for ShopErrorCode {
    #[inline]
    fn from(base: ::parse_errors::ErrorCode) -> Self {
        Self::Base(base)
    }
}
#[automatically_derived]
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
impl ::core::cmp::Ord for ShopErrorCode {
    /// By code, as the table's own codes and the base's are never the same.
    #[inline]
    fn cmp(&self, other: &Self) -> ::core::cmp::Ordering {
        ::core::cmp::Ord::cmp(&self.code(), &other.code())
    }
}
/// The categories of [`ShopErrorCode`]: the sections its table groups the codes in.
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
pub enum ShopErrorCategory {
    /// Shop errors
    Shop,
    /// A category of the base table, [`parse_errors::ErrorCode`].
    Base(<::parse_errors::ErrorCode as ::parse_errors::__private::ErrorTable>::Category),
}
#[allow(dead_code)]
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
    pub const fn is_client_only(self) -> ::core::primitive::bool {
        match self {
            Self::Base(category) => category.is_client_only(),
            _ => false,
        }
    }
    /// The codes of the table's own in this category, in table order.
    pub fn codes(self) -> impl ::core::iter::Iterator<Item = ShopErrorCode> {
        ::core::iter::Iterator::filter(
            ::core::iter::Iterator::copied(ShopErrorCode::ALL.iter()),
            move |code| code.category() == self,
        )
    }
}
#[automatically_derived]
impl ::core::fmt::Display for ShopErrorCategory {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.title())
    }
}
#[automatically_derived]
impl ::parse_errors::__private::ErrorCategory for ShopErrorCategory {
    #[inline]
    fn title(self) -> &'static ::core::primitive::str {
        Self::title(self)
    }
    #[inline]
    fn is_client_only(self) -> ::core::primitive::bool {
        Self::is_client_only(self)
    }
}
const _: () = if let ::core::option::Option::Some(taken) = ::parse_errors::ErrorCode::from_code(
    9001,
) {
    ::core::panic!("{}", taken.__parse_errors_code_taken())
};
const _: () = if ::parse_errors::ErrorCode::from_code(101).is_none() {
    ::core::panic!(
        "`NoSuchItem` is an alias of code 101, but neither `ShopErrorCode` nor its base `parse_errors::ErrorCode` has that code: remove `alias` to make it a code of `ShopErrorCode`'s own, or fix the code"
    )
};
const _: () = if let ::core::option::Option::Some(taken) = ::parse_errors::ErrorCode::from_code(
    9002,
) {
    ::core::panic!("{}", taken.__parse_errors_code_taken())
};
const _: () = if let ::core::option::Option::Some(taken) = ::parse_errors::ErrorCode::from_code(
    9003,
) {
    ::core::panic!("{}", taken.__parse_errors_code_taken())
};
/// What went wrong in the shop.
#[derive(Clone)]
#[derive(::core::fmt::Debug)]
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
#[allow(dead_code)]
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
}
#[automatically_derived]
impl ::core::fmt::Display for ShopError {
    fn fmt(&self, __formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self {
            Self::NotEnoughCoins { needed, have } => {
                ::core::write!(__formatter, "need {needed} coins, have {have:>3}")
            }
            Self::NoSuchItem(field_0) => {
                ::core::write!(__formatter, "no item {field_0:?}")
            }
            Self::StoreUnreadable { .. } => {
                __formatter.write_str("the store could not be read")
            }
            Self::Closed => __formatter.write_str("the shop is closed"),
        }
    }
}
#[automatically_derived]
impl ::core::error::Error for ShopError {
    fn source(&self) -> ::core::option::Option<&(dyn ::core::error::Error + 'static)> {
        match self {
            Self::StoreUnreadable(field_0) => {
                use ::parse_errors::__private::AsDynError as _;
                ::core::option::Option::Some(field_0.as_dyn_error())
            }
            _ => ::core::option::Option::None,
        }
    }
}
#[automatically_derived]
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
impl ::core::convert::From<std::io::Error> for ShopError {
    #[inline]
    fn from(source: std::io::Error) -> Self {
        Self::StoreUnreadable(source)
    }
}
