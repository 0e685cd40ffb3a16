//! What an error enum's `Display` calls on the fields its message shows: a
//! bare `{field}` goes through [`AsDisplay`], so that a `Path` or `PathBuf`
//! (which has no `Display`) shows its `display()`, as thiserror shows it; a
//! `{field:p}` goes through [`Var`], so that a `Box` or a reference shows the
//! address it holds, not the address of the field.

use core::fmt::{self, Display, Pointer};

/// A field shown by a bare `{field}`: itself, or a path's `display()`.
pub trait AsDisplay<'a>: Sealed {
    /// What `Display` shows.
    type Target: Display;

    /// The field as a `Display`.
    fn as_display(&'a self) -> Self::Target;
}

impl<'a, T: Display + ?Sized + 'a> AsDisplay<'a> for &T {
    type Target = &'a T;

    #[inline]
    fn as_display(&'a self) -> Self::Target {
        *self
    }
}

#[cfg(feature = "std")]
impl<'a> AsDisplay<'a> for std::path::Path {
    type Target = std::path::Display<'a>;

    #[inline]
    fn as_display(&'a self) -> Self::Target {
        self.display()
    }
}

#[cfg(feature = "std")]
impl<'a> AsDisplay<'a> for std::path::PathBuf {
    type Target = std::path::Display<'a>;

    #[inline]
    fn as_display(&'a self) -> Self::Target {
        self.display()
    }
}

/// Only the types above are shown this way.
pub trait Sealed {}

impl<T: Display + ?Sized> Sealed for &T {}
#[cfg(feature = "std")]
impl Sealed for std::path::Path {}
#[cfg(feature = "std")]
impl Sealed for std::path::PathBuf {}

/// A field shown by `{field:p}`: the pointer it holds.
pub struct Var<'a, T: ?Sized>(pub &'a T);

impl<T: Pointer + ?Sized> Pointer for Var<'_, T> {
    #[inline]
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        Pointer::fmt(self.0, formatter)
    }
}

#[cfg(all(test, feature = "alloc"))]
mod tests {
    use super::{AsDisplay, Var};
    use core::fmt::Write;

    #[test]
    fn a_display_shows_itself_and_a_pointer_what_it_points_to() {
        let number = 7;
        let shown = &&number;
        let mut out = alloc::string::String::new();
        write!(out, "{}", shown.as_display()).unwrap();
        assert_eq!(out, "7");

        let boxed = alloc::boxed::Box::new(5_u8);
        let field = &boxed;
        let (mut through_var, mut of_box) =
            (alloc::string::String::new(), alloc::string::String::new());
        write!(through_var, "{:p}", Var(field)).unwrap();
        write!(of_box, "{:p}", &*boxed).unwrap();
        assert_eq!(through_var, of_box, "the address the box holds");
    }

    #[cfg(feature = "std")]
    #[test]
    fn a_path_shows_its_display() {
        let path = std::path::PathBuf::from("/tmp/prices.csv");
        let field = &path;
        let mut out = alloc::string::String::new();
        write!(out, "{}", field.as_display()).unwrap();
        assert_eq!(out, "/tmp/prices.csv");
    }
}
