// @generated from `src/errors.rs` by the `#[parse_errors]` macro's own pipeline.
// Do not edit: change the table, then run `PARSE_ERRORS_BLESS=1 cargo test`.

//! The error codes of the shop.
/// An error code of the shop's Cloud Code functions, in Parse's range for
/// applications.
///
/// ```
/// use parse_errors_pre_expanded_example::ShopCode;
///
/// let code = ShopCode::from_code(9001).expect("a shop code");
/// assert_eq!(code, ShopCode::NotEnoughCoins);
/// assert_eq!(code.to_string(), "not enough coins");
/// ```
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
pub enum ShopCode {
    /// The player has fewer coins than the item costs.
    #[doc(alias = "9001")]
    NotEnoughCoins = 9001,
    /// The purchase was already made with this receipt.
    #[doc(alias = "9002")]
    ReceiptUsed = 9002,
    /// The item is not sold any more.
    #[doc(alias = "9010")]
    SoldOut = 9010,
    /// The item does not exist in the shop's catalogue.
    #[doc(alias = "9011")]
    UnknownItem = 9011,
}
#[allow(dead_code, deprecated)]
impl ShopCode {
    /// Every code of the table once, in table order: one variant per code.
    pub const ALL: &'static [Self] = &[
        Self::NotEnoughCoins,
        Self::ReceiptUsed,
        Self::SoldOut,
        Self::UnknownItem,
    ];
    /// The number of distinct codes in [`ALL`](Self::ALL).
    pub const COUNT: ::core::primitive::usize = 4;
    /// Every row of the table in table order, the other names of shared codes included.
    pub const ENTRIES: &'static [::parse_errors::__private::Entry] = &[
        ::parse_errors::__private::Entry {
            name: "NotEnoughCoins",
            code: 9001,
            description: "The player has fewer coins than the item costs.",
            category: "Purchase errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "ReceiptUsed",
            code: 9002,
            description: "The purchase was already made with this receipt.",
            category: "Purchase errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "SoldOut",
            code: 9010,
            description: "The item is not sold any more.",
            category: "Inventory errors",
            client_only: false,
            alias: false,
            retired: false,
        },
        ::parse_errors::__private::Entry {
            name: "UnknownItem",
            code: 9011,
            description: "The item does not exist in the shop's catalogue.",
            category: "Inventory errors",
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
        if slot < 11 {
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
            "NotEnoughCoins" => ::core::option::Option::Some(Self::NotEnoughCoins),
            "ReceiptUsed" => ::core::option::Option::Some(Self::ReceiptUsed),
            "SoldOut" => ::core::option::Option::Some(Self::SoldOut),
            "UnknownItem" => ::core::option::Option::Some(Self::UnknownItem),
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
    pub const fn category(self) -> ShopCodeCategory {
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
        "ShopCode"
    }
    /// Each variant's canonical row in `ENTRIES`, in the order of `ALL`.
    const __PARSE_ERRORS_ROWS: [::core::primitive::u32; 4] = [0, 1, 2, 3];
    /// Each variant's `Display` text, in the order of `ALL`.
    const __PARSE_ERRORS_DISPLAY: [&'static ::core::primitive::str; 4] = [
        "not enough coins",
        "the receipt was already used",
        "the item is sold out",
        "no such item",
    ];
    /// Each variant's category, in the order of `ALL`.
    const __PARSE_ERRORS_CATEGORIES: [ShopCodeCategory; 4] = [
        ShopCodeCategory::Purchase,
        ShopCodeCategory::Purchase,
        ShopCodeCategory::Inventory,
        ShopCodeCategory::Inventory,
    ];
    /// Each code's variant, at `code - min`.
    const __PARSE_ERRORS_BY_CODE: [::core::option::Option<Self>; 11] = {
        let mut table = [::core::option::Option::None; 11];
        table[0] = ::core::option::Option::Some(Self::NotEnoughCoins);
        table[1] = ::core::option::Option::Some(Self::ReceiptUsed);
        table[9] = ::core::option::Option::Some(Self::SoldOut);
        table[10] = ::core::option::Option::Some(Self::UnknownItem);
        table
    };
    /// Each code's variant index, at `code - min`; `MAX` where there is no code.
    const __PARSE_ERRORS_INDEX_BY_CODE: [::core::primitive::u8; 11] = [
        0, 1, 255, 255, 255, 255, 255, 255, 255, 2, 3,
    ];
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
impl ::core::fmt::Display for ShopCode {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(Self::__PARSE_ERRORS_DISPLAY[self.__parse_errors_index()])
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::error::Error for ShopCode {}
#[automatically_derived]
#[allow(deprecated)]
impl ::parse_errors::__private::BaseTable for ShopCode {
    type Table = Self;
}
#[automatically_derived]
#[allow(deprecated)]
impl ::parse_errors::__private::ErrorTable for ShopCode {
    type Category = ShopCodeCategory;
    const NAME: &'static ::core::primitive::str = "ShopCode";
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
    fn category(self) -> ShopCodeCategory {
        Self::category(self)
    }
    #[inline]
    fn is_retryable(self) -> ::core::primitive::bool {
        Self::is_retryable(self)
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::convert::From<ShopCode> for ::core::primitive::i32 {
    #[inline]
    fn from(code: ShopCode) -> Self {
        code.code()
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::convert::TryFrom<::core::primitive::i32> for ShopCode {
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
impl ::core::str::FromStr for ShopCode {
    type Err = ::parse_errors::__private::ParseNameError;
    fn from_str(
        name: &::core::primitive::str,
    ) -> ::core::result::Result<Self, ::parse_errors::__private::ParseNameError> {
        ::parse_errors::__private::from_str(name)
    }
}
/// The categories of [`ShopCode`]: the sections its table groups the codes in.
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
pub enum ShopCodeCategory {
    /// Purchase errors
    Purchase,
    /// Inventory errors
    Inventory,
}
#[allow(dead_code, deprecated)]
impl ShopCodeCategory {
    /// Every category, in the order the table declares them.
    pub const ALL: &'static [Self] = &[Self::Purchase, Self::Inventory];
    /// The title of the category, exactly as the table writes it.
    #[inline]
    #[must_use]
    pub const fn title(self) -> &'static ::core::primitive::str {
        match self {
            Self::Purchase => "Purchase errors",
            Self::Inventory => "Inventory errors",
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
    pub fn codes(self) -> impl ::core::iter::Iterator<Item = ShopCode> {
        ::parse_errors::__private::codes_in::<ShopCode>(self)
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::core::fmt::Display for ShopCodeCategory {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.title())
    }
}
#[automatically_derived]
#[allow(deprecated)]
impl ::parse_errors::__private::ErrorCategory for ShopCodeCategory {
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
::parse_errors::__private::serde_code_table!(ShopCode);
