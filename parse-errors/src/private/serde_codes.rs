//! Serde of what `#[parse_errors]` makes: a table as its integer code, an
//! error enum as the body Parse Server writes for an error.
//!
//! The macro cannot see which features this crate was built with, so its
//! expansion invokes the two `macro_rules!` below whatever they are: with the
//! `serde` feature they write the impls, without it they expand to nothing.
//! A user's crate needs no `cfg` and, without the feature, no serde. The impls
//! call the generic functions here, so each table's expansion stays a few lines.

/// `Serialize` and `Deserialize` of a table as its integer code, when this
/// crate has its `serde` feature: `serde_code_table!(Table)`.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __parse_errors_serde_code_table {
    ($table:ty) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl $crate::__private::serde::Serialize for $table {
            fn serialize<__S>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<
                <__S as $crate::__private::serde::Serializer>::Ok,
                <__S as $crate::__private::serde::Serializer>::Error,
            >
            where
                __S: $crate::__private::serde::Serializer,
            {
                $crate::__private::serialize_code(*self, serializer)
            }
        }

        #[automatically_derived]
        #[allow(deprecated)]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $table {
            fn deserialize<__D>(
                deserializer: __D,
            ) -> ::core::result::Result<
                Self,
                <__D as $crate::__private::serde::Deserializer<'de>>::Error,
            >
            where
                __D: $crate::__private::serde::Deserializer<'de>,
            {
                $crate::__private::deserialize_code(deserializer)
            }
        }
    };
}

/// Without the `serde` feature, a table has no serde impls.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __parse_errors_serde_code_table {
    ($table:ty) => {};
}

/// `Serialize` of an error enum as the wire body `{"code":N,"error":"..."}`,
/// when this crate has its `serde` feature:
/// `serde_coded_error!({impl generics} {type} {where clause})`, each group as
/// `syn::Generics::split_for_impl` prints it (the angle brackets and the
/// `where` included, or empty). No `Deserialize`: the body does not hold the
/// fields, and `ParseError` is the type that reads bodies.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __parse_errors_serde_coded_error {
    ({$($impl_generics:tt)*} {$($error:tt)*} {where $($predicates:tt)*}) => {
        $crate::__parse_errors_serde_coded_error!({$($impl_generics)*} {$($error)*} {$($predicates)*});
    };
    ({$($impl_generics:tt)*} {$($error:tt)*} {$($predicates:tt)*}) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl $($impl_generics)* $crate::__private::serde::Serialize for $($error)*
        where
            // First, so that a trailing comma of the user's predicates ends the list.
            Self: $crate::CodedError,
            $($predicates)*
        {
            fn serialize<__S>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<
                <__S as $crate::__private::serde::Serializer>::Ok,
                <__S as $crate::__private::serde::Serializer>::Error,
            >
            where
                __S: $crate::__private::serde::Serializer,
            {
                $crate::__private::serialize_wire_body(self, serializer)
            }
        }
    };
}

/// Without the `serde` feature, an error enum has no serde impl.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __parse_errors_serde_coded_error {
    ({$($impl_generics:tt)*} {$($error:tt)*} {$($where_clause:tt)*}) => {};
}

#[cfg(feature = "serde")]
pub use with_serde::{deserialize_code, serialize_code, serialize_wire_body};

#[cfg(feature = "serde")]
mod with_serde {
    use core::fmt::{self, Display};
    use core::marker::PhantomData;

    use serde::de::{self, Deserializer, Unexpected, Visitor};
    use serde::ser::{Serialize, SerializeMap, Serializer};

    use crate::{CodedError, ErrorTable, UnknownCodeError};

    /// `Serialize` of every table: the code, as an `i32`.
    ///
    /// # Errors
    ///
    /// The serializer's.
    #[inline]
    pub fn serialize_code<T: ErrorTable, S: Serializer>(
        table: T,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_i32(table.code())
    }

    /// `Deserialize` of every table: any integer serde gives, if it is within
    /// `i32` and the table has it. An alias is its code; an extending table
    /// reads its base's codes as `Base(..)`, as `from_code` does.
    ///
    /// # Errors
    ///
    /// A number outside `i32` or not an integer, a code the table does not
    /// have (the words of [`UnknownCodeError`]), or anything but a number.
    pub fn deserialize_code<'de, T: ErrorTable, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<T, D::Error> {
        deserializer.deserialize_i32(CodeVisitor(PhantomData))
    }

    /// Reads a code of the table `T`.
    struct CodeVisitor<T>(PhantomData<T>);

    impl<T: ErrorTable> CodeVisitor<T> {
        fn find<E: de::Error>(code: i32) -> Result<T, E> {
            T::from_code(code).ok_or_else(|| E::custom(UnknownCodeError::new(code, T::NAME)))
        }
    }

    impl<T: ErrorTable> Visitor<'_> for CodeVisitor<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "a code of {}: an integer within i32", T::NAME)
        }

        fn visit_i64<E: de::Error>(self, value: i64) -> Result<T, E> {
            match i32::try_from(value) {
                Ok(code) => Self::find(code),
                Err(_) => Err(E::invalid_value(Unexpected::Signed(value), &self)),
            }
        }

        fn visit_u64<E: de::Error>(self, value: u64) -> Result<T, E> {
            match i32::try_from(value) {
                Ok(code) => Self::find(code),
                Err(_) => Err(E::invalid_value(Unexpected::Unsigned(value), &self)),
            }
        }
    }

    /// `Serialize` of every error enum: `{"code":N,"error":"<Display>"}`, the
    /// members and the order `ParseError::from(error)` writes, as a map as
    /// `ParseError` is, so the two agree in every format. The message goes
    /// through `collect_str`, which a serializer such as `serde_json`'s writes
    /// without allocating.
    ///
    /// # Errors
    ///
    /// The serializer's.
    pub fn serialize_wire_body<E: CodedError, S: Serializer>(
        error: &E,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut body = serializer.serialize_map(Some(2))?;
        body.serialize_entry("code", &error.code())?;
        body.serialize_entry("error", &Message(error))?;
        body.end()
    }

    /// An error's `Display` text, serialized as a string.
    struct Message<'a, E>(&'a E);

    impl<E: Display> Serialize for Message<'_, E> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            serializer.collect_str(self.0)
        }
    }
}
