//! How `source()` of an error enum reaches its source field.

use core::error::Error;

/// What `source()` of an error enum calls on its source field, so that a
/// `Box<dyn Error + Send + Sync>` is a source as a concrete error is.
///
/// Sealed: implemented for every sized error and the three `dyn Error`
/// types a box holds, and by nothing else, so that no other crate's impl can
/// change what a generated `source()` returns.
pub trait AsDynError<'a>: sealed::Sealed {
    /// The field as a `dyn Error`.
    fn as_dyn_error(&self) -> &(dyn Error + 'a);
}

impl<'a, T: Error + 'a> AsDynError<'a> for T {
    #[inline]
    fn as_dyn_error(&self) -> &(dyn Error + 'a) {
        self
    }
}

impl<'a> AsDynError<'a> for dyn Error + 'a {
    #[inline]
    fn as_dyn_error(&self) -> &(dyn Error + 'a) {
        self
    }
}

impl<'a> AsDynError<'a> for dyn Error + Send + 'a {
    #[inline]
    fn as_dyn_error(&self) -> &(dyn Error + 'a) {
        self
    }
}

impl<'a> AsDynError<'a> for dyn Error + Send + Sync + 'a {
    #[inline]
    fn as_dyn_error(&self) -> &(dyn Error + 'a) {
        self
    }
}

mod sealed {
    /// Public in a private module: nameable here only, so the impls above
    /// are the only ones.
    pub trait Sealed {}

    // `dyn Error` is an `Error` itself: this covers the three boxed kinds too.
    impl<T: core::error::Error + ?Sized> Sealed for T {}
}

#[cfg(all(test, feature = "alloc"))]
mod tests {
    use alloc::boxed::Box;
    use core::error::Error;
    use core::fmt;

    use super::AsDynError;

    #[derive(Debug)]
    struct Disk;

    impl fmt::Display for Disk {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("disk")
        }
    }

    impl Error for Disk {}

    #[test]
    fn a_concrete_error_and_every_boxed_one_are_sources_alike() {
        use alloc::string::ToString;

        let plain: Box<dyn Error> = Box::new(Disk);
        let sent: Box<dyn Error + Send> = Box::new(Disk);
        let shared: Box<dyn Error + Send + Sync> = Box::new(Disk);
        assert_eq!(Disk.as_dyn_error().to_string(), "disk");
        assert_eq!((*plain).as_dyn_error().to_string(), "disk");
        assert_eq!((*sent).as_dyn_error().to_string(), "disk");
        assert_eq!((*shared).as_dyn_error().to_string(), "disk");
    }
}
