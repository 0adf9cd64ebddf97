//! The opaque payload of a generated type's `Unknown` variant.

use core::fmt;

use crate::__private::CodeInt;

/// A code that the catalog does not know, as held by a generated type's `Unknown` variant.
///
/// It gives the code back with [`Unknown::code`], but it cannot be built outside errcodes nor
/// matched against a literal. So no `match` can depend on a particular unknown number, which a
/// later version of the catalog may give a variant of its own: match the variant instead, or
/// compare codes with `code()`.
///
/// Beside the code it holds a marker of the code's width that has a single valid value. The
/// compiler stores the other variants of the generated type in the marker's invalid values
/// (its niche), numbered from 1 in declaration order, so a variant's position in the generated
/// tables is the marker itself, and the type is no larger than a tag and a code.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Unknown<C: CodeInt>(C, C::Marker);

impl<C: CodeInt> Unknown<C> {
    /// The code.
    #[inline]
    pub const fn code(self) -> C {
        self.0
    }

    #[doc(hidden)]
    #[inline]
    pub const fn __new(code: C) -> Self {
        Self(code, C::MARKER)
    }
}

impl<C: CodeInt + fmt::Debug> fmt::Debug for Unknown<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl<C: CodeInt + fmt::Display> fmt::Display for Unknown<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}
