//! The opaque payload of a generated type's `Unknown` variant.

use core::fmt;

/// A code that the catalog does not know, as held by a generated type's `Unknown` variant.
///
/// It gives the code back with [`Unknown::code`], but it cannot be built outside errcodes nor
/// matched against a literal. So no `match` can depend on a particular unknown number, which a
/// later version of the catalog may give a variant of its own: match the variant instead, or
/// compare codes with `code()`.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Unknown<C>(C);

impl<C: Copy> Unknown<C> {
    /// The code.
    pub const fn code(self) -> C {
        self.0
    }

    #[doc(hidden)]
    pub const fn __new(code: C) -> Self {
        Self(code)
    }
}

impl<C: fmt::Debug> fmt::Debug for Unknown<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl<C: fmt::Display> fmt::Display for Unknown<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}
