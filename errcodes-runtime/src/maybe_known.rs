//! Codes that a string catalog does not list: the parse error that carries one, and a holder
//! that keeps either a known entry or the raw string.

use alloc::string::String;
use core::fmt;

use crate::{ErrorCode, StringErrorCode};

/// The error of parsing a string catalog's type from a code it does not list. It carries the
/// text, so that a log can show what the vendor sent.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct UnknownCode {
    type_name: &'static str,
    code: String,
}

impl UnknownCode {
    #[doc(hidden)]
    pub fn __new(type_name: &'static str, code: &str) -> Self {
        Self {
            type_name,
            code: code.into(),
        }
    }

    /// The text that is not a code of the catalog.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The text, by value.
    pub fn into_code(self) -> String {
        self.code
    }

    /// The name of the type that was being parsed (`"AlibabaVodError"`).
    pub const fn type_name(&self) -> &'static str {
        self.type_name
    }
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown {} code {:?}: the catalog does not list it",
            self.type_name, self.code
        )
    }
}

impl core::error::Error for UnknownCode {}

/// A string code as a vendor sent it: a known entry, or the raw string of a code the catalog
/// does not list yet. Use it for a response's code field, so that reading a response never fails
/// because the vendor added a code; with the `serde` feature it (de)serializes as the string.
///
/// It is an error itself (`core::error::Error`, so `?` turns it into a `Box<dyn Error>`), and
/// answers what the catalog says of a known code as `T` does (`message()`, `http_status()`,
/// `is_retryable()`, …), and for a code the catalog lacks what `T` answers for an unknown code.
///
/// ```
/// # use errcodes_runtime::{MaybeKnown, StringErrorCode};
/// fn describe<T: StringErrorCode>(code: &MaybeKnown<T>) -> String {
///     match code {
///         MaybeKnown::Known(e) => format!("{}: {}", e.code(), e.message()),
///         MaybeKnown::Unknown(raw) => format!("{raw}: not in the catalog"),
///     }
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MaybeKnown<T> {
    /// A code the catalog lists.
    Known(T),
    /// A code the catalog does not list, as it was sent.
    Unknown(String),
}

impl<T: StringErrorCode> MaybeKnown<T> {
    /// `Known` if the catalog lists `code`, else `Unknown` holding it.
    pub fn from_code(code: &str) -> Self {
        T::from_code(code).map_or_else(|| Self::Unknown(code.into()), Self::Known)
    }

    /// The code as sent.
    pub fn code(&self) -> &str {
        match self {
            Self::Known(known) => known.code(),
            Self::Unknown(raw) => raw,
        }
    }

    /// The known entry, if it is one.
    pub fn known(&self) -> Option<T> {
        match self {
            Self::Known(known) => Some(*known),
            Self::Unknown(_) => None,
        }
    }

    /// Whether the catalog lists the code.
    pub fn is_known(&self) -> bool {
        matches!(self, Self::Known(_))
    }

    /// The vendor's definition name, or `None` for a code the catalog does not list.
    pub fn name(&self) -> Option<&'static str> {
        self.known().and_then(|known| known.name())
    }

    /// The message in the catalog's default locale; for a code the catalog does not list, the
    /// generic text that generated types give an unknown code.
    pub fn message(&self) -> &'static str {
        self.known()
            .map_or(crate::__private::UNKNOWN_MESSAGE, |known| known.message())
    }

    /// The message in `locale` (`"zh-CN"` falls back to `"zh"`), or `None` when the catalog has
    /// no message in that locale or does not list the code.
    pub fn message_in(&self, locale: &str) -> Option<&'static str> {
        self.known().and_then(|known| known.message_in(locale))
    }

    /// The title of the section of the vendor's page the entry stands in, if it is known.
    pub fn group(&self) -> Option<&'static str> {
        self.known().and_then(|known| known.group())
    }

    /// The HTTP status the vendor's service answers this error with, if the catalog lists the
    /// code and says.
    pub fn http_status(&self) -> Option<u16> {
        self.known().and_then(|known| known.http_status())
    }

    /// Whether the vendor says to try again later; `false` for a code the catalog does not
    /// list.
    pub fn is_retryable(&self) -> bool {
        self.known().is_some_and(|known| known.is_retryable())
    }

    /// The vendor's explanation of the error, beyond its message, if the catalog lists the code
    /// and has one.
    pub fn description(&self) -> Option<&'static str> {
        self.known()
            .and_then(|known| ErrorCode::description(&known))
    }
}

impl<T: StringErrorCode> From<T> for MaybeKnown<T> {
    fn from(known: T) -> Self {
        Self::Known(known)
    }
}

impl<T: StringErrorCode> fmt::Display for MaybeKnown<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Known(known) => fmt::Display::fmt(known, f),
            Self::Unknown(raw) => crate::__private::write_padded(
                f,
                format_args!("{raw} (a code the catalog does not list)"),
            ),
        }
    }
}

impl<T: StringErrorCode> core::error::Error for MaybeKnown<T> {}

impl<T: StringErrorCode> core::str::FromStr for MaybeKnown<T> {
    type Err = core::convert::Infallible;

    fn from_str(code: &str) -> Result<Self, Self::Err> {
        Ok(Self::from_code(code))
    }
}
